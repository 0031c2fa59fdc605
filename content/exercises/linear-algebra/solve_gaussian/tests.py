import random

A3 = [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]]
B3 = [8, -11, -3]

A4 = [[4, -2, 1, 3], [3, 6, -4, 2], [2, 1, 8, -5], [1, -3, 2, 7]]
B4 = [12, -7, 3, 15]
X4 = [1.2200725513905684, -1.515719467956469, 0.9195888754534463, 1.0562273276904475]  # np.linalg.solve, computed offline

_rng = random.Random(0)
A6 = [[_rng.uniform(-10, 10) for _ in range(6)] for _ in range(6)]
B6 = [_rng.uniform(-10, 10) for _ in range(6)]


def fresh(M):
    """A deep copy, so one test can never change another test's data."""
    return [row[:] for row in M] if M and isinstance(M[0], list) else list(M)


def test_known_3x3_solution():
    """2x + y - z = 8, -3x - y + 2z = -11, -2x + y + 2z = -3 has the unique solution x = 2, y = 3, z = -1."""
    expect_close(solve_gaussian(fresh(A3), fresh(B3)), [2.0, 3.0, -1.0])


def test_matches_numpy_on_4x4():
    """A 4x4 system; the expected values were computed with np.linalg.solve."""
    expect_close(solve_gaussian(fresh(A4), fresh(B4)), X4)


def test_zero_pivot_needs_a_row_swap():
    """[[0, 1], [1, 0]] has a zero in the top-left corner: you must swap rows before eliminating (x = 3, y = 2)."""
    expect_close(solve_gaussian([[0, 1], [1, 0]], [2, 3]), [3.0, 2.0])


def test_tiny_pivot_is_swapped_too():
    """With pivot 1e-20, eliminating without a swap multiplies by 1e20 and round-off destroys x (you get 0 instead of 1). Partial pivoting always picks the largest |entry|."""
    expect_close(solve_gaussian([[1e-20, 1], [1, 1]], [1, 2]), [1.0, 1.0], rel=1e-9)


def test_residual_is_small_on_random_system():
    """For a random 6x6 system the solution satisfies A x = b to round-off precision."""
    x = solve_gaussian(fresh(A6), fresh(B6))
    residual = [sum(a * xi for a, xi in zip(row, x)) - bi for row, bi in zip(A6, B6)]
    expect_close(residual, [0.0] * 6, abs=1e-9)


def test_singular_matrix_raises():
    """A singular matrix (dependent rows) has no unique solution: raise ValueError. For [[1,2,3],[4,5,6],[7,8,9]] round-off leaves a last pivot of about 1e-16 instead of exactly 0, so compare |pivot| with a small tolerance, not with == 0."""
    expect_raises(ValueError, solve_gaussian, [[1, 2], [2, 4]], [3, 6])
    expect_raises(ValueError, solve_gaussian, [[1, 2, 3], [4, 5, 6], [7, 8, 9]], [1, 2, 3])


def test_bad_shapes_raise():
    """A non-square A, or a b of the wrong length, is rejected with ValueError."""
    expect_raises(ValueError, solve_gaussian, [[1, 2, 3], [4, 5, 6]], [1, 2])
    expect_raises(ValueError, solve_gaussian, [[1, 0], [0, 1]], [1, 2, 3])


def test_inputs_not_mutated():
    """Elimination must work on a copy: the caller's A and b are unchanged afterwards."""
    A = [row[:] for row in A3]
    b = B3[:]
    solve_gaussian(A, b)
    expect_equal(A, A3, "A after the call")
    expect_equal(b, B3, "b after the call")


def test_returns_list_of_floats():
    """The result is a list with one float per unknown."""
    x = solve_gaussian([[2, 0], [0, 4]], [2, 2])
    expect_type(x, list)
    expect_equal(x, [1.0, 0.5])
    expect_type(x[0], float)
