import pandas as pd


def top_n_per_group(df: pd.DataFrame, group_col: str, value_col: str, n: int) -> pd.DataFrame:
    parts = []
    for _, group in df.groupby(group_col):
        parts.append(group.nlargest(n, value_col))   # ties: first seen in the input wins, not smallest id
    if not parts:
        return df.iloc[:0].reset_index(drop=True)
    return pd.concat(parts).reset_index(drop=True)
