import numpy as np
import pandas as pd


def make_df():
    """Two numeric columns, a text column and a categorical column, all with gaps."""
    return pd.DataFrame({
        "age": [25.0, np.nan, 40.0, 31.0, np.nan, 52.0],
        "visits": [3.0, 1.0, np.nan, 8.0, 2.0, 2.0],
        "city": ["Oslo", "Lima", None, "Lima", "Oslo", "Lima"],
        "plan": pd.Categorical(["pro", None, "free", "free", None, "pro"], categories=["free", "pro", "team"]),
    })


def test_no_missing_values_left():
    """After imputation no column has a NaN."""
    result = impute_by_type(make_df())
    expect_equal(int(result.isna().sum().sum()), 0, "number of NaN left")


def test_numeric_columns_get_the_median():
    """Numeric gaps are filled with the median of the observed values (age → 35.5, visits → 2.0).
    The mean (37.0 for age) is pulled by large values; the median is not."""
    result = impute_by_type(make_df())
    expect_close(result.loc[[1, 4], "age"].tolist(), [35.5, 35.5])
    expect_close(float(result.loc[2, "visits"]), 2.0)


def test_text_column_gets_the_mode():
    """The text column's gap gets its most frequent value ("Lima" appears 3 times)."""
    result = impute_by_type(make_df())
    expect_equal(str(result.loc[2, "city"]), "Lima")


def test_tied_mode_uses_first_of_mode():
    """"free" and "pro" both appear twice; Series.mode() lists "free" first, so every gap — not
    just the first one — becomes "free"."""
    result = impute_by_type(make_df())
    expect_equal([str(v) for v in result.loc[[1, 4], "plan"]], ["free", "free"])


def test_observed_values_untouched():
    """Values that were present are not changed."""
    df = make_df()
    result = impute_by_type(df)
    mask = df["age"].notna()
    expect_equal(result.loc[mask, "age"].tolist(), df.loc[mask, "age"].tolist())


def test_dtypes_preserved():
    """Every column keeps its dtype; in particular `plan` is still categorical."""
    df = make_df()
    result = impute_by_type(df)
    expect_equal([str(t) for t in result.dtypes], [str(t) for t in df.dtypes], "dtypes")


def test_input_unchanged():
    """The DataFrame you were given still has its NaN (you worked on a copy)."""
    df = make_df()
    impute_by_type(df)
    expect_equal(int(df.isna().sum().sum()), 6, "NaN count of the input after the call")
