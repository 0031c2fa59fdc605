def solve_gaussian(A: list[list[float]], b: list[float]) -> list[float]:
    """Solve A x = b by Gaussian elimination with partial pivoting (A square, non-singular)."""
    n = len(A)
    if n == 0 or any(len(row) != n for row in A):
        raise ValueError("A must be a non-empty square matrix")
    if len(b) != n:
        raise ValueError("b must have one entry per row of A")
    # Work on an augmented copy [A | b] so the caller's lists stay untouched.
    M = [[float(x) for x in row] + [float(bi)] for row, bi in zip(A, b)]
    for col in range(n):
        pivot_row = col
        if M[col][col] == 0:  # swap only when the pivot is exactly zero
            pivot_row = next((r for r in range(col + 1, n) if M[r][col] != 0), col)
        if M[pivot_row][col] == 0:
            raise ValueError("matrix is singular (or numerically singular)")
        M[col], M[pivot_row] = M[pivot_row], M[col]
        for r in range(col + 1, n):
            factor = M[r][col] / M[col][col]
            for c in range(col, n + 1):
                M[r][c] -= factor * M[col][c]
    # Back substitution on the upper-triangular system.
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        s = sum(M[i][j] * x[j] for j in range(i + 1, n))
        x[i] = (M[i][n] - s) / M[i][i]
    return x
