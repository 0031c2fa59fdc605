import matplotlib.pyplot as plt
import numpy as np


def plot_distribution(x: np.ndarray, bins: int = 20) -> plt.Axes:
    plt.hist(x, bins=bins)                       # draws on whatever figure is current
    plt.axvline(np.mean(x), linestyle="--")
    plt.title("Distribution")
    plt.xlabel("value")
    plt.ylabel("count")
    return plt.gca()
