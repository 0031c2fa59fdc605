import numpy as np


def softmax(Z, axis=-1):
    Z = np.asarray(Z, dtype=float)
    e = np.exp(Z - Z.max())
    return e / e.sum(axis=axis)
