import numpy as np


def one_hot(y, n_classes=None):
    y = np.asarray(y)
    k = y.max() + 1 if n_classes is None else n_classes
    if y.max() >= k:
        raise ValueError("label too large")
    out = np.zeros((k, len(y)))
    out[y, np.arange(len(y))] = 1.0
    return out
