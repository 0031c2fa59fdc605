import math
import random


def _loss(x, y, w, b):
    z = w * x + b
    a = 1 / (1 + math.exp(-z)) if z >= 0 else math.exp(z) / (1 + math.exp(z))
    return (a - y) ** 2


def _numeric(x, y, w, b, h=1e-6):
    dw = (_loss(x, y, w + h, b) - _loss(x, y, w - h, b)) / (2 * h)
    db = (_loss(x, y, w, b + h) - _loss(x, y, w, b - h)) / (2 * h)
    return dw, db


_rng = random.Random(0)
CASES = [
    (_rng.uniform(-3, 3), _rng.choice([0.0, 1.0]), _rng.uniform(-2, 2), _rng.uniform(-1, 1))
    for _ in range(5)
]


def test_known_values_at_the_origin():
    """x=1, y=1, w=0, b=0: z=0, sigma(0)=0.5, L=(0.5-1)^2=0.25, and dL/dw = dL/db = 2(0.5-1) * 0.5(1-0.5) * 1 = -0.25."""
    L, dw, db = neuron_backprop(1.0, 1.0, 0.0, 0.0)
    expect_close(L, 0.25)
    expect_close(dw, -0.25)
    expect_close(db, -0.25)


def test_loss_matches_forward_pass():
    """The first value is the loss (sigma(w x + b) - y)^2 itself."""
    for x, y, w, b in CASES:
        expect_close(neuron_backprop(x, y, w, b)[0], _loss(x, y, w, b), rel=1e-9, abs=1e-12)


def test_gradients_match_numerical_gradients():
    """On 5 random cases, dL/dw and dL/db agree with central differences to 1e-6. A missing factor of the chain (sigma' = a(1-a), or dz/dw = x) shows up here."""
    for x, y, w, b in CASES:
        _, dw, db = neuron_backprop(x, y, w, b)
        ndw, ndb = _numeric(x, y, w, b)
        expect_close(dw, ndw, "dL/dw at x=%.3f, y=%.0f, w=%.3f, b=%.3f" % (x, y, w, b), rel=0, abs=1e-6)
        expect_close(db, ndb, "dL/db at x=%.3f, y=%.0f, w=%.3f, b=%.3f" % (x, y, w, b), rel=0, abs=1e-6)


def test_weight_gradient_carries_the_input():
    """z = w x + b, so dz/dw = x while dz/db = 1: with x = 3 the weight gradient is exactly 3 times the bias gradient."""
    _, dw, db = neuron_backprop(3.0, 0.0, 0.2, -0.1)
    expect_close(dw, 3 * db, rel=1e-9, abs=1e-12)


def test_large_pre_activation_does_not_overflow():
    """With w x + b = -1000, math.exp(1000) overflows. Compute the sigmoid stably (use exp(z) / (1 + exp(z)) when z < 0): the neuron is saturated, so L is about y^2 and both gradients are about 0."""
    L, dw, db = neuron_backprop(1.0, 0.0, -1000.0, 0.0)
    expect_close(L, 0.0, abs=1e-12)
    expect_close(dw, 0.0, abs=1e-12)
    expect_close(db, 0.0, abs=1e-12)
    L, dw, db = neuron_backprop(1.0, 1.0, -1000.0, 0.0)
    expect_close(L, 1.0, abs=1e-12)


def test_returns_three_floats():
    """The result is a tuple (L, dL_dw, dL_db) of floats."""
    result = neuron_backprop(0.5, 1.0, 0.3, 0.1)
    expect_type(result, tuple)
    expect_equal(len(result), 3)
    for value in result:
        expect_type(value, float)
