import random


def clt_sample_means(sampler, n, trials, seed):
    if n < 1 or trials < 1:
        raise ValueError("n and trials must be at least 1")
    rng = random.Random(seed)
    return [float(sum(sampler(rng) for _ in range(n))) for _ in range(trials)]
