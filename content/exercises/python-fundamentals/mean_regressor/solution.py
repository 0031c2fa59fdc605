class MeanRegressor:
    """Predicts the mean of the training targets for every input row."""

    def __init__(self):
        self.mean_ = None

    def fit(self, X, y) -> "MeanRegressor":
        """Learn the mean of y, store it in self.mean_, return self."""
        y = list(y)
        if not y:
            raise ValueError("cannot fit on zero samples")
        self.mean_ = float(sum(y)) / len(y)
        return self

    def predict(self, X) -> list[float]:
        """One prediction (the training mean) per row of X; RuntimeError if not fitted."""
        if self.mean_ is None:
            raise RuntimeError("MeanRegressor is not fitted yet: call fit(X, y) first")
        return [self.mean_] * len(X)

    def __repr__(self) -> str:
        return "MeanRegressor()" if self.mean_ is None else f"MeanRegressor(mean_={self.mean_:.4g})"
