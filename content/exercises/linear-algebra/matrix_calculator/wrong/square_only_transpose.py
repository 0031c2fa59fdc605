def _shape(A):
    """(rows, cols) of a rectangular, non-empty matrix; ValueError otherwise."""
    if not A or not A[0]:
        raise ValueError("a matrix needs at least one row and one column")
    cols = len(A[0])
    if any(len(row) != cols for row in A):
        raise ValueError("ragged matrix: rows have different lengths")
    return len(A), cols


def transpose(A: list[list[float]]) -> list[list[float]]:
    """Rows become columns: an m x n matrix becomes n x m."""
    m, n = _shape(A)
    return [[A[i][j] for i in range(m)] for j in range(m)]


def identity(n: int) -> list[list[float]]:
    """The n x n identity matrix."""
    if n < 1:
        raise ValueError("n must be at least 1")
    return [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]


def matmul(A: list[list[float]], B: list[list[float]]) -> list[list[float]]:
    """(AB)[i][k] = sum_j A[i][j] * B[j][k]; ValueError if the inner sizes differ."""
    m, n = _shape(A)
    n2, p = _shape(B)
    if n != n2:
        raise ValueError(f"cannot multiply {m}x{n} by {n2}x{p}")
    return [[sum(A[i][j] * B[j][k] for j in range(n)) for k in range(p)] for i in range(m)]


def matadd(A: list[list[float]], B: list[list[float]]) -> list[list[float]]:
    """Entry-wise sum; ValueError if the shapes differ."""
    if _shape(A) != _shape(B):
        raise ValueError("shapes differ")
    return [[a + b for a, b in zip(row_a, row_b)] for row_a, row_b in zip(A, B)]


def scalar_mul(c: float, A: list[list[float]]) -> list[list[float]]:
    """Every entry multiplied by c."""
    _shape(A)
    return [[c * x for x in row] for row in A]
