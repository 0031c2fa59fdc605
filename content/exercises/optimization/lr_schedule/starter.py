import math


def lr_schedule(kind: str, step: int, base_lr: float, **kw) -> float:
    """Learning rate at `step` for kind in {"step", "exponential", "cosine", "warmup"}.

    Raise ValueError for an unknown kind.
    """
    # TODO: one branch per kind, reading its settings from kw
    return base_lr
