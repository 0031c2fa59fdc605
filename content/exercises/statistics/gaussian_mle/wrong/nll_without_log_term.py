import math


def gaussian_mle(xs):
    if not xs:
        raise ValueError("need at least one value")
    mu = sum(xs) / len(xs)
    return mu, math.sqrt(sum((x - mu) ** 2 for x in xs) / len(xs))


def gaussian_nll(xs, mu, sigma):
    if sigma <= 0:
        raise ValueError("sigma must be positive")
    return sum((x - mu) ** 2 / (2 * sigma**2) for x in xs)
