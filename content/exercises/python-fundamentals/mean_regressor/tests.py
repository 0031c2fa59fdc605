X_TRAIN = [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]
Y_TRAIN = [1.0, 2.0, 6.0]


def test_fit_returns_self():
    """fit returns the estimator itself, so calls can be chained: MeanRegressor().fit(X, y).predict(X)."""
    model = MeanRegressor()
    returned = model.fit(X_TRAIN, Y_TRAIN)
    expect_true(returned is model, "fit(...) must `return self`")


def test_learns_the_mean():
    """After fit, mean_ holds the mean of y: (1 + 2 + 6) / 3 = 3.0."""
    model = MeanRegressor().fit(X_TRAIN, Y_TRAIN)
    expect_close(model.mean_, 3.0, "mean_")


def test_predictions_equal_training_mean():
    """predict returns a list with one float per row, each equal to the training mean."""
    preds = MeanRegressor().fit(X_TRAIN, Y_TRAIN).predict([[0.0, 0.0], [100.0, -7.0], [1.0, 1.0], [2.0, 2.0]])
    expect_type(preds, list)
    expect_close(preds, [3.0, 3.0, 3.0, 3.0])


def test_integer_targets_give_float_mean():
    """Integer targets still give a float mean: [1, 2, 4] → 7/3 ≈ 2.3333."""
    model = MeanRegressor().fit([[0], [0], [0]], [1, 2, 4])
    expect_close(model.predict([[0]]), [7 / 3])


def test_predict_before_fit_raises_runtime_error():
    """An unfitted model cannot predict: raise RuntimeError with a helpful message."""
    expect_raises(RuntimeError, MeanRegressor().predict, X_TRAIN)


def test_instances_do_not_share_state():
    """Each model has its own state: fitting one model must not make a new one look fitted."""
    MeanRegressor().fit(X_TRAIN, Y_TRAIN)
    expect_raises(RuntimeError, MeanRegressor().predict, X_TRAIN)
    a = MeanRegressor().fit([[0.0]], [10.0])
    b = MeanRegressor().fit([[0.0]], [-10.0])
    expect_close((a.predict([[0.0]]), b.predict([[0.0]])), ([10.0], [-10.0]), "predictions of two separately fitted models")


def test_rows_of_any_width():
    """Predictions depend only on the number of rows: empty rows and rows of different widths both work."""
    model = MeanRegressor().fit(X_TRAIN, Y_TRAIN)
    expect_close(model.predict([[], [], []]), [3.0, 3.0, 3.0], "three empty rows")
    expect_close(model.predict([[1.0, 2.0, 3.0, 4.0, 5.0]]), [3.0], "one row of width 5")
    expect_equal(model.predict([]), [], "no rows at all")


def test_refit_replaces_the_mean():
    """Fitting again learns from the new data only."""
    model = MeanRegressor().fit(X_TRAIN, Y_TRAIN)
    model.fit([[0.0], [0.0]], [4.0, 8.0])
    expect_close(model.predict([[0.0]]), [6.0])
