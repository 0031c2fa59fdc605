import math

A = [[4.0, 1.0, 0.0], [1.0, 3.0, -1.0], [0.0, -1.0, 2.0]]  # symmetric


def quadratic(x):
    """f(x) = x^T A x / 2, whose gradient is A x for symmetric A."""
    return 0.5 * sum(x[i] * A[i][j] * x[j] for i in range(3) for j in range(3))


def rosenbrock(x):
    return (1 - x[0]) ** 2 + 100 * (x[1] - x[0] ** 2) ** 2


def test_quadratic_gradient_is_ax():
    """For f(x) = x^T A x / 2 with symmetric A the gradient is A x; at x = (1, -2, 0.5) that is (2, -5.5, 3)."""
    x = [1.0, -2.0, 0.5]
    expected = [sum(A[i][j] * x[j] for j in range(3)) for i in range(3)]
    expect_close(numerical_gradient(quadratic, x), expected, rel=0, abs=1e-6)


def test_each_partial_separately():
    """Each entry is a *partial* derivative: nudge one coordinate, keep the others fixed. For f = x0^2 + 10 x1 at (3, 5) the gradient is (6, 10), not the same number twice."""
    f = lambda v: v[0] ** 2 + 10 * v[1]
    expect_close(numerical_gradient(f, [3.0, 5.0]), [6.0, 10.0], rel=0, abs=1e-6)


def test_rosenbrock():
    """The Rosenbrock function at (-1, 2): the gradient is (-2(1-x) - 400x(y-x^2), 200(y-x^2)) = (396, 200)."""
    expect_close(numerical_gradient(rosenbrock, [-1.0, 2.0]), [396.0, 200.0], rel=0, abs=1e-4)


def test_one_variable_and_step_size():
    """A single coordinate works too; with h = 0.1 the central difference of x^3 at 2 is 3*4 + h^2 = 12.01, so the h argument must be used."""
    expect_close(numerical_gradient(lambda v: v[0] ** 3, [2.0], h=0.1), [12.01], rel=0, abs=1e-9)


def test_input_not_mutated():
    """Your function must not change the caller's x (perturb a copy, or restore every entry)."""
    x = [1.0, -2.0, 0.5]
    numerical_gradient(quadratic, x)
    expect_equal(x, [1.0, -2.0, 0.5], "x after the call", rel=0, abs=0)


def test_returns_list_of_floats():
    """The gradient is a list with one float per coordinate."""
    g = numerical_gradient(quadratic, [0.0, 0.0, 0.0])
    expect_type(g, list)
    expect_equal(len(g), 3)
    expect_type(g[0], float)
