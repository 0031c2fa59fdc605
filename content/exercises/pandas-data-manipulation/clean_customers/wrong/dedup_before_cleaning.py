import numpy as np
import pandas as pd


def clean_customers(df: pd.DataFrame) -> pd.DataFrame:
    out = df.drop_duplicates()          # too early: "Ann " and "Ann" still look different
    for col in ["name", "email", "age"]:
        out[col] = out[col].str.strip().replace({"N/A": np.nan, "": np.nan})
    out["email"] = out["email"].str.lower()
    out["age"] = pd.to_numeric(out["age"])
    return out.sort_values("customer_id", kind="stable").reset_index(drop=True)
