import random
from typing import Callable


def mc_pi(n: int, seed: int) -> float:
    """Estimate pi from n random points in the unit square (reproducible by seed)."""
    rng = random.Random(seed)
    # TODO: count points with x*x + y*y <= 1
    return 3.0


def mc_integrate(f: Callable[[float], float], a: float, b: float, n: int, seed: int) -> float:
    """Estimate the integral of f over [a, b] from n uniform samples (reproducible by seed)."""
    rng = random.Random(seed)
    # TODO: (b - a) times the average of f(U)
    return 0.0
