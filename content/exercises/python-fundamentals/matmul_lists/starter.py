def matmul_lists(A: list[list[float]], B: list[list[float]]) -> list[list[float]]:
    """Return the matrix product A @ B for matrices given as lists of rows.

    Raises ValueError if the shapes are incompatible.
    """
    # TODO: check shapes, then C[i][k] = sum over j of A[i][j] * B[j][k]
    return [[]]
