import pandas as pd


def top_n_per_group(df: pd.DataFrame, group_col: str, value_col: str, n: int) -> pd.DataFrame:
    rank = df.groupby(group_col)[value_col].rank(method="min", ascending=False)   # SQL RANK(): ties share a rank
    kept = df[rank <= n]
    return kept.sort_values([group_col, value_col, "id"], ascending=[True, False, True]).reset_index(drop=True)
