import math


def dot(u: list[float], v: list[float]) -> float:
    """Sum of u[i] * v[i]; ValueError if the lengths differ."""
    if len(u) != len(v):
        raise ValueError(f"length mismatch: {len(u)} vs {len(v)}")
    return float(sum(a * b for a, b in zip(u, v)))


def norm(u: list[float], p: float = 2) -> float:
    """The p-norm (sum of |u_i|**p) ** (1/p)."""
    if p < 1:
        raise ValueError("p must be >= 1")
    return float(sum(abs(x) ** p for x in u) ** (1 / p))


def cosine_similarity(u: list[float], v: list[float]) -> float:
    """dot(u, v) / (||u|| * ||v||); ValueError for a zero vector or different lengths."""
    uv = dot(u, v)  # checks the lengths
    nu, nv = norm(u), norm(v)
    if nu == 0 or nv == 0:
        raise ValueError("cosine similarity is undefined for a zero vector")
    return uv / (nu * nv)


def project(u: list[float], v: list[float]) -> list[float]:
    """Projection of u onto v: (u.v / v.v) * v; ValueError if v is all zeros."""
    uv = dot(u, v)  # checks the lengths
    vv = dot(v, v)
    if vv == 0:
        raise ValueError("cannot project onto the zero vector")
    scale = uv / vv
    return [scale * x for x in v]
