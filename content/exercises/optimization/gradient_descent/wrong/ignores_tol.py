import numpy as np


def gradient_descent(grad, x0, lr, n_iter, tol=1e-8):
    x = np.array(x0, dtype=float)
    history = []
    for _ in range(n_iter):
        g = grad(x)
        history.append(float(np.linalg.norm(g)))
        x = x - lr * g
    return x, history
