A23 = [[1, 2, 3], [4, 5, 6]]
B32 = [[7, 8], [9, 10], [11, 12]]
C22 = [[1, 2], [3, 4]]
D22 = [[0, 1], [5, -2]]
R34 = [[2, -1, 0, 3], [1, 4, -2, 0], [0, 5, 1, -1]]
S43 = [[1, 0, 2], [-1, 3, 1], [2, 2, 0], [0, 1, -3]]


def test_transpose_changes_shape():
    """A 2x3 matrix transposes to 3x2: row i of the result is column i of A."""
    expect_equal(transpose(A23), [[1, 4], [2, 5], [3, 6]])
    expect_equal(transpose([[1, 2, 3]]), [[1], [2], [3]])


def test_identity():
    """identity(3) has ones on the diagonal and zeros elsewhere."""
    expect_equal(identity(3), [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]])
    expect_equal(identity(1), [[1.0]])


def test_matmul_known_product():
    """(2x3)(3x2) is 2x2: entry (0, 0) = 1*7 + 2*9 + 3*11 = 58, and so on."""
    expect_equal(matmul(A23, B32), [[58, 64], [139, 154]])
    expect_equal(matmul([[1, 2], [3, 4]], [[5], [6]]), [[17], [39]])


def test_matmul_non_symmetric_factors():
    """A product of non-symmetric, non-square matrices (3x4 times 4x3), where a swapped index cannot hide."""
    expect_equal(matmul(R34, S43), [[3, 0, -6], [-7, 8, 6], [-3, 16, 8]])


def test_identity_law():
    """Multiplying by the identity changes nothing: I A = A I = A."""
    expect_equal(matmul(identity(2), A23), A23)
    expect_equal(matmul(A23, identity(3)), A23)


def test_transpose_of_product_reverses_order():
    """(AB)^T = B^T A^T: transposing a product reverses the order of the factors."""
    expect_equal(transpose(matmul(R34, S43)), matmul(transpose(S43), transpose(R34)))
    expect_equal(transpose(matmul(C22, D22)), matmul(transpose(D22), transpose(C22)))


def test_matmul_inner_dimension_mismatch_raises():
    """A 2x3 matrix cannot multiply a 2x2 one: the inner sizes (3 and 2) differ, so raise ValueError."""
    expect_raises(ValueError, matmul, A23, C22)


def test_matadd_and_scalar_mul():
    """Addition and scaling work entry by entry; adding matrices of different shapes raises ValueError."""
    expect_equal(matadd(C22, D22), [[1, 3], [8, 2]])
    expect_equal(scalar_mul(2.5, C22), [[2.5, 5.0], [7.5, 10.0]])
    expect_raises(ValueError, matadd, C22, A23)


def test_ragged_input_raises():
    """[[1, 2], [3]] is not a matrix (its rows have different lengths): every function must raise ValueError, not guess."""
    ragged = [[1, 2], [3]]
    expect_raises(ValueError, transpose, ragged)
    expect_raises(ValueError, matmul, ragged, C22)
    expect_raises(ValueError, matmul, C22, [[1, 2], [3]])
    expect_raises(ValueError, matadd, ragged, ragged)
    expect_raises(ValueError, scalar_mul, 2, ragged)


def test_inputs_not_mutated():
    """Every function returns new lists; the matrices you were given are unchanged."""
    a = [row[:] for row in C22]
    b = [row[:] for row in D22]
    transpose(a)
    matmul(a, b)
    matadd(a, b)
    scalar_mul(3, a)
    expect_equal(a, C22, "A after the calls")
    expect_equal(b, D22, "B after the calls")
