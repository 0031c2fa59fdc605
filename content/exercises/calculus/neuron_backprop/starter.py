import math


def neuron_backprop(x: float, y: float, w: float, b: float) -> tuple[float, float, float]:
    """Forward and backward pass of L = (sigmoid(w x + b) - y)^2.

    Return (L, dL/dw, dL/db).
    """
    # TODO forward: z = w*x + b, a = sigmoid(z), L = (a - y)**2
    # TODO backward: dL/da, da/dz, dz/dw, dz/db -> chain rule
    return 0.0, 0.0, 0.0
