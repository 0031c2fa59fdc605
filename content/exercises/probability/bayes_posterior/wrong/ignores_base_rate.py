def bayes_posterior(prior, sensitivity, specificity):
    for value in (prior, sensitivity, specificity):
        if not 0.0 <= value <= 1.0:
            raise ValueError("not a probability")
    evidence = sensitivity + (1 - specificity)
    if evidence == 0:
        raise ValueError("impossible")
    return sensitivity / evidence
