def poly_derivative(coeffs: list[float]) -> list[float]:
    """Coefficients (lowest power first) of the derivative; a constant gives [0.0]."""
    if len(coeffs) <= 1:
        return [0.0]
    return [float(i * c) for i, c in enumerate(coeffs) if i > 0]


def poly_eval(coeffs: list[float], x: float) -> float:
    """Value of c0 + c1 x + c2 x^2 + ... at x, by Horner's rule."""
    result = 0.0
    for c in reversed(coeffs):
        result = result * x + c
    return float(result)
