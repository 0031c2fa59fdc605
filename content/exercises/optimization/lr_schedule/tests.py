import math


def test_cosine_at_start_middle_and_end():
    """Cosine with T = 100: base_lr at step 0, exactly half of it at T/2 = 50, and min_lr (0) at T = 100."""
    expect_close(lr_schedule("cosine", 0, 0.1, T=100), 0.1, "step 0")
    expect_close(lr_schedule("cosine", 50, 0.1, T=100), 0.05, "step T/2")
    expect_close(lr_schedule("cosine", 100, 0.1, T=100), 0.0, "step T", abs=1e-12)


def test_cosine_with_min_lr_and_after_T():
    """With min_lr = 0.01 the midpoint is 0.01 + ½(0.1 − 0.01) = 0.055; after T the rate stays at min_lr."""
    expect_close(lr_schedule("cosine", 50, 0.1, T=100, min_lr=0.01), 0.055, "step T/2")
    expect_close(lr_schedule("cosine", 25, 0.1, T=100, min_lr=0.01), 0.01 + 0.045 * (1 + math.cos(math.pi / 4)), "step T/4")
    expect_close(lr_schedule("cosine", 150, 0.1, T=100, min_lr=0.01), 0.01, "step 1.5·T (clamped)")


def test_step_decay_is_piecewise_constant():
    """step_size 10, gamma 0.5: 0.1 for steps 0–9, 0.05 for 10–19, 0.025 at 25 — the rate drops only at block boundaries."""
    for step, expected in [(0, 0.1), (5, 0.1), (9, 0.1), (10, 0.05), (19, 0.05), (25, 0.025)]:
        expect_close(lr_schedule("step", step, 0.1, step_size=10, gamma=0.5), expected, f"step {step}")


def test_step_decay_default_gamma():
    """If gamma is not given, step decay uses gamma = 0.1: after 30 steps with step_size 30 the rate is base_lr / 10."""
    expect_close(lr_schedule("step", 30, 1.0, step_size=30), 0.1)


def test_exponential_decay():
    """Exponential decay multiplies by gamma every step: 1.0 · 0.9³ = 0.729 at step 3, and base_lr at step 0."""
    expect_close(lr_schedule("exponential", 3, 1.0, gamma=0.9), 0.729)
    expect_close(lr_schedule("exponential", 0, 0.5, gamma=0.9), 0.5)


def test_warmup_is_linear_from_zero():
    """Warm-up over 5 steps to 0.1: 0.0 at step 0, 0.02 at 1, 0.08 at 4, then 0.1 from step 5 on."""
    for step, expected in [(0, 0.0), (1, 0.02), (4, 0.08), (5, 0.1), (50, 0.1)]:
        expect_close(lr_schedule("warmup", step, 0.1, warmup_steps=5), expected, f"step {step}", abs=1e-12)


def test_returns_float():
    """Every schedule returns a float."""
    expect_type(lr_schedule("warmup", 10, 1, warmup_steps=5), float)
    expect_type(lr_schedule("cosine", 3, 0.1, T=10), float)


def test_unknown_kind_raises():
    """A misspelt or unsupported kind must raise ValueError instead of silently returning some rate."""
    expect_raises(ValueError, lr_schedule, "cosinus", 3, 0.1, T=10)
    expect_raises(ValueError, lr_schedule, "linear", 3, 0.1)
