import math


def dot(u, v):
    if len(u) != len(v):
        raise ValueError("length mismatch")
    return float(sum(a * b for a, b in zip(u, v)))


def norm(u, p=2):
    return float(sum(x ** p for x in u) ** (1 / p))


def cosine_similarity(u, v):
    uv = dot(u, v)
    nu, nv = norm(u), norm(v)
    if nu == 0 or nv == 0:
        raise ValueError("zero vector")
    return uv / (nu * nv)


def project(u, v):
    uv = dot(u, v)
    vv = dot(v, v)
    if vv == 0:
        raise ValueError("zero vector")
    return [uv / vv * x for x in v]
