def numerical_gradient(f, x, h=1e-5):
    grad = []
    for i in range(len(x)):
        x[i] += h                 # nudges the caller's list in place ...
        f_plus = f(x)
        x[i] -= 2 * h
        f_minus = f(x)
        grad.append((f_plus - f_minus) / (2 * h))
        # ... and never puts x[i] back
    return grad
