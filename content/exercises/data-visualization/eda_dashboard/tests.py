import matplotlib
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd


def make_houses():
    """300 seeded houses. `age` is the strongest correlate of `price` and it is NEGATIVE (about -0.9);
    `size` is weaker but positive. A few values are missing in size, age, price and district."""
    rng = np.random.default_rng(11)
    n = 300
    size = rng.normal(90, 25, n)
    age = rng.uniform(0, 80, n)
    rooms = np.clip(np.round(size / 30 + rng.normal(0, 0.7, n)), 1, None)
    price = 400 - 4.0 * age + 0.8 * size + rng.normal(0, 40, n)
    district = rng.choice(["centre", "north", "harbour", "east"], n, p=[0.4, 0.3, 0.2, 0.1])
    df = pd.DataFrame({"size": size, "rooms": rooms, "age": age, "district": district, "price": price})
    df.loc[rng.choice(n, 12, replace=False), "size"] = np.nan
    df.loc[rng.choice(n, 5, replace=False), "age"] = np.nan
    df.loc[rng.choice(n, 7, replace=False), "price"] = np.nan
    df.loc[rng.choice(n, 9, replace=False), "district"] = np.nan
    return df


def panels(fig):
    expect_true(isinstance(fig, matplotlib.figure.Figure), "expected a Figure, got " + type(fig).__name__)
    expect_true(len(fig.axes) >= 4, "expected at least 4 Axes, got " + str(len(fig.axes)))
    return fig.axes[:4]


def test_four_titled_axes():
    """The figure has (at least) four Axes and each of the first four has a title."""
    for i, ax in enumerate(panels(eda_dashboard(make_houses(), "price"))):
        expect_true(ax.get_title().strip() != "", "panel " + str(i + 1) + " has no title")


def test_target_histogram():
    """Panel 1 is a histogram of the target: its bars add up to the number of non-missing prices."""
    df = make_houses()
    ax = panels(eda_dashboard(df, "price"))[0]
    expect_true(len(ax.patches) > 0, "panel 1 has no bars")
    expect_close(sum(p.get_height() for p in ax.patches), float(df["price"].notna().sum()))


def test_scatter_uses_strongest_feature():
    """Panel 2 scatters the feature with the largest ABSOLUTE correlation with the target (here
    `age`, r ≈ -0.9) against the target, on rows where both are present; its x-label is the name."""
    df = make_houses()
    ax = panels(eda_dashboard(df, "price"))[1]
    expect_true(len(ax.collections) >= 1, "panel 2 has no scatter points")
    expect_equal(ax.get_xlabel(), "age", "x-label of the scatter")
    pair = df[["age", "price"]].dropna()
    offsets = np.asarray(ax.collections[0].get_offsets(), dtype=float)
    expect_close(offsets[:, 0], pair["age"].to_numpy(), "x values of the scatter")
    expect_close(offsets[:, 1], pair["price"].to_numpy(), "y values of the scatter")


def test_missing_value_bars():
    """Panel 3 has one bar per column (zeros included) whose height is the column's missing count."""
    df = make_houses()
    ax = panels(eda_dashboard(df, "price"))[2]
    heights = [float(p.get_height()) for p in ax.patches]
    expect_equal(heights, [float(v) for v in df.isna().sum()], "bar heights")


def test_category_counts():
    """Panel 4 shows value_counts() of the first non-numeric column (district)."""
    df = make_houses()
    ax = panels(eda_dashboard(df, "price"))[3]
    heights = sorted((float(p.get_height()) for p in ax.patches), reverse=True)
    expect_equal(heights, [float(v) for v in df["district"].value_counts()], "bar heights")


def test_other_target():
    """Works for any target: with target `size`, the strongest correlate is `rooms`."""
    df = make_houses()
    ax = panels(eda_dashboard(df, "size"))[1]
    expect_equal(ax.get_xlabel(), "rooms", "x-label of the scatter")
