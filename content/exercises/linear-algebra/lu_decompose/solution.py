import numpy as np


def lu_decompose(A: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Partial-pivoting LU: return P, L, U with P @ A = L @ U."""
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be a square matrix")
    n = A.shape[0]
    U = A.copy()          # becomes upper-triangular
    L = np.eye(n)         # collects the multipliers below the diagonal
    perm = np.arange(n)   # perm[i] = which original row sits in row i
    for k in range(n - 1):
        p = k + int(np.argmax(np.abs(U[k:, k])))
        if p != k:
            U[[k, p], :] = U[[p, k], :]
            L[[k, p], :k] = L[[p, k], :k]   # the multipliers already found travel with their rows
            perm[[k, p]] = perm[[p, k]]
        if U[k, k] == 0.0:                   # whole column is zero: nothing to eliminate
            continue
        factors = U[k + 1:, k] / U[k, k]
        L[k + 1:, k] = factors
        U[k + 1:, k:] -= np.outer(factors, U[k, k:])
        U[k + 1:, k] = 0.0                   # exact zeros below the pivot
    P = np.eye(n)[perm]
    return P, L, U
