import pandas as pd


def impute_by_type(df: pd.DataFrame) -> pd.DataFrame:
    """Fill NaN with the median (numeric columns) or the mode (other columns); return a copy."""
    out = df.copy()
    for col in out.columns:
        if pd.api.types.is_numeric_dtype(out[col]):
            fill = out[col].median()
        else:
            fill = out[col].mode().iloc[0]
        out[col] = out[col].fillna(fill)
    return out
