import pandas as pd


def attach_customers(orders: pd.DataFrame, customers: pd.DataFrame) -> pd.DataFrame:
    """Left-join name and country onto every order and flag orders whose customer is unknown."""
    # TODO: left join on customer_id, keep only the wanted columns, add unknown_customer
    return orders.copy()
