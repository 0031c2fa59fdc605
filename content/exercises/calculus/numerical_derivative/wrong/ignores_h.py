def numerical_derivative(f, x, h=1e-5):
    step = 1e-5  # hard-coded: the h argument is never used
    return (f(x + step) - f(x - step)) / (2 * step)
