"""Which language a document is in, and whether its text layer can be trusted.

Both checks count very common words. A page of Finnish or Swedish minutes is made mostly of
ordinary words; a text layer with a broken glyph map ("protokojjet", "Tijj") is not, so a
page where too few words are known is flagged (the document still converts).
"""

from __future__ import annotations

import re
from functools import cache

from minutes_cli.parse.vocab import load

WORD_RE = re.compile(r"[a-zåäöA-ZÅÄÖ]{2,}")
MIN_WORDS_TO_JUDGE = 60
MIN_KNOWN_SHARE = 0.12  # measured: healthy pages 0.18-0.45, broken glyph maps below 0.10


@cache
def common_words() -> dict[str, frozenset[str]]:
    data = load("words")
    return {lang: frozenset(w.casefold() for w in data[lang]["common"]) for lang in ("fi", "sv")}


def detect_language(text: str) -> str | None:
    counts = {lang: 0 for lang in ("fi", "sv")}
    known = common_words()
    for word in WORD_RE.findall(text[:20000]):
        w = word.casefold()
        for lang in counts:
            if w in known[lang]:
                counts[lang] += 1
    if max(counts.values()) == 0:
        return None
    return max(counts, key=lambda lang: counts[lang])


def known_share(text: str, language: str) -> float | None:
    """The share of words that are among the language's common words; None for too little text."""
    tokens = [w.casefold() for w in WORD_RE.findall(text)]
    if len(tokens) < MIN_WORDS_TO_JUDGE:
        return None
    known = common_words()[language]
    return sum(1 for t in tokens if t in known) / len(tokens)
