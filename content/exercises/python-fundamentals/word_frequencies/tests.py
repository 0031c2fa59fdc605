def test_counts_a_sentence():
    """Counts every word of a simple sentence, ignoring case and the final full stop."""
    expect_equal(word_frequencies("The cat saw the other cat."), {"the": 2, "cat": 2, "saw": 1, "other": 1})


def test_empty_text():
    """An empty string has no words, so the result is an empty dict."""
    expect_equal(word_frequencies(""), {})


def test_punctuation_only():
    """Text made only of punctuation has no words: punctuation never counts as a word."""
    expect_equal(word_frequencies("... !!! ,;:"), {})


def test_apostrophes_stay_inside_words():
    """"don't" is one word: an apostrophe inside a word belongs to it."""
    expect_equal(word_frequencies("Don't stop. I don't!"), {"don't": 2, "stop": 1, "i": 1})


def test_returns_plain_dict_of_ints():
    """The result is a dict whose values are ints."""
    result = word_frequencies("a b a")
    expect_type(result, dict)
    expect_equal(result, {"a": 2, "b": 1})


def test_quote_marks_are_not_part_of_words():
    """Apostrophes used as quote marks around a word are punctuation: "'Quoted'" counts as "quoted"."""
    expect_equal(word_frequencies("'Quoted' words, quoted WORDS."), {"quoted": 2, "words": 2})


def test_letters_of_any_alphabet():
    """Accented letters are letters too: "Café" and "café" are the same word, not "caf"."""
    expect_equal(word_frequencies("Café au lait, naïve café!"), {"café": 2, "au": 1, "lait": 1, "naïve": 1})


def test_digits_and_newlines():
    """Digits are word characters and any whitespace (newlines, tabs) separates words."""
    expect_equal(word_frequencies("top 10\nlist\t10 items"), {"top": 1, "10": 2, "list": 1, "items": 1})
