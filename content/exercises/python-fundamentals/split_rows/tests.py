import random
from collections import Counter

ROWS = [f"row{i:03d}" for i in range(100)]


def test_sizes_follow_round():
    """The test part has round(n * test_ratio) rows and the training part the rest (9 × 0.3 = 2.7 → 3)."""
    for n, ratio in [(100, 0.2), (9, 0.3), (10, 0.25), (1, 0.0)]:
        train, test = split_rows(list(range(n)), ratio, seed=0)
        expect_equal((len(train), len(test)), (n - round(n * ratio), round(n * ratio)), f"(len(train), len(test)) for n={n}, ratio={ratio}")


def test_returns_two_lists():
    """The result is a tuple (train, test) of two lists."""
    result = split_rows(ROWS, 0.2, seed=1)
    expect_type(result, tuple)
    expect_equal(len(result), 2, "number of parts")
    expect_type(result[0], list, "train")
    expect_type(result[1], list, "test")


def test_parts_are_disjoint():
    """No row is in both parts: a test row that was also trained on would leak into the evaluation."""
    train, test = split_rows(ROWS, 0.2, seed=1)
    expect_equal(set(train) & set(test), set(), "rows in both parts")


def test_union_is_the_input_multiset():
    """Together the two parts hold every input row exactly once, duplicates included."""
    rows = ["a", "b", "b", "c", "c", "c", "d", "e", "e", "f"]
    train, test = split_rows(rows, 0.4, seed=3)
    expect_equal(dict(Counter(train + test)), dict(Counter(rows)), "row counts of train + test")


def test_same_seed_same_split():
    """Reproducibility: calling twice with the same seed gives exactly the same split."""
    expect_equal(split_rows(ROWS, 0.3, seed=7), split_rows(ROWS, 0.3, seed=7))


def test_different_seed_different_split():
    """The seed matters: seeds 1 and 2 give different test sets (the rows are really shuffled)."""
    _, test_1 = split_rows(ROWS, 0.2, seed=1)
    _, test_2 = split_rows(ROWS, 0.2, seed=2)
    expect_true(sorted(test_1) != sorted(test_2), "seeds 1 and 2 gave the same test set: are the rows shuffled with the seed?")


def test_input_is_not_modified():
    """The caller's list keeps its order: shuffle a copy, never the input."""
    rows = list(ROWS)
    split_rows(rows, 0.2, seed=5)
    expect_equal(rows, ROWS, "the input list after the call")


def test_global_random_state_untouched():
    """Use a private random.Random(seed): the global `random` generator that other code relies on must be left alone."""
    random.seed(2024)
    expected_next = random.random()
    random.seed(2024)
    split_rows(ROWS, 0.2, seed=9)
    expect_equal(random.random(), expected_next, "the global generator's next number after your call")
