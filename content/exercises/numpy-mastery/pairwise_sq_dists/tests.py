import numpy as np

rng = np.random.default_rng(42)
X = rng.normal(size=(20, 5))
Y = rng.normal(size=(30, 5))
# Points far from the origin: the expansion subtracts large, nearly equal numbers here.
FAR = rng.normal(size=(40, 3)) + 100.0


def naive(A, B):
    out = np.zeros((A.shape[0], B.shape[0]))
    for i in range(A.shape[0]):
        for j in range(B.shape[0]):
            diff = A[i] - B[j]
            out[i, j] = float(np.dot(diff, diff))
    return out


def test_small_example():
    """The 2×3 example of the prompt: squared (not plain) distances, e.g. (1,1)→(3,4) gives 4 + 9 = 13."""
    A = np.array([[0.0, 0.0], [1.0, 1.0]])
    B = np.array([[1.0, 0.0], [3.0, 4.0], [0.0, 0.0]])
    expect_close(pairwise_sq_dists(A, B), np.array([[1.0, 25.0, 0.0], [1.0, 13.0, 2.0]]))


def test_shape_is_n_by_m():
    """X has 20 rows and Y has 30, so the result is (20, 30): one entry per pair (row of X, row of Y)."""
    expect_shape(pairwise_sq_dists(X, Y), (20, 30))


def test_matches_naive_double_loop():
    """On seeded random (20, 5) and (30, 5) data the result equals a plain double loop over all pairs."""
    expect_close(pairwise_sq_dists(X, Y), naive(X, Y), rel=1e-7, abs=1e-9)


def test_distances_to_itself():
    """pairwise_sq_dists(X, X) is symmetric with a zero diagonal (each point is at distance 0 from itself)."""
    D = pairwise_sq_dists(FAR, FAR)
    expect_close(np.diag(D), np.zeros(40), "the diagonal", abs=1e-6)
    expect_close(D, D.T, "D versus its transpose", abs=1e-6)


def test_no_negative_entries():
    """Round-off in ||x||² − 2xᵀy + ||y||² can give tiny negatives (−1e-11) where the distance is 0: clip them."""
    D = pairwise_sq_dists(FAR, FAR)
    expect_true(bool((D >= 0).all()), f"found negative entries, smallest {D.min():.3g}; squared distances are never negative")


def test_does_not_modify_inputs():
    """X and Y are unchanged after the call."""
    A, B = X.copy(), Y.copy()
    pairwise_sq_dists(A, B)
    expect_equal((A, B), (X, Y), "(X, Y) after the call")


def test_no_python_loops():
    """Vectorise: no for/while loops and no comprehensions — broadcasting and X @ Y.T do the work."""
    expect_no_loops(LEARNER_SOURCE, comprehensions=True)
