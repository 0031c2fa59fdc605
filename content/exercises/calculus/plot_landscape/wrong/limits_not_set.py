import matplotlib.pyplot as plt
import numpy as np


def plot_landscape(f, xlim, ylim, path=None):
    X, Y = np.meshgrid(np.linspace(*xlim, 200), np.linspace(*ylim, 200))
    fig, ax = plt.subplots()
    ax.contour(X, Y, f(X, Y), levels=25)
    if path is not None:
        path = np.asarray(path)
        ax.plot(path[:, 0], path[:, 1], "o-")   # autoscaling stretches the axes to fit the path
    return ax
