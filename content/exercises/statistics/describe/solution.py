import math


def _quantile(s: list[float], p: float) -> float:
    """Linear interpolation at position (n - 1) * p of the sorted list s."""
    h = (len(s) - 1) * p
    i = math.floor(h)
    if i + 1 >= len(s):
        return float(s[-1])
    return s[i] + (h - i) * (s[i + 1] - s[i])


def describe(xs: list[float]) -> dict:
    """Summary statistics of xs: mean, median, var, std (sample, n - 1), q1, q3, iqr, min, max."""
    n = len(xs)
    if n < 2:
        raise ValueError("need at least two values")
    s = sorted(xs)  # a sorted copy; xs is untouched
    mean = sum(s) / n
    var = sum((x - mean) ** 2 for x in s) / (n - 1)
    q1, q3 = _quantile(s, 0.25), _quantile(s, 0.75)
    return {
        "mean": mean,
        "median": _quantile(s, 0.5),
        "var": var,
        "std": math.sqrt(var),
        "q1": q1,
        "q3": q3,
        "iqr": q3 - q1,
        "min": s[0],
        "max": s[-1],
    }
