import numpy as np
import pandas as pd


def clean_customers(df: pd.DataFrame) -> pd.DataFrame:
    for col in ["name", "email", "age"]:
        df[col] = df[col].str.strip().replace({"N/A": np.nan, "": np.nan})   # writes into the caller's frame
    df["email"] = df["email"].str.lower()
    df["age"] = pd.to_numeric(df["age"])
    return df.drop_duplicates().sort_values("customer_id", kind="stable").reset_index(drop=True)
