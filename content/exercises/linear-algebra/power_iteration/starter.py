import numpy as np


def power_iteration(A: np.ndarray, num_iters: int = 1000, tol: float = 1e-10, seed: int = 0) -> tuple[float, np.ndarray]:
    """Dominant eigenpair (eigenvalue, unit eigenvector) of a square matrix by power iteration.

    Start from a random unit vector drawn with np.random.default_rng(seed), repeat
    v <- A v / ||A v|| until v changes by less than tol (or num_iters steps), and
    return the Rayleigh quotient v @ A @ v together with v.
    """
    n = A.shape[0]
    v = np.ones(n) / np.sqrt(n)
    # TODO: iterate, normalise, stop when converged
    return 0.0, v
