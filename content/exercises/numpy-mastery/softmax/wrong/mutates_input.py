import numpy as np


def softmax(Z, axis=-1):
    Z -= Z.max(axis=axis, keepdims=True)
    np.exp(Z, out=Z)
    Z /= Z.sum(axis=axis, keepdims=True)
    return Z
