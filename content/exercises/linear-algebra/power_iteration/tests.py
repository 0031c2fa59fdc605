import ast

import numpy as np

_rng = np.random.default_rng(42)
_Q, _ = np.linalg.qr(_rng.normal(size=(5, 5)))
SPD5 = _Q @ np.diag([10.0, 6.0, 3.0, 1.0, 0.5]) @ _Q.T
SPD5 = (SPD5 + SPD5.T) / 2
_M = _rng.normal(size=(6, 6))
SPD6 = _M @ _M.T + np.eye(6)
# Dominant eigenvector (1, -1)/sqrt(2), eigenvalue 5; the other eigenvector is (1, 1)/sqrt(2), eigenvalue 1.
TRAP = np.array([[3.0, -2.0], [-2.0, 3.0]])


def _reference(A):
    values, vectors = np.linalg.eigh(A)
    return float(values[-1]), vectors[:, -1]


def _same_up_to_sign(v, u):
    return min(np.linalg.norm(v - u), np.linalg.norm(v + u))


def test_eigenvalue_matches_eigh():
    """The eigenvalue agrees with np.linalg.eigh(A)[0][-1] (the largest) to within 1e-6 for symmetric positive-definite matrices."""
    for A in (SPD5, SPD6):
        lam, _ = power_iteration(A.copy())
        expect_close(lam, _reference(A)[0], "dominant eigenvalue", rel=0, abs=1e-6)


def test_eigenvector_matches_up_to_sign():
    """Eigenvectors are only defined up to sign (v and -v are both eigenvectors): v must equal eigh's vector or its negative, within 1e-6."""
    for A in (SPD5, SPD6):
        _, v = power_iteration(A.copy())
        distance = _same_up_to_sign(v, _reference(A)[1])
        expect_true(bool(distance < 1e-6), "eigenvector differs from eigh's (up to sign) by " + format(float(distance), ".3g"))


def test_vector_has_unit_norm():
    """The returned eigenvector is normalised: ||v|| = 1. Without renormalising at every step the entries grow like lambda**k and overflow."""
    _, v = power_iteration(SPD5.copy())
    expect_shape(v, (5,))
    expect_close(float(np.linalg.norm(v)), 1.0)


def test_random_start_avoids_orthogonal_trap():
    """For [[3, -2], [-2, 3]] the all-ones vector is an eigenvector for the *small* eigenvalue 1, so starting there never finds the dominant 5. Start from a random vector drawn with np.random.default_rng(seed)."""
    lam, v = power_iteration(TRAP.copy())
    expect_close(lam, 5.0, "dominant eigenvalue", rel=0, abs=1e-6)
    expect_true(bool(_same_up_to_sign(v, np.array([1.0, -1.0]) / np.sqrt(2)) < 1e-6), "eigenvector should be ±(1, -1)/sqrt(2)")


def test_diagonal_matrix():
    """For a diagonal matrix the dominant eigenpair is the largest diagonal entry and the matching unit axis."""
    lam, v = power_iteration(np.diag([1.0, 2.0, 7.0]))
    expect_close(lam, 7.0, rel=0, abs=1e-6)
    expect_close(np.abs(v), np.array([0.0, 0.0, 1.0]), abs=1e-6)


def test_deterministic_and_types():
    """Same seed, same answer; the eigenvalue is a float and A is not modified."""
    A = SPD6.copy()
    lam1, v1 = power_iteration(A, seed=3)
    lam2, v2 = power_iteration(A, seed=3)
    expect_type(lam1, float)
    expect_equal(lam1, lam2)
    expect_equal(v1, v2)
    expect_equal(A, SPD6, "A after the call")


def test_does_not_call_eig():
    """The point is to find the eigenpair yourself: your code must not use np.linalg.eig, eigh, eigvals or eigvalsh."""
    banned = {"eig", "eigh", "eigvals", "eigvalsh"}
    used = set()
    for node in ast.walk(ast.parse(LEARNER_SOURCE)):
        if isinstance(node, ast.Attribute) and node.attr in banned:
            used.add(node.attr)
        elif isinstance(node, ast.Name) and node.id in banned:
            used.add(node.id)
        elif isinstance(node, ast.alias) and node.name in banned:
            used.add(node.name)
    expect_true(not used, "found a call to " + ", ".join(sorted(used)))
