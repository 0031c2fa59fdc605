import statistics


def describe(xs):
    if len(xs) < 2:
        raise ValueError("need at least two values")
    q1, _, q3 = statistics.quantiles(xs, n=4)
    return {
        "mean": statistics.fmean(xs), "median": statistics.median(xs),
        "var": statistics.variance(xs), "std": statistics.stdev(xs),
        "q1": q1, "q3": q3, "iqr": q3 - q1, "min": min(xs), "max": max(xs),
    }
