import math


def dot(u: list[float], v: list[float]) -> float:
    """Sum of u[i] * v[i]; ValueError if the lengths differ."""
    # TODO
    return 0.0


def norm(u: list[float], p: float = 2) -> float:
    """The p-norm (sum of |u_i|**p) ** (1/p)."""
    # TODO
    return 0.0


def cosine_similarity(u: list[float], v: list[float]) -> float:
    """dot(u, v) / (||u|| * ||v||); ValueError for a zero vector or different lengths."""
    # TODO
    return 0.0


def project(u: list[float], v: list[float]) -> list[float]:
    """Projection of u onto v: (u.v / v.v) * v; ValueError if v is all zeros."""
    # TODO
    return list(u)
