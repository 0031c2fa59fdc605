import numpy as np


def power_iteration(A, num_iters=1000, tol=1e-10, seed=0):
    A = np.asarray(A, dtype=float)
    v = np.ones(A.shape[0]) / np.sqrt(A.shape[0])   # a fixed start vector instead of a random one
    for _ in range(num_iters):
        w = A @ v
        w /= np.linalg.norm(w)
        done = min(np.linalg.norm(w - v), np.linalg.norm(w + v)) < tol
        v = w
        if done:
            break
    return float(v @ A @ v), v
