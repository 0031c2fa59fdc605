import numpy as np


def tukey_outliers(x: np.ndarray) -> np.ndarray:
    """Sorted values of x strictly outside [Q1 - 1.5 IQR, Q3 + 1.5 IQR]."""
    x = np.asarray(x, dtype=float)
    q1, q3 = np.percentile(x, [25, 75])
    iqr = q3 - q1
    low, high = q1 - 1.5 * iqr, q3 + 1.5 * iqr
    return np.sort(x[(x < low) | (x > high)])
