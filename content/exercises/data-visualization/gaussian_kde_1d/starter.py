import numpy as np


def gaussian_kde_1d(x: np.ndarray, grid: np.ndarray, h: float | None = None) -> np.ndarray:
    """Gaussian kernel density estimate of sample x, evaluated at grid (Silverman h by default)."""
    x = np.asarray(x, dtype=float)
    grid = np.asarray(grid, dtype=float)
    # TODO: choose h (Silverman) if needed, then average Gaussian bumps
    return np.zeros_like(grid)
