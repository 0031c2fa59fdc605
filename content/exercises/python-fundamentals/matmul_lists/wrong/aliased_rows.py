def matmul_lists(A, B):
    n, m, p = len(A), len(A[0]), len(B[0])
    if len(B) != m:
        raise ValueError("shapes not aligned")
    C = [[0.0] * p] * n
    for i in range(n):
        for k in range(p):
            total = 0.0
            for j in range(m):
                total += A[i][j] * B[j][k]
            C[i][k] = total
    return C
