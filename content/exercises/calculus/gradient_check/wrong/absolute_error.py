import numpy as np


def gradient_check(f, grad_f, x, h=1e-6):
    x = np.array(x, dtype=float)
    g_a = np.asarray(grad_f(x.copy()), dtype=float)
    g_n = np.zeros_like(x)
    for i in range(x.size):
        old = x.flat[i]
        x.flat[i] = old + h
        f_plus = f(x)
        x.flat[i] = old - h
        f_minus = f(x)
        x.flat[i] = old
        g_n.flat[i] = (f_plus - f_minus) / (2 * h)
    return float(np.linalg.norm(g_a - g_n))   # absolute error: depends on the scale of f
