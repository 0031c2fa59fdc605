from typing import Callable


def numerical_gradient(f: Callable[[list[float]], float], x: list[float], h: float = 1e-5) -> list[float]:
    """Central-difference gradient of f at x, one coordinate at a time.

    Entry i is (f(x + h e_i) - f(x - h e_i)) / (2h), where e_i is the i-th unit vector.
    Do not modify x.
    """
    # TODO
    return [0.0 for _ in x]
