import warnings

import numpy as np

rng = np.random.default_rng(7)
S = rng.normal(scale=3.0, size=(4, 4))      # square: catches sums that broadcast along the wrong axis
R = rng.normal(scale=3.0, size=(5, 3))


def reference(Z, axis):
    e = np.exp(Z - Z.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


def test_known_values():
    """softmax([1, 2, 3]) = [0.0900, 0.2447, 0.6652] and a constant row gives equal probabilities."""
    out = softmax(np.array([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]]), axis=1)
    expect_close(out, np.array([[0.09003057317038046, 0.24472847105479767, 0.6652409557748219], [1 / 3, 1 / 3, 1 / 3]]))


def test_one_dimensional_input():
    """A 1-D vector is one slice: the result sums to 1 and has the same shape."""
    out = softmax(np.array([0.0, np.log(3.0)]))
    expect_close(out, np.array([0.25, 0.75]))


def test_rows_sum_to_one_square_matrix():
    """axis=1 (and the default axis=-1): each ROW of a 4×4 matrix sums to 1 and matches the definition."""
    expect_close(softmax(S, axis=1).sum(axis=1), np.ones(4), "row sums with axis=1")
    expect_close(softmax(S, axis=1), reference(S, 1), "values with axis=1")
    expect_close(softmax(S), reference(S, 1), "values with the default axis=-1")


def test_columns_sum_to_one_with_axis_0():
    """axis=0: each COLUMN sums to 1 (on a 4×4 and a 5×3 matrix)."""
    expect_close(softmax(S, axis=0).sum(axis=0), np.ones(4), "column sums of the 4×4 result")
    expect_close(softmax(S, axis=0), reference(S, 0), "values for the 4×4 matrix")
    expect_close(softmax(R, axis=0), reference(R, 0), "values for the 5×3 matrix")


def test_shift_invariance():
    """Adding the same constant to every score of a slice does not change the probabilities."""
    expect_close(softmax(R + 50.0, axis=1), softmax(R, axis=1))


def test_large_scores_do_not_overflow():
    """softmax([1000, 1000]) = [0.5, 0.5]: exp(1000) overflows, so the maximum must be subtracted first."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)  # an overflow warning fails the test
        out = softmax(np.array([1000.0, 1000.0]))
    expect_close(out, np.array([0.5, 0.5]))


def test_rows_on_very_different_scales():
    """Row [-2000, -1999] next to row [0, 1]: subtract each ROW's maximum, not the global one, or the second row becomes 0/0."""
    Z = np.array([[0.0, 1.0], [-2000.0, -1999.0]])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = softmax(Z, axis=1)
    expect_true(bool(np.isfinite(out).all()), "the result contains NaN or inf")
    expect_close(out, np.array([[0.2689414213699951, 0.7310585786300049], [0.2689414213699951, 0.7310585786300049]]))


def test_input_not_modified():
    """Your function must not change the array it was given (no in-place `Z -= ...`)."""
    Z = S.copy()
    softmax(Z, axis=1)
    expect_equal(Z, S, "the input after the call")
