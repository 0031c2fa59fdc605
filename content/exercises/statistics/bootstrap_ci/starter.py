import random
from typing import Callable


def bootstrap_ci(data: list[float], stat: Callable, n_boot: int = 2000, alpha: float = 0.05, seed: int = 0) -> tuple[float, float]:
    """Percentile bootstrap (1 - alpha) confidence interval for stat(data)."""
    rng = random.Random(seed)
    # TODO: n_boot resamples with replacement -> sorted replicates -> alpha/2 and 1 - alpha/2 quantiles
    value = float(stat(data))
    return (value, value)
