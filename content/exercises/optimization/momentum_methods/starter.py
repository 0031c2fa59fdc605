import numpy as np


def momentum_gd(grad, x0, lr, beta, n_iter) -> np.ndarray:
    """Heavy-ball momentum: v <- beta*v + grad(x); x <- x - lr*v (v starts at 0)."""
    x = np.array(x0, dtype=float)
    # TODO: keep a velocity array and run n_iter updates
    return x


def nesterov_gd(grad, x0, lr, beta, n_iter) -> np.ndarray:
    """Nesterov momentum: v <- beta*v + grad(x - lr*beta*v); x <- x - lr*v (v starts at 0)."""
    x = np.array(x0, dtype=float)
    # TODO: like momentum_gd, but take the gradient at the look-ahead point
    return x
