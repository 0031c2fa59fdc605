from typing import Iterator


def moving_average(xs: list[float], k: int) -> Iterator[float]:
    """Yield the mean of each window of k consecutive values of xs, using a running sum."""
    n = len(xs)
    if k <= 0 or k > n:
        raise ValueError(f"k must be between 1 and len(xs)={n}, got {k}")
    s = sum(xs[:k])
    yield s / k
    for i in range(k, n):
        s += xs[i] - xs[i - k]
        yield s / k
