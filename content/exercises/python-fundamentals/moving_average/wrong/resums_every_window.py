from typing import Iterator


def moving_average(xs: list[float], k: int) -> Iterator[float]:
    n = len(xs)
    if k <= 0 or k > n:
        raise ValueError("bad k")
    for i in range(n - k + 1):
        yield sum(xs[i:i + k]) / k
