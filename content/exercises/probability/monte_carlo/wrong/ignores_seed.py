import random


def mc_pi(n, seed):
    if n < 1:
        raise ValueError("n must be at least 1")
    inside = 0
    for _ in range(n):
        x, y = random.random(), random.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4.0 * inside / n


def mc_integrate(f, a, b, n, seed):
    if n < 1:
        raise ValueError("n must be at least 1")
    total = 0.0
    for _ in range(n):
        total += f(random.uniform(a, b))
    return (b - a) * total / n
