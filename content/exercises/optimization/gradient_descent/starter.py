import numpy as np


def gradient_descent(grad, x0: np.ndarray, lr: float, n_iter: int, tol: float = 1e-8) -> tuple[np.ndarray, list[float]]:
    """Gradient descent x <- x - lr * grad(x), stopping when ||grad(x)|| < tol.

    Returns (x, history) where history[k] is the gradient norm at the k-th iterate.
    """
    x = np.array(x0, dtype=float)
    history = []
    # TODO: loop at most n_iter times: record the gradient norm, stop if it is < tol, else step
    return x, history
