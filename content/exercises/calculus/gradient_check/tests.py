import numpy as np

RNG = np.random.default_rng(0)
_M = RNG.normal(size=(5, 5))
A = _M @ _M.T                     # symmetric
X0 = RNG.normal(size=5)
DATA = RNG.normal(size=(20, 5))
LABELS = np.where(RNG.random(20) < 0.5, -1.0, 1.0)


def f_quad(x):
    return float(np.sum(np.sin(x)) + 0.5 * x @ A @ x)


def grad_quad(x):
    return np.cos(x) + A @ x


def f_logistic(w):
    return float(np.mean(np.log1p(np.exp(-LABELS * (DATA @ w)))))


def grad_logistic(w):
    s = 1 / (1 + np.exp(LABELS * (DATA @ w)))
    return -(DATA * (LABELS * s)[:, None]).mean(axis=0)


def test_correct_gradient_passes():
    """A correct analytic gradient gives a relative error below 1e-7 (here for sum(sin x) + x^T A x / 2)."""
    expect_true(gradient_check(f_quad, grad_quad, X0.copy()) < 1e-7, "relative error of a correct gradient should be < 1e-7")


def test_correct_logistic_gradient_passes():
    """The mean logistic loss and its gradient -mean(x_i y_i sigma(-y_i w.x_i)) agree to better than 1e-7."""
    expect_true(gradient_check(f_logistic, grad_logistic, X0.copy()) < 1e-7, "relative error of a correct gradient should be < 1e-7")


def test_gradient_off_by_factor_two_is_caught():
    """A gradient that is twice too large has relative error ||2g - g|| / (||2g|| + ||g||) = 1/3, far above 1e-2."""
    rel = gradient_check(f_quad, lambda x: 2 * grad_quad(x), X0.copy())
    expect_true(rel > 1e-2, "a gradient off by a factor of 2 must give a relative error > 1e-2")
    expect_close(rel, 1 / 3, "relative error of 2*g", rel=0, abs=1e-6)


def test_sign_error_gives_one():
    """A gradient with the wrong sign gives ||-g - g|| / (2||g||) = 1."""
    expect_close(gradient_check(f_quad, lambda x: -grad_quad(x), X0.copy()), 1.0, rel=0, abs=1e-6)


def test_relative_error_ignores_scale():
    """The check must not depend on the scale of f: with f multiplied by 1e6 a correct gradient still scores < 1e-7, and with f multiplied by 1e-6 a factor-2 error still scores about 1/3. An absolute error fails both."""
    big = gradient_check(lambda x: 1e6 * f_quad(x), lambda x: 1e6 * grad_quad(x), X0.copy())
    expect_true(big < 1e-7, "correct gradient of 1e6 * f scored " + format(big, ".3g"))
    small = gradient_check(lambda x: 1e-6 * f_quad(x), lambda x: 2e-6 * grad_quad(x), X0.copy(), h=1e-3)
    expect_close(small, 1 / 3, "factor-2 error on 1e-6 * f", rel=0, abs=1e-4)


def test_zero_gradients_give_zero():
    """When both gradients are exactly zero (a constant f) they agree: return 0.0, not nan from 0/0."""
    expect_close(gradient_check(lambda x: 3.0, lambda x: np.zeros_like(x), X0.copy()), 0.0)


def test_x_is_not_modified():
    """gradient_check must leave the caller's x exactly as it was (work on a copy, or restore every entry)."""
    x = X0.copy()
    gradient_check(f_quad, grad_quad, x)
    expect_equal(x, X0, "x after the call", rel=0, abs=0)


def test_integer_input_array():
    """An int array such as np.array([1, 2, 3]) cannot hold x + 1e-6 (the assignment truncates): convert to float first. f = sum(x^2), gradient 2x."""
    x = np.array([1, 2, 3])
    rel = gradient_check(lambda v: float(np.sum(v ** 2)), lambda v: 2 * v, x)
    expect_true(rel < 1e-7, "correct gradient at an int array scored " + format(rel, ".3g"))


def test_returns_a_float():
    """The result is a single float."""
    expect_type(gradient_check(f_quad, grad_quad, X0.copy()), float)
