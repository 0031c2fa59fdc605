import numpy as np
from scipy import stats


def welch_t_test(a, b) -> tuple[float, float, float]:
    """Welch's unequal-variance t-test: (t statistic, Welch-Satterthwaite df, two-sided p-value)."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    # TODO: sample variances (ddof=1), t, df, then p = 2 * stats.t.sf(|t|, df)
    return 0.0, 0.0, 1.0
