import numpy as np


def one_hot(y: np.ndarray, n_classes: int | None = None) -> np.ndarray:
    """Return a float array of shape (len(y), K) with out[i, y[i]] = 1.0 and zeros elsewhere.

    K = n_classes if given, else y.max() + 1.
    """
    y = np.asarray(y, dtype=int)
    k = int(y.max()) + 1 if n_classes is None else int(n_classes)
    if y.size and y.max() >= k:
        raise ValueError(f"label {y.max()} does not fit in {k} classes")
    out = np.zeros((y.shape[0], k))
    out[np.arange(y.shape[0]), y] = 1.0
    return out
