import re
from collections import Counter


def word_frequencies(text: str) -> dict[str, int]:
    """Count case-insensitive words in `text`; apostrophes inside words are kept."""
    words = (w.strip("'") for w in re.findall(r"[a-z0-9']+", text.lower()))
    return dict(Counter(w for w in words if w))
