def matmul_lists(A: list[list[float]], B: list[list[float]]) -> list[list[float]]:
    """Return the matrix product A @ B for matrices given as lists of rows.

    Raises ValueError if the shapes are incompatible.
    """
    n, m = len(A), len(A[0])
    p = len(B[0])
    if any(len(row) != m for row in A) or any(len(row) != p for row in B):
        raise ValueError("every row of a matrix must have the same length")
    if len(B) != m:
        raise ValueError(f"shapes {n}x{m} and {len(B)}x{p} are not aligned: {m} != {len(B)}")
    columns = list(zip(*B))  # column k of B as a tuple
    return [[sum(a * b for a, b in zip(row, col)) for col in columns] for row in A]
