import numpy as np


def tukey_outliers(x):
    x = np.asarray(x, dtype=float)
    q1, med, q3 = np.percentile(x, [25, 50, 75])
    iqr = q3 - q1
    return np.sort(x[(x < med - 1.5 * iqr) | (x > med + 1.5 * iqr)])
