import matplotlib.pyplot as plt
import numpy as np


def plot_landscape(f, xlim, ylim, path: np.ndarray | None = None) -> plt.Axes:
    """Contour plot of f(X, Y) over the box xlim × ylim; overlay `path` (shape (k, 2)) as a line.

    Return the Axes. Its limits must be exactly xlim and ylim.
    """
    fig, ax = plt.subplots()
    # TODO: meshgrid over the box, ax.contour(X, Y, f(X, Y)), plot the path, set the limits
    return ax
