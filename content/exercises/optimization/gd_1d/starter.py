from typing import Callable


def gd_1d(df: Callable[[float], float], x0: float, lr: float, steps: int) -> list[float]:
    """Run `steps` gradient-descent updates x <- x - lr * df(x) from x0.

    Return the list of all iterates [x0, x1, ..., x_steps] (length steps + 1).
    """
    # TODO: keep a list that starts with x0 and append each new x
    return []
