import pandas as pd


def impute_by_type(df: pd.DataFrame) -> pd.DataFrame:
    """Fill NaN with the median (numeric columns) or the mode (other columns); return a copy."""
    out = df.copy()
    # TODO: for each column choose median or mode and fill
    return out
