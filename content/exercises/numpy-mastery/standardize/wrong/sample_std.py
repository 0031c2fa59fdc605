import numpy as np


def standardize(X: np.ndarray) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    std = X.std(axis=0, ddof=1)
    return (X - X.mean(axis=0)) / np.where(std == 0, 1.0, std)
