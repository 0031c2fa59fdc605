def gd_1d(df, x0, lr, steps):
    x = x0
    history = [x]
    for _ in range(steps):
        x = x + lr * df(x)
        history.append(x)
    return history
