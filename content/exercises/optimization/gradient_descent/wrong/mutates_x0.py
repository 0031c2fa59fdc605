import numpy as np


def gradient_descent(grad, x0, lr, n_iter, tol=1e-8):
    x = np.asarray(x0, dtype=float)   # no copy when x0 is already a float array
    history = []
    for _ in range(n_iter):
        g = grad(x)
        norm = float(np.linalg.norm(g))
        history.append(norm)
        if norm < tol:
            break
        x -= lr * g
    return x, history
