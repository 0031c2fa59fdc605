import numpy as np


def batch_iterator(X, y, batch_size, shuffle=True, seed=0):
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    n = X.shape[0]
    order = np.random.permutation(n) if shuffle else np.arange(n)
    for start in range(0, n, batch_size):
        b = order[start:start + batch_size]
        yield X[b], y[b]
