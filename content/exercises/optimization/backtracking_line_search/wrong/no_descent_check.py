import numpy as np


def backtracking_line_search(f, grad, x, d, alpha0=1.0, c=1e-4, rho=0.5):
    slope = float(np.dot(grad(x), d))
    alpha = alpha0
    for _ in range(60):
        if f(x + alpha * d) <= f(x) + c * alpha * slope:
            break
        alpha *= rho
    return float(alpha)
