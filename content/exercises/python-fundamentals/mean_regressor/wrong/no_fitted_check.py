class MeanRegressor:
    def fit(self, X, y):
        self.mean_ = float(sum(y)) / len(y)
        return self

    def predict(self, X):
        return [self.mean_] * len(X)
