import matplotlib.pyplot as plt
import pandas as pd


def eda_dashboard(df: pd.DataFrame, target: str) -> plt.Figure:
    """2×2 dashboard: target histogram, top-|corr| feature scatter, missing counts, category counts."""
    fig, axes = plt.subplots(2, 2, figsize=(10, 8))
    # TODO: fill the four panels and give each a title
    return fig
