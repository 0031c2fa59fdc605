import numpy as np


def silverman_bandwidth(x: np.ndarray) -> float:
    q75, q25 = np.percentile(x, [75, 25])
    spread = min(x.std(ddof=1), (q75 - q25) / 1.34)
    return 0.9 * spread * len(x) ** (-1 / 5)


def gaussian_kde_1d(x: np.ndarray, grid: np.ndarray, h: float | None = None) -> np.ndarray:
    """Gaussian kernel density estimate of sample x, evaluated at grid (Silverman h by default)."""
    x = np.asarray(x, dtype=float)
    grid = np.asarray(grid, dtype=float)
    if h is None:
        h = silverman_bandwidth(x)
    u = (grid[..., None] - x) / h                 # shape grid.shape + (n,)
    kernel = np.exp(-0.5 * u**2) / np.sqrt(2 * np.pi)
    return kernel.sum(axis=-1) / (len(x) * h)
