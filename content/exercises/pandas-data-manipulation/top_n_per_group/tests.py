import pandas as pd


def make_sales():
    """Twelve products in four regions, rows deliberately not in id order. North has three products
    tied at 120.0 and south three tied at 80.0."""
    rows = [
        (6, "north", "blender", 120.0), (2, "south", "lamp", 80.0), (11, "north", "mixer", 120.0),
        (4, "east", "fan", 40.0), (9, "north", "grill", 60.0), (1, "north", "kettle", 120.0),
        (12, "west", "sofa", 300.0), (5, "south", "chair", 80.0), (3, "north", "toaster", 95.0),
        (10, "south", "rug", 80.0), (8, "east", "heater", 55.0), (7, "south", "desk", 150.0),
    ]
    return pd.DataFrame(rows, columns=["id", "region", "product", "sales"])


# Produced by running the SQL query of the prompt in SQLite on make_sales() (n = 2).
SQL_RESULT_N2 = pd.DataFrame(
    [(8, "east", "heater", 55.0), (4, "east", "fan", 40.0), (1, "north", "kettle", 120.0),
     (6, "north", "blender", 120.0), (7, "south", "desk", 150.0), (2, "south", "lamp", 80.0),
     (12, "west", "sofa", 300.0)],
    columns=["id", "region", "product", "sales"],
)


def test_matches_sql_result():
    """For n = 2 the result equals what SQLite returns for the ROW_NUMBER() query (rows, order, columns)."""
    result = top_n_per_group(make_sales(), "region", "sales", 2)
    expect_type(result, pd.DataFrame)
    expect_equal(result, SQL_RESULT_N2)


def test_at_most_n_rows_per_group():
    """No group returns more than n rows, even when values tie (ROW_NUMBER, not RANK)."""
    for n in (1, 2):
        counts = top_n_per_group(make_sales(), "region", "sales", n)["region"].value_counts()
        expect_true(bool((counts <= n).all()), "n=" + str(n) + ": rows per group " + str(counts.to_dict()))


def test_ties_broken_by_ascending_id():
    """North has ids 1, 6 and 11 tied at 120.0: with n = 2 the two smallest ids (1, 6) win,
    whatever their position in the input."""
    result = top_n_per_group(make_sales(), "region", "sales", 2)
    expect_equal(sorted(result.loc[result["region"] == "north", "id"].tolist()), [1, 6])


def test_small_groups_kept_whole():
    """With n = 5, a group with fewer rows (west has one) keeps all of them; north keeps 5 of 5."""
    result = top_n_per_group(make_sales(), "region", "sales", 5)
    expect_equal(result["region"].value_counts().sort_index().to_dict(), {"east": 2, "north": 5, "south": 4, "west": 1})


def test_uses_the_column_arguments():
    """Works for any group/value column names, not just region/sales."""
    df = pd.DataFrame({"id": [1, 2, 3, 4, 5], "team": ["b", "a", "a", "b", "a"], "score": [3, 7, 9, 3, 7]})
    expected = pd.DataFrame({"id": [3, 2, 1, 4], "team": ["a", "a", "b", "b"], "score": [9, 7, 3, 3]})
    expect_equal(top_n_per_group(df, "team", "score", 2), expected)


def test_n_zero_returns_empty_with_columns():
    """n = 0 keeps no rows but the same columns."""
    result = top_n_per_group(make_sales(), "region", "sales", 0)
    expect_equal(len(result), 0, "number of rows")
    expect_equal([str(c) for c in result.columns], ["id", "region", "product", "sales"], "columns")
