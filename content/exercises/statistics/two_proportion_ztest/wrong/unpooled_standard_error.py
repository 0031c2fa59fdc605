import math
from statistics import NormalDist


def two_proportion_ztest(conv_a, n_a, conv_b, n_b):
    if n_a <= 0 or n_b <= 0 or not (0 <= conv_a <= n_a and 0 <= conv_b <= n_b):
        raise ValueError("bad counts")
    p_a, p_b = conv_a / n_a, conv_b / n_b
    se = math.sqrt(p_a * (1 - p_a) / n_a + p_b * (1 - p_b) / n_b)
    if se == 0:
        raise ValueError("undefined")
    z = (p_b - p_a) / se
    return z, 2 * (1 - NormalDist().cdf(abs(z)))
