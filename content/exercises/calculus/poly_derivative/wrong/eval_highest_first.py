def poly_derivative(coeffs):
    if len(coeffs) <= 1:
        return [0.0]
    return [float(i * c) for i, c in enumerate(coeffs) if i > 0]


def poly_eval(coeffs, x):
    # Horner's rule written for highest-power-first coefficients (NumPy's polyval order)
    result = 0.0
    for c in coeffs:
        result = result * x + c
    return float(result)
