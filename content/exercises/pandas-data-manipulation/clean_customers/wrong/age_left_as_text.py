import numpy as np
import pandas as pd


def clean_customers(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    for col in ["name", "email", "age"]:
        out[col] = out[col].str.strip().replace({"N/A": np.nan, "": np.nan})
    out["email"] = out["email"].str.lower()
    return out.drop_duplicates().sort_values("customer_id", kind="stable").reset_index(drop=True)
