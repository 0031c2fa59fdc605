import numpy as np

# A convex quadratic bowl f(x) = ½ (x - c)ᵀ A (x - c): gradient A (x - c), minimiser c, L = 10, μ = 1.
A = np.array([[1.0, 0.0], [0.0, 10.0]])
C = np.array([1.0, -2.0])


def bowl_grad(x):
    return A @ (x - C)


def test_reaches_the_minimiser():
    """With lr = 0.1 (= 1/L) on the bowl, 1000 iterations reach the minimiser c = (1, -2) within 1e-6."""
    x, _ = gradient_descent(bowl_grad, np.array([5.0, 5.0]), 0.1, 1000)
    expect_close(x, C, "final x", abs=1e-6)


def test_returns_array_and_list():
    """The result is a tuple (x, history): x a float NumPy array with the shape of x0, history a list."""
    result = gradient_descent(bowl_grad, np.array([5.0, 5.0]), 0.1, 10)
    expect_type(result, tuple)
    x, history = result
    expect_shape(x, (2,))
    expect_true(x.dtype.kind == "f", f"x should be a float array, got dtype {x.dtype}")
    expect_type(history, list)


def test_first_history_entry_is_initial_gradient_norm():
    """history[0] is ||grad(x0)||: at x0 = (5, 5) the gradient is (4, 70), whose norm is sqrt(4916) ≈ 70.114."""
    _, history = gradient_descent(bowl_grad, np.array([5.0, 5.0]), 0.1, 3)
    expect_close(history[0], float(np.sqrt(4916.0)))
    expect_equal(len(history), 3, "no convergence within 3 iterations, so one norm per iteration")


def test_stops_early_when_gradient_is_small():
    """Once ||grad|| < tol the loop stops: fewer than n_iter entries, the last one below tol, all earlier ones not."""
    tol = 1e-6
    _, history = gradient_descent(bowl_grad, np.array([5.0, 5.0]), 0.1, 5000, tol=tol)
    expect_true(len(history) < 5000, f"the run used all {len(history)} iterations; it should stop once the gradient norm < tol")
    expect_true(history[-1] < tol, f"last recorded norm {history[-1]:.3g} should be below tol = {tol}")
    expect_true(all(h >= tol for h in history[:-1]), "it should stop at the FIRST iterate whose gradient norm is below tol")


def test_start_at_minimiser_stops_immediately():
    """Starting exactly at the minimiser, the first gradient is 0: one history entry, and x is returned unchanged."""
    x, history = gradient_descent(bowl_grad, C.copy(), 0.1, 100)
    expect_equal(history, [0.0])
    expect_close(x, C)


def test_gradient_norms_never_increase_for_small_lr():
    """With lr = 0.05 < 1/L on a convex quadratic, every error component shrinks, so the logged gradient norms never go up."""
    _, history = gradient_descent(bowl_grad, np.array([-3.0, 4.0]), 0.05, 200)
    expect_true(all(b <= a + 1e-12 for a, b in zip(history, history[1:])), "the gradient-norm history increased somewhere")


def test_integer_x0_works():
    """x0 given as an integer array must still work: compute on a float copy, so fractional updates are not truncated."""
    x, _ = gradient_descent(bowl_grad, np.array([5, 5]), 0.1, 1000)
    expect_close(x, C, "final x from an integer x0", abs=1e-6)


def test_x0_is_not_modified():
    """The caller's x0 must be unchanged after the call (no in-place `x -= ...` on the caller's array)."""
    x0 = np.array([5.0, 5.0])
    gradient_descent(bowl_grad, x0, 0.1, 50)
    expect_equal(x0, np.array([5.0, 5.0]), "x0 after the call")
