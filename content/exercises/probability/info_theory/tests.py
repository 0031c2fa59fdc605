import math
import random

P = [0.5, 0.5]
Q = [0.9, 0.1]


def _random_distribution(rng, k):
    w = [rng.random() + 0.01 for _ in range(k)]
    s = sum(w)
    return [x / s for x in w]


def test_entropy_in_bits():
    """A uniform choice among 4 outcomes carries log2(4) = 2 bits; a fair coin 1 bit."""
    expect_close(entropy([0.25, 0.25, 0.25, 0.25]), 2.0)
    expect_close(entropy([0.5, 0.5]), 1.0)


def test_entropy_in_other_bases():
    """The base only changes the unit: a fair coin has ln 2 = 0.6931 nats, and 8 equal outcomes have log10(8) = 0.9031 in base 10."""
    expect_close(entropy([0.5, 0.5], base=math.e), math.log(2))
    expect_close(entropy([0.125] * 8, base=10), math.log10(8))


def test_zero_log_zero_is_zero():
    """Impossible outcomes add nothing: H([1, 0]) = 0 and H([0.5, 0.5, 0]) = 1 bit (convention 0 log 0 = 0)."""
    expect_close(entropy([1.0, 0.0]), 0.0)
    expect_close(entropy([0.5, 0.5, 0.0]), 1.0)
    expect_close(kl_divergence([0.5, 0.5, 0.0], [0.25, 0.25, 0.5]), 1.0)


def test_kl_of_a_distribution_with_itself_is_zero():
    """Using the right model costs nothing extra: KL(p || p) = 0."""
    expect_close(kl_divergence(P, P), 0.0)
    expect_close(kl_divergence([0.2, 0.3, 0.5], [0.2, 0.3, 0.5]), 0.0)


def test_kl_known_value_and_asymmetry():
    """KL([.5,.5] || [.9,.1]) = 0.7370 bits but KL([.9,.1] || [.5,.5]) = 0.5310 bits: KL is not symmetric, so argument order matters."""
    expect_close(kl_divergence(P, Q), 0.7370, abs=1e-4)
    expect_close(kl_divergence(Q, P), 0.5310, abs=1e-4)


def test_kl_in_nats():
    """With base e the same divergence is 0.7370 * ln 2 = 0.5108 nats."""
    expect_close(kl_divergence(P, Q, base=math.e), 0.5108256237659907)


def test_kl_is_never_negative():
    """Gibbs' inequality: KL(p || q) >= 0 for every pair of distributions (checked on 50 random pairs)."""
    rng = random.Random(0)
    for _ in range(50):
        k = rng.randint(2, 6)
        p, q = _random_distribution(rng, k), _random_distribution(rng, k)
        value = kl_divergence(p, q)
        expect_true(value >= -1e-12, f"KL({p}, {q}) = {value} is negative")


def test_cross_entropy_is_entropy_plus_kl():
    """The decomposition behind log-loss: H(p, q) = H(p) + KL(p || q)."""
    rng = random.Random(1)
    pairs = [(P, Q), ([0.7, 0.2, 0.1], [0.1, 0.2, 0.7])]
    pairs += [(_random_distribution(rng, 4), _random_distribution(rng, 4)) for _ in range(5)]
    for p, q in pairs:
        expect_close(cross_entropy(p, q), entropy(p) + kl_divergence(p, q), f"p={p}, q={q}")


def test_zero_in_q_gives_infinity():
    """If q says an outcome is impossible but p says it happens, the surprise is unbounded: return math.inf."""
    expect_equal(kl_divergence([0.5, 0.5], [1.0, 0.0]), math.inf)
    expect_equal(cross_entropy([0.5, 0.5], [1.0, 0.0]), math.inf)


def test_invalid_inputs_raise():
    """Different lengths, negative entries or totals other than 1 are not distributions: raise ValueError."""
    expect_raises(ValueError, kl_divergence, [0.5, 0.5], [0.2, 0.3, 0.5])
    expect_raises(ValueError, entropy, [1.2, -0.2])
    expect_raises(ValueError, cross_entropy, [0.5, 0.4], [0.5, 0.5])
