import re
from collections import Counter

# A word: letters/digits, optionally joined by single inner apostrophes ("don't", "o'clock").
WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def word_frequencies(text: str) -> dict[str, int]:
    """Count case-insensitive words in `text`; apostrophes inside words are kept."""
    return dict(Counter(WORD.findall(text.lower())))
