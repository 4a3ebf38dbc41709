"""The handlings of a case inside one item, and which of them is this meeting's.

An item may show several handlings, each opened by a line such as "Hyvinvointilautakunta,
26.08.2025, § 96". This meeting's handling is the one whose § number is the item's (or whose
date is the meeting's); without such a line it is the last handling, or, where a label like
"Aikaisempi käsittely" introduces the history, the text before it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import takewhile

from minutes_cli.model import Handling
from minutes_cli.parse import patterns
from minutes_cli.parse.fields import ATTACHMENT_LINE
from minutes_cli.parse.layout import Entry
from minutes_cli.parse.vocab import label_set, norm_label


@dataclass
class HandlingBlock:
    header: Entry | None
    entries: list[Entry] = field(default_factory=list)
    historical: bool = False


def handling_key(entry: Entry) -> tuple[int | None, str | None]:
    return entry.number, patterns.iso_date(entry.date) if entry.date else None


def is_listed(entry: Entry, listed: set[tuple[int | None, str | None]]) -> bool:
    """Is a handling line in the item's list of handlings? ("Ksylk § 84" names no date: its § must do.)"""
    number, date = handling_key(entry)
    return (number, date) in listed or (date is None and any(n == number for n, _ in listed))


CAPTION_X_TOLERANCE = 2.0  # points: a line in the caption column
MAX_STAND_IN_WORDS = 10


def split_handlings(
    entries: list[Entry], index: list[Entry] | None = None, title: str = ""
) -> tuple[list[Entry], list[HandlingBlock]]:
    """Entries before the first handling line, and the handling blocks (marked historical after a history label).

    Where CloudNC lists the item's handlings above its heading (`index`), only those open a
    block; a handling line quoted inside an earlier handling stays text.
    """
    listed = {handling_key(e) for e in index or []}
    pre: list[Entry] = []
    blocks: list[HandlingBlock] = []
    in_history = False
    references = False  # inside a "Päätöshistoria" caption's list of earlier handlings
    listing = False  # inside a list of attachments
    listed_until = 0  # the handling lines below a history caption run to here
    for position, entry in enumerate(entries):
        if entry.kind == "label":
            listing = entry.field in ("attachments", "enclosures")
        if entry.kind == "label" and entry.field == "history" and not entry.text:
            value_below = referenced_below(entries, position)
            if not value_below:
                in_history = True
                continue
            listed_until = position + 1 + len(value_below)
        references = (entry.kind == "label" and entry.field == "history") or (
            references and entry.kind != "label" and (not entry.para or position < listed_until)
        )
        following = entries[position + 1] if position + 1 < len(entries) else None
        # "Ksylk § 84" heading the attachments of that handling, in a list of attachments
        sublist = listing and following is not None and bool(ATTACHMENT_LINE.match(following.text))
        quoted = entry.kind == "handling" and ((listed and not is_listed(entry, listed)) or references or sublist)
        if quoted:
            entry = Entry("text", entry.line.text, entry.line, para=entry.para)
        if (
            blocks
            and blocks[-1].header is not None
            and blocks[-1].header.style == "column"
            and entry.kind == "label"
            and entry.style == "column"
        ):
            # A handling captioned in the label column ("Kaupunginhallituksen käsittely") ends at the next caption.
            blocks.append(HandlingBlock(None, historical=in_history))
        if entry.kind == "handling":
            blocks.append(HandlingBlock(entry, historical=in_history))  # a line naming one below goes in drop_listings
        elif blocks:
            blocks[-1].entries.append(entry)
        else:
            pre.append(entry)
    if not listed:
        blocks = [part for block in blocks for part in split_at_rule(block, title)]
    return pre, drop_listings(blocks)


def referenced_below(entries: list[Entry], position: int) -> list[Entry]:
    """The handling lines right below a caption of a list of handlings standing alone, where they are
    its value: Tweb's item page dumped as text puts "Päätöshistoria" over "Kaupunginhallitus 20.3.2017
    § 66", then the summary and the item's own text with no line of its own; in the PDF they sit
    side by side. Not where any handling line comes again, where no caption follows them, or where
    a proposal or decision is given before the caption or twice after them."""
    caption = entries[position]
    if norm_label(caption.label or "") not in label_set("sections", "history_lists"):
        return []
    below = list(takewhile(lambda e: e.kind == "handling", entries[position + 1 :]))
    rest = entries[position + 1 + len(below) :]
    if not below or not rest or rest[0].kind != "label" or any(e.kind == "handling" for e in rest):
        return []
    if len({handling_key(e) for e in below}) < len(below):  # listed, then again over its own text
        return []
    if decides(entries[:position]):  # the history after the item's own text (CaseM): its handlings' texts follow
        return []
    captions = Counter(e.field for e in rest if e.kind == "label" and e.field in ("proposal", "decision"))
    return below if all(count == 1 for count in captions.values()) else []


def drop_listings(blocks: list[HandlingBlock]) -> list[HandlingBlock]:
    """Handling lines listed above the handlings they name ("Tidigare behandling:" over one, or
    "Välfärdsnämnden 25.11.2021, 56 §" and "... 10.1.2022, 8 §" together, then each again over
    its own text) are one handling each: an empty block goes where a later block has its header."""
    later_keys: set[tuple[int | None, str | None]] = set()
    kept: list[HandlingBlock] = []
    for block in reversed(blocks):
        key = handling_key(block.header) if block.header is not None else None
        if key is not None and not block.entries and key in later_keys:
            continue
        if key is not None:
            later_keys.add(key)
        kept.append(block)
    return kept[::-1]


def decides(entries: list[Entry]) -> bool:
    return any(e.kind == "label" and e.field in ("proposal", "decision") for e in entries)


def split_at_rule(block: HandlingBlock, title: str = "") -> list[HandlingBlock]:
    """A rule after an earlier handling's decision: what follows is this meeting's handling.

    A lone rule with text before it and a proposal or decision after it splits a block
    (CloudNC's older pages). Tweb draws a rule under every section, so where there are more,
    only one under a decision, with a proposal or decision after it, does (a handling whose
    line Tweb left out: "Gör Kackurdunten tillgänglig för alla" under the board's decision).
    """
    at = split_point(block.entries) if block.header is not None else None
    if at is None:
        return [block]
    before, after = block.entries[:at], block.entries[at + 1 :]
    if stands_for_handling_line(after, title):
        after = after[1:]
    return [HandlingBlock(block.header, before, block.historical), HandlingBlock(None, after)]  # this meeting's


def stands_for_handling_line(entries: list[Entry], title: str) -> bool:
    """A short line in the caption column where the handling line would be, a caption below it:
    the item's title again ("Gör Kackurdunten tillgänglig för alla"), not the text of the item."""
    if len(entries) < 2 or entries[0].kind != "text" or entries[1].kind != "label":
        return False
    line, caption = entries[0].line, entries[1].line
    words = line.text.casefold().split()
    title_words = set(title.casefold().split())
    in_title = sum(word in title_words for word in words)
    return (
        abs(line.x0 - caption.x0) <= CAPTION_X_TOLERANCE
        and len(words) <= MAX_STAND_IN_WORDS
        and not line.text.endswith((".", ":", ";", ","))
        and in_title * 2 >= len(words)  # half its words are the title's (some glyphs may read wrong)
    )


def split_point(entries: list[Entry]) -> int | None:
    rules = [i for i, e in enumerate(entries) if e.kind == "rule"]
    if len(rules) == 1:
        return rules[0] if entries[: rules[0]] and decides(entries[rules[0] + 1 :]) else None
    for rule in rules:
        if any(e.kind == "label" and e.field == "decision" for e in entries[:rule]) and decides(entries[rule + 1 :]):
            return rule
    return None


def current_block(
    blocks: list[HandlingBlock], number: int | None, meeting_date: str | None, pre: list[Entry]
) -> int | None:
    def matches(block: HandlingBlock, by_number: bool, by_date: bool) -> bool:
        header = block.header
        if header is None:
            return False
        number_ok = not by_number or (number is not None and header.number == number)
        date_ok = not by_date or (
            bool(meeting_date) and bool(header.date) and patterns.iso_date(header.date) == meeting_date
        )
        return number_ok and date_ok

    # The same § number can recur in earlier years, so number and date together come first.
    for by_number, by_date in ((True, True), (False, True), (True, False)):
        found = [i for i, b in enumerate(blocks) if matches(b, by_number, by_date)]
        if found:
            return found[-1]
    live = [i for i, b in enumerate(blocks) if not b.historical]
    if not live:
        return None
    if any(b.historical for b in blocks) and any(
        e.kind == "label" and e.field in ("proposal", "decision") for e in pre
    ):
        return None
    return live[-1]


def merge_handlings(references: list[Handling], blocks: list[Handling]) -> list[Handling]:
    """A captioned handling without date or § ("Kaupunginhallituksen käsittely") completes its reference."""
    merged = list(references)
    for handling in blocks:
        same = (
            [r for r in merged if r.body == handling.body] if handling.date is None and handling.number is None else []
        )
        if same:
            for key in ("summary", "background", "proposal", "decision", "outcome"):
                setattr(same[-1], key, getattr(handling, key))
        else:
            merged.append(handling)
    return merged


def complete_from_index(handlings: list[Handling], index: list[Entry]) -> None:
    """ "Ksylk § 84" names its body in short and no date: the item's table of handlings
    ("Kaupunkisuunnittelu- ja ympäristölautakunta 84 21.03.2017", Turku) has both."""
    for handling in handlings:
        if handling.date is not None or handling.number is None:
            continue
        listed = [e for e in index if e.number == handling.number and e.date]
        if len(listed) == 1:
            handling.body = listed[0].body or handling.body
            handling.date = patterns.iso_date(listed[0].date or "")
