import math
import random
import statistics

EXPONENTIAL = lambda rng: rng.expovariate(1.0)  # mean 1, standard deviation 1
UNIFORM = lambda rng: rng.random()               # mean 1/2, standard deviation sqrt(1/12)


def test_returns_one_mean_per_trial():
    """The result is a list with one float per trial."""
    means = clt_sample_means(EXPONENTIAL, 5, 40, 0)
    expect_type(means, list)
    expect_equal(len(means), 40, "number of means")
    expect_true(all(isinstance(m, float) for m in means), "every mean should be a float")


def test_centre_is_the_population_mean():
    """For Exponential(1) with n = 30 and 2000 trials, the mean of the sample means is about 1 (within 0.03)."""
    means = clt_sample_means(EXPONENTIAL, 30, 2000, 0)
    centre = statistics.fmean(means)
    expect_true(abs(centre - 1.0) < 0.03, f"mean of the sample means is {centre:.4f}, expected about 1")


def test_spread_is_sigma_over_root_n():
    """The CLT's key claim: the sample means spread like sigma / sqrt(n) = 1/sqrt(30) ≈ 0.1826 (within 10%)."""
    means = clt_sample_means(EXPONENTIAL, 30, 2000, 0)
    spread = statistics.stdev(means)
    target = 1 / math.sqrt(30)
    expect_true(abs(spread - target) < 0.1 * target, f"stdev of the means is {spread:.4f}, expected about {target:.4f}")


def test_spread_for_a_uniform_sampler():
    """It works for any sampler: Uniform(0, 1) has sigma = sqrt(1/12), so with n = 12 the means spread by 1/12 ≈ 0.0833."""
    means = clt_sample_means(UNIFORM, 12, 2000, 3)
    spread = statistics.stdev(means)
    expect_true(abs(statistics.fmean(means) - 0.5) < 0.01, "the means should centre on 0.5")
    expect_true(abs(spread - 1 / 12) < 0.1 / 12, f"stdev of the means is {spread:.4f}, expected about 0.0833")


def test_reproducible_by_seed():
    """Same seed, same list; a different seed gives different means."""
    expect_equal(clt_sample_means(EXPONENTIAL, 10, 50, 5), clt_sample_means(EXPONENTIAL, 10, 50, 5))
    expect_true(clt_sample_means(EXPONENTIAL, 10, 50, 5) != clt_sample_means(EXPONENTIAL, 10, 50, 6), "seeds 5 and 6 gave the same means")


def test_sampler_gets_one_shared_generator():
    """The sampler is called n * trials times, always with the same random.Random object."""
    seen = []

    def spy(rng):
        seen.append(rng)
        return rng.random()

    clt_sample_means(spy, 4, 3, 0)
    expect_equal(len(seen), 12, "number of sampler calls for n = 4, trials = 3")
    expect_true(all(isinstance(r, random.Random) for r in seen), "the sampler must receive a random.Random instance")
    expect_true(all(r is seen[0] for r in seen), "every call should get the same generator; do not re-create it inside the loop")


def test_bad_sizes_raise():
    """A sample of size 0, or zero trials, makes no sense: raise ValueError."""
    expect_raises(ValueError, clt_sample_means, EXPONENTIAL, 0, 10, 0)
    expect_raises(ValueError, clt_sample_means, EXPONENTIAL, 10, 0, 0)
