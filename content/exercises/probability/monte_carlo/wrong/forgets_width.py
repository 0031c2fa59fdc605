import random


def mc_pi(n, seed):
    if n < 1:
        raise ValueError("n must be at least 1")
    rng = random.Random(seed)
    inside = sum(1 for _ in range(n) if rng.random() ** 2 + rng.random() ** 2 <= 1.0)
    return 4.0 * inside / n


def mc_integrate(f, a, b, n, seed):
    if n < 1:
        raise ValueError("n must be at least 1")
    rng = random.Random(seed)
    return sum(f(rng.uniform(a, b)) for _ in range(n)) / n
