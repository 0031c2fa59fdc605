import numpy as np


def momentum_gd(grad, x0, lr, beta, n_iter):
    x = np.array(x0, dtype=float)
    v = np.zeros_like(x)
    for _ in range(n_iter):
        v_new = beta * v + grad(x)     # v itself is never updated
        x = x - lr * v_new
    return x


def nesterov_gd(grad, x0, lr, beta, n_iter):
    x = np.array(x0, dtype=float)
    v = np.zeros_like(x)
    for _ in range(n_iter):
        v_new = beta * v + grad(x - lr * beta * v)
        x = x - lr * v_new
    return x
