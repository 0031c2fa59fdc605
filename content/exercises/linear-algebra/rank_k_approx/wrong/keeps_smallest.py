import numpy as np


def rank_k_approx(A, k):
    A = np.asarray(A, dtype=float)
    if not 0 <= k <= min(A.shape):
        raise ValueError("bad k")
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    if k == 0:
        return np.zeros_like(A)
    # assumes the singular values come out smallest first
    return (U[:, -k:] * s[-k:]) @ Vt[-k:, :]
