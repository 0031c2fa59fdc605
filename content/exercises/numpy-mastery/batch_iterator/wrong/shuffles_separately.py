import numpy as np


def batch_iterator(X, y, batch_size, shuffle=True, seed=0):
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    rng = np.random.default_rng(seed)
    if shuffle:
        X = X[rng.permutation(len(X))]
        y = y[rng.permutation(len(y))]
    for start in range(0, len(X), batch_size):
        yield X[start:start + batch_size], y[start:start + batch_size]
