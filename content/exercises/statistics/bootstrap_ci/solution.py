import math
import random
from typing import Callable


def _quantile(s: list[float], p: float) -> float:
    """Linear interpolation at position (n - 1) * p of the sorted list s."""
    h = (len(s) - 1) * p
    i = math.floor(h)
    if i + 1 >= len(s):
        return float(s[-1])
    return s[i] + (h - i) * (s[i + 1] - s[i])


def bootstrap_ci(data: list[float], stat: Callable, n_boot: int = 2000, alpha: float = 0.05, seed: int = 0) -> tuple[float, float]:
    """Percentile bootstrap (1 - alpha) confidence interval for stat(data)."""
    if len(data) < 2:
        raise ValueError("need at least two data points")
    if not 0 < alpha < 1:
        raise ValueError("alpha must be between 0 and 1")
    if n_boot < 1:
        raise ValueError("n_boot must be at least 1")
    rng = random.Random(seed)
    n = len(data)
    # resample WITH replacement, same size as the data, and recompute the statistic
    replicates = sorted(float(stat(rng.choices(data, k=n))) for _ in range(n_boot))
    return (_quantile(replicates, alpha / 2), _quantile(replicates, 1 - alpha / 2))
