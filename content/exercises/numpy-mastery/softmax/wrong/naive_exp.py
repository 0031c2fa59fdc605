import numpy as np


def softmax(Z, axis=-1):
    e = np.exp(np.asarray(Z, dtype=float))
    return e / e.sum(axis=axis, keepdims=True)
