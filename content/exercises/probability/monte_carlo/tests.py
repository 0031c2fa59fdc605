import math


def test_pi_is_close():
    """With n = 200 000 points the estimate of pi is within 0.02 (its standard error is about 0.004)."""
    estimate = mc_pi(200_000, 0)
    expect_true(abs(estimate - math.pi) < 0.02, f"mc_pi(200_000, 0) = {estimate!r}, more than 0.02 from pi")


def test_pi_is_reproducible():
    """The same seed gives exactly the same estimate; another seed gives a different one."""
    expect_equal(mc_pi(10_000, 42), mc_pi(10_000, 42), "two calls with seed 42")
    expect_true(mc_pi(10_000, 1) != mc_pi(10_000, 2), "seeds 1 and 2 gave identical estimates: is the seed used?")


def test_integral_of_x_squared():
    """The integral of x^2 over [0, 1] is 1/3; 50 000 samples land within 0.01."""
    estimate = mc_integrate(lambda x: x * x, 0.0, 1.0, 50_000, 0)
    expect_true(abs(estimate - 1 / 3) < 0.01, f"got {estimate!r}, expected about 0.3333")


def test_integral_uses_interval_width():
    """On an interval longer than 1, the mean of f must be multiplied by (b - a): the integral of sin over [0, pi] is 2, of x over [2, 4] is 6."""
    sine = mc_integrate(math.sin, 0.0, math.pi, 50_000, 1)
    expect_true(abs(sine - 2.0) < 0.03, f"integral of sin over [0, pi]: got {sine!r}, expected about 2")
    line = mc_integrate(lambda x: x, 2.0, 4.0, 50_000, 2)
    expect_true(abs(line - 6.0) < 0.05, f"integral of x over [2, 4]: got {line!r}, expected about 6")


def test_integral_is_reproducible():
    """Same seed, same estimate: a private random.Random(seed) makes the experiment repeatable."""
    f = lambda x: math.exp(-x * x)
    expect_equal(mc_integrate(f, -1.0, 1.0, 5_000, 7), mc_integrate(f, -1.0, 1.0, 5_000, 7))


def test_needs_at_least_one_sample():
    """An average of zero samples is undefined: n < 1 raises ValueError."""
    expect_raises(ValueError, mc_pi, 0, 0)
    expect_raises(ValueError, mc_integrate, math.sin, 0.0, 1.0, 0, 0)
