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
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0] * len(values)
    for position, i in enumerate(order, start=1):
        ranks[i] = position  # ties broken by position: 1, 2, 3 ...
    return ranks


def spearman_rho(x, y):
    if len(x) != len(y):
        raise ValueError("bad lengths")
    if len(set(x)) == 1 or len(set(y)) == 1:
        raise ValueError("constant input")
    return pearson_r(_ranks(x), _ranks(y))
