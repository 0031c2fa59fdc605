import time
from collections.abc import Iterator


def test_values_on_small_input():
    """[1, 2, 3, 4, 5] with k=2 gives the window means [1.5, 2.5, 3.5, 4.5]."""
    expect_close(list(moving_average([1, 2, 3, 4, 5], 2)), [1.5, 2.5, 3.5, 4.5])


def test_returns_an_iterator():
    """The function is a generator: it returns an iterator (values come one at a time), not a list."""
    result = moving_average([1.0, 2.0, 3.0], 2)
    expect_true(isinstance(result, Iterator), "moving_average(...) should return an iterator; use `yield`")


def test_yields_n_minus_k_plus_1_values():
    """A list of n values has n - k + 1 windows of size k (k = 1 and k = n included)."""
    xs = [float(v) for v in range(10)]
    for k in (1, 3, 10):
        expect_equal(len(list(moving_average(xs, k))), 10 - k + 1, f"number of windows for n=10, k={k}")


def test_first_and_last_window():
    """The first value averages xs[0:k] and the last one averages xs[n-k:n]."""
    xs = [4.0, 8.0, 6.0, -2.0, 0.0, 10.0]
    means = list(moving_average(xs, 3))
    expect_equal(len(means), 4, "number of windows for n=6, k=3")
    expect_close(means[0], 6.0, "first window (4, 8, 6)")
    expect_close(means[-1], 8.0 / 3.0, "last window (-2, 0, 10)")


def test_k_equal_to_n_gives_the_overall_mean():
    """With k = n there is one window and its mean is the mean of the whole list."""
    expect_close(list(moving_average([2.0, 4.0, 9.0], 3)), [5.0])


def test_bad_k_raises_value_error():
    """k <= 0 and k > len(xs) make no sense: raise ValueError (no silent empty result)."""
    expect_raises(ValueError, lambda: list(moving_average([1.0, 2.0, 3.0], 0)))
    expect_raises(ValueError, lambda: list(moving_average([1.0, 2.0, 3.0], -1)))
    expect_raises(ValueError, lambda: list(moving_average([1.0, 2.0, 3.0], 4)))


def test_big_input_is_linear_time():
    """10^5 values with a window of 10^4 must finish in < 1 s: only an O(n) running sum can do that.

    Re-summing every window costs n·k ≈ 10^9 additions; the test stops it after one second.
    """
    n, k = 100_000, 10_000
    xs = [float(i % 7) for i in range(n)]
    start = time.perf_counter()
    count = 0
    last = None
    for value in moving_average(xs, k):
        count += 1
        last = value
        if count % 1000 == 0 and time.perf_counter() - start > 1.0:
            break
    elapsed = time.perf_counter() - start
    expect_true(elapsed < 1.0, f"took more than 1 s (produced {count} of {n - k + 1} values); use a running sum")
    expect_equal(count, n - k + 1, "number of windows")
    expect_close(last, sum(xs[n - k:]) / k, "the last window mean", rel=1e-9)
