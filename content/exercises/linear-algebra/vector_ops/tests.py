import math
import random

_rng = random.Random(0)
RANDOM_PAIRS = [
    ([_rng.uniform(-5, 5) for _ in range(n)], [_rng.uniform(-5, 5) for _ in range(n)])
    for n in (2, 3, 5, 8)
]


def test_dot_known_value():
    """dot([1, 2, 3], [4, -5, 6]) = 4 - 10 + 18 = 12: multiply entry by entry, then add."""
    expect_close(dot([1, 2, 3], [4, -5, 6]), 12.0)
    expect_close(dot([0.5, 0.25], [2.0, 4.0]), 2.0)


def test_dot_length_mismatch_raises():
    """Vectors of different lengths have no dot product: raise ValueError instead of silently truncating (zip stops at the shorter list)."""
    expect_raises(ValueError, dot, [1, 2, 3], [1, 2])
    expect_raises(ValueError, cosine_similarity, [1, 2], [1, 2, 3])
    expect_raises(ValueError, project, [1, 2, 3], [1, 2])


def test_euclidean_norm():
    """The default p=2 norm is the ordinary length: ||(3, 4)|| = 5."""
    expect_close(norm([3, 4]), 5.0)
    expect_close(norm([3, -4]), 5.0)


def test_other_p_norms_use_absolute_values():
    """||(3, -4)||_1 = |3| + |-4| = 7 and ||(1, -2, 2)||_3 = 17 ** (1/3): each entry enters through its absolute value."""
    expect_close(norm([3, -4], 1), 7.0)
    expect_close(norm([1, -2, 2], 3), 2.571281590658235)


def test_cosine_similarity_known_values():
    """cos 45° = 1/sqrt(2) for (1,0) and (1,1); opposite vectors give -1; orthogonal ones give 0; scaling a vector does not change the cosine."""
    expect_close(cosine_similarity([1, 0], [1, 1]), 1 / math.sqrt(2))
    expect_close(cosine_similarity([1, 2, 3], [-2, -4, -6]), -1.0)
    expect_close(cosine_similarity([1, 2], [-2, 1]), 0.0, abs=1e-12)
    expect_close(cosine_similarity([1, 2, 3], [10, 20, 30]), 1.0)


def test_cosine_of_zero_vector_raises():
    """A zero vector has no direction, so its cosine with anything is undefined: raise ValueError (do not return nan or crash with ZeroDivisionError)."""
    expect_raises(ValueError, cosine_similarity, [0, 0, 0], [1, 2, 3])
    expect_raises(ValueError, cosine_similarity, [1, 2], [0.0, 0.0])


def test_projection_known_values():
    """proj of (2,3) onto (1,0) is (2,0); proj of (1,2,3) onto (1,1,1) is (2,2,2) because u.v / v.v = 6 / 3 = 2."""
    expect_close(project([2, 3], [1, 0]), [2.0, 0.0])
    expect_close(project([1, 2, 3], [1, 1, 1]), [2.0, 2.0, 2.0])
    expect_close(project([1, 2, 3], [2, 2, 2]), [2.0, 2.0, 2.0])


def test_residual_is_orthogonal_to_v():
    """The defining property of a projection: the residual u - proj_v(u) is orthogonal to v (their dot product is 0)."""
    for u, v in RANDOM_PAIRS:
        p = project(u, v)
        residual = [a - b for a, b in zip(u, p)]
        expect_close(sum(r * x for r, x in zip(residual, v)), 0.0, abs=1e-9)


def test_project_onto_zero_vector_raises():
    """There is no direction to project onto when v is all zeros: raise ValueError."""
    expect_raises(ValueError, project, [1, 2], [0, 0])


def test_types_and_inputs_untouched():
    """dot/norm/cosine return floats, project returns a new list, and the input lists are not modified."""
    u, v = [1, 2, 3], [4, 5, 6]
    expect_type(dot(u, v), float)
    expect_type(norm(u), float)
    expect_type(cosine_similarity(u, v), float)
    p = project(u, v)
    expect_type(p, list)
    expect_true(p is not v, "project must return a new list, not v itself")
    expect_equal(u, [1, 2, 3], "u after the calls")
    expect_equal(v, [4, 5, 6], "v after the calls")
