import numpy as np


def rank_k_approx(A: np.ndarray, k: int) -> np.ndarray:
    """Best rank-k approximation of A (Eckart–Young) via the truncated SVD."""
    A = np.asarray(A, dtype=float)
    if A.ndim != 2:
        raise ValueError("A must be a 2-D matrix")
    if not 0 <= k <= min(A.shape):
        raise ValueError(f"k must be between 0 and {min(A.shape)}")
    U, s, Vt = np.linalg.svd(A, full_matrices=False)   # s is sorted largest first
    return (U[:, :k] * s[:k]) @ Vt[:k, :]
