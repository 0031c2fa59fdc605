import math


def lr_schedule(kind, step, base_lr, **kw):
    if kind == "step":
        return base_lr * kw.get("gamma", 0.1) ** (step // kw["step_size"])
    if kind == "exponential":
        return base_lr * kw["gamma"] ** step
    if kind == "cosine":
        T = kw["T"]
        min_lr = kw.get("min_lr", 0.0)
        t = min(step, T)
        return min_lr + 0.5 * (base_lr - min_lr) * (1 + math.cos(math.pi * t / T))
    if kind == "warmup":
        warmup = kw["warmup_steps"]
        return base_lr * min(1.0, (step + 1) / warmup)
    raise ValueError(kind)
