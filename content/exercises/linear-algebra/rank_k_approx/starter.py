import numpy as np


def rank_k_approx(A: np.ndarray, k: int) -> np.ndarray:
    """Best rank-k approximation of A: keep the k largest singular values of the SVD.

    A_k = sum_{i<k} s_i * u_i v_i^T. Raise ValueError unless 0 <= k <= min(A.shape).
    """
    # TODO: U, s, Vt = np.linalg.svd(A, full_matrices=False), then keep k terms
    return np.array(A, dtype=float)
