import matplotlib.pyplot as plt
import numpy as np


def plot_landscape(f, xlim, ylim, path: np.ndarray | None = None) -> plt.Axes:
    """Contour plot of f(X, Y) over xlim × ylim, with an optional optimisation path on top."""
    xs = np.linspace(xlim[0], xlim[1], 200)
    ys = np.linspace(ylim[0], ylim[1], 200)
    X, Y = np.meshgrid(xs, ys)          # X varies along columns, Y along rows
    Z = f(X, Y)
    fig, ax = plt.subplots(figsize=(6, 5))
    contours = ax.contour(X, Y, Z, levels=25, cmap="viridis")
    fig.colorbar(contours, ax=ax, label="f(x, y)")
    if path is not None:
        path = np.asarray(path, dtype=float)
        ax.plot(path[:, 0], path[:, 1], "o-", color="crimson", markersize=3, label="optimisation path")
        ax.legend(loc="upper right")
    ax.set_xlim(xlim)                    # set limits last: plotting a path can autoscale them
    ax.set_ylim(ylim)
    ax.set_xlabel("x")
    ax.set_ylabel("y")
    ax.set_title("Loss landscape")
    return ax
