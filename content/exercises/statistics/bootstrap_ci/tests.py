import math
import random
import statistics


def _sample(n, seed):
    rng = random.Random(seed)
    return [round(rng.gauss(10.0, 2.0), 2) for _ in range(n)]


SMALL = tuple(_sample(50, 1))   # tuples: no test can modify the fixtures
LARGE = tuple(_sample(200, 1))  # four times as much data from the same population


def test_returns_an_ordered_pair_of_floats():
    """The result is a tuple (low, high) of two floats with low < high."""
    ci = bootstrap_ci(list(SMALL), statistics.fmean)
    expect_type(ci, tuple)
    expect_equal(len(ci), 2, "length of the result")
    expect_true(isinstance(ci[0], float) and isinstance(ci[1], float), "both ends should be floats")
    expect_true(ci[0] < ci[1], f"low should be below high, got {ci}")


def test_contains_the_sample_statistic():
    """The interval is built around the data: it contains the sample mean (and, for stat=median, the sample median)."""
    low, high = bootstrap_ci(list(SMALL), statistics.fmean)
    mean = statistics.fmean(SMALL)
    expect_true(low <= mean <= high, f"interval ({low:.3f}, {high:.3f}) misses the sample mean {mean:.3f}")
    low, high = bootstrap_ci(list(SMALL), statistics.median, seed=3)
    median = statistics.median(SMALL)
    expect_true(low <= median <= high, f"interval ({low:.3f}, {high:.3f}) misses the sample median {median:.3f}")


def test_reproducible_by_seed():
    """The same seed gives exactly the same interval; a different seed gives a slightly different one."""
    expect_equal(bootstrap_ci(list(SMALL), statistics.fmean, seed=7), bootstrap_ci(list(SMALL), statistics.fmean, seed=7))
    expect_true(bootstrap_ci(list(SMALL), statistics.fmean, seed=7) != bootstrap_ci(list(SMALL), statistics.fmean, seed=8), "seeds 7 and 8 gave the same interval")


def test_width_matches_the_standard_error():
    """For the mean, a 95% interval is about ±1.96 standard errors: its width is 2 · 1.96 · s/√n within 12%."""
    low, high = bootstrap_ci(list(SMALL), statistics.fmean)
    expected = 2 * 1.96 * statistics.stdev(SMALL) / math.sqrt(len(SMALL))
    ratio = (high - low) / expected
    expect_true(0.88 < ratio < 1.12, f"width {high - low:.3f} is {ratio:.2f} × the expected {expected:.3f}: is alpha split between the two tails?")


def test_alpha_sets_the_level():
    """alpha = 0.5 asks for a 50% interval: about ±0.674 standard errors, so much narrower than the 95% one."""
    low, high = bootstrap_ci(list(SMALL), statistics.fmean, alpha=0.5)
    expected = 2 * 0.6745 * statistics.stdev(SMALL) / math.sqrt(len(SMALL))
    ratio = (high - low) / expected
    expect_true(0.8 < ratio < 1.2, f"50% interval width {high - low:.3f} is {ratio:.2f} × the expected {expected:.3f}")


def test_more_data_narrower_interval():
    """Standard errors shrink like 1/√n: four times the data should roughly halve the width (we accept anything below 0.7×)."""
    small_low, small_high = bootstrap_ci(list(SMALL), statistics.fmean)
    large_low, large_high = bootstrap_ci(list(LARGE), statistics.fmean)
    expect_true(small_high > small_low, "the interval for n = 50 has zero width: are you resampling with replacement?")
    ratio = (large_high - large_low) / (small_high - small_low)
    expect_true(0 < ratio < 0.7, f"width ratio (n = 200 vs n = 50) is {ratio:.2f}, expected about 0.5")


def test_data_not_modified():
    """Resampling must not reorder or change the caller's list."""
    data = [3.0, 1.0, 2.0, 5.0, 4.0]
    bootstrap_ci(data, statistics.fmean, n_boot=200)
    expect_equal(data, [3.0, 1.0, 2.0, 5.0, 4.0], "data after the call")


def test_invalid_arguments_raise():
    """One data point cannot show variability, and alpha must be strictly between 0 and 1."""
    expect_raises(ValueError, bootstrap_ci, [1.0], statistics.fmean)
    expect_raises(ValueError, bootstrap_ci, [1.0, 2.0, 3.0], statistics.fmean, 100, 1.5)
