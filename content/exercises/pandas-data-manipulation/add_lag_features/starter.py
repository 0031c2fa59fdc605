import pandas as pd


def add_lag_features(df: pd.DataFrame, col: str, lags: list[int], windows: list[int]) -> pd.DataFrame:
    """Add `{col}_lag_{k}` and `{col}_roll_mean_{w}` columns computed only from past rows."""
    out = df.copy()
    # TODO: one shifted column per lag, one past-only rolling mean per window
    return out
