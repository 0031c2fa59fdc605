import numpy as np


def newton_method(grad, hess, x0: np.ndarray, n_iter: int = 50, tol: float = 1e-10) -> np.ndarray:
    """Minimise with Newton steps x <- x - solve(hess(x), grad(x)); stop when ||grad(x)|| < tol."""
    x = np.array(x0, dtype=float)
    # TODO: loop, check the gradient norm, solve for the Newton step, update x
    return x
