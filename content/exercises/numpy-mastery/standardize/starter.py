import numpy as np


def standardize(X: np.ndarray) -> np.ndarray:
    """Return a new array whose columns have mean 0 and std 1 (constant columns → 0)."""
    # TODO: use X.mean(axis=0) and X.std(axis=0) with broadcasting
    return X
