import math


def pearson_r(x: list[float], y: list[float]) -> float:
    """Pearson correlation of x and y; ValueError for bad lengths or constant input."""
    # TODO
    return 0.0


def spearman_rho(x: list[float], y: list[float]) -> float:
    """Spearman rank correlation (tied values get their average rank)."""
    # TODO: rank each list, then reuse pearson_r
    return 0.0
