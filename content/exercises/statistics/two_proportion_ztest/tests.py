# Reference values computed offline with scipy.stats.norm (rule T3: stdlib tests only).


def test_known_example():
    """200/2000 (10%) vs 250/2000 (12.5%): pooled rate 0.1125, z = 2.5020, two-sided p = 0.01235."""
    z, p = two_proportion_ztest(200, 2000, 250, 2000)
    expect_close(z, 2.501955416802671, abs=1e-4)
    expect_close(p, 0.012350947711191423, abs=1e-5)


def test_returns_two_floats():
    """The result is a tuple (z, p) of floats."""
    result = two_proportion_ztest(200, 2000, 250, 2000)
    expect_type(result, tuple)
    expect_equal(len(result), 2, "length of the result")
    expect_true(isinstance(result[0], float) and isinstance(result[1], float), "z and p should be floats")


def test_swapping_groups_flips_z():
    """Swapping A and B negates z but, because the test is two-sided, leaves p unchanged."""
    z1, p1 = two_proportion_ztest(200, 2000, 250, 2000)
    z2, p2 = two_proportion_ztest(250, 2000, 200, 2000)
    expect_close(z2, -z1)
    expect_close(p2, p1)


def test_unequal_group_sizes():
    """Different group sizes: 30/400 vs 62/600 gives z = 1.5187 and p = 0.12884 (pooled standard error)."""
    z, p = two_proportion_ztest(30, 400, 62, 600)
    expect_close(z, 1.518680630493034, abs=1e-6)
    expect_close(p, 0.1288429044420655, abs=1e-6)


def test_no_difference():
    """Identical conversion rates give z = 0 and p = 1: no evidence at all against H0."""
    z, p = two_proportion_ztest(50, 1000, 100, 2000)
    expect_close(z, 0.0, abs=1e-12)
    expect_close(p, 1.0)


def test_invalid_inputs_raise():
    """Empty groups, more conversions than users, or a pooled rate of 0 (nobody converted) make the test undefined: raise ValueError."""
    expect_raises(ValueError, two_proportion_ztest, 5, 0, 5, 100)
    expect_raises(ValueError, two_proportion_ztest, 120, 100, 5, 100)
    expect_raises(ValueError, two_proportion_ztest, 0, 100, 0, 100)
