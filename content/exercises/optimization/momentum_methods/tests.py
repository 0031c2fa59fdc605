import numpy as np

# Ill-conditioned quadratic f(x) = ½ (x - c)ᵀ A (x - c): eigenvalues 1 and 100, so L = 100, κ = 100.
A = np.diag([1.0, 100.0])
C = np.array([1.0, -2.0])
X0 = np.array([-4.0, 3.0])
LR = 0.01          # = 1/L, the classic safe step for plain gradient descent
BETA = 0.9


def quad_grad(x):
    return A @ (x - C)


def half_square_grad(x):
    return x


def plain_gd(grad, x0, lr, n_iter):
    x = np.array(x0, dtype=float)
    for _ in range(n_iter):
        x = x - lr * grad(x)
    return x


def test_momentum_first_steps_by_hand():
    """Heavy ball on f = ½x² from 1 (lr 0.1, beta 0.9): v1 = 1, x1 = 0.9; v2 = 0.9 + 0.9 = 1.8, x2 = 0.72; x3 = 0.486."""
    for n, expected in [(1, 0.9), (2, 0.72), (3, 0.486)]:
        expect_close(momentum_gd(half_square_grad, np.array([1.0]), 0.1, 0.9, n), np.array([expected]), f"momentum_gd after {n} step(s)")


def test_nesterov_first_steps_by_hand():
    """Nesterov on f = ½x² from 1: the second gradient is taken at 0.9 - 0.1*0.9*1 = 0.81, so x2 = 0.729 (not 0.72); x3 = 0.51759."""
    for n, expected in [(1, 0.9), (2, 0.729), (3, 0.51759)]:
        expect_close(nesterov_gd(half_square_grad, np.array([1.0]), 0.1, 0.9, n), np.array([expected]), f"nesterov_gd after {n} step(s)")


def test_beta_zero_is_plain_gradient_descent():
    """With beta = 0 the velocity is just the current gradient, so both methods must match plain GD exactly."""
    expected = plain_gd(quad_grad, X0, LR, 50)
    expect_close(momentum_gd(quad_grad, X0, LR, 0.0, 50), expected, "momentum_gd with beta=0")
    expect_close(nesterov_gd(quad_grad, X0, LR, 0.0, 50), expected, "nesterov_gd with beta=0")


def test_shapes_and_no_mutation():
    """Both return a float array shaped like x0, n_iter = 0 returns x0 itself, and the caller's x0 is never modified."""
    x0 = X0.copy()
    for fn in (momentum_gd, nesterov_gd):
        out = fn(quad_grad, x0, LR, BETA, 10)
        expect_shape(out, (2,), fn.__name__)
        expect_close(fn(quad_grad, x0, LR, BETA, 0), X0, f"{fn.__name__} with n_iter=0")
    expect_equal(x0, X0, "x0 after the calls")


def test_momentum_beats_plain_gd_on_ill_conditioned_bowl():
    """κ = 100, lr = 1/L: after 400 steps momentum (beta 0.9) is within 1e-6 of the minimiser; plain GD is still > 1e-2 away (it needs ~1,400)."""
    err_gd = float(np.linalg.norm(plain_gd(quad_grad, X0, LR, 400) - C))
    err_mom = float(np.linalg.norm(momentum_gd(quad_grad, X0, LR, BETA, 400) - C))
    expect_true(err_gd > 1e-2, f"sanity check of the fixture failed: plain GD error {err_gd:.3g}")
    expect_true(err_mom < 1e-6, f"momentum error after 400 steps is {err_mom:.3g}; plain GD's is {err_gd:.3g}. Is the velocity carried between steps?")


def test_nesterov_beats_plain_gd_on_ill_conditioned_bowl():
    """Same race for Nesterov: within 1e-6 of the minimiser after 400 steps, where plain GD with the same lr is still > 1e-2 away."""
    err_gd = float(np.linalg.norm(plain_gd(quad_grad, X0, LR, 400) - C))
    err_nag = float(np.linalg.norm(nesterov_gd(quad_grad, X0, LR, BETA, 400) - C))
    expect_true(err_nag < 1e-6, f"Nesterov error after 400 steps is {err_nag:.3g}; plain GD's is {err_gd:.3g}")
