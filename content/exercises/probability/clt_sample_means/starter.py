import random
from typing import Callable


def clt_sample_means(sampler: Callable[[random.Random], float], n: int, trials: int, seed: int) -> list[float]:
    """Means of `trials` samples of size n drawn with sampler(rng) from one random.Random(seed)."""
    # TODO: one generator, then `trials` averages of n draws
    return []
