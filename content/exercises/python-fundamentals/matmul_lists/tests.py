import random

A23 = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]
B32 = [[7.0, 8.0], [9.0, 10.0], [11.0, 12.0]]
AB = [[58.0, 64.0], [139.0, 154.0]]  # worked out by hand: 1·7 + 2·9 + 3·11 = 58, …


def transpose(M):
    return [list(col) for col in zip(*M)]


def random_matrix(rng, n, m):
    return [[rng.uniform(-5, 5) for _ in range(m)] for _ in range(n)]


def test_known_2x3_times_3x2():
    """A 2×3 matrix times a 3×2 matrix is 2×2: [[58, 64], [139, 154]]."""
    expect_close(matmul_lists(A23, B32), AB)


def test_result_is_list_of_lists():
    """The result is a list of n rows, each a list of p numbers."""
    C = matmul_lists(A23, B32)
    expect_type(C, list)
    expect_true(all(type(row) is list for row in C), "every row of the result must be a list")
    expect_equal([len(row) for row in C], [2, 2], "row lengths")


def test_square_product_rows_differ():
    """A square product whose rows are all different (catches rows that share one list object)."""
    A = [[1.0, 2.0], [3.0, 4.0]]
    B = [[0.0, 1.0], [1.0, 0.0]]
    expect_close(matmul_lists(A, B), [[2.0, 1.0], [4.0, 3.0]])


def test_identity_leaves_matrix_unchanged():
    """Multiplying by the identity on either side gives back the same matrix."""
    I2 = [[1.0, 0.0], [0.0, 1.0]]
    I3 = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]
    expect_close(matmul_lists(I2, A23), A23, "I · A")
    expect_close(matmul_lists(A23, I3), A23, "A · I")


def test_row_and_column_vectors():
    """A 1×3 row times a 3×1 column is the 1×1 dot product; column times row is a 3×3 outer product."""
    row = [[1.0, 2.0, 3.0]]
    col = [[4.0], [5.0], [6.0]]
    expect_close(matmul_lists(row, col), [[32.0]], "row · column")
    expect_close(matmul_lists(col, row), [[4.0, 8.0, 12.0], [5.0, 10.0, 15.0], [6.0, 12.0, 18.0]], "column · row")


def test_shape_mismatch_raises_value_error():
    """(2×3)·(2×3) is undefined: the inner dimensions 3 and 2 differ, so raise ValueError instead of guessing."""
    expect_raises(ValueError, matmul_lists, A23, A23)
    expect_raises(ValueError, matmul_lists, B32, [[1.0, 2.0, 3.0]])


def test_transpose_identity_on_random_4x4():
    """(AB)ᵀ = BᵀAᵀ on seeded random 4×4 matrices."""
    rng = random.Random(0)
    A = random_matrix(rng, 4, 4)
    B = random_matrix(rng, 4, 4)
    expect_close(transpose(matmul_lists(A, B)), matmul_lists(transpose(B), transpose(A)))


def test_matches_reference_on_random_rectangular():
    """A seeded random 3×5 times 5×2 product matches a straightforward reference computation."""
    rng = random.Random(1)
    A = random_matrix(rng, 3, 5)
    B = random_matrix(rng, 5, 2)
    expected = [[sum(A[i][j] * B[j][k] for j in range(5)) for k in range(2)] for i in range(3)]
    expect_close(matmul_lists(A, B), expected)


def test_inputs_not_modified():
    """A and B are unchanged after the call."""
    A = [row[:] for row in A23]
    B = [row[:] for row in B32]
    matmul_lists(A, B)
    expect_equal((A, B), (A23, B32), "(A, B) after the call")
