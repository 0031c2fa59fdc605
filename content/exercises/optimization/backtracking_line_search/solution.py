import numpy as np


def backtracking_line_search(f, grad, x, d, alpha0=1.0, c=1e-4, rho=0.5) -> float:
    """Shrink alpha from alpha0 by rho until f(x + alpha d) <= f(x) + c * alpha * grad(x)·d.

    Raise ValueError if d is not a descent direction (grad(x)·d >= 0).
    """
    x = np.asarray(x, dtype=float)
    d = np.asarray(d, dtype=float)
    slope = float(np.dot(grad(x), d))      # directional derivative ∇f(x)ᵀd
    if slope >= 0:
        raise ValueError(f"d is not a descent direction: grad(x)·d = {slope} >= 0")
    fx = f(x)
    alpha = float(alpha0)
    for _ in range(100):                   # safety cap; smooth f needs far fewer
        if f(x + alpha * d) <= fx + c * alpha * slope:
            break
        alpha *= rho
    return alpha
