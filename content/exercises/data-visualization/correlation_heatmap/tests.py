import matplotlib
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd


def make_df():
    """Four numeric columns with known structure (seeded) and one text column to ignore.
    Off the diagonal the correlations stay between about -0.45 and 0.75, so autoscaled colours would not span [-1, 1]."""
    rng = np.random.default_rng(3)
    n = 200
    size = rng.normal(100, 20, n)
    rooms = 0.04 * size + rng.normal(0, 0.8, n)
    age = rng.uniform(0, 60, n)
    price = 3 * size - 2.5 * age + rng.normal(0, 60, n)
    city = rng.choice(["Oslo", "Lima", "Pune"], n)
    return pd.DataFrame({"size": size, "rooms": rooms, "city": city, "age": age, "price": price})


NAMES = ["size", "rooms", "age", "price"]


def test_returns_figure_and_axes():
    """The function returns a (Figure, Axes) tuple."""
    result = correlation_heatmap(make_df())
    expect_true(isinstance(result, tuple) and len(result) == 2, "expected a tuple (fig, ax)")
    fig, ax = result
    expect_true(isinstance(fig, matplotlib.figure.Figure), "first item is not a Figure")
    expect_true(isinstance(ax, matplotlib.axes.Axes), "second item is not an Axes")


def test_image_is_the_correlation_matrix():
    """`ax.images[0]` holds exactly df.corr(numeric_only=True) — 4 × 4, text column ignored."""
    df = make_df()
    fig, ax = correlation_heatmap(df)
    expect_equal(len(ax.images), 1, "number of images drawn with imshow")
    expect_close(np.asarray(ax.images[0].get_array(), dtype=float), df.corr(numeric_only=True).to_numpy())


def test_colour_limits_are_minus_one_to_one():
    """The colour scale is pinned to [-1, 1], so a colour always means the same correlation."""
    fig, ax = correlation_heatmap(make_df())
    expect_true(len(ax.images) >= 1, "no image found: draw the matrix with ax.imshow")
    expect_close(tuple(float(v) for v in ax.images[0].get_clim()), (-1.0, 1.0), "clim")


def test_has_a_colorbar():
    """A colorbar is added: the figure has two Axes (the heatmap and the colorbar)."""
    fig, ax = correlation_heatmap(make_df())
    expect_equal(len(fig.axes), 2, "number of Axes in the figure")


def test_tick_labels_are_column_names():
    """x and y tick labels are the numeric column names, in order."""
    fig, ax = correlation_heatmap(make_df())
    expect_equal([t.get_text() for t in ax.get_xticklabels()], NAMES, "x tick labels")
    expect_equal([t.get_text() for t in ax.get_yticklabels()], NAMES, "y tick labels")


def test_every_cell_annotated():
    """One text per cell, each the correlation with two decimals, e.g. "1.00" on the diagonal."""
    df = make_df()
    fig, ax = correlation_heatmap(df)
    texts = sorted(t.get_text() for t in ax.texts)
    expected = sorted(f"{v:.2f}" for v in df.corr(numeric_only=True).to_numpy().ravel())
    expect_equal(texts, expected, "annotations")


def test_has_title():
    """The heatmap has a title."""
    fig, ax = correlation_heatmap(make_df())
    expect_true(ax.get_title().strip() != "", "the title is empty")
