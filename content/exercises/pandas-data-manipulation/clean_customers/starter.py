import numpy as np
import pandas as pd


def clean_customers(df: pd.DataFrame) -> pd.DataFrame:
    """Return a cleaned copy of `df`: stripped text, NaN for "N/A"/"", lower-case emails,
    numeric age, no duplicate rows, sorted by customer_id with a 0..n-1 index."""
    out = df.copy()
    # TODO: strip text columns, replace placeholders, lower-case email, convert age,
    #       drop duplicates, sort and reset the index
    return out
