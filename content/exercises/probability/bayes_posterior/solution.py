def bayes_posterior(prior: float, sensitivity: float, specificity: float) -> float:
    """P(disease | positive test) from P(disease), P(+ | disease) and P(- | healthy)."""
    for name, value in (("prior", prior), ("sensitivity", sensitivity), ("specificity", specificity)):
        if not 0.0 <= value <= 1.0:
            raise ValueError(f"{name} must be a probability in [0, 1], got {value}")
    true_positive = sensitivity * prior                 # P(+ and D)
    false_positive = (1.0 - specificity) * (1.0 - prior)  # P(+ and not D)
    evidence = true_positive + false_positive           # P(+), law of total probability
    if evidence == 0.0:
        raise ValueError("a positive test is impossible with these numbers")
    return true_positive / evidence
