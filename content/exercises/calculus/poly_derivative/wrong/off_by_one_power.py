def poly_derivative(coeffs):
    if len(coeffs) <= 1:
        return [0.0]
    # drops the constant, but multiplies by the position in the shortened list
    return [float(i * c) for i, c in enumerate(coeffs[1:])]


def poly_eval(coeffs, x):
    return float(sum(c * x ** i for i, c in enumerate(coeffs)))
