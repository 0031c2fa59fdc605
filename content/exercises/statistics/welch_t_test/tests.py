import numpy as np
from scipy import stats

# Fixture: two groups with very different spreads (sample variances 0.25 and 3.24), n = 8 and n = 10.
A = [11.7, 12.6, 12.0, 12.3, 12.5, 11.2, 12.5, 11.7]
B = [13.5, 16.7, 13.0, 13.0, 14.4, 17.5, 16.4, 15.0, 17.6, 14.1]


def test_returns_three_floats():
    """The result is a tuple (t, df, p) of plain floats."""
    result = welch_t_test(A, B)
    expect_type(result, tuple)
    expect_equal(len(result), 3, "length of the result")
    expect_true(all(isinstance(v, float) for v in result), "t, df and p should all be floats")


def test_t_statistic():
    """On the fixture t = -5.1332: the mean difference divided by sqrt(s1²/n1 + s2²/n2), with sample (n - 1) variances."""
    t, _, _ = welch_t_test(A, B)
    expect_close(t, -5.1332, abs=1e-4)


def test_welch_degrees_of_freedom():
    """The Welch–Satterthwaite df is 10.683 here: not n1 + n2 - 2 = 16, because the variances differ so much."""
    _, df, _ = welch_t_test(A, B)
    expect_close(df, 10.683, abs=1e-3)


def test_p_value_matches_scipy():
    """The two-sided p-value equals scipy.stats.ttest_ind(a, b, equal_var=False).pvalue to 1e-10."""
    _, _, p = welch_t_test(A, B)
    reference = stats.ttest_ind(A, B, equal_var=False).pvalue
    expect_close(p, float(reference), rel=1e-10, abs=1e-10)


def test_random_samples_match_scipy():
    """On 5 random pairs of samples (different sizes and spreads), t, df and p all match scipy's Welch test."""
    rng = np.random.default_rng(0)
    for _ in range(5):
        a = rng.normal(0.0, rng.uniform(0.5, 3.0), size=rng.integers(5, 30))
        b = rng.normal(0.5, rng.uniform(0.5, 3.0), size=rng.integers(5, 30))
        reference = stats.ttest_ind(a, b, equal_var=False)
        expect_close(welch_t_test(a, b), (float(reference.statistic), float(reference.df), float(reference.pvalue)), rel=1e-9)


def test_swapping_groups_flips_t_only():
    """Swapping a and b negates t but leaves df and the two-sided p unchanged."""
    t1, df1, p1 = welch_t_test(A, B)
    t2, df2, p2 = welch_t_test(B, A)
    expect_close(t2, -t1)
    expect_close(df2, df1)
    expect_close(p2, p1)


def test_too_small_samples_raise():
    """A sample variance needs at least two values per group: raise ValueError."""
    expect_raises(ValueError, welch_t_test, [1.0], [2.0, 3.0, 4.0])


def test_uses_the_formula():
    """The exercise is to compute the test yourself: do not call scipy.stats.ttest_ind (only t.sf for the tail)."""
    expect_true("ttest_ind" not in LEARNER_SOURCE, "compute t and df from the formulas; use stats.t.sf only for the p-value")
