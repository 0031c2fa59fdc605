import numpy as np

# A small skewed sample with an outlier (12.0): its IQR/1.34 (≈1.83) is much smaller than its std (≈3.20).
SAMPLE = np.array([1.2, 2.0, 2.3, 3.1, 3.3, 3.4, 4.8, 5.0, 7.5, 12.0])
GRID = np.array([0.0, 1.0, 2.5, 3.3, 5.0, 8.0, 12.0])

# Reference values computed offline with scipy.stats.gaussian_kde, whose kernel standard deviation
# was set to the same bandwidth (0.8, and Silverman's h ≈ 1.0383 for the default case).
REF_H08 = [0.019223901822866245, 0.08742701710859432, 0.1982215669491726, 0.19923341164944994,
           0.11372690648775843, 0.04108111539809139, 0.0498677917667199]
REF_SILVERMAN = [0.029889076687117617, 0.09042688545862174, 0.18236189743427988, 0.18466650993104425,
                 0.10918111682738736, 0.03516798358719123, 0.038427529190080564]


def trapezoid(y, t):
    return float(np.sum((y[1:] + y[:-1]) * np.diff(t)) / 2)


def test_shape_matches_grid():
    """One density value per grid point."""
    expect_shape(gaussian_kde_1d(SAMPLE, GRID, h=0.8), GRID.shape)


def test_matches_reference_for_fixed_h():
    """With h = 0.8 the values match a reference implementation to 1e-6."""
    expect_close(gaussian_kde_1d(SAMPLE, GRID, h=0.8), np.array(REF_H08))


def test_integrates_to_one():
    """A density has area 1: the trapezoid rule on a wide, fine grid gives ≈ 1 for several h."""
    t = np.linspace(-20, 35, 5001)
    for h in (0.3, 0.8, 2.5):
        expect_close(trapezoid(gaussian_kde_1d(SAMPLE, t, h=h), t), 1.0, "area for h=" + str(h), abs=1e-4)


def test_non_negative():
    """A density is never negative."""
    values = gaussian_kde_1d(SAMPLE, np.linspace(-5, 20, 200), h=0.5)
    expect_true(bool((values >= 0).all()), "some density values are negative")


def test_symmetric_data_gives_symmetric_density():
    """For data symmetric about 0, the estimate at t equals the estimate at -t."""
    rng = np.random.default_rng(5)
    half = rng.normal(2.0, 1.0, 50)
    x = np.concatenate([half, -half])
    t = np.linspace(0.0, 6.0, 25)
    expect_close(gaussian_kde_1d(x, t), gaussian_kde_1d(x, -t))


def test_default_uses_silverman():
    """With h=None the bandwidth is 0.9·min(σ̂, IQR/1.34)·n^(-1/5) (σ̂ with ddof=1). This sample has
    an outlier, so IQR/1.34 is the smaller spread and must win."""
    expect_close(gaussian_kde_1d(SAMPLE, GRID), np.array(REF_SILVERMAN))
