from typing import Iterator


def moving_average(xs: list[float], k: int) -> Iterator[float]:
    n = len(xs)
    if n - k + 1 <= 0 or k <= 0:
        return
    s = sum(xs[:k])
    yield s / k
    for i in range(k, n):
        s += xs[i] - xs[i - k]
        yield s / k
