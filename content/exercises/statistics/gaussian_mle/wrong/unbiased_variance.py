import math
import statistics


def gaussian_mle(xs):
    if not xs:
        raise ValueError("need at least one value")
    if len(xs) == 1:
        return float(xs[0]), 0.0
    return statistics.fmean(xs), statistics.stdev(xs)  # n - 1


def gaussian_nll(xs, mu, sigma):
    if sigma <= 0:
        raise ValueError("sigma must be positive")
    return sum(0.5 * math.log(2 * math.pi * sigma**2) + (x - mu) ** 2 / (2 * sigma**2) for x in xs)
