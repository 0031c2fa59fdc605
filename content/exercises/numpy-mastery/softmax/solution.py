import numpy as np


def softmax(Z: np.ndarray, axis: int = -1) -> np.ndarray:
    """Numerically stable softmax of Z along `axis` (each slice sums to 1)."""
    Z = np.asarray(Z, dtype=float)
    shifted = Z - Z.max(axis=axis, keepdims=True)
    e = np.exp(shifted)
    return e / e.sum(axis=axis, keepdims=True)
