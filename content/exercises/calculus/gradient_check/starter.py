import numpy as np


def gradient_check(f, grad_f, x: np.ndarray, h: float = 1e-6) -> float:
    """Relative error between the analytic gradient grad_f(x) and a numerical one.

    g_n[i] = (f(x + h e_i) - f(x - h e_i)) / (2h);
    return ||g_a - g_n|| / (||g_a|| + ||g_n||)  (0.0 if both are zero). Do not modify x.
    """
    g_a = grad_f(x)
    # TODO: build g_n with central differences, then the relative error
    return 0.0
