import pandas as pd


def monthly_revenue(orders: pd.DataFrame) -> pd.DataFrame:
    o = orders.assign(month=pd.to_datetime(orders["date"]).dt.to_period("M").dt.to_timestamp())
    return o.pivot_table(index="month", columns="category", values="amount", aggfunc="sum", fill_value=0)
