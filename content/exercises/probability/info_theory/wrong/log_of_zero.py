import math


def _check(*dists):
    if len({len(d) for d in dists}) != 1 or any(x < 0 for d in dists for x in d) or any(abs(sum(d) - 1) > 1e-6 for d in dists):
        raise ValueError("not a distribution")


def entropy(p, base=2):
    _check(p)
    return -sum(pi * math.log(pi, base) for pi in p)


def cross_entropy(p, q, base=2):
    _check(p, q)
    if any(pi > 0 and qi == 0 for pi, qi in zip(p, q)):
        return math.inf
    return -sum(pi * math.log(qi, base) for pi, qi in zip(p, q))


def kl_divergence(p, q, base=2):
    _check(p, q)
    if any(pi > 0 and qi == 0 for pi, qi in zip(p, q)):
        return math.inf
    return sum(pi * math.log(pi / qi, base) for pi, qi in zip(p, q))
