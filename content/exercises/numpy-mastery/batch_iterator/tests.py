import numpy as np

N = 53
X = np.arange(N * 3, dtype=float).reshape(N, 3)   # row i is [3i, 3i + 1, 3i + 2]
Y = np.arange(N) * 10                              # label of row i is 10 i


def epoch(**kwargs):
    return list(batch_iterator(X, Y, **kwargs))


def label_order(batches):
    return np.concatenate([yb for _, yb in batches]).tolist()


def test_no_shuffle_keeps_order():
    """shuffle=False: batches of 2 over 5 rows are rows [0, 1], [2, 3], [4] in that order."""
    Xs = np.arange(10).reshape(5, 2)
    ys = np.arange(5)
    got = [yb.tolist() for _, yb in batch_iterator(Xs, ys, 2, shuffle=False)]
    expect_equal(got, [[0, 1], [2, 3], [4]])


def test_every_row_exactly_once():
    """Over one epoch every row appears exactly once (53 rows, batches of 10): nothing lost, nothing repeated."""
    labels = label_order(epoch(batch_size=10, seed=3))
    expect_equal(sorted(labels), (np.arange(N) * 10).tolist(), "sorted labels seen during the epoch")


def test_batch_sizes_last_one_smaller():
    """53 rows in batches of 10 → sizes [10, 10, 10, 10, 10, 3]: the remainder is a smaller last batch, not dropped."""
    sizes = [len(xb) for xb, _ in epoch(batch_size=10, seed=3)]
    expect_equal(sizes, [10, 10, 10, 10, 10, 3])
    sizes = [len(yb) for _, yb in epoch(batch_size=53, seed=3)]
    expect_equal(sizes, [53], "batch_size equal to n")


def test_rows_and_labels_stay_aligned():
    """Inside every batch, row Xb[k] still belongs to label yb[k] (here: Xb[k, 0] * 10 / 3 == yb[k])."""
    for xb, yb in epoch(batch_size=8, seed=11):
        expect_equal(yb.astype(float), xb[:, 0] * 10 / 3, "labels versus the labels their X rows belong to")


def test_batches_are_arrays_of_the_right_shape():
    """Each batch is a pair of arrays with 3 feature columns and one label per row."""
    xb, yb = next(iter(batch_iterator(X, Y, 4, seed=0)))
    expect_shape(xb, (4, 3))
    expect_shape(yb, (4,))


def test_shuffle_changes_the_order():
    """shuffle=True really shuffles: the labels do not come out in their original order."""
    expect_true(label_order(epoch(batch_size=10, seed=0)) != (np.arange(N) * 10).tolist(), "shuffle=True returned the rows in their original order")


def test_same_seed_same_order():
    """Reproducibility: two epochs with the same seed give exactly the same batches."""
    expect_equal(label_order(epoch(batch_size=7, seed=5)), label_order(epoch(batch_size=7, seed=5)))


def test_different_seed_different_order():
    """Seeds 1 and 2 give different orders."""
    expect_true(label_order(epoch(batch_size=7, seed=1)) != label_order(epoch(batch_size=7, seed=2)), "seeds 1 and 2 gave the same order: do you use the seed?")


def test_bad_batch_size_raises():
    """batch_size = 0 makes no sense: raise ValueError."""
    expect_raises(ValueError, lambda: list(batch_iterator(X, Y, 0)))


def test_inputs_not_modified():
    """X and y keep their order: shuffle indices, not the caller's arrays."""
    Xc, Yc = X.copy(), Y.copy()
    list(batch_iterator(Xc, Yc, 10, seed=4))
    expect_equal((Xc, Yc), (X, Y), "(X, y) after an epoch")
