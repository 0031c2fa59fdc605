import pandas as pd


def monthly_revenue(orders: pd.DataFrame) -> pd.DataFrame:
    o = orders.assign(date=pd.to_datetime(orders["date"]))
    table = o.pivot_table(index=pd.Grouper(key="date", freq="ME"), columns="category",
                          values="amount", aggfunc="sum", fill_value=0)
    return table.resample("ME").sum()
