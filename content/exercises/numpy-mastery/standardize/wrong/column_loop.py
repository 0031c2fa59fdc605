import numpy as np


def standardize(X: np.ndarray) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    out = np.zeros_like(X)
    for j in range(X.shape[1]):
        col = X[:, j]
        sd = col.std()
        out[:, j] = (col - col.mean()) / (sd if sd > 0 else 1.0)
    return out
