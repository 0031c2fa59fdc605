import numpy as np
import pandas as pd


def make_orders():
    """Ten orders from January to June 2024. March has no orders at all; May has none either.
    Note the orders just before and after midnight at the end of January."""
    return pd.DataFrame({
        "order_id": list(range(1, 11)),
        "date": pd.to_datetime([
            "2024-01-05 09:00", "2024-01-31 23:30", "2024-02-01 00:10", "2024-02-14 12:00",
            "2024-01-20 08:15", "2024-04-02 10:00", "2024-04-30 18:45", "2024-06-15 13:00",
            "2024-02-28 16:20", "2024-06-01 07:05",
        ]),
        "category": ["books", "books", "books", "toys", "toys", "games", "games", "games", "toys", "games"],
        "amount": [12.5, 7.5, 20.0, 15.0, 8.0, 45.0, 5.0, 30.0, 2.5, 10.0],
    })


MONTHS = ["2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01", "2024-05-01", "2024-06-01"]
EXPECTED = pd.DataFrame(
    {
        "books": [20.0, 20.0, 0.0, 0.0, 0.0, 0.0],
        "games": [0.0, 0.0, 0.0, 50.0, 0.0, 40.0],
        "toys": [8.0, 17.5, 0.0, 0.0, 0.0, 0.0],
    },
    index=pd.DatetimeIndex(MONTHS).as_unit("ns"),
)


def normalised(result):
    """The result with names, index resolution/frequency and dtypes made uniform, so only the content is compared."""
    expect_type(result, pd.DataFrame)
    expect_type(result.index, pd.DatetimeIndex, "the index")
    return pd.DataFrame(
        result.to_numpy(dtype=float),
        index=pd.DatetimeIndex(list(result.index)).as_unit("ns"),
        columns=[str(c) for c in result.columns],
    )


def test_month_start_labels():
    """Rows are labelled by the first day of each month: 2024-01-01, 2024-02-01, …"""
    result = normalised(monthly_revenue(make_orders()))
    labels = [ts.strftime("%Y-%m-%d") for ts in result.index]
    expect_true(all(label.endswith("-01") for label in labels), "month labels should be month starts, got " + str(labels))


def test_every_month_present():
    """Every month from January to June appears, including March and May, which had no orders."""
    result = normalised(monthly_revenue(make_orders()))
    expect_equal([ts.strftime("%Y-%m-%d") for ts in result.index], MONTHS, "the months in the index")


def test_empty_months_are_zero():
    """A month without orders has revenue 0 in every category (not NaN)."""
    result = normalised(monthly_revenue(make_orders()))
    march = pd.Timestamp("2024-03-01")
    expect_true(bool(march in result.index), "March 2024 (a month with no orders) is missing from the index")
    expect_equal(result.loc[march].tolist(), [0.0, 0.0, 0.0], "March")
    expect_equal(int(result.isna().sum().sum()), 0, "number of NaN in the table")


def test_columns_sorted_categories():
    """One column per category, alphabetically sorted."""
    result = normalised(monthly_revenue(make_orders()))
    expect_equal(list(result.columns), ["books", "games", "toys"])


def test_matches_expected_table():
    """The whole table equals the one computed by hand (an order at 23:30 on 31 January is January revenue)."""
    expect_equal(normalised(monthly_revenue(make_orders())), EXPECTED)


def test_input_unchanged():
    """`orders` is not modified."""
    orders = make_orders()
    monthly_revenue(orders)
    expect_equal(orders, make_orders(), "orders after the call")
