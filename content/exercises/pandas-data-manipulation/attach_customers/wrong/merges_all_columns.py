import pandas as pd


def attach_customers(orders: pd.DataFrame, customers: pd.DataFrame) -> pd.DataFrame:
    merged = orders.merge(customers, on="customer_id", how="left", indicator=True)
    merged["unknown_customer"] = merged["_merge"] == "left_only"
    return merged.drop(columns="_merge")
