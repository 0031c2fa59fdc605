import math


def pearson_r(x: list[float], y: list[float]) -> float:
    """Pearson correlation of x and y; ValueError for bad lengths or constant input."""
    n = len(x)
    if n != len(y):
        raise ValueError("x and y must have the same length")
    if n < 2:
        raise ValueError("need at least two pairs")
    mx, my = sum(x) / n, sum(y) / n
    dx = [xi - mx for xi in x]
    dy = [yi - my for yi in y]
    sxx = sum(d * d for d in dx)
    syy = sum(d * d for d in dy)
    if sxx == 0 or syy == 0:
        raise ValueError("correlation is undefined for a constant input")
    sxy = sum(a * b for a, b in zip(dx, dy))
    return sxy / math.sqrt(sxx * syy)


def _average_ranks(values: list[float]) -> list[float]:
    """1-based ranks; a run of tied values shares the average of its positions."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and values[order[end + 1]] == values[order[start]]:
            end += 1
        average = (start + end) / 2 + 1  # positions start..end are ranks start+1..end+1
        for k in range(start, end + 1):
            ranks[order[k]] = average
        start = end + 1
    return ranks


def spearman_rho(x: list[float], y: list[float]) -> float:
    """Spearman rank correlation (tied values get their average rank)."""
    if len(x) != len(y):
        raise ValueError("x and y must have the same length")
    return pearson_r(_average_ranks(x), _average_ranks(y))
