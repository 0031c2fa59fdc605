import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
from matplotlib.axes import Axes
from matplotlib.contour import ContourSet
import numpy as np


def bowl(X, Y):
    return X ** 2 + 10 * Y ** 2


def _gd_path(start, lr=0.04, steps=30):
    p = np.array(start, dtype=float)
    points = [p.copy()]
    for _ in range(steps):
        p = p - lr * np.array([2 * p[0], 20 * p[1]])
        points.append(p.copy())
    return np.array(points)


PATH = _gd_path([1.8, 0.9])              # stays inside the box
ESCAPING = np.array([[-3.0, 2.0], [-1.0, 0.5], [0.0, 0.0]])   # starts outside the box


def _contours(ax):
    return [c for c in ax.collections if isinstance(c, ContourSet)]


def test_returns_axes_with_contours():
    """plot_landscape returns a Matplotlib Axes holding a contour set (from ax.contour or ax.contourf)."""
    ax = plot_landscape(bowl, (-2, 2), (-1, 1))
    expect_true(isinstance(ax, Axes), "return the Axes object (e.g. from fig, ax = plt.subplots())")
    expect_true(len(ax.collections) > 0 and len(_contours(ax)) > 0, "no contour set found on the Axes: call ax.contour(X, Y, Z)")
    plt.close(ax.figure)


def test_contours_cover_the_requested_box():
    """The grid spans exactly xlim × ylim: for x^2 + 10y^2 on [-2, 2] × [-1, 1] the values run from about 0 (centre) to 14 (corners)."""
    ax = plot_landscape(bowl, (-2, 2), (-1, 1))
    found = _contours(ax)
    expect_true(len(found) > 0, "no contour set found on the Axes: call ax.contour(X, Y, Z)")
    cs = found[0]
    expect_true(float(cs.zmax) > 0.95 * 14 and float(cs.zmax) < 1.05 * 14, "largest contoured value is " + format(float(cs.zmax), ".3g") + ", expected about 14: build the grid from xlim and ylim")
    expect_true(float(cs.zmin) < 0.1, "smallest contoured value is " + format(float(cs.zmin), ".3g") + ", expected about 0")
    plt.close(ax.figure)


def test_path_drawn_as_a_line():
    """When a path of k points is given, the Axes has a line with exactly those k points (x = path[:, 0], y = path[:, 1])."""
    ax = plot_landscape(bowl, (-2, 2), (-1, 1), path=PATH)
    lines = [line for line in ax.lines if len(line.get_xdata()) == len(PATH)]
    expect_true(len(lines) >= 1, "no line with " + str(len(PATH)) + " points: draw the path with ax.plot(path[:, 0], path[:, 1])")
    expect_close(np.asarray(lines[0].get_xdata(), dtype=float), PATH[:, 0], "x data of the path line")
    expect_close(np.asarray(lines[0].get_ydata(), dtype=float), PATH[:, 1], "y data of the path line")
    plt.close(ax.figure)


def test_axis_limits_equal_xlim_ylim():
    """The axis limits are exactly xlim and ylim, even when the path starts outside the box (plotting it would otherwise autoscale the axes)."""
    ax = plot_landscape(bowl, (-2, 2), (-1, 1), path=ESCAPING)
    expect_close(tuple(float(v) for v in ax.get_xlim()), (-2.0, 2.0), "x limits")
    expect_close(tuple(float(v) for v in ax.get_ylim()), (-1.0, 1.0), "y limits")
    plt.close(ax.figure)


def test_works_without_path_and_other_function():
    """path defaults to None; any vectorised f(X, Y) works, e.g. a saddle x^2 - y^2 on [-1, 3] × [0, 2]."""
    ax = plot_landscape(lambda X, Y: X ** 2 - Y ** 2, (-1, 3), (0, 2))
    expect_true(len(_contours(ax)) > 0, "no contour set found")
    expect_close(tuple(float(v) for v in ax.get_xlim()), (-1.0, 3.0), "x limits")
    expect_close(tuple(float(v) for v in ax.get_ylim()), (0.0, 2.0), "y limits")
    plt.close(ax.figure)
