import pandas as pd


def top_n_per_group(df: pd.DataFrame, group_col: str, value_col: str, n: int) -> pd.DataFrame:
    """ROW_NUMBER() OVER (PARTITION BY group_col ORDER BY value_col DESC, id ASC) <= n."""
    ordered = df.sort_values(
        [group_col, value_col, "id"], ascending=[True, False, True], kind="stable"
    )
    return ordered.groupby(group_col, sort=False).head(n).reset_index(drop=True)
