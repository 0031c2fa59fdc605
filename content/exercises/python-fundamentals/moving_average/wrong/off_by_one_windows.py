from typing import Iterator


def moving_average(xs: list[float], k: int) -> Iterator[float]:
    n = len(xs)
    if k <= 0 or k > n:
        raise ValueError("bad k")
    s = sum(xs[:k])
    for i in range(k, n):
        s += xs[i] - xs[i - k]
        yield s / k
