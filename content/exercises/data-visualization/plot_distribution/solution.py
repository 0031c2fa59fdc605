import matplotlib.pyplot as plt
import numpy as np


def plot_distribution(x: np.ndarray, bins: int = 20) -> plt.Axes:
    """Histogram of x with `bins` bins and a dashed vertical line at the mean; returns the Axes."""
    x = np.asarray(x, dtype=float)
    fig, ax = plt.subplots(figsize=(6, 4))
    ax.hist(x, bins=bins, color="tab:blue", edgecolor="white")
    mean = x.mean()
    ax.axvline(mean, color="tab:red", linestyle="--", linewidth=2, label=f"mean = {mean:.2f}")
    ax.set_title(f"Distribution of {len(x)} values")
    ax.set_xlabel("value")
    ax.set_ylabel("count")
    ax.legend()
    return ax
