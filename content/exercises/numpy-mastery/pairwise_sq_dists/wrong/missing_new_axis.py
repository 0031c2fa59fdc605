import numpy as np


def pairwise_sq_dists(X, Y):
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    D = (X**2).sum(axis=1) - 2.0 * (X @ Y.T) + (Y**2).sum(axis=1)
    return np.maximum(D, 0.0)
