"""Which language a document is in, from its most common words."""

from __future__ import annotations

import re
from functools import cache

from minutes_cli.parse.vocab import load

WORD_RE = re.compile(r"[a-zåäöA-ZÅÄÖ]{2,}")
SAMPLE_CHARS = 20000


@cache
def common_words() -> dict[str, frozenset[str]]:
    data = load("words")
    return {lang: frozenset(w.casefold() for w in data[lang]["common"]) for lang in ("fi", "sv")}


def detect_language(text: str) -> str | None:
    counts = {lang: 0 for lang in ("fi", "sv")}
    known = common_words()
    for word in WORD_RE.findall(text[:SAMPLE_CHARS]):
        w = word.casefold()
        for lang in counts:
            if w in known[lang]:
                counts[lang] += 1
    if max(counts.values()) == 0:
        return None
    return max(counts, key=lambda lang: counts[lang])
