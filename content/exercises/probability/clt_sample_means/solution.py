import random
from typing import Callable


def clt_sample_means(sampler: Callable[[random.Random], float], n: int, trials: int, seed: int) -> list[float]:
    """Means of `trials` samples of size n drawn with sampler(rng) from one random.Random(seed)."""
    if n < 1 or trials < 1:
        raise ValueError("n and trials must be at least 1")
    rng = random.Random(seed)  # one generator for the whole experiment
    means = []
    for _ in range(trials):
        total = 0.0
        for _ in range(n):
            total += sampler(rng)
        means.append(total / n)
    return means
