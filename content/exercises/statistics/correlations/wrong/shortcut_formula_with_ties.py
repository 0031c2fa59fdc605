import math


def pearson_r(x, y):
    n = len(x)
    if n != len(y) or n < 2:
        raise ValueError("bad lengths")
    mx, my = sum(x) / n, sum(y) / n
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    if sxx == 0 or syy == 0:
        raise ValueError("constant input")
    return sum((a - mx) * (b - my) for a, b in zip(x, y)) / math.sqrt(sxx * syy)


def _ranks(values):
    s = sorted(values)
    # average rank of each value: first position + (count - 1) / 2, 1-based
    return [s.index(v) + 1 + (s.count(v) - 1) / 2 for v in values]


def spearman_rho(x, y):
    n = len(x)
    if n != len(y) or n < 2:
        raise ValueError("bad lengths")
    if len(set(x)) == 1 or len(set(y)) == 1:
        raise ValueError("constant input")
    d2 = sum((a - b) ** 2 for a, b in zip(_ranks(x), _ranks(y)))
    return 1 - 6 * d2 / (n * (n * n - 1))
