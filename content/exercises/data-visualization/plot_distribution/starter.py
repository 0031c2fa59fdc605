import matplotlib.pyplot as plt
import numpy as np


def plot_distribution(x: np.ndarray, bins: int = 20) -> plt.Axes:
    """Histogram of x with `bins` bins and a dashed vertical line at the mean; returns the Axes."""
    fig, ax = plt.subplots()
    # TODO: histogram, dashed mean line, title and axis labels
    return ax
