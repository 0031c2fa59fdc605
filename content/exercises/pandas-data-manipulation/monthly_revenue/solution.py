import pandas as pd


def monthly_revenue(orders: pd.DataFrame) -> pd.DataFrame:
    """Revenue per month (rows, month-start labels, no gaps) × category (columns), 0 when empty."""
    o = orders.assign(date=pd.to_datetime(orders["date"]))
    table = o.pivot_table(
        index=pd.Grouper(key="date", freq="MS"),
        columns="category",
        values="amount",
        aggfunc="sum",
        fill_value=0,
    )
    return table.resample("MS").sum()   # insert months that had no orders at all
