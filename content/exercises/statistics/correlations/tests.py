# Reference values computed offline with scipy.stats.pearsonr / spearmanr (rule T3: stdlib tests only).
X5 = [1, 2, 3, 4, 5]
Y5 = [2, 4, 5, 4, 5]
X_TIES = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3]
Y_TIES = [2, 7, 1, 8, 2, 8, 1, 8, 2, 8]


def test_pearson_known_value():
    """x = [1..5], y = [2, 4, 5, 4, 5]: Σdx·dy = 6, Σdx² = 10, Σdy² = 6, so r = 6 / √60 = 0.7746."""
    expect_close(pearson_r(X5, Y5), 0.7745966692414834)


def test_pearson_perfect_lines():
    """Points on a rising line give r = 1, on a falling line r = -1, whatever the slope."""
    expect_close(pearson_r([1, 2, 3, 4], [10, 20, 30, 40]), 1.0)
    expect_close(pearson_r([1, 2, 3, 4], [5, 3, 1, -1]), -1.0)


def test_spearman_monotone_nonlinear():
    """y = x³ is monotone but not linear: Spearman is exactly 1.0 while Pearson is below 1."""
    x = [1, 2, 3, 4, 5, 6]
    y = [v**3 for v in x]
    expect_close(spearman_rho(x, y), 1.0)
    expect_true(pearson_r(x, y) < 0.99, "Pearson of y = x³ should be below 0.99")
    expect_close(spearman_rho(x, [-v for v in y]), -1.0)


def test_spearman_with_ties_small():
    """y = [2, 4, 5, 4, 5] has ties: its ranks are [1, 2.5, 4.5, 2.5, 4.5], giving rho = 0.7379 (scipy.stats.spearmanr)."""
    expect_close(spearman_rho(X5, Y5), 0.7378647873726218)


def test_spearman_with_many_ties():
    """Both lists are full of ties; average ranks give rho = 0.1347 (scipy). Ordinal ranks or the 1 - 6Σd² shortcut give other numbers."""
    expect_close(spearman_rho(X_TIES, Y_TIES), 0.13471506281091267)


def test_spearman_ignores_the_scale():
    """Ranks only care about order: any increasing transform of x (here exp) leaves rho unchanged."""
    import math

    expect_close(spearman_rho([math.exp(v) for v in X_TIES], Y_TIES), spearman_rho(X_TIES, Y_TIES))


def test_constant_input_raises():
    """A constant list has zero spread, so the correlation is 0/0: raise ValueError (for both functions)."""
    expect_raises(ValueError, pearson_r, [1, 2, 3], [4, 4, 4])
    expect_raises(ValueError, spearman_rho, [7, 7, 7], [1, 2, 3])


def test_bad_lengths_raise():
    """x and y must pair up one-to-one, and a correlation needs at least two pairs."""
    expect_raises(ValueError, pearson_r, [1, 2, 3], [1, 2])
    expect_raises(ValueError, spearman_rho, [1, 2, 3], [1, 2])
    expect_raises(ValueError, pearson_r, [1], [2])
