import random


def split_rows(rows: list, test_ratio: float, seed: int) -> tuple[list, list]:
    """Shuffle a copy of rows with random.Random(seed) and return (train, test),
    where test has round(len(rows) * test_ratio) rows."""
    # TODO: copy, shuffle with a private Random(seed), slice into two lists
    return list(rows), []
