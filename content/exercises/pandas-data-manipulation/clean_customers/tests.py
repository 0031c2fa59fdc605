import numpy as np
import pandas as pd


def make_raw():
    """A small messy export: stray spaces, mixed-case emails, placeholders, duplicates, ages as text."""
    return pd.DataFrame({
        "customer_id": [3, 1, 2, 1, 4, 5, 2],
        "name": ["  Carla Diaz", "Ann Lee ", "Bo Chen", "Ann Lee", "N/A", " Eve Park ", "Bo Chen"],
        "email": ["CARLA@Example.com ", "ann@example.com", " Bo@Example.COM", "ANN@example.com  ",
                  "dan@example.com", "", "bo@example.com"],
        "age": ["41", " 29", "N/A", "29", "35 ", "", " N/A "],
    })


EXPECTED = pd.DataFrame({
    "customer_id": [1, 2, 3, 4, 5],
    "name": ["Ann Lee", "Bo Chen", "Carla Diaz", np.nan, "Eve Park"],
    "email": ["ann@example.com", "bo@example.com", "carla@example.com", "dan@example.com", np.nan],
    "age": [29.0, np.nan, 41.0, 35.0, np.nan],
})


def test_matches_expected_table():
    """The cleaned table equals the hand-cleaned version (values, column order, 0..n-1 index)."""
    result = clean_customers(make_raw())
    expect_type(result, pd.DataFrame)
    expect_equal(result, EXPECTED)


def test_no_duplicate_rows():
    """No two rows are identical. Rows that differ only by spaces or letter case are duplicates,
    so drop them after cleaning, not before."""
    result = clean_customers(make_raw())
    expect_equal(int(result.duplicated().sum()), 0, "number of duplicated rows")
    expect_equal(len(result), 5, "number of customers")


def test_emails_lower_and_stripped():
    """Every known email is lower-case with no surrounding whitespace."""
    emails = clean_customers(make_raw())["email"].dropna()
    expect_true(bool((emails == emails.str.strip().str.lower()).all()), "some emails still have spaces or capitals")


def test_placeholders_become_missing():
    """"N/A" and "" (even with spaces around them) become NaN, so .isna() finds them."""
    result = clean_customers(make_raw())

    def first(cid, col):
        return result.loc[result["customer_id"] == cid, col].iloc[0]

    expect_true(bool(pd.isna(first(4, "name"))), "name 'N/A' of customer 4 should be NaN")
    expect_true(bool(pd.isna(first(5, "email"))), "empty email of customer 5 should be NaN")
    expect_true(bool(pd.isna(first(2, "age"))), "age ' N/A ' of customer 2 should be NaN")


def test_age_is_numeric():
    """`age` has a numeric dtype, so you can compute its mean or feed it to a model."""
    result = clean_customers(make_raw())
    expect_true(pd.api.types.is_numeric_dtype(result["age"]), "age dtype is " + str(result["age"].dtype))
    expect_close(float(result["age"].mean()), (29 + 41 + 35) / 3)


def test_sorted_by_customer_id():
    """Rows are ordered by customer_id and the index is 0..n-1."""
    result = clean_customers(make_raw())
    expect_equal(result["customer_id"].tolist(), [1, 2, 3, 4, 5])
    expect_equal(result.index.tolist(), [0, 1, 2, 3, 4], "the index")


def test_input_unchanged():
    """The DataFrame you were given is left exactly as it was (work on a copy)."""
    raw = make_raw()
    clean_customers(raw)
    expect_equal(raw, make_raw(), "the input after the call")
