import numpy as np


def sample_mvn(mu: np.ndarray, cov: np.ndarray, n: int, seed: int) -> np.ndarray:
    """n samples (rows) from N(mu, cov) via a Cholesky factor; ValueError for an invalid cov."""
    mu = np.asarray(mu, dtype=float)
    cov = np.asarray(cov, dtype=float)
    if mu.ndim != 1:
        raise ValueError("mu must be a 1-D array")
    d = mu.shape[0]
    if cov.shape != (d, d):
        raise ValueError(f"cov must have shape ({d}, {d}), got {cov.shape}")
    if not np.allclose(cov, cov.T):
        raise ValueError("cov must be symmetric")
    eigenvalues = np.linalg.eigvalsh(cov)
    if eigenvalues.min() < -1e-10 * max(1.0, abs(eigenvalues).max()):
        raise ValueError("cov must be positive semi-definite")
    try:
        L = np.linalg.cholesky(cov)          # cov = L @ L.T, L lower-triangular
    except np.linalg.LinAlgError:            # PSD but singular: no Cholesky factor
        w, V = np.linalg.eigh(cov)
        L = V * np.sqrt(np.clip(w, 0.0, None))  # (V diag(sqrt w)) (V diag(sqrt w)).T = cov
    rng = np.random.default_rng(seed)
    Z = rng.standard_normal((n, d))          # independent N(0, 1), one sample per row
    return mu + Z @ L.T                      # each row: mu + L z
