from typing import Callable


def gd_1d(df: Callable[[float], float], x0: float, lr: float, steps: int) -> list[float]:
    """Run `steps` gradient-descent updates x <- x - lr * df(x) from x0.

    Return the list of all iterates [x0, x1, ..., x_steps] (length steps + 1).
    """
    x = x0
    history = [x]
    for _ in range(steps):
        x = x - lr * df(x)
        history.append(x)
    return history
