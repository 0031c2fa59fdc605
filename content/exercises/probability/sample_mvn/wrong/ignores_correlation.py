import numpy as np


def sample_mvn(mu, cov, n, seed):
    mu = np.asarray(mu, dtype=float)
    cov = np.asarray(cov, dtype=float)
    if mu.ndim != 1 or cov.shape != (mu.size, mu.size) or not np.allclose(cov, cov.T):
        raise ValueError("bad shapes")
    w = np.linalg.eigvalsh(cov)
    if w.min() < -1e-10 * max(1.0, abs(w).max()):
        raise ValueError("not PSD")
    Z = np.random.default_rng(seed).standard_normal((n, mu.size))
    return mu + Z * np.sqrt(np.diag(cov))
