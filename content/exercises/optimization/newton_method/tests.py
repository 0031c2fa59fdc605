import numpy as np

# Quadratic f(x) = ½ xᵀAx − bᵀx with A symmetric positive definite: minimiser solves A x = b, i.e. (0.2, 0.4).
A = np.array([[3.0, 1.0], [1.0, 2.0]])
B = np.array([1.0, 1.0])


def quad_grad(x):
    return A @ x - B


def quad_hess(x):
    return A


def rosen_grad(x):
    a, b = x
    return np.array([-2 * (1 - a) - 400 * a * (b - a * a), 200 * (b - a * a)])


def rosen_hess(x):
    a, b = x
    return np.array([[2 - 400 * (b - a * a) + 800 * a * a, -400 * a], [-400 * a, 200.0]])


def test_one_step_solves_a_quadratic():
    """For a quadratic the second-order model is exact: ONE Newton step from (5, -7) lands on the solution of Ax = b, (0.2, 0.4)."""
    x = newton_method(quad_grad, quad_hess, np.array([5.0, -7.0]), n_iter=1)
    expect_close(x, np.array([0.2, 0.4]), "x after one Newton step", abs=1e-12)


def test_rosenbrock_from_classic_start():
    """Pure Newton on Rosenbrock from (-1.2, 1) reaches the minimiser (1, 1) within 1e-6 (it takes about 7 steps)."""
    x = newton_method(rosen_grad, rosen_hess, np.array([-1.2, 1.0]))
    expect_close(x, np.array([1.0, 1.0]), "final x", abs=1e-6)


def test_zero_iterations_returns_start():
    """n_iter = 0 performs no update: the result equals x0 (as a float array)."""
    x = newton_method(quad_grad, quad_hess, np.array([5, -7]), n_iter=0)
    expect_close(x, np.array([5.0, -7.0]))
    expect_true(x.dtype.kind == "f", f"return a float array, got dtype {x.dtype}")


def test_stops_once_converged():
    """On the quadratic, after the first (exact) step the gradient is ~0 < tol, so the Hessian is needed only once, not 50 times."""
    calls = []

    def counting_hess(x):
        calls.append(1)
        return A

    newton_method(quad_grad, counting_hess, np.array([5.0, -7.0]), n_iter=50, tol=1e-10)
    expect_true(len(calls) <= 2, f"hess was called {len(calls)} times; once the gradient norm is below tol the loop must stop")


def test_x0_is_not_modified():
    """The caller's x0 is unchanged after the call."""
    x0 = np.array([-1.2, 1.0])
    newton_method(rosen_grad, rosen_hess, x0)
    expect_equal(x0, np.array([-1.2, 1.0]), "x0 after the call")


def test_three_dimensional_quadratic():
    """Works in any dimension: on a 3-D quadratic one step again gives the exact solution of Ax = b."""
    A3 = np.array([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]])
    b3 = np.array([1.0, -2.0, 3.0])
    x = newton_method(lambda x: A3 @ x - b3, lambda x: A3, np.zeros(3), n_iter=1)
    expect_close(x, np.linalg.solve(A3, b3), abs=1e-12)
