import numpy as np


def square(x):
    return float(np.sum(x ** 2))


def square_grad(x):
    return 2 * x


def half_square(x):
    return 0.5 * float(np.dot(x, x))


def half_square_grad(x):
    return x


def rosen(x):
    return float((1 - x[0]) ** 2 + 100 * (x[1] - x[0] ** 2) ** 2)


def rosen_grad(x):
    return np.array([-2 * (1 - x[0]) - 400 * x[0] * (x[1] - x[0] ** 2), 200 * (x[1] - x[0] ** 2)])


def armijo_holds(f, grad, x, d, alpha, c):
    return f(x + alpha * d) <= f(x) + c * alpha * float(np.dot(grad(x), d))


def test_halves_once_on_x_squared():
    """f = x² at x = 1, d = -2: the full step reaches -1 where f is still 1 (no decrease), so alpha is halved once to 0.5."""
    alpha = backtracking_line_search(square, square_grad, np.array([1.0]), np.array([-2.0]))
    expect_close(alpha, 0.5)


def test_full_step_is_kept_when_it_already_works():
    """f = ½||x||², d = -x leads straight to the minimum 0, which satisfies Armijo at once: return alpha0 unchanged."""
    x = np.array([3.0, -4.0])
    expect_close(backtracking_line_search(half_square, half_square_grad, x, -x), 1.0, "alpha0 = 1")
    expect_close(backtracking_line_search(half_square, half_square_grad, x, -x, alpha0=0.3), 0.3, "alpha0 = 0.3")


def test_result_satisfies_armijo_on_rosenbrock():
    """On Rosenbrock at (-1.2, 1) with d = -gradient, the returned alpha satisfies the Armijo inequality."""
    x = np.array([-1.2, 1.0])
    d = -rosen_grad(x)
    alpha = backtracking_line_search(rosen, rosen_grad, x, d)
    expect_true(alpha > 0, f"alpha must be positive, got {alpha!r}")
    expect_true(armijo_holds(rosen, rosen_grad, x, d, alpha, 1e-4), f"alpha = {alpha!r} does not satisfy f(x+αd) <= f(x) + c·α·∇fᵀd")


def test_returns_the_first_acceptable_alpha():
    """Backtracking returns the LARGEST alpha0·rho^k that works: one shrink earlier (alpha/rho) must have failed Armijo."""
    x = np.array([-1.2, 1.0])
    d = -rosen_grad(x)
    alpha = backtracking_line_search(rosen, rosen_grad, x, d)
    expect_true(alpha < 1.0, "the full gradient step is far too long on Rosenbrock here")
    expect_true(not armijo_holds(rosen, rosen_grad, x, d, alpha / 0.5, 1e-4), f"alpha/rho = {alpha / 0.5!r} already satisfied Armijo, so alpha = {alpha!r} shrank too far")


def test_uses_c_argument():
    """A demanding c = 0.9 on f = x² (x = 1, d = -2) rejects 1, 0.5, 0.25 and 0.125; the first accepted step is 0.0625."""
    alpha = backtracking_line_search(square, square_grad, np.array([1.0]), np.array([-2.0]), c=0.9)
    expect_close(alpha, 0.0625)


def test_uses_rho_argument():
    """With rho = 0.1 the candidates are 1, 0.1, …; on f = x² (x = 1, d = -2) the step 0.1 already passes."""
    alpha = backtracking_line_search(square, square_grad, np.array([1.0]), np.array([-2.0]), rho=0.1)
    expect_close(alpha, 0.1)


def test_ascent_direction_raises():
    """d = +gradient points uphill (∇fᵀd > 0): no step along it can be trusted to decrease f, so raise ValueError."""
    x = np.array([1.0, 2.0])
    expect_raises(ValueError, backtracking_line_search, square, square_grad, x, square_grad(x))


def test_orthogonal_direction_raises():
    """A direction with ∇fᵀd = 0 is not a descent direction either: raise ValueError."""
    expect_raises(ValueError, backtracking_line_search, square, square_grad, np.array([1.0, 0.0]), np.array([0.0, 1.0]))
