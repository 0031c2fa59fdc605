import numpy as np


def newton_method(grad, hess, x0: np.ndarray, n_iter: int = 50, tol: float = 1e-10) -> np.ndarray:
    """Minimise with Newton steps x <- x - solve(hess(x), grad(x)); stop when ||grad(x)|| < tol."""
    x = np.array(x0, dtype=float)
    for _ in range(n_iter):
        g = np.asarray(grad(x), dtype=float)
        if np.linalg.norm(g) < tol:
            break
        p = np.linalg.solve(hess(x), g)     # solves H p = g; never form H^{-1}
        x = x - p
    return x
