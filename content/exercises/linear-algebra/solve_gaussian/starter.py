def solve_gaussian(A: list[list[float]], b: list[float]) -> list[float]:
    """Solve A x = b by Gaussian elimination with partial pivoting.

    Raise ValueError if A is not square, if len(b) is wrong, or if A is singular.
    Do not modify A or b.
    """
    # TODO: copy [A | b], eliminate column by column (pivot on the largest |entry|),
    #       then back-substitute.
    return [0.0] * len(b)
