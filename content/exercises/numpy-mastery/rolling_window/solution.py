import numpy as np
from numpy.lib.stride_tricks import as_strided


def rolling_window(x: np.ndarray, k: int) -> np.ndarray:
    """Read-only view of shape (n - k + 1, k) whose row i is x[i:i+k] (no copy)."""
    if x.ndim != 1:
        raise ValueError("x must be one-dimensional")
    n = x.shape[0]
    if k < 1 or k > n:
        raise ValueError(f"window size k must be between 1 and {n}, got {k}")
    step = x.strides[0]
    return as_strided(x, shape=(n - k + 1, k), strides=(step, step), writeable=False)
