import numpy as np


def one_hot(y: np.ndarray, n_classes: int | None = None) -> np.ndarray:
    """Return a float array of shape (len(y), K) with out[i, y[i]] = 1.0 and zeros elsewhere.

    K = n_classes if given, else y.max() + 1.
    """
    y = np.asarray(y)
    # TODO: allocate zeros and set one entry per row with fancy indexing
    return np.zeros((len(y), 1))
