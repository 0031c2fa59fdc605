import math

# Reference values computed offline with scipy.stats (binom, poisson, norm) and pasted here,
# because a standard-library exercise never loads scipy (curriculum rule T3).


def test_binomial_known_values():
    """binomial_pmf matches scipy.stats.binom.pmf: P(3 heads in 10 fair flips) = 120/1024, and two more cases."""
    expect_close(binomial_pmf(3, 10, 0.5), 0.1171875)
    expect_close(binomial_pmf(0, 5, 0.2), 0.32768)
    expect_close(binomial_pmf(7, 20, 0.3), 0.1642619852172366)


def test_binomial_sums_to_one():
    """A pmf is a distribution: the probabilities of k = 0..n add up to 1."""
    total = sum(binomial_pmf(k, 12, 0.37) for k in range(13))
    expect_close(total, 1.0, "sum of binomial_pmf(k, 12, 0.37) over k = 0..12")


def test_binomial_outside_support_is_zero():
    """k = -1 or k = n + 1 cannot happen, so its probability is 0.0 (not an error)."""
    expect_equal(binomial_pmf(-1, 4, 0.5), 0.0)
    expect_equal(binomial_pmf(5, 4, 0.5), 0.0)


def test_poisson_known_values():
    """poisson_pmf matches scipy.stats.poisson.pmf: P(0; 2) = e^-2, P(3; 2.5), P(10; 4.2)."""
    expect_close(poisson_pmf(0, 2.0), 0.1353352832366127)
    expect_close(poisson_pmf(3, 2.5), 0.21376301724973648)
    expect_close(poisson_pmf(10, 4.2), 0.007058185158801781)


def test_poisson_sums_to_one():
    """The Poisson support is infinite, but truncating at k = 100 leaves a tail far below 1e-12."""
    total = sum(poisson_pmf(k, 4.2) for k in range(101))
    expect_close(total, 1.0, "sum of poisson_pmf(k, 4.2) for k = 0..100", rel=1e-10)


def test_normal_pdf_known_values():
    """normal_pdf matches scipy.stats.norm.pdf: 1/sqrt(2*pi) at the mean of N(0, 1), and N(1, 2^2) at x = 3."""
    expect_close(normal_pdf(0.0), 0.3989422804014327)
    expect_close(normal_pdf(3.0, 1.0, 2.0), 0.12098536225957168)


def test_normal_cdf_1_96():
    """The famous one: P(Z <= 1.96) = 0.975 for a standard normal Z (the 95% two-sided cut-off)."""
    expect_close(normal_cdf(1.96), 0.9750021048517795, rel=1e-9)


def test_normal_cdf_shift_scale_and_symmetry():
    """Phi is 0.5 at the mean, Phi(-x) = 1 - Phi(x), and mu/sigma standardise x: P(X <= 5) for N(3, 2^2) is Phi(1)."""
    expect_close(normal_cdf(0.0), 0.5)
    expect_close(normal_cdf(7.5, 7.5, 3.0), 0.5)
    expect_close(normal_cdf(-0.8) + normal_cdf(0.8), 1.0)
    expect_close(normal_cdf(5.0, 3.0, 2.0), 0.8413447460685429)
    expect_close(normal_cdf(-0.5, 1.0, 0.8), 0.03039636176526137)


def test_invalid_p_raises():
    """A probability outside [0, 1] is a bug in the caller: binomial_pmf must raise ValueError, not return a number."""
    expect_raises(ValueError, binomial_pmf, 1, 3, 1.5)
    expect_raises(ValueError, binomial_pmf, 1, 3, -0.1)


def test_invalid_lam_and_sigma_raise():
    """A negative Poisson rate or a non-positive standard deviation is meaningless: raise ValueError."""
    expect_raises(ValueError, poisson_pmf, 2, -1.0)
    expect_raises(ValueError, normal_pdf, 0.0, 0.0, 0.0)
    expect_raises(ValueError, normal_cdf, 0.0, 0.0, -1.0)
