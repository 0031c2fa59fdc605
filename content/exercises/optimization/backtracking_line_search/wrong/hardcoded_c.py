import numpy as np


def backtracking_line_search(f, grad, x, d, alpha0=1.0, c=1e-4, rho=0.5):
    slope = float(np.dot(grad(x), d))
    if slope >= 0:
        raise ValueError("not a descent direction")
    alpha = alpha0
    while f(x + alpha * d) > f(x) + 1e-4 * alpha * slope:
        alpha *= rho
    return float(alpha)
