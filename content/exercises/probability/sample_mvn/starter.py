import numpy as np


def sample_mvn(mu: np.ndarray, cov: np.ndarray, n: int, seed: int) -> np.ndarray:
    """n samples (rows) from N(mu, cov) via a Cholesky factor; ValueError for an invalid cov."""
    rng = np.random.default_rng(seed)
    mu = np.asarray(mu, dtype=float)
    # TODO: validate, factor cov = L @ L.T, then colour standard-normal draws
    return np.tile(mu, (n, 1))
