import pandas as pd


def impute_by_type(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    for col in out.columns:
        if pd.api.types.is_numeric_dtype(out[col]):
            out[col] = out[col].fillna(out[col].mean())
        else:
            out[col] = out[col].fillna(out[col].mode().iloc[0])
    return out
