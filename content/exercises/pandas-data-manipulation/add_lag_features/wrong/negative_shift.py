import pandas as pd


def add_lag_features(df: pd.DataFrame, col: str, lags: list[int], windows: list[int]) -> pd.DataFrame:
    out = df.copy()
    for k in lags:
        out[f"{col}_lag_{k}"] = out[col].shift(-k)      # looks into the future
    past = out[col].shift(1)
    for w in windows:
        out[f"{col}_roll_mean_{w}"] = past.rolling(w).mean()
    return out
