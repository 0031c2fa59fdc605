import math


def gaussian_mle(xs: list[float]) -> tuple[float, float]:
    """Maximum-likelihood (mu, sigma) of a Gaussian; sigma uses 1/n."""
    # TODO
    return 0.0, 1.0


def gaussian_nll(xs: list[float], mu: float, sigma: float) -> float:
    """Negative log-likelihood of xs under N(mu, sigma^2)."""
    # TODO
    return 0.0
