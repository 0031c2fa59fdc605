import numpy as np


def gradient_descent(grad, x0: np.ndarray, lr: float, n_iter: int, tol: float = 1e-8) -> tuple[np.ndarray, list[float]]:
    """Gradient descent x <- x - lr * grad(x), stopping when ||grad(x)|| < tol.

    Returns (x, history) where history[k] is the gradient norm at the k-th iterate.
    """
    x = np.array(x0, dtype=float)          # a new float array: never touch the caller's x0
    history = []
    for _ in range(n_iter):
        g = np.asarray(grad(x), dtype=float)
        norm = float(np.linalg.norm(g))
        history.append(norm)
        if norm < tol:
            break
        x = x - lr * g
    return x, history
