import numpy as np
from numpy.lib.stride_tricks import as_strided


def rolling_window(x, k):
    n = x.shape[0]
    if k < 1 or k > n:
        raise ValueError("bad k")
    s = x.strides[0]
    return as_strided(x, shape=(n - k + 1, k), strides=(s, s))
