import random


def split_rows(rows: list, test_ratio: float, seed: int) -> tuple[list, list]:
    shuffled = list(rows)
    random.Random(seed).shuffle(shuffled)
    n_test = int(len(shuffled) * test_ratio)
    return shuffled[n_test:], shuffled[:n_test]
