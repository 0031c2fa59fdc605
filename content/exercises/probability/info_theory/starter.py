import math


def entropy(p: list[float], base: float = 2) -> float:
    """H(p) = -sum p log p, with 0 log 0 = 0."""
    # TODO
    return 0.0


def cross_entropy(p: list[float], q: list[float], base: float = 2) -> float:
    """H(p, q) = -sum p log q; math.inf if q is 0 where p is positive."""
    # TODO
    return 0.0


def kl_divergence(p: list[float], q: list[float], base: float = 2) -> float:
    """D_KL(p || q) = sum p log(p / q); math.inf if q is 0 where p is positive."""
    # TODO
    return 0.0
