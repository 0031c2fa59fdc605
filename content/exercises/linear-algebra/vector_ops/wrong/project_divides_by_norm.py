import math


def dot(u, v):
    if len(u) != len(v):
        raise ValueError("length mismatch")
    return float(sum(a * b for a, b in zip(u, v)))


def norm(u, p=2):
    return float(sum(abs(x) ** p for x in u) ** (1 / p))


def cosine_similarity(u, v):
    uv = dot(u, v)
    nu, nv = norm(u), norm(v)
    if nu == 0 or nv == 0:
        raise ValueError("zero vector")
    return uv / (nu * nv)


def project(u, v):
    uv = dot(u, v)
    nv = norm(v)
    if nv == 0:
        raise ValueError("zero vector")
    return [uv / nv * x for x in v]
