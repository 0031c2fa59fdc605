def _central(f, x, h=1e-5):
    return (f(x + h) - f(x - h)) / (2 * h)


POLYS = [[5, 3, 2], [1, -2, 0, 4], [0.5, 0, -1.5, 0, 0.25], [-3, 7]]


def test_known_derivative():
    """[5, 3, 2] is 5 + 3x + 2x^2; its derivative 3 + 4x is [3, 4]. The constant disappears and every power drops by one."""
    expect_close(poly_derivative([5, 3, 2]), [3.0, 4.0])
    expect_close(poly_derivative([1, -2, 0, 4]), [-2.0, 0.0, 12.0])


def test_constant_gives_zero():
    """The derivative of a constant is the zero polynomial, written [0]."""
    expect_close(poly_derivative([7]), [0.0])
    expect_close(poly_derivative([-2.5]), [0.0])


def test_linear_gives_constant():
    """-3 + 7x has the constant derivative 7: [7]."""
    expect_close(poly_derivative([-3, 7]), [7.0])


def test_poly_eval_known_values():
    """Coefficients are lowest power first: [5, 3, 2] at x = 2 is 5 + 6 + 8 = 19; [1, -2, 0, 4] at x = -1 is 1 + 2 - 4 = -1."""
    expect_close(poly_eval([5, 3, 2], 2.0), 19.0)
    expect_close(poly_eval([1, -2, 0, 4], -1.0), -1.0)
    expect_close(poly_eval([4], 10.0), 4.0)


def test_agrees_with_numerical_derivative():
    """Evaluating your derivative must agree with a central-difference slope of the original polynomial at several points."""
    for coeffs in POLYS:
        for x in (-1.5, 0.0, 0.7, 2.0):
            numeric = _central(lambda t: poly_eval(coeffs, t), x)
            expect_close(poly_eval(poly_derivative(coeffs), x), numeric, "p'(" + str(x) + ") for " + str(coeffs), rel=1e-6, abs=1e-6)


def test_input_not_mutated_and_types():
    """The coefficient list is not modified; poly_eval returns a float and poly_derivative a list."""
    coeffs = [5, 3, 2]
    d = poly_derivative(coeffs)
    expect_type(d, list)
    expect_type(poly_eval(coeffs, 1.0), float)
    expect_equal(coeffs, [5, 3, 2], "coeffs after the calls")
