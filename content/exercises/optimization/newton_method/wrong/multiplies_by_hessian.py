import numpy as np


def newton_method(grad, hess, x0, n_iter=50, tol=1e-10):
    x = np.array(x0, dtype=float)
    for _ in range(n_iter):
        g = grad(x)
        if np.linalg.norm(g) < tol:
            break
        x = x - hess(x) @ g
    return x
