def matmul_lists(A, B):
    n, m, p = len(A), len(A[0]), len(B[0])
    if len(B) != m:
        raise ValueError("shapes not aligned")
    return [[sum(A[i][j] * B[k][j] for j in range(m)) for k in range(p)] for i in range(n)]
