import numpy as np


def sample_mvn(mu, cov, n, seed):
    mu = np.asarray(mu, dtype=float)
    cov = np.asarray(cov, dtype=float)
    if mu.ndim != 1 or cov.shape != (mu.size, mu.size):
        raise ValueError("bad shapes")
    L = np.linalg.cholesky(cov)  # raises LinAlgError (a ValueError) when cov is not positive definite
    Z = np.random.default_rng(seed).standard_normal((n, mu.size))
    return mu + Z @ L.T
