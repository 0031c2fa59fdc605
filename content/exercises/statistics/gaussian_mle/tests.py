import math
import random

DATA = (2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0)  # mean 5, squared deviations sum to 32


def _sample(n, seed):
    rng = random.Random(seed)
    return [rng.gauss(3.0, 1.5) for _ in range(n)]


def test_known_estimates():
    """For [2, 4, 4, 4, 5, 5, 7, 9]: mean 5, squared deviations 32, so sigma² = 32/8 = 4 and sigma = 2."""
    expect_close(gaussian_mle(list(DATA)), (5.0, 2.0))


def test_variance_divides_by_n():
    """The MLE divides by n, not n - 1: for [1, 3] it is sigma = 1 (the unbiased estimate would be sqrt(2))."""
    mu, sigma = gaussian_mle([1.0, 3.0])
    expect_close(mu, 2.0)
    expect_close(sigma, 1.0, "sigma for [1, 3]")


def test_single_point():
    """One observation: mu is that value and sigma is 0 (the likelihood wants an infinitely narrow bell)."""
    expect_close(gaussian_mle([4.2]), (4.2, 0.0))


def test_nll_known_values():
    """NLL of x = 0 under N(0, 1) is 0.5·log(2π) = 0.9189; for DATA at (5, 2) it is 4·log(8π) + 32/8 = 16.9310."""
    expect_close(gaussian_nll([0.0], 0.0, 1.0), 0.5 * math.log(2 * math.pi))
    expect_close(gaussian_nll(list(DATA), 5.0, 2.0), 4 * math.log(8 * math.pi) + 4.0)


def test_nll_is_smallest_at_the_mle():
    """The MLE minimises the NLL: moving mu or sigma a little (±0.05) from the estimate always increases it."""
    for seed in range(3):
        xs = _sample(40, seed)
        mu, sigma = gaussian_mle(xs)
        best = gaussian_nll(xs, mu, sigma)
        for dmu, dsigma in [(0.05, 0), (-0.05, 0), (0, 0.05), (0, -0.05)]:
            other = gaussian_nll(xs, mu + dmu, sigma + dsigma)
            expect_true(best < other, f"seed {seed}: NLL at the MLE ({best:.5f}) is not below NLL at mu{dmu:+}, sigma{dsigma:+} ({other:.5f})")


def test_wider_is_not_always_better():
    """The log(sigma) term penalises extra spread: for DATA, sigma = 10 must score worse than sigma = 2."""
    expect_true(gaussian_nll(list(DATA), 5.0, 10.0) > gaussian_nll(list(DATA), 5.0, 2.0), "a sigma of 10 should have a larger NLL than sigma = 2")


def test_invalid_inputs_raise():
    """No data has no estimate, and sigma must be positive for the density to exist."""
    expect_raises(ValueError, gaussian_mle, [])
    expect_raises(ValueError, gaussian_nll, [1.0], 0.0, 0.0)
