import math


def binomial_pmf(k: int, n: int, p: float) -> float:
    """P(K = k) for K ~ Binomial(n, p); 0.0 outside 0..n; ValueError for a bad p or n."""
    # TODO: math.comb(n, k) * p**k * (1 - p)**(n - k)
    return 0.0


def poisson_pmf(k: int, lam: float) -> float:
    """P(K = k) for K ~ Poisson(lam); 0.0 for k < 0; ValueError for lam < 0."""
    # TODO
    return 0.0


def normal_pdf(x: float, mu: float = 0.0, sigma: float = 1.0) -> float:
    """Density of N(mu, sigma^2) at x; ValueError for sigma <= 0."""
    # TODO
    return 0.0


def normal_cdf(x: float, mu: float = 0.0, sigma: float = 1.0) -> float:
    """P(X <= x) for X ~ N(mu, sigma^2), via math.erf; ValueError for sigma <= 0."""
    # TODO
    return 0.0
