import numpy as np

Y = np.array([0, 2, 1, 2, 0, 3, 3, 1])


def test_small_example():
    """[0, 2, 1, 2] becomes four rows with a single 1.0 in columns 0, 2, 1, 2."""
    expected = np.array([[1.0, 0.0, 0.0], [0.0, 0.0, 1.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]])
    expect_equal(one_hot(np.array([0, 2, 1, 2])), expected)


def test_shape_is_samples_by_classes():
    """One row per sample, one column per class: 8 labels with max 3 → shape (8, 4)."""
    expect_shape(one_hot(Y), (8, 4))


def test_float_dtype():
    """The result is a float array, ready to be multiplied with weights or log-probabilities."""
    expect_true(np.issubdtype(one_hot(Y).dtype, np.floating), f"dtype should be float, got {one_hot(Y).dtype}")


def test_rows_sum_to_one():
    """Each row has exactly one 1.0 and zeros elsewhere, so every row sums to 1."""
    out = one_hot(Y)
    expect_equal(out.sum(axis=1), np.ones(len(Y)), "row sums")
    expect_equal(np.sort(np.unique(out)), np.array([0.0, 1.0]), "the values used")


def test_argmax_recovers_labels():
    """argmax along axis 1 gives back the labels: the 1.0 of row i sits in column y[i]."""
    expect_equal(one_hot(Y).argmax(axis=1), Y)


def test_missing_class_keeps_its_column():
    """Labels [0, 2, 2] have no 1, but there are still 3 columns: column j always means class j."""
    expected = np.array([[1.0, 0.0, 0.0], [0.0, 0.0, 1.0], [0.0, 0.0, 1.0]])
    expect_equal(one_hot(np.array([0, 2, 2])), expected)


def test_explicit_n_classes_is_respected():
    """n_classes=6 on labels up to 3 gives 6 columns; the extra columns are all zero."""
    out = one_hot(Y, n_classes=6)
    expect_shape(out, (8, 6))
    expect_equal(out[:, 4:], np.zeros((8, 2)), "columns 4 and 5")
    expect_equal(out.argmax(axis=1), Y, "argmax")


def test_accepts_a_list():
    """A plain Python list of labels works too."""
    expect_equal(one_hot([1, 0]), np.array([[0.0, 1.0], [1.0, 0.0]]))


def test_too_small_n_classes_raises():
    """A label that has no column (label 3 with n_classes=3) is an error: raise ValueError."""
    expect_raises(ValueError, one_hot, Y, 3)
