from typing import Iterator


def moving_average(xs: list[float], k: int) -> Iterator[float]:
    """Yield the mean of each window of k consecutive values of xs, using a running sum.

    >>> list(moving_average([1, 2, 3, 4, 5], 2))
    [1.5, 2.5, 3.5, 4.5]
    """
    # TODO: validate k, sum the first window, then slide: add the new value, subtract the old one
    yield from ()
