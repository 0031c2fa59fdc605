import numpy as np


def gradient_check(f, grad_f, x: np.ndarray, h: float = 1e-6) -> float:
    """Relative error ||g_a - g_n|| / (||g_a|| + ||g_n||) between grad_f(x) and a central-difference gradient."""
    x = np.array(x, dtype=float)              # a float copy: the caller's array is never touched
    g_a = np.asarray(grad_f(x.copy()), dtype=float)
    g_n = np.zeros_like(x)
    for i in range(x.size):
        old = x.flat[i]
        x.flat[i] = old + h
        f_plus = f(x)
        x.flat[i] = old - h
        f_minus = f(x)
        x.flat[i] = old                       # restore before the next coordinate
        g_n.flat[i] = (f_plus - f_minus) / (2 * h)
    denominator = np.linalg.norm(g_a) + np.linalg.norm(g_n)
    if denominator == 0.0:                    # both gradients are exactly zero: they agree
        return 0.0
    return float(np.linalg.norm(g_a - g_n) / denominator)
