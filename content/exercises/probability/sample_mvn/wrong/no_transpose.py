import numpy as np


def sample_mvn(mu, cov, n, seed):
    mu = np.asarray(mu, dtype=float)
    cov = np.asarray(cov, dtype=float)
    if mu.ndim != 1 or cov.shape != (mu.size, mu.size) or not np.allclose(cov, cov.T):
        raise ValueError("bad shapes")
    w = np.linalg.eigvalsh(cov)
    if w.min() < -1e-10 * max(1.0, abs(w).max()):
        raise ValueError("not PSD")
    try:
        L = np.linalg.cholesky(cov)
    except np.linalg.LinAlgError:
        w, V = np.linalg.eigh(cov)
        L = V * np.sqrt(np.clip(w, 0.0, None))
    Z = np.random.default_rng(seed).standard_normal((n, mu.size))
    return mu + Z @ L
