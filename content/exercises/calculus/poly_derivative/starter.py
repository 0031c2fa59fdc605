def poly_derivative(coeffs: list[float]) -> list[float]:
    """Coefficients (lowest power first) of the derivative; a constant gives [0.0].

    [5, 3, 2] means 5 + 3x + 2x^2, whose derivative 3 + 4x is [3, 4].
    """
    # TODO: the term c_i x^i becomes i * c_i x^(i-1)
    return list(coeffs)


def poly_eval(coeffs: list[float], x: float) -> float:
    """Value of c0 + c1 x + c2 x^2 + ... at x."""
    # TODO
    return 0.0
