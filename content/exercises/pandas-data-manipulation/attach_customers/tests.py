import numpy as np
import pandas as pd

COLUMNS = ["order_id", "customer_id", "created_at", "amount", "name", "country", "unknown_customer"]


def make_orders():
    """Six orders; customers 99 and 42 do not exist; customer 3 exists but has no name on file."""
    return pd.DataFrame({
        "order_id": [101, 102, 103, 104, 105, 106],
        "customer_id": [2, 99, 1, 3, 2, 42],
        "created_at": pd.to_datetime(["2024-03-01", "2024-03-02", "2024-03-02", "2024-03-04", "2024-03-05", "2024-03-06"]),
        "amount": [20.0, 35.0, 12.0, 8.5, 60.0, 5.0],
    })


def make_customers():
    return pd.DataFrame({
        "customer_id": [1, 2, 3, 4],
        "name": ["Ann", "Bo", None, "Dee"],
        "country": ["NO", "PE", "JP", "NO"],
        "created_at": pd.to_datetime(["2023-01-10", "2023-05-02", "2023-07-19", "2024-01-01"]),
    })


def test_one_row_per_order():
    """A left join keeps every order exactly once, in the original order."""
    result = attach_customers(make_orders(), make_customers())
    expect_equal(len(result), 6, "number of rows")
    expect_equal(result["order_id"].tolist(), [101, 102, 103, 104, 105, 106], "order_id column")


def test_columns_without_suffixes():
    """Exactly the requested columns, in order — no created_at_x / created_at_y."""
    result = attach_customers(make_orders(), make_customers())
    expect_equal([str(c) for c in result.columns], COLUMNS, "columns")


def test_order_timestamp_kept():
    """`created_at` is the order's timestamp, not the customer's sign-up date."""
    result = attach_customers(make_orders(), make_customers())
    expect_true("created_at" in result.columns, "no created_at column")
    expect_equal(result["created_at"].dt.strftime("%Y-%m-%d").tolist(), make_orders()["created_at"].dt.strftime("%Y-%m-%d").tolist())


def test_customer_columns_attached():
    """name and country come from the customer table; NaN where the customer is unknown."""
    result = attach_customers(make_orders(), make_customers())
    expect_true("country" in result.columns, "no country column")
    expect_equal([None if pd.isna(v) else v for v in result["country"]], ["PE", None, "NO", "JP", "PE", None], "country")


def test_unknown_customer_flag():
    """`unknown_customer` is a bool column, True only for customers 99 and 42. Customer 3 exists
    (its name is just missing), so it is not unknown."""
    result = attach_customers(make_orders(), make_customers())
    expect_true("unknown_customer" in result.columns, "no unknown_customer column")
    expect_true(result["unknown_customer"].dtype == bool, "unknown_customer dtype is " + str(result["unknown_customer"].dtype))
    expect_equal(result["unknown_customer"].tolist(), [False, True, False, False, False, True])


def test_inputs_unchanged():
    """Neither input table is modified."""
    orders, customers = make_orders(), make_customers()
    attach_customers(orders, customers)
    expect_equal(orders, make_orders(), "orders after the call")
    expect_equal(customers, make_customers(), "customers after the call")
