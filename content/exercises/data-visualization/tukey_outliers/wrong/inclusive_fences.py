import numpy as np


def tukey_outliers(x):
    x = np.asarray(x, dtype=float)
    q1, q3 = np.percentile(x, [25, 75])
    iqr = q3 - q1
    return np.sort(x[(x <= q1 - 1.5 * iqr) | (x >= q3 + 1.5 * iqr)])   # a point on a fence is not a flier
