import pandas as pd


def add_lag_features(df: pd.DataFrame, col: str, lags: list[int], windows: list[int]) -> pd.DataFrame:
    out = df.copy()
    for k in lags:
        out[f"{col}_lag_{k}"] = out[col].shift(k)
    for w in windows:
        out[f"{col}_roll_mean_{w}"] = out[col].rolling(w).mean()   # includes x_t itself
    return out
