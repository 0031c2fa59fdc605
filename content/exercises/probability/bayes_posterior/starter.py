def bayes_posterior(prior: float, sensitivity: float, specificity: float) -> float:
    """P(disease | positive test) from P(disease), P(+ | disease) and P(- | healthy)."""
    # TODO: Bayes' rule with the law of total probability in the denominator
    return sensitivity
