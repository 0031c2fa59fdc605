import math
import random


def bootstrap_ci(data, stat, n_boot=2000, alpha=0.05, seed=0):
    if len(data) < 2 or not 0 < alpha < 1:
        raise ValueError("bad arguments")
    rng = random.Random(seed)
    reps = sorted(float(stat(rng.choices(data, k=len(data)))) for _ in range(n_boot))

    def q(p):
        h = (len(reps) - 1) * p
        i = math.floor(h)
        return reps[i] if i + 1 >= len(reps) else reps[i] + (h - i) * (reps[i + 1] - reps[i])

    return (q(alpha), q(1 - alpha))
