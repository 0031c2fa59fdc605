import math


def describe(xs):
    n = len(xs)
    if n < 2:
        raise ValueError("need at least two values")
    xs.sort()

    def quantile(p):
        h = (n - 1) * p
        i = math.floor(h)
        return xs[i] if i + 1 >= n else xs[i] + (h - i) * (xs[i + 1] - xs[i])

    mean = sum(xs) / n
    var = sum((x - mean) ** 2 for x in xs) / (n - 1)
    q1, q3 = quantile(0.25), quantile(0.75)
    return {"mean": mean, "median": quantile(0.5), "var": var, "std": math.sqrt(var),
            "q1": q1, "q3": q3, "iqr": q3 - q1, "min": xs[0], "max": xs[-1]}
