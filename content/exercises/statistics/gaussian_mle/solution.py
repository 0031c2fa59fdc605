import math


def gaussian_mle(xs: list[float]) -> tuple[float, float]:
    """Maximum-likelihood (mu, sigma) of a Gaussian; sigma uses 1/n."""
    n = len(xs)
    if n == 0:
        raise ValueError("need at least one value")
    mu = sum(xs) / n
    var = sum((x - mu) ** 2 for x in xs) / n  # 1/n: the MLE, not the unbiased n - 1
    return mu, math.sqrt(var)


def gaussian_nll(xs: list[float], mu: float, sigma: float) -> float:
    """Negative log-likelihood of xs under N(mu, sigma^2)."""
    if sigma <= 0:
        raise ValueError("sigma must be positive")
    n = len(xs)
    squared = sum((x - mu) ** 2 for x in xs)
    return 0.5 * n * math.log(2 * math.pi * sigma**2) + squared / (2 * sigma**2)
