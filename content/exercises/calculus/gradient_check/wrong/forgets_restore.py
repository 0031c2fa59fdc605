import numpy as np


def gradient_check(f, grad_f, x, h=1e-6):
    g_a = np.asarray(grad_f(x), dtype=float)
    g_n = np.zeros(x.shape)
    for i in range(x.size):
        x.flat[i] += h                 # perturbs the caller's array ...
        f_plus = f(x)
        x.flat[i] -= 2 * h
        f_minus = f(x)
        g_n.flat[i] = (f_plus - f_minus) / (2 * h)
        # ... and never puts the entry back
    denominator = np.linalg.norm(g_a) + np.linalg.norm(g_n)
    return 0.0 if denominator == 0 else float(np.linalg.norm(g_a - g_n) / denominator)
