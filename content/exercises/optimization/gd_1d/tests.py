def df_shifted(x):
    """Derivative of f(x) = (x - 3)**2, whose minimum is at x = 3 (smoothness constant L = 2)."""
    return 2 * (x - 3)


def df_square(x):
    """Derivative of f(x) = x**2, whose minimum is at x = 0."""
    return 2 * x


def test_first_steps_by_hand():
    """Three steps on f(x) = (x-3)^2 from 0 with lr 0.1 give [0, 0.6, 1.08, 1.464]: each step is x - lr * f'(x)."""
    expect_close(gd_1d(df_shifted, 0.0, 0.1, 3), [0.0, 0.6, 1.08, 1.464])


def test_history_length_and_start():
    """The history holds x0 plus one point per step (steps + 1 items) and starts with x0 itself."""
    history = gd_1d(df_shifted, -2.0, 0.1, 25)
    expect_type(history, list)
    expect_equal(len(history), 26, "length of the history for steps=25")
    expect_equal(history[0], -2.0, "first item of the history")


def test_zero_steps():
    """With steps = 0 nothing moves: the history is just [x0]."""
    expect_equal(gd_1d(df_shifted, 5.0, 0.1, 0), [5.0])


def test_converges_with_small_lr():
    """With lr = 0.1 the error shrinks by a factor 0.8 per step, so after 100 steps x is within 1e-3 of the minimiser 3."""
    history = gd_1d(df_shifted, 0.0, 0.1, 100)
    expect_true(abs(history[-1] - 3) < 1e-3, f"after 100 steps x = {history[-1]!r}, expected within 1e-3 of 3")


def test_lr_one_over_L_lands_in_one_step():
    """f(x) = (x-3)^2 has L = 2; with lr = 1/L = 0.5 a single step jumps exactly onto the minimiser 3."""
    expect_close(gd_1d(df_shifted, 10.0, 0.5, 1), [10.0, 3.0])


def test_large_lr_diverges():
    """With lr = 1.1 on f(x) = x^2 each step multiplies x by 1 - 2*1.1 = -1.2: |x| must grow at every step (divergence)."""
    history = gd_1d(df_square, 1.0, 1.1, 20)
    sizes = [abs(x) for x in history]
    expect_true(all(b > a for a, b in zip(sizes, sizes[1:])), f"|x| along the run: {[round(s, 3) for s in sizes[:6]]} ... should increase every step")
    expect_true(sizes[-1] > 30, f"after 20 steps |x| = {sizes[-1]:.3g}; 1.2**20 is about 38")


def test_moves_downhill():
    """The very first step from x0 = 10 on f(x) = (x-3)^2 must move towards 3 (left), because the slope there is positive."""
    history = gd_1d(df_shifted, 10.0, 0.1, 1)
    expect_true(history[1] < 10.0, f"from 10 the next point is {history[1]!r}; it should be smaller than 10")
