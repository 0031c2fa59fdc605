import random
from typing import Callable


def mc_pi(n: int, seed: int) -> float:
    """Estimate pi from n random points in the unit square (reproducible by seed)."""
    if n < 1:
        raise ValueError("n must be at least 1")
    rng = random.Random(seed)
    inside = 0
    for _ in range(n):
        x, y = rng.random(), rng.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4.0 * inside / n


def mc_integrate(f: Callable[[float], float], a: float, b: float, n: int, seed: int) -> float:
    """Estimate the integral of f over [a, b] from n uniform samples (reproducible by seed)."""
    if n < 1:
        raise ValueError("n must be at least 1")
    rng = random.Random(seed)
    total = 0.0
    for _ in range(n):
        total += f(rng.uniform(a, b))
    return (b - a) * total / n
