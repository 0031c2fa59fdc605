import ast

import numpy as np

X = np.arange(10.0) ** 2   # [0, 1, 4, 9, …, 81]


def naive(x, k):
    return np.array([x[i:i + k] for i in range(len(x) - k + 1)])


def test_small_example():
    """rolling_window(arange(5), 3) has rows [0,1,2], [1,2,3], [2,3,4]."""
    expect_equal(rolling_window(np.arange(5), 3), np.array([[0, 1, 2], [1, 2, 3], [2, 3, 4]]))


def test_shape_is_n_minus_k_plus_1_by_k():
    """10 elements and windows of 4 → 7 windows: shape (7, 4). k = 1 and k = n work too."""
    expect_shape(rolling_window(X, 4), (7, 4))
    expect_shape(rolling_window(X, 1), (10, 1), "k = 1")
    expect_shape(rolling_window(X, 10), (1, 10), "k = n")


def test_equals_naive_stacking():
    """For every k the result equals stacking the slices x[i:i+k] one by one."""
    for k in (1, 2, 5, 10):
        expect_equal(rolling_window(X, k), naive(X, k), f"k = {k}")


def test_shares_memory_with_x():
    """The windows are a view of x's own memory (np.shares_memory is True), not a copy."""
    expect_true(np.shares_memory(rolling_window(X, 3), X), "the result is a copy; build a view with as_strided")


def test_works_on_strided_and_integer_inputs():
    """x can itself be a view with a step (a[::2]) or use 4-byte integers: step by x.strides[0], not by itemsize."""
    a = np.arange(20.0)
    expect_equal(rolling_window(a[::2], 3), naive(a[::2], 3), "x = arange(20.)[::2]")
    b = np.arange(8, dtype=np.int32)
    expect_equal(rolling_window(b, 4), naive(b, 4), "x of dtype int32")


def test_result_is_read_only():
    """The windows overlap, so the view must be read-only: writing one entry would change other windows and x."""
    W = rolling_window(X.copy(), 3)
    expect_true(W.flags.writeable is False, "the result is writeable; pass writeable=False to as_strided")


def test_rolling_mean():
    """A typical use: the window means of [1, 2, 3, 4, 5] with k = 2 are [1.5, 2.5, 3.5, 4.5]."""
    expect_close(rolling_window(np.array([1.0, 2.0, 3.0, 4.0, 5.0]), 2).mean(axis=1), np.array([1.5, 2.5, 3.5, 4.5]))


def test_bad_k_raises_value_error():
    """k > len(x) or k < 1 has no windows: raise ValueError (as_strided itself would read outside the array)."""
    expect_raises(ValueError, rolling_window, X, 11)
    expect_raises(ValueError, rolling_window, X, 0)


def test_built_from_strides():
    """The exercise is about strides: build the view yourself instead of calling sliding_window_view."""
    names = {n.id for n in ast.walk(ast.parse(LEARNER_SOURCE)) if isinstance(n, ast.Name)}
    names |= {n.attr for n in ast.walk(ast.parse(LEARNER_SOURCE)) if isinstance(n, ast.Attribute)}
    names |= {a.name for n in ast.walk(ast.parse(LEARNER_SOURCE)) if isinstance(n, ast.ImportFrom) for a in n.names}
    expect_true("sliding_window_view" not in names, "sliding_window_view is the finished library version; use as_strided")
