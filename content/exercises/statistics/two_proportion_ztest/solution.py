import math
from statistics import NormalDist


def two_proportion_ztest(conv_a: int, n_a: int, conv_b: int, n_b: int) -> tuple[float, float]:
    """Pooled two-proportion z-test of B against A: (z, two-sided p-value)."""
    if n_a <= 0 or n_b <= 0:
        raise ValueError("group sizes must be positive")
    if not (0 <= conv_a <= n_a and 0 <= conv_b <= n_b):
        raise ValueError("conversions must be between 0 and the group size")
    p_a, p_b = conv_a / n_a, conv_b / n_b
    pooled = (conv_a + conv_b) / (n_a + n_b)  # the common rate under H0
    if pooled in (0.0, 1.0):
        raise ValueError("all or no users converted: the test is undefined")
    se = math.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))
    z = (p_b - p_a) / se
    p = 2 * (1 - NormalDist().cdf(abs(z)))
    return z, p
