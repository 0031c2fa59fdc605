import pandas as pd


def monthly_revenue(orders: pd.DataFrame) -> pd.DataFrame:
    """Revenue per month (rows, month-start labels, no gaps) × category (columns), 0 when empty."""
    # TODO: group by month start and category, sum amount, fill the gaps with 0
    return pd.DataFrame()
