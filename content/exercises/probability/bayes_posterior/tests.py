def test_rare_disease_good_test():
    """The textbook case: 1% prevalence, 99% sensitivity, 95% specificity gives P(D | +) = 1/6 ≈ 0.1667."""
    expect_close(bayes_posterior(0.01, 0.99, 0.95), 0.16667, abs=1e-4)


def test_second_case():
    """Prior 0.1, sensitivity 0.9, specificity 0.8: 0.09 / (0.09 + 0.18) = 1/3."""
    expect_close(bayes_posterior(0.1, 0.9, 0.8), 1 / 3)


def test_prior_zero_and_one():
    """Nothing overrides certainty: with prior 0 the posterior is 0, with prior 1 it is 1."""
    expect_close(bayes_posterior(0.0, 0.99, 0.95), 0.0)
    expect_close(bayes_posterior(1.0, 0.99, 0.95), 1.0)


def test_prior_matters():
    """The same test result means more when the disease is common: the posterior grows with the prior (base rates matter)."""
    low = bayes_posterior(0.001, 0.99, 0.95)
    high = bayes_posterior(0.2, 0.99, 0.95)
    expect_close(low, 0.019434628975265)
    expect_close(high, 0.8319327731092436)


def test_perfect_specificity():
    """A test with specificity 1 never fires on healthy people, so a positive result proves the disease."""
    expect_close(bayes_posterior(0.05, 0.7, 1.0), 1.0)


def test_invalid_inputs_raise():
    """Probabilities live in [0, 1]; anything else (like 95 instead of 0.95) must raise ValueError."""
    expect_raises(ValueError, bayes_posterior, 0.01, 0.99, 95)
    expect_raises(ValueError, bayes_posterior, -0.1, 0.9, 0.9)
    expect_raises(ValueError, bayes_posterior, 0.0, 0.9, 1.0)
