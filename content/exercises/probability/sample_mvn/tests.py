import numpy as np

MU = np.array([1.0, -2.0, 0.5])
COV = np.array([
    [4.0, 1.2, 0.0],
    [1.2, 2.0, -0.6],
    [0.0, -0.6, 1.0],
])


def test_shape_is_n_by_d():
    """One sample per row: n = 5 draws of a 3-D vector give shape (5, 3)."""
    expect_shape(sample_mvn(MU, COV, 5, 0), (5, 3))


def test_reproducible_by_seed():
    """The same seed gives the same samples; another seed gives different ones."""
    expect_equal(sample_mvn(MU, COV, 100, 7), sample_mvn(MU, COV, 100, 7))
    expect_true(not np.allclose(sample_mvn(MU, COV, 100, 7), sample_mvn(MU, COV, 100, 8)), "seeds 7 and 8 gave the same samples")


def test_empirical_mean():
    """With n = 20 000 the sample mean is within 0.06 of mu in every coordinate (about 4 standard errors)."""
    X = sample_mvn(MU, COV, 20_000, 0)
    expect_close(X.mean(axis=0), MU, "column means", rel=0, abs=0.06)


def test_empirical_variances():
    """The diagonal of the sample covariance matches the variances 4, 2, 1 (within 0.15)."""
    X = sample_mvn(MU, COV, 20_000, 1)
    expect_close(np.diag(np.cov(X.T)), np.diag(COV), "variances", rel=0, abs=0.15)


def test_empirical_covariance():
    """The whole covariance matrix, including the off-diagonal 1.2 and -0.6, matches cov within 0.15: correlations must survive."""
    X = sample_mvn(MU, COV, 20_000, 2)
    expect_close(np.cov(X.T), COV, "sample covariance", rel=0, abs=0.15)


def test_one_dimensional():
    """d = 1 works too: N(5, 9) has mean 5 and standard deviation 3."""
    X = sample_mvn(np.array([5.0]), np.array([[9.0]]), 20_000, 3)
    expect_shape(X, (20_000, 1))
    expect_close(float(X.mean()), 5.0, "mean", rel=0, abs=0.1)
    expect_close(float(X.std()), 3.0, "standard deviation", rel=0, abs=0.1)


def test_singular_but_valid_covariance():
    """[[1, 1], [1, 1]] is positive semi-definite (two perfectly correlated features) but has no Cholesky factor; it must still work."""
    X = sample_mvn(np.zeros(2), np.array([[1.0, 1.0], [1.0, 1.0]]), 5_000, 4)
    expect_true(bool(np.isfinite(X).all()), "samples contain NaN or inf")
    expect_close(X[:, 0], X[:, 1], "the two perfectly correlated columns", rel=0, abs=1e-6)
    expect_close(float(X[:, 0].var()), 1.0, "variance", rel=0, abs=0.1)


def test_not_positive_semidefinite_raises():
    """[[1, 2], [2, 1]] has eigenvalue -1: some direction would have negative variance, so it is no covariance. Raise ValueError."""
    expect_raises(ValueError, sample_mvn, np.zeros(2), np.array([[1.0, 2.0], [2.0, 1.0]]), 10, 0)


def test_not_symmetric_raises():
    """A covariance matrix is always symmetric (Cov(X, Y) = Cov(Y, X)); a non-symmetric one raises ValueError."""
    expect_raises(ValueError, sample_mvn, np.zeros(2), np.array([[2.0, 0.5], [0.0, 1.0]]), 10, 0)


def test_shape_mismatch_raises():
    """mu with 2 entries and a 3 × 3 cov cannot describe the same vector: raise ValueError."""
    expect_raises(ValueError, sample_mvn, np.zeros(2), np.eye(3), 10, 0)


def test_inputs_not_modified():
    """The caller's mu and cov are unchanged after the call."""
    mu, cov = MU.copy(), COV.copy()
    sample_mvn(mu, cov, 10, 0)
    expect_equal(mu, MU, "mu after the call")
    expect_equal(cov, COV, "cov after the call")


def test_builds_samples_itself():
    """The point is to implement the transform: do not call rng.multivariate_normal."""
    expect_true("multivariate_normal" not in LEARNER_SOURCE, "build the samples from standard normals and a Cholesky factor instead of multivariate_normal")
