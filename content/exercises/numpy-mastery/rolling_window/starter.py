import numpy as np
from numpy.lib.stride_tricks import as_strided


def rolling_window(x: np.ndarray, k: int) -> np.ndarray:
    """Read-only view of shape (n - k + 1, k) whose row i is x[i:i+k] (no copy)."""
    # TODO: validate k, then as_strided(x, shape=..., strides=..., writeable=False)
    return x.reshape(-1, 1)
