import pandas as pd


def top_n_per_group(df: pd.DataFrame, group_col: str, value_col: str, n: int) -> pd.DataFrame:
    """ROW_NUMBER() OVER (PARTITION BY group_col ORDER BY value_col DESC, id ASC) <= n."""
    # TODO: sort by group, value (descending) and id, then keep the first n rows of each group
    return df.copy()
