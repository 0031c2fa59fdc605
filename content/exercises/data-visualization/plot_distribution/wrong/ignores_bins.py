import matplotlib.pyplot as plt
import numpy as np


def plot_distribution(x: np.ndarray, bins: int = 20) -> plt.Axes:
    fig, ax = plt.subplots()
    ax.hist(x)                                   # bins forgotten: always 10
    ax.axvline(np.mean(x), linestyle="--")
    ax.set_title("Distribution")
    ax.set_xlabel("value")
    ax.set_ylabel("count")
    return ax
