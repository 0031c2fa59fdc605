import numpy as np


def pairwise_sq_dists(X: np.ndarray, Y: np.ndarray) -> np.ndarray:
    """Return D of shape (n, m) with D[i, j] = ||X[i] - Y[j]||**2, computed without Python loops."""
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    x_sq = (X**2).sum(axis=1)[:, None]  # (n, 1)
    y_sq = (Y**2).sum(axis=1)[None, :]  # (1, m)
    D = x_sq - 2.0 * (X @ Y.T) + y_sq   # (n, m)
    return np.maximum(D, 0.0)
