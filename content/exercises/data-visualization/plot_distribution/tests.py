import matplotlib
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.lines import Line2D

rng = np.random.default_rng(42)
SKEWED = rng.exponential(scale=3.0, size=400)      # mean and median differ clearly
NORMAL = rng.normal(loc=50.0, scale=10.0, size=300)


def vertical_lines(ax):
    """Line2D artists whose two x-coordinates are equal: vertical lines such as axvline draws."""
    found = []
    for line in ax.lines:
        xs = np.asarray(line.get_xdata(), dtype=float)
        if xs.size == 2 and np.isclose(xs[0], xs[1]):
            found.append(line)
    return found


def test_returns_axes():
    """The function returns a Matplotlib Axes (the thing you draw on), not a Figure or None."""
    ax = plot_distribution(NORMAL)
    expect_true(isinstance(ax, matplotlib.axes.Axes), "expected an Axes, got " + type(ax).__name__)


def test_number_of_bars_equals_bins():
    """The histogram has exactly `bins` rectangles: 20 by default, 35 when asked."""
    expect_equal(len(plot_distribution(NORMAL).patches), 20, "patches with the default bins")
    expect_equal(len(plot_distribution(SKEWED, bins=35).patches), 35, "patches with bins=35")


def test_bars_count_every_value():
    """The bar heights add up to the number of values (nothing dropped, nothing drawn twice)."""
    ax = plot_distribution(SKEWED, bins=15)
    expect_close(sum(p.get_height() for p in ax.patches), float(len(SKEWED)))


def test_one_vertical_line_at_the_mean():
    """Exactly one vertical line, placed at x.mean() (for skewed data the median is elsewhere)."""
    ax = plot_distribution(SKEWED)
    lines = vertical_lines(ax)
    expect_equal(len(lines), 1, "number of vertical lines")
    expect_close(float(lines[0].get_xdata()[0]), float(SKEWED.mean()), "x position of the line")


def test_mean_line_is_dashed():
    """The mean line is dashed (linestyle "--"), so it reads as a reference, not as data."""
    lines = vertical_lines(plot_distribution(NORMAL))
    expect_true(len(lines) >= 1, "no vertical line found")
    expect_equal(lines[0].get_linestyle(), "--", "linestyle of the mean line")


def test_title_and_labels():
    """Title, x-label and y-label are all non-empty: a plot without them cannot be read on its own."""
    ax = plot_distribution(NORMAL)
    expect_true(ax.get_title().strip() != "", "the title is empty")
    expect_true(ax.get_xlabel().strip() != "", "the x-label is empty")
    expect_true(ax.get_ylabel().strip() != "", "the y-label is empty")


def test_each_call_gets_its_own_figure():
    """Two calls give two different figures; the second plot does not pile onto the first."""
    ax1 = plot_distribution(NORMAL, bins=10)
    ax2 = plot_distribution(SKEWED, bins=10)
    expect_true(ax1.figure is not ax2.figure, "both calls drew on the same figure")
    expect_equal(len(ax2.patches), 10, "patches of the second plot")
