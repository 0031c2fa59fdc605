def numerical_derivative(f, x, h=1e-5):
    # the limit definition taken literally: a one-sided (forward) difference, error O(h)
    return (f(x + h) - f(x)) / h
