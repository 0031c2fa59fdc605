import pandas as pd


def monthly_revenue(orders: pd.DataFrame) -> pd.DataFrame:
    o = orders.assign(date=pd.to_datetime(orders["date"])).set_index("date")
    per_group = o.groupby("category")["amount"].resample("MS").sum()   # each category's own range only
    return per_group.unstack("category", fill_value=0)
