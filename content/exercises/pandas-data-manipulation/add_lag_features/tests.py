import numpy as np
import pandas as pd


def make_series():
    """30 days of a noisy, trending sales series (seeded), plus an unrelated column."""
    rng = np.random.default_rng(7)
    days = pd.date_range("2024-01-01", periods=30, freq="D")
    sales = 100 + 2.0 * np.arange(30) + rng.normal(0, 5, size=30)
    return pd.DataFrame({"store": ["A"] * 30, "sales": sales.round(2)}, index=days)


def test_new_columns_named_and_ordered():
    """Original columns first, then the lags, then the rolling means, in the order given."""
    result = add_lag_features(make_series(), "sales", [1, 7], [3, 7])
    expect_equal([str(c) for c in result.columns],
                 ["store", "sales", "sales_lag_1", "sales_lag_7", "sales_roll_mean_3", "sales_roll_mean_7"])


def test_lag_1_equals_shift_1():
    """`sales_lag_1` at row t is the value of row t-1, i.e. `shift(1)`."""
    df = make_series()
    result = add_lag_features(df, "sales", [1], [])
    expect_equal(result["sales_lag_1"].to_numpy(), df["sales"].shift(1).to_numpy())


def test_lag_k_looks_k_rows_back():
    """`sales_lag_7` at row 10 equals `sales` at row 3."""
    df = make_series()
    result = add_lag_features(df, "sales", [7], [])
    expect_close(float(result["sales_lag_7"].iloc[10]), float(df["sales"].iloc[3]))


def test_rolling_mean_uses_previous_rows():
    """`sales_roll_mean_3` at row 5 is the mean of rows 2, 3 and 4 — not including row 5."""
    df = make_series()
    result = add_lag_features(df, "sales", [], [3])
    expect_close(float(result["sales_roll_mean_3"].iloc[5]), float(df["sales"].iloc[2:5].mean()))


def test_no_leakage_from_the_current_row():
    """Changing the value at row t (and after) must not change any feature of row t. Features that
    move would let a model peek at the very value it is asked to predict."""
    df = make_series()
    t = 12
    bumped = df.copy()
    bumped.iloc[t:, bumped.columns.get_loc("sales")] += 1000.0
    names = ["sales_lag_1", "sales_lag_3", "sales_roll_mean_3", "sales_roll_mean_5"]
    a = add_lag_features(df, "sales", [1, 3], [3, 5])
    b = add_lag_features(bumped, "sales", [1, 3], [3, 5])
    for name in names:
        expect_close(float(b[name].iloc[t]), float(a[name].iloc[t]), name + " at row t")


def test_first_rows_are_nan():
    """Without enough history a feature is NaN: the first 3 rows of a lag-3 column and the first 5
    rows of a 5-row rolling mean, and nothing after that."""
    result = add_lag_features(make_series(), "sales", [3], [5])
    expect_equal(result["sales_lag_3"].isna().to_numpy(), np.array([True] * 3 + [False] * 27), "NaN mask of sales_lag_3")
    expect_equal(result["sales_roll_mean_5"].isna().to_numpy(), np.array([True] * 5 + [False] * 25), "NaN mask of sales_roll_mean_5")


def test_input_unchanged():
    """The input keeps only its two columns (you worked on a copy)."""
    df = make_series()
    add_lag_features(df, "sales", [1], [3])
    expect_equal([str(c) for c in df.columns], ["store", "sales"], "columns of the input after the call")
