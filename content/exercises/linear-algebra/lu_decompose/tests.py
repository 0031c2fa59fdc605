import numpy as np

A3 = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 10.0]])
# Reference factors computed offline with scipy.linalg.lu (whose P is the transpose of ours).
P3 = np.array([[0.0, 0.0, 1.0], [1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])
L3 = np.array([[1.0, 0.0, 0.0], [1 / 7, 1.0, 0.0], [4 / 7, 0.5, 1.0]])
U3 = np.array([[7.0, 8.0, 10.0], [0.0, 6 / 7, 11 / 7], [0.0, 0.0, -0.5]])

RNG = np.random.default_rng(0)
A6 = RNG.normal(size=(6, 6))
SINGULAR = np.array([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 1.0, 1.0]])
FIXTURES = [A3, A6, SINGULAR, np.array([[0.0, 1.0], [1.0, 1.0]])]


def _check_unit_lower(L, what):
    expect_true(bool(np.allclose(np.triu(L, 1), 0.0, atol=1e-12)), what + ": L has non-zero entries above the diagonal")
    expect_true(bool(np.allclose(np.diag(L), 1.0)), what + ": L must have ones on its diagonal (unit lower-triangular); the pivots belong in U")


def test_known_factors_3x3():
    """For [[1,2,3],[4,5,6],[7,8,10]] partial pivoting moves row 3 (pivot 7) up first, then row 1 (pivot 6/7 beats 3/7). P, L and U must equal the reference factors."""
    P, L, U = lu_decompose(A3.copy())
    expect_close(P, P3, "P")
    expect_close(L, L3, "L")
    expect_close(U, U3, "U")


def test_pa_equals_lu():
    """The defining identity P @ A = L @ U holds (P permutes the rows of A; it is not A = P @ L @ U)."""
    for A in FIXTURES:
        P, L, U = lu_decompose(A.copy())
        expect_close(L @ U, P @ A, "L @ U compared with P @ A", abs=1e-10)


def test_l_is_unit_lower_triangular():
    """L has ones on the diagonal and zeros above it."""
    for i, A in enumerate(FIXTURES):
        _, L, _ = lu_decompose(A.copy())
        _check_unit_lower(L, "fixture " + str(i))


def test_u_is_upper_triangular():
    """U has only zeros below the diagonal (within 1e-12)."""
    for A in FIXTURES:
        _, _, U = lu_decompose(A.copy())
        expect_close(np.tril(U, -1), np.zeros_like(U), "entries of U below the diagonal", abs=1e-12)


def test_p_is_a_permutation_matrix():
    """P contains only 0s and 1s, with exactly one 1 in every row and every column."""
    for A in FIXTURES:
        P, _, _ = lu_decompose(A.copy())
        expect_true(bool(np.all((P == 0) | (P == 1))), "P must contain only 0 and 1")
        expect_close(P.sum(axis=0), np.ones(len(P)), "column sums of P")
        expect_close(P.sum(axis=1), np.ones(len(P)), "row sums of P")


def test_partial_pivoting_bounds_multipliers():
    """With partial pivoting every multiplier satisfies |L_ij| <= 1: the pivot is always the largest entry of its column. Without pivoting a small pivot gives huge multipliers (or a division by zero for [[0, 1], [1, 1]])."""
    for A in FIXTURES:
        _, L, _ = lu_decompose(A.copy())
        expect_true(bool(np.all(np.isfinite(L))), "L contains inf or nan: a zero pivot was divided by (did you swap rows?)")
        expect_true(bool(np.max(np.abs(L)) <= 1 + 1e-12), "some |L_ij| > 1: choose the row with the largest |entry| as pivot")


def test_random_6x6_shapes_and_types():
    """A random 6x6 matrix: three float arrays of shape (6, 6)."""
    P, L, U = lu_decompose(A6.copy())
    for name, M in (("P", P), ("L", L), ("U", U)):
        expect_shape(M, (6, 6), name)
        expect_true(M.dtype.kind == "f", name + " must be a float array")


def test_input_not_mutated_and_non_square_rejected():
    """A is left unchanged (work on a copy), and a non-square matrix raises ValueError."""
    A = A6.copy()
    lu_decompose(A)
    expect_equal(A, A6, "A after the call")
    expect_raises(ValueError, lu_decompose, np.ones((2, 3)))
