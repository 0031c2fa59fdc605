import math


def binomial_pmf(k: int, n: int, p: float) -> float:
    """P(K = k) for K ~ Binomial(n, p); 0.0 outside 0..n; ValueError for a bad p or n."""
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"p must be in [0, 1], got {p}")
    if n < 0:
        raise ValueError(f"n must be non-negative, got {n}")
    if k < 0 or k > n:
        return 0.0
    return float(math.comb(n, k) * p**k * (1 - p) ** (n - k))


def poisson_pmf(k: int, lam: float) -> float:
    """P(K = k) for K ~ Poisson(lam); 0.0 for k < 0; ValueError for lam < 0."""
    if lam < 0:
        raise ValueError(f"lam must be non-negative, got {lam}")
    if k < 0:
        return 0.0
    if lam == 0:
        return 1.0 if k == 0 else 0.0
    # log space: k*log(lam) - lam - log(k!) never overflows
    return math.exp(k * math.log(lam) - lam - math.lgamma(k + 1))


def normal_pdf(x: float, mu: float = 0.0, sigma: float = 1.0) -> float:
    """Density of N(mu, sigma^2) at x; ValueError for sigma <= 0."""
    if sigma <= 0:
        raise ValueError(f"sigma must be positive, got {sigma}")
    z = (x - mu) / sigma
    return math.exp(-0.5 * z * z) / (sigma * math.sqrt(2 * math.pi))


def normal_cdf(x: float, mu: float = 0.0, sigma: float = 1.0) -> float:
    """P(X <= x) for X ~ N(mu, sigma^2), via math.erf; ValueError for sigma <= 0."""
    if sigma <= 0:
        raise ValueError(f"sigma must be positive, got {sigma}")
    return 0.5 * (1.0 + math.erf((x - mu) / (sigma * math.sqrt(2))))
