def poly_derivative(coeffs):
    # multiplies each coefficient by its power but forgets to shift everything down by one
    return [float(i * c) for i, c in enumerate(coeffs)]


def poly_eval(coeffs, x):
    return float(sum(c * x ** i for i, c in enumerate(coeffs)))
