"""Which language a document is in, from its most common words."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from minutes_cli.parse.vocab import load

WORD_RE = re.compile(r"[a-zåäö]{2,}")
SAMPLE_CHARS = 20000


@cache
def common_words() -> dict[str, frozenset[str]]:
    data = load("words")
    return {lang: frozenset(w.casefold() for w in data[lang]["common"]) for lang in ("fi", "sv")}


def detect_language(text: str) -> str | None:
    seen = Counter(WORD_RE.findall(text[:SAMPLE_CHARS].lower()))  # the pattern's letters all lower like casefold
    counts = {lang: sum(n for word, n in seen.items() if word in common) for lang, common in common_words().items()}
    if max(counts.values()) == 0:
        return None
    return max(counts, key=lambda lang: counts[lang])
