import numpy as np


def backtracking_line_search(f, grad, x, d, alpha0=1.0, c=1e-4, rho=0.5) -> float:
    """Shrink alpha from alpha0 by rho until f(x + alpha d) <= f(x) + c * alpha * grad(x)·d.

    Raise ValueError if d is not a descent direction (grad(x)·d >= 0).
    """
    # TODO: check the slope, then backtrack
    return alpha0
