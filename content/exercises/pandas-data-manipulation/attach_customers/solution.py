import pandas as pd


def attach_customers(orders: pd.DataFrame, customers: pd.DataFrame) -> pd.DataFrame:
    """Left-join name and country onto every order and flag orders whose customer is unknown."""
    right = customers[["customer_id", "name", "country"]]
    merged = orders.merge(right, on="customer_id", how="left", indicator=True, validate="many_to_one")
    merged["unknown_customer"] = merged["_merge"].eq("left_only").astype(bool)
    return merged.drop(columns="_merge").reset_index(drop=True)
