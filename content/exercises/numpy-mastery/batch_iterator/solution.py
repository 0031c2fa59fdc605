import numpy as np


def batch_iterator(X, y, batch_size: int, shuffle: bool = True, seed: int = 0):
    """Yield (Xb, yb) mini-batches covering every row once; shuffled with default_rng(seed) if shuffle."""
    X = np.asarray(X)
    y = np.asarray(y)
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    if X.shape[0] != y.shape[0]:
        raise ValueError("X and y must have the same number of rows")
    n = X.shape[0]
    order = np.random.default_rng(seed).permutation(n) if shuffle else np.arange(n)
    for start in range(0, n, batch_size):
        b = order[start:start + batch_size]
        yield X[b], y[b]
