import numpy as np


def one_hot(y, n_classes=None):
    y = np.asarray(y)
    k = len(np.unique(y)) if n_classes is None else n_classes
    out = np.zeros((len(y), k))
    out[np.arange(len(y)), y] = 1.0
    return out
