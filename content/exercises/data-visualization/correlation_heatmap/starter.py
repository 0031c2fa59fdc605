import matplotlib.pyplot as plt
import numpy as np
import pandas as pd


def correlation_heatmap(df: pd.DataFrame) -> tuple[plt.Figure, plt.Axes]:
    """Annotated heatmap of df.corr(numeric_only=True) with limits [-1, 1] and a colorbar."""
    fig, ax = plt.subplots()
    # TODO: imshow the correlation matrix, colorbar, tick labels, annotations, title
    return fig, ax
