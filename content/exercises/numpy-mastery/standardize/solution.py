import numpy as np


def standardize(X: np.ndarray) -> np.ndarray:
    """Return a new array whose columns have mean 0 and std 1 (constant columns → 0)."""
    X = np.asarray(X, dtype=float)
    std = X.std(axis=0)
    return (X - X.mean(axis=0)) / np.where(std == 0, 1.0, std)
