import numpy as np


def rolling_window(x, k):
    n = len(x)
    if k < 1 or k > n:
        raise ValueError("bad k")
    return np.stack([x[i:i + k] for i in range(n - k + 1)])
