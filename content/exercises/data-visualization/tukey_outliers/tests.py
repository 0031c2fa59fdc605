import matplotlib.pyplot as plt
import numpy as np

rng = np.random.default_rng(1)
NORMAL_WITH_OUTLIERS = np.concatenate([rng.normal(10, 2, 200), [25.0, -4.0, 30.5]])
rng.shuffle(NORMAL_WITH_OUTLIERS)
SKEWED = rng.lognormal(0.0, 1.0, 300)     # long right tail: many fliers on one side
# Q1 = 2, Q3 = 4.5, so the fences are exactly -1.75 and 8.25; both values occur in the data.
ON_THE_FENCE = np.array([-1.75, 1.0, 2.0, 2.0, 3.0, 3.0, 3.0, 4.0, 8.25, 4.0, 5.0, 6.0, 2.5, 3.5, 1.5, 4.5, 8.75])


def matplotlib_fliers(x):
    """What Matplotlib's boxplot draws as fliers, sorted."""
    fig, ax = plt.subplots()
    fliers = np.sort(np.asarray(ax.boxplot(x)["fliers"][0].get_ydata(), dtype=float))
    plt.close(fig)
    return fliers


def test_matches_boxplot_on_normal_data():
    """Normal data with three planted outliers: same values as the box plot's fliers."""
    expect_equal(tukey_outliers(NORMAL_WITH_OUTLIERS), matplotlib_fliers(NORMAL_WITH_OUTLIERS))


def test_matches_boxplot_on_skewed_data():
    """A log-normal sample with a long right tail: same fliers as Matplotlib."""
    expect_equal(tukey_outliers(SKEWED), matplotlib_fliers(SKEWED))


def test_points_on_the_fence_are_not_outliers():
    """-1.75 and 8.25 lie exactly on the fences and are whisker ends, not outliers; only 8.75 is."""
    expect_equal(tukey_outliers(ON_THE_FENCE), matplotlib_fliers(ON_THE_FENCE))
    expect_equal(tukey_outliers(ON_THE_FENCE), np.array([8.75]))


def test_result_is_sorted():
    """The outliers come back in ascending order."""
    result = tukey_outliers(NORMAL_WITH_OUTLIERS)
    expect_true(bool(np.all(np.diff(result) >= 0)), "the result is not sorted")


def test_uniform_data_has_no_outliers():
    """Evenly spread data has no outliers: the result is an empty array."""
    result = tukey_outliers(np.linspace(0.0, 1.0, 50))
    expect_shape(result, (0,))
