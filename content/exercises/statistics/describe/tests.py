import random
import statistics

DATA = (2.0, 3.5, 1.0, 7.25, 4.0, 4.0, 9.5, 6.0, 3.0)  # a tuple: no test can reorder it
KEYS = {"mean", "median", "var", "std", "q1", "q3", "iqr", "min", "max"}


def test_has_exactly_the_keys():
    """The result is a dict with exactly the keys mean, median, var, std, q1, q3, iqr, min, max."""
    result = describe(list(DATA))
    expect_type(result, dict)
    expect_equal(set(result), KEYS, "keys of the result")


def test_known_values():
    """For a 9-value sample, every entry matches NumPy (np.var(ddof=1), np.percentile with its default linear rule)."""
    expected = {
        "mean": 4.472222222222222, "median": 4.0, "var": 7.131944444444444, "std": 2.6705700598270106,
        "q1": 3.0, "q3": 6.0, "iqr": 3.0, "min": 1.0, "max": 9.5,
    }
    expect_close(describe(list(DATA)), expected)


def test_even_length_example():
    """With an even number of values the median averages the two middle ones; quartiles interpolate: [2, 4, 4, 5, 7, 9] has q1 = 4, q3 = 6.5."""
    result = describe([2, 4, 4, 5, 7, 9])
    expect_close(result["median"], 4.5)
    expect_close(result["q1"], 4.0)
    expect_close(result["q3"], 6.5)
    expect_close(result["iqr"], 2.5)


def test_variance_is_the_sample_variance():
    """var divides by n - 1 (Bessel's correction), like statistics.variance; std is its square root, like statistics.stdev."""
    result = describe([1.0, 2.0, 3.0, 4.0])
    expect_close(result["var"], 5 / 3, "var of [1, 2, 3, 4] (sum of squares 5, divided by n - 1 = 3)")
    expect_close(result["std"], statistics.stdev([1.0, 2.0, 3.0, 4.0]))


def test_agrees_with_statistics_module():
    """On 20 random samples of sizes 2..40, every entry agrees with Python's statistics module (quartiles with method='inclusive')."""
    rng = random.Random(0)
    for _ in range(20):
        xs = [round(rng.gauss(10, 3), 2) for _ in range(rng.randint(2, 40))]
        q1, _, q3 = statistics.quantiles(xs, n=4, method="inclusive")
        expected = {
            "mean": statistics.fmean(xs), "median": statistics.median(xs),
            "var": statistics.variance(xs), "std": statistics.stdev(xs),
            "q1": q1, "q3": q3, "iqr": q3 - q1, "min": min(xs), "max": max(xs),
        }
        expect_close(describe(xs), expected, f"describe({xs})")


def test_too_few_values_raise():
    """A sample variance needs at least two values: [] and [3.0] raise ValueError."""
    expect_raises(ValueError, describe, [])
    expect_raises(ValueError, describe, [3.0])


def test_input_not_modified():
    """Summarising data must not reorder it: the caller's list is unchanged after the call."""
    xs = [5.0, 1.0, 4.0, 2.0, 3.0]
    describe(xs)
    expect_equal(xs, [5.0, 1.0, 4.0, 2.0, 3.0], "the list after describe()")
