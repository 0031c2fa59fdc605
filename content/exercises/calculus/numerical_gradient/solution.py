from typing import Callable


def numerical_gradient(f: Callable[[list[float]], float], x: list[float], h: float = 1e-5) -> list[float]:
    """Central-difference gradient of f at x, one coordinate at a time; x is not modified."""
    grad = []
    for i in range(len(x)):
        x_plus = list(x)
        x_minus = list(x)
        x_plus[i] += h
        x_minus[i] -= h
        grad.append((f(x_plus) - f(x_minus)) / (2 * h))
    return grad
