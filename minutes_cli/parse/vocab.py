"""The label and phrase vocabularies (data/*.toml) and the matchers built from them.

Everything is loaded once, on first use, so that importing the parser costs nothing.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

MAX_ROLE_LABEL_WORDS = 8
CAMEL_JOIN = re.compile(r"[a-zåäö][A-ZÅÄÖ]")  # a label glued to the capital of its text
MAX_GLUED_LABEL = 40
PREFIX_LENGTH = 3  # "Bildningsdirektör t.f. välfärdschef Teresia Tallqvist-Ekströms förslag:"


DATA = Path(__file__).resolve().parent.parent / "data"  # the vocabularies ship inside the package


@cache
def load(name: str) -> dict[str, Any]:
    return tomllib.loads((DATA / f"{name}.toml").read_text(encoding="utf-8"))


SLASH_SPACING = re.compile(r"\s*/\s*")


def norm_label(text: str) -> str:
    """Compare labels without case, trailing colons or the spacing around slashes."""
    text = SLASH_SPACING.sub("/", text.strip().rstrip(":").strip())
    return " ".join(text.split()).casefold()


def label_pattern(label: str) -> str:
    parts = [re.escape(word) for word in re.split(r"\s+", re.sub(r"\s*/\s*", " / ", label.strip()))]
    return r"\s*".join(parts).replace(r"\s*/\s*", r"\s*/\s*")


class LabelMatch(NamedTuple):  # immutable, and quicker to make than a frozen dataclass
    field: str  # the field the section fills, or "other"
    label: str  # the label as printed
    rest: str  # text after the label on the same line
    style: str  # "alone", "colon", "glued" or "space"


class LabelMatcher:
    """Recognises a section label at the start of a line."""

    def __init__(self, sections: dict[str, list[str]], role_suffixes: dict[str, list[str]]) -> None:
        self.fields = {norm_label(label): field for field, labels in sections.items() for label in labels}
        labels = sorted({label for labels in sections.values() for label in labels}, key=len, reverse=True)
        # Labels grouped by their first letters: most lines start with no label at all, and a
        # pattern is compiled only for the groups a document needs (start-up matters).
        self.by_prefix: dict[str, list[str]] = {}
        for label in labels:
            self.by_prefix.setdefault(label[:PREFIX_LENGTH].casefold(), []).append(label)
        self.compiled: dict[str, re.Pattern[str]] = {}
        self.roles = {word.casefold(): field for field, words in role_suffixes.items() for word in words}

    def pattern_for(self, prefix: str) -> re.Pattern[str]:
        if prefix not in self.compiled:
            alternation = "|".join(label_pattern(label) for label in self.by_prefix[prefix])
            self.compiled[prefix] = re.compile(
                rf"(?P<label>{alternation})(?P<sep>\s*:\s*|\s*$|\s{{2,}}|(?=(?-i:[A-ZÄÖÅ]))|\s+)", re.IGNORECASE
            )
        return self.compiled[prefix]

    def field_of(self, label: str) -> str | None:
        return self.fields.get(norm_label(label))

    def match(self, text: str) -> LabelMatch | None:
        prefix = text[:PREFIX_LENGTH].casefold()
        if prefix not in self.by_prefix:
            return None
        glued = CAMEL_JOIN.search(text, 1, MAX_GLUED_LABEL)
        if glued and (field := self.fields.get(norm_label(text[: glued.start() + 1]))):
            # "PäätösEhdotus hyväksyttiin." (a text dump of a styled label): the label ends where
            # the capital begins, though "Päätösehdotus" is a longer label
            return LabelMatch(field, text[: glued.start() + 1], text[glued.start() + 1 :].strip(), "glued")
        m = self.pattern_for(prefix).match(text)
        if m is None or not text[:1].isupper():
            return None
        label = m.group("label")
        sep = m.group("sep")
        rest = text[m.end() :].strip()
        if not rest:
            style = "alone"
        elif ":" in sep:
            style = "colon"
        elif sep == "":
            style = "glued"
        elif len(sep) >= 2:
            style = "gap"
        else:
            style = "space"
        return LabelMatch(self.fields[norm_label(label)], label, rest, style)

    def match_role(self, text: str) -> LabelMatch | None:
        """A short caption naming who proposes or decides: "Kaupunginjohtajan esitys:"."""
        if ":" not in text and len(text.split(None, 3)) > 3:
            return None  # without a colon, a caption has at most three words (most lines are longer)
        head, colon, rest = text.partition(":")
        words = head.split()
        if not words or len(words) > MAX_ROLE_LABEL_WORDS or (not colon and rest) or head.endswith("."):
            return None
        if not colon and len(words) > 3:
            return None
        field = self.roles.get(words[-1].casefold())
        if field is None or len(words) < 2 or not text[:1].isupper():
            return None
        owner = words[-2]
        if not (owner.endswith(("n", "s", "ns")) or colon):
            return None
        return LabelMatch(field, head.strip(), rest.strip(), "colon" if colon and rest.strip() else "alone")


@cache
def labels() -> LabelMatcher:
    data = load("labels")
    return LabelMatcher(data["sections"], data["role_suffixes"])


@cache
def noise_pattern() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in load("labels")["noise"]["patterns"]))


@cache
def words(group: str, key: str) -> list[str]:
    return load("vocabulary")[group][key]


@cache
def label_set(group: str, key: str) -> frozenset[str]:
    """A vocabulary list normalised as labels are compared ("Beredning", "Toimenpiteet", "Läsnä")."""
    return frozenset(norm_label(label) for label in words(group, key))


@cache
def phrase_patterns(group: str) -> dict[str, re.Pattern[str]]:
    data = load("outcomes")[group]
    # The phrases are lower case and matched against lower-cased text: faster than IGNORECASE.
    return {key: re.compile("|".join(f"(?:{p})" for p in phrases)) for key, phrases in data.items()}


@cache
def outcome_order() -> list[str]:
    return load("outcomes")["order"]
