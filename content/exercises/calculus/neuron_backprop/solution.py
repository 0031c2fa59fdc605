import math


def _sigmoid(z: float) -> float:
    """Numerically stable logistic function: never calls exp on a large positive number."""
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def neuron_backprop(x: float, y: float, w: float, b: float) -> tuple[float, float, float]:
    """Forward and backward pass of L = (sigmoid(w x + b) - y)^2; returns (L, dL/dw, dL/db)."""
    # forward: keep every intermediate value, the backward pass needs them
    z = w * x + b
    a = _sigmoid(z)
    loss = (a - y) ** 2
    # backward: multiply local derivatives from the loss back to each parameter
    dL_da = 2.0 * (a - y)
    da_dz = a * (1.0 - a)
    dL_dz = dL_da * da_dz
    dL_dw = dL_dz * x      # dz/dw = x
    dL_db = dL_dz * 1.0    # dz/db = 1
    return loss, dL_dw, dL_db
