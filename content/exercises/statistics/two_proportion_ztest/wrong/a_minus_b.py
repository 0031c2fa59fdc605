import math
from statistics import NormalDist


def two_proportion_ztest(conv_a, n_a, conv_b, n_b):
    if n_a <= 0 or n_b <= 0 or not (0 <= conv_a <= n_a and 0 <= conv_b <= n_b):
        raise ValueError("bad counts")
    pooled = (conv_a + conv_b) / (n_a + n_b)
    if pooled in (0.0, 1.0):
        raise ValueError("undefined")
    se = math.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))
    z = (conv_a / n_a - conv_b / n_b) / se
    return z, 2 * (1 - NormalDist().cdf(abs(z)))
