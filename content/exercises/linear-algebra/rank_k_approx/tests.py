import numpy as np

RNG = np.random.default_rng(7)
TALL = RNG.normal(size=(8, 5))
WIDE = RNG.normal(size=(4, 7))
SQUARE = RNG.normal(size=(6, 6))


def _sigma(A):
    return np.linalg.svd(A, compute_uv=False)


def test_diagonal_example():
    """For diag(3, 1) the best rank-1 approximation keeps the larger singular value: diag(3, 0)."""
    expect_close(rank_k_approx(np.diag([3.0, 1.0]), 1), np.diag([3.0, 0.0]), abs=1e-12)
    expect_close(rank_k_approx(np.diag([1.0, 3.0]), 1), np.diag([0.0, 3.0]), abs=1e-12)


def test_rank_is_at_most_k():
    """A_k is a sum of k rank-one matrices, so np.linalg.matrix_rank(A_k) <= k."""
    for A in (TALL, WIDE, SQUARE):
        for k in (1, 2, 3):
            Ak = rank_k_approx(A.copy(), k)
            expect_true(int(np.linalg.matrix_rank(Ak)) <= k, "rank of A_k for k=" + str(k) + " is " + str(int(np.linalg.matrix_rank(Ak))))


def test_shape_is_kept():
    """A_k has the same shape as A (tall and wide matrices too)."""
    for A in (TALL, WIDE, SQUARE):
        expect_shape(rank_k_approx(A.copy(), 2), A.shape)


def test_frobenius_error_matches_eckart_young():
    """Eckart–Young: the error ||A - A_k||_F equals sqrt(sum of the squared singular values you dropped), and no rank-k matrix does better."""
    for A in (TALL, WIDE, SQUARE):
        s = _sigma(A)
        for k in range(min(A.shape) + 1):
            error = float(np.linalg.norm(A - rank_k_approx(A.copy(), k)))
            expect_close(error, float(np.sqrt(np.sum(s[k:] ** 2))), "Frobenius error for k=" + str(k), abs=1e-9)


def test_full_rank_reproduces_a():
    """With k = min(A.shape) nothing is dropped: A_k equals A."""
    for A in (TALL, WIDE, SQUARE):
        expect_close(rank_k_approx(A.copy(), min(A.shape)), A, abs=1e-10)


def test_k_zero_and_invalid_k():
    """k = 0 keeps nothing (the zero matrix); k < 0 or k > min(A.shape) raises ValueError."""
    expect_close(rank_k_approx(TALL.copy(), 0), np.zeros_like(TALL))
    expect_raises(ValueError, rank_k_approx, TALL.copy(), 6)
    expect_raises(ValueError, rank_k_approx, TALL.copy(), -1)


def test_input_not_mutated():
    """A is left unchanged."""
    A = SQUARE.copy()
    rank_k_approx(A, 2)
    expect_equal(A, SQUARE, "A after the call")
