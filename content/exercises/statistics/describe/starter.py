import math


def describe(xs: list[float]) -> dict:
    """Summary statistics of xs: mean, median, var, std (sample, n - 1), q1, q3, iqr, min, max."""
    # TODO: check len(xs) >= 2, work on sorted(xs), fill in every key
    return {}
