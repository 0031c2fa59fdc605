import numpy as np
import pandas as pd

TEXT_COLUMNS = ["name", "email", "age"]


def clean_customers(df: pd.DataFrame) -> pd.DataFrame:
    """Return a cleaned copy of `df`: stripped text, NaN for "N/A"/"", lower-case emails,
    numeric age, no duplicate rows, sorted by customer_id with a 0..n-1 index."""
    out = df.copy()
    for col in TEXT_COLUMNS:
        out[col] = out[col].str.strip().replace({"N/A": np.nan, "": np.nan})
    out["email"] = out["email"].str.lower()
    out["age"] = pd.to_numeric(out["age"])
    out = out.drop_duplicates()
    return out.sort_values("customer_id", kind="stable").reset_index(drop=True)
