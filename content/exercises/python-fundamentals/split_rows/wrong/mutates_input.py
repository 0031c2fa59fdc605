import random


def split_rows(rows: list, test_ratio: float, seed: int) -> tuple[list, list]:
    random.Random(seed).shuffle(rows)
    n_test = round(len(rows) * test_ratio)
    return rows[n_test:], rows[:n_test]
