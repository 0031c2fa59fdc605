def transpose(A: list[list[float]]) -> list[list[float]]:
    """Rows become columns: an m x n matrix becomes n x m."""
    # TODO: validate A, then build the transpose
    return A


def identity(n: int) -> list[list[float]]:
    """The n x n identity matrix."""
    # TODO
    return []


def matmul(A: list[list[float]], B: list[list[float]]) -> list[list[float]]:
    """(AB)[i][k] = sum_j A[i][j] * B[j][k]; ValueError if the inner sizes differ."""
    # TODO
    return []


def matadd(A: list[list[float]], B: list[list[float]]) -> list[list[float]]:
    """Entry-wise sum; ValueError if the shapes differ."""
    # TODO
    return []


def scalar_mul(c: float, A: list[list[float]]) -> list[list[float]]:
    """Every entry multiplied by c."""
    # TODO
    return A
