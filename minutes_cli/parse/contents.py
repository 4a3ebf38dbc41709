"""The cover's table of contents: each item's title, and what is appended to it.

Tweb prints one: "30 § Lokal justeringspott AKTA 1.6.2023 ..... 9", and under it the
attachments bound into the file, "- Bil. Protokoll AKTA förhandling ..... 11". Its titles are
set in another font than the headings, so where the text layer reads some glyphs wrong they
can stand in for a heading that reads "AAKA"; its attachments fill an item that lists none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from minutes_cli.model import Item, ParseWarning
from minutes_cli.parse import patterns
from minutes_cli.parse.layout import Entry
from minutes_cli.parse.segment import COVER_PAGES

MIN_WORD_LIKENESS = 0.5  # difflib ratio of a word read with wrong letters to the word itself


@dataclass
class Contents:
    """The cover's table of contents: each item's title, and the attachments listed under it."""

    titles: dict[int, str] = field(default_factory=dict)
    attachments: dict[int, list[str]] = field(default_factory=dict)


CONTENTS_ATTACHMENT = re.compile(r"^[-–]\s+(?:(?:Bil\.|Bilaga|Liite)(?:\s*\d+)?\s*[,:]?\s+)?")
NAMES_ITEM = re.compile(r"(?:(\d{1,4})\s*§|§\s*(\d{1,4}))\s*$")  # appended at the end, it names its item
# Tweb's bilingual entries: "Motion, ... ; F. Strang / Aloite, Tehdään ..." - the translation goes
TRANSLATION = re.compile(r"\s+/\s+(?:Liite|Aloite|Bilaga|Motion)\b.*$")


def read_contents(entries: list[Entry]) -> Contents:
    """ "30 § Lokal justeringspott AKTA 1.6.2023 ..... 9" and the "- Bil. Protokoll ..... 11" lines under it."""
    first_page = entries[0].page if entries else 0
    contents = Contents()
    number = None
    pending: list[str] = []  # an attachment entry wrapped over lines, until its leader
    for entry in entries:
        if entry.page >= first_page + COVER_PAGES:
            break
        text = entry.line.text
        leader = patterns.TOC_LEADER.search(text)
        head = text[: leader.start()].strip() if leader else text
        m = patterns.NUMBER_FIRST.match(head) or patterns.SECTION_FIRST.match(head)
        if leader and m is not None and m.group("title"):
            number = int(m.group(1))
            contents.titles.setdefault(number, m.group("title").strip())
            pending = []
        elif number is not None and (pending or CONTENTS_ATTACHMENT.match(text)):
            pending.append(head)
            if leader:
                title = TRANSLATION.sub("", CONTENTS_ATTACHMENT.sub("", " ".join(pending))).strip()
                named = NAMES_ITEM.search(title)  # "Resultaträkning 2024, Stadsstyrelsen 7.4.2025, 43 §"
                owner = int(named.group(1) or named.group(2)) if named else number
                owner = owner if owner in contents.titles else number  # not another body's §
                contents.attachments.setdefault(owner, []).append(title)
                pending = []
        elif leader:
            number = None  # "Anvisning för begäran om omprövning ..... 43" ends the items
    return contents


def apply_contents(items: list[Item], contents: Contents, unreliable_text: bool) -> list[ParseWarning]:
    warnings = titles_from_contents(items, contents.titles) if unreliable_text else []
    for item in items:
        if not item.attachments and item.number in contents.attachments:
            item.attachments = contents.attachments[item.number]
    return warnings


def titles_from_contents(items: list[Item], contents: dict[int, str]) -> list[ParseWarning]:
    """Where glyphs read as wrong letters, a heading the table of contents prints nearly the same
    ("Lokal justeringspott AAKA" for "... AKTA") takes the contents' title: its font is another."""
    warnings = []
    for item in items:
        listed = contents.get(item.number) if item.number is not None else None
        if listed and item.title and listed != item.title and letters_apart(item.title, listed):
            message = f"the heading reads '{item.title}'; the table of contents' title is used"
            warnings.append(ParseWarning("title-from-contents", message, f"§ {item.number}"))
            item.title = listed
    return warnings


def letters_apart(a: str, b: str) -> bool:
    """The same words but for a few letters in some of them."""
    from difflib import SequenceMatcher

    words_a, words_b = a.split(), b.split()
    if len(words_a) != len(words_b):
        return False
    return all(
        x == y or SequenceMatcher(None, x, y).ratio() >= MIN_WORD_LIKENESS
        for x, y in zip(words_a, words_b, strict=True)
    )
