import numpy as np


def power_iteration(A: np.ndarray, num_iters: int = 1000, tol: float = 1e-10, seed: int = 0) -> tuple[float, np.ndarray]:
    """Dominant eigenpair (eigenvalue, unit eigenvector) of a square matrix by power iteration."""
    A = np.asarray(A, dtype=float)
    rng = np.random.default_rng(seed)
    v = rng.normal(size=A.shape[0])   # a random start is almost surely not orthogonal to the answer
    v /= np.linalg.norm(v)
    for _ in range(num_iters):
        w = A @ v
        norm_w = np.linalg.norm(w)
        if norm_w == 0.0:              # v is in the null space: eigenvalue 0
            return 0.0, v
        w /= norm_w                    # renormalise every step, or the entries overflow
        # Converged when the direction stops changing (up to sign, for negative eigenvalues).
        done = min(np.linalg.norm(w - v), np.linalg.norm(w + v)) < tol
        v = w
        if done:
            break
    eigenvalue = float(v @ A @ v)      # Rayleigh quotient (v has unit length)
    return eigenvalue, v
