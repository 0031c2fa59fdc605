import math


def pearson_r(x, y):
    n = len(x)
    if n != len(y) or n < 2:
        raise ValueError("bad lengths")
    mx, my = sum(x) / n, sum(y) / n
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    return sxy / math.sqrt(sxx * syy) if sxx * syy else 0.0


def _ranks(values):
    s = sorted(values)
    return [s.index(v) + 1 + (s.count(v) - 1) / 2 for v in values]


def spearman_rho(x, y):
    if len(x) != len(y):
        raise ValueError("bad lengths")
    return pearson_r(_ranks(x), _ranks(y))
