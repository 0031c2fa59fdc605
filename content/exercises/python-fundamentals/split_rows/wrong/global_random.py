import random


def split_rows(rows: list, test_ratio: float, seed: int) -> tuple[list, list]:
    shuffled = list(rows)
    random.seed(seed)
    random.shuffle(shuffled)
    n_test = round(len(shuffled) * test_ratio)
    return shuffled[n_test:], shuffled[:n_test]
