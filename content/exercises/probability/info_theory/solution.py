import math


def _check(*dists: list[float]) -> None:
    if len({len(d) for d in dists}) != 1:
        raise ValueError("distributions must have the same length")
    for d in dists:
        if any(x < 0 for x in d):
            raise ValueError("probabilities cannot be negative")
        if abs(math.fsum(d) - 1.0) > 1e-6:
            raise ValueError("probabilities must sum to 1")


def entropy(p: list[float], base: float = 2) -> float:
    """H(p) = -sum p log p, with 0 log 0 = 0."""
    _check(p)
    return 0.0 - math.fsum(pi * math.log(pi, base) for pi in p if pi > 0)


def cross_entropy(p: list[float], q: list[float], base: float = 2) -> float:
    """H(p, q) = -sum p log q; math.inf if q is 0 where p is positive."""
    _check(p, q)
    terms = []
    for pi, qi in zip(p, q):
        if pi == 0:
            continue  # 0 * log q = 0, whatever q is
        if qi == 0:
            return math.inf  # an event you called impossible happened
        terms.append(pi * math.log(qi, base))
    return 0.0 - math.fsum(terms)


def kl_divergence(p: list[float], q: list[float], base: float = 2) -> float:
    """D_KL(p || q) = sum p log(p / q); math.inf if q is 0 where p is positive."""
    _check(p, q)
    terms = []
    for pi, qi in zip(p, q):
        if pi == 0:
            continue
        if qi == 0:
            return math.inf
        terms.append(pi * math.log(pi / qi, base))
    return math.fsum(terms)
