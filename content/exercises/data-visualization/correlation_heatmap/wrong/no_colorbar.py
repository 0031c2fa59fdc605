import matplotlib.pyplot as plt
import pandas as pd


def correlation_heatmap(df: pd.DataFrame):
    corr = df.corr(numeric_only=True)
    names = list(corr.columns)
    k = len(names)
    fig, ax = plt.subplots()
    ax.imshow(corr.to_numpy(), cmap="coolwarm", vmin=-1, vmax=1)
    ax.set_xticks(range(k), labels=names)
    ax.set_yticks(range(k), labels=names)
    for i in range(k):
        for j in range(k):
            ax.text(j, i, f"{corr.iloc[i, j]:.2f}", ha="center", va="center")
    ax.set_title("Correlation matrix")
    return fig, ax
