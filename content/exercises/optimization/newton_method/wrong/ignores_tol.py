import numpy as np


def newton_method(grad, hess, x0, n_iter=50, tol=1e-10):
    x = np.array(x0, dtype=float)
    for _ in range(n_iter):
        x = x - np.linalg.solve(hess(x), grad(x))
    return x
