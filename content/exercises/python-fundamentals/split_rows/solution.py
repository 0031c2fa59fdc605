import random


def split_rows(rows: list, test_ratio: float, seed: int) -> tuple[list, list]:
    """Shuffle a copy of rows with random.Random(seed) and return (train, test),
    where test has round(len(rows) * test_ratio) rows."""
    shuffled = list(rows)
    random.Random(seed).shuffle(shuffled)
    n_test = round(len(shuffled) * test_ratio)
    return shuffled[n_test:], shuffled[:n_test]
