import re
from collections import Counter


def word_frequencies(text: str) -> dict[str, int]:
    return dict(Counter(re.findall(r"[a-z0-9']+", text.lower())))
