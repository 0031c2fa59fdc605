import numpy as np

rng = np.random.default_rng(0)
DATA = rng.normal(loc=[5.0, -2.0, 100.0], scale=[2.0, 0.5, 30.0], size=(50, 3))


def test_columns_have_mean_zero():
    """Every column of the result has mean 0 (within 1e-9)."""
    expect_close(standardize(DATA).mean(axis=0), np.zeros(3), abs=1e-9)


def test_columns_have_std_one():
    """Every column has population standard deviation 1 (ddof=0)."""
    expect_close(standardize(DATA).std(axis=0), np.ones(3), abs=1e-9)


def test_shape_is_kept():
    """The result has the same shape as the input."""
    expect_shape(standardize(DATA), DATA.shape)


def test_constant_column_becomes_zeros():
    """A constant column has no spread; it must become zeros, not NaN."""
    X = np.array([[1.0, 7.0], [2.0, 7.0], [3.0, 7.0]])
    expect_equal(standardize(X)[:, 1], np.zeros(3), "the constant column")


def test_input_not_mutated():
    """Your function must not change the array it was given."""
    X = DATA.copy()
    standardize(X)
    expect_equal(X, DATA, "the input after the call")


def test_integer_input_gives_floats():
    """An integer matrix is standardised too: the result is a float array (z-scores are not whole numbers)."""
    Z = standardize(np.array([[1, 10], [2, 20], [3, 30]]))
    expect_close(Z, np.array([[-1.224744871391589, -1.224744871391589], [0.0, 0.0], [1.224744871391589, 1.224744871391589]]))


def test_no_python_loops():
    """Vectorise: no for/while loops and no comprehensions — reductions along axis=0 and broadcasting do the work."""
    expect_no_loops(LEARNER_SOURCE, comprehensions=True)
