import numpy as np


def tukey_outliers(x: np.ndarray) -> np.ndarray:
    """Sorted values of x strictly outside [Q1 - 1.5 IQR, Q3 + 1.5 IQR]."""
    x = np.asarray(x, dtype=float)
    # TODO: quartiles, fences, mask, sort
    return x
