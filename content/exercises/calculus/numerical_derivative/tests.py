import math


def cube(x):
    return x ** 3


def test_cube_at_two():
    """d/dx x^3 = 3x^2, which is 12 at x = 2. The central difference must be within 1e-6 (a forward difference is off by about 6e-5 here)."""
    expect_close(numerical_derivative(cube, 2.0), 12.0, rel=0, abs=1e-6)


def test_sine_at_zero():
    """d/dx sin x = cos x, which is 1 at x = 0."""
    expect_close(numerical_derivative(math.sin, 0.0), 1.0, rel=0, abs=1e-8)


def test_exp_at_one():
    """exp is its own derivative, so the answer at x = 1 is e."""
    expect_close(numerical_derivative(math.exp, 1.0), math.e, rel=0, abs=1e-8)


def test_sigmoid_derivative():
    """For the sigmoid, sigma'(x) = sigma(x)(1 - sigma(x)); at x = 0.5 that is 0.2350037122…"""
    sigmoid = lambda z: 1 / (1 + math.exp(-z))
    s = sigmoid(0.5)
    expect_close(numerical_derivative(sigmoid, 0.5), s * (1 - s), rel=0, abs=1e-9)


def test_uses_the_step_h():
    """With h = 0.1 the central difference of x^3 at 2 is exactly 3*2^2 + h^2 = 12.01: your function must use the h it is given."""
    expect_close(numerical_derivative(cube, 2.0, h=0.1), 12.01, rel=0, abs=1e-9)


def test_returns_a_float():
    """The result is a float."""
    expect_type(numerical_derivative(cube, 1.0), float)
