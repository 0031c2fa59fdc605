import numpy as np


def batch_iterator(X, y, batch_size, shuffle=True, seed=0):
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    n = X.shape[0]
    order = np.random.default_rng(seed).permutation(n) if shuffle else np.arange(n)
    for b in range(n // batch_size):
        idx = order[b * batch_size:(b + 1) * batch_size]
        yield X[idx], y[idx]
