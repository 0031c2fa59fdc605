import matplotlib.pyplot as plt
import numpy as np
import pandas as pd


def correlation_heatmap(df: pd.DataFrame) -> tuple[plt.Figure, plt.Axes]:
    """Annotated heatmap of df.corr(numeric_only=True) with limits [-1, 1] and a colorbar."""
    corr = df.corr(numeric_only=True)
    names = [str(c) for c in corr.columns]
    k = len(names)
    fig, ax = plt.subplots(figsize=(1.1 * k + 2, 1.1 * k + 1))
    im = ax.imshow(corr.to_numpy(), cmap="coolwarm", vmin=-1, vmax=1)
    fig.colorbar(im, ax=ax, label="Pearson r")
    ax.set_xticks(range(k), labels=names, rotation=45, ha="right")
    ax.set_yticks(range(k), labels=names)
    for i in range(k):
        for j in range(k):
            value = corr.iloc[i, j]
            ax.text(j, i, f"{value:.2f}", ha="center", va="center",
                    color="white" if abs(value) > 0.6 else "black")
    ax.set_title("Correlation matrix")
    fig.tight_layout()
    return fig, ax
