"""Turn one item's entries into an `Item`: this meeting's handling, earlier handlings, fields."""

from __future__ import annotations

import re
from itertools import dropwhile

from minutes_cli.model import Handling, Item, Person
from minutes_cli.parse import patterns
from minutes_cli.parse.fields import TEXT_FIELDS, merge_missing, notify_in_text, read_fields, right_edge_of
from minutes_cli.parse.handlings import (
    HandlingBlock,
    complete_from_index,
    current_block,
    merge_handlings,
    split_handlings,
)
from minutes_cli.parse.layout import Entry
from minutes_cli.parse.outcome import classify_outcome, is_unanimous
from minutes_cli.parse.prose import join_lines
from minutes_cli.parse.sections import build_sections
from minutes_cli.parse.segment import ItemBlock
from minutes_cli.parse.votes import find_disqualifications, find_dissents, find_votes


def find_case_id(entries: list[Entry]) -> tuple[str | None, list[Entry]]:
    """A diary number on a line of its own before the first label; returns it and the entries it used."""
    for i, entry in enumerate(entries):
        if entry.kind == "label":
            break
        if entry.kind == "text" and patterns.CASE_ID_RE.match(entry.text):
            used = [entry]
            value = entry.text
            following = entries[i + 1] if i + 1 < len(entries) else None
            if following is not None and patterns.TASK_CLASS_RE.match(following.text):
                value = f"{value} {following.text}"
                used.append(following)
            elif following is not None and patterns.INITIALS_RE.match(following.text):
                used.append(following)  # Vantaa prints the preparers' initials under the diary number
            return value, used
    return None, []


MUNICIPALITY_LINE = re.compile(r"(?:kaupunki|kunta|stad|kommun)$", re.IGNORECASE)  # "Oulun kaupunki" tops the page


def headless_title(entries: list[Entry]) -> tuple[str | None, list[Entry]]:
    """The bold lines that open a PDF item with no § heading (Tweb single-item pages).

    Returns the title and the entries it used, together with the page-top lines above it
    (the municipality, an empty "Päivämäärä" caption).
    """
    run: list[Entry] = []
    for entry in entries:
        if entry.kind != "text" or (run and not entry.bold):
            break
        if not entry.bold:
            continue
        if MUNICIPALITY_LINE.search(entry.text) and not run:
            continue
        if run and entry.para:
            break
        run.append(entry)
    if not run:
        return None, []
    used = entries[: entries.index(run[-1]) + 1]
    return join_lines([e.text for e in run]), used


MAX_PARAGRAPH_TITLE_WORDS = 25  # a web page's title paragraph; longer ones are text


def title_after(entries: list[Entry], case_line: Entry) -> tuple[str | None, list[Entry]]:
    """Web pages of single items print the title as its own paragraph under the diary number."""
    position = entries.index(case_line)
    following = entries[position + 1 : position + 3]
    if not following or following[0].kind != "text" or not following[0].para:
        return None, []
    line = following[0]
    alone = len(following) == 1 or following[1].para or following[1].kind != "text"
    if alone and len(line.text.split()) <= MAX_PARAGRAPH_TITLE_WORDS and not line.text.endswith((".", ":")):
        return line.text, [line]
    return None, []


def case_caption(entries: list[Entry]) -> Entry | None:
    """The first caption, where it is the diary number's ("Dno" over "OUKA/899/02.06.01.04/2017")."""
    first = next((e for e in entries if e.kind == "label"), None)
    if first is None or first.field != "case_id":
        return None
    return first if not first.text or patterns.CASE_ID_RE.match(first.text) else None


def is_page_top(entry: Entry) -> bool:
    """The municipality, a caption with its value left empty ("Päivämäärä"), or a page number ("1 (1)"),
    above a title."""
    text = entry.text
    return MUNICIPALITY_LINE.search(text) is not None or len(text.split()) == 1 or not any(c.isalpha() for c in text)


def title_above(entries: list[Entry], case_line: Entry | None) -> tuple[str | None, list[Entry]]:
    """A single-item PDF dumped as text has lost the bold that marks its title (see
    `headless_title`): it is the one paragraph above the diary number, under page-top lines."""
    if case_line is None:
        return None, []
    above = entries[: entries.index(case_line)]
    if any(entry.kind != "text" for entry in above):
        return None, []
    title_lines = list(dropwhile(is_page_top, above))
    if not title_lines or any(entry.para for entry in title_lines[1:]):
        return None, []
    title = join_lines([entry.text for entry in title_lines])
    if len(title.split()) > MAX_PARAGRAPH_TITLE_WORDS or title.endswith((".", ":")):
        return None, []
    return title, above


def index_table_headers(entries: list[Entry]) -> list[Entry]:
    """The header row of a table of handlings ("Turun kaupunki | § | Kokouspvm | Asia", Turku)."""
    return [
        entry
        for entry, following in zip(entries, entries[1:], strict=False)
        if entry.kind == "text" and following.kind == "index" and any(c.text == "§" for c in entry.line.cells)
    ]


def quoted_in_text(pre: list[Entry], blocks: list[HandlingBlock], meeting_date: str | None) -> bool:
    """Handling lines that come inside the item's own text ("Perustelut", "... seuraavat päätökset:",
    then "Ympäristölautakunta 6.5.2025 § 12"): what the item lists, not its earlier handlings.
    Not where one of them is this meeting's handling."""
    labels_before = [e for e in pre if e.kind == "label"]
    if not blocks or not meeting_date or not labels_before or labels_before[-1].field != "background":
        return False
    if pre[-1].kind != "text" or not pre[-1].text.rstrip().endswith(":"):
        return False  # only lines listed after a lead-in ("... seuraavat päätökset ja asiakirjat:")
    headers = [b.header for b in blocks if b.header is not None]
    return bool(headers) and not any(h.date and patterns.iso_date(h.date) == meeting_date for h in headers)


def as_text(block: HandlingBlock) -> list[Entry]:
    header = block.header
    heading = [Entry("text", header.line.text, header.line, para=header.para)] if header is not None else []
    return heading + block.entries


def build_item(
    block: ItemBlock, *, meeting_date: str | None, is_pdf: bool, minutes: bool, people: list[Person] | None = None
) -> Item:
    """`people` are the meeting's attendees, for finding the presenter a caption names by role."""
    entries = block.entries
    index = block.index + [e for e in entries if e.kind == "index"]
    title = join_lines(block.title_lines) if block.title_lines else None
    pre, blocks = split_handlings(entries, index, title or "")
    if block.heading is None and is_pdf:
        title, used = headless_title(pre)
        pre = [e for e in pre if e not in used]
    case_id, used = find_case_id(pre)
    if title is None and used and not is_pdf:
        title, taken = title_after(pre, used[-1])
        used += taken
    if title is None and block.heading is None and not is_pdf:
        title, taken = title_above(pre, used[0] if used else case_caption(pre))
        used += taken
    used += index_table_headers(pre)
    pre = [e for e in pre if e not in used and e.kind != "index"]
    right_edge = right_edge_of(entries)
    if quoted_in_text(pre, blocks, meeting_date):
        pre, blocks = pre + [entry for b in blocks for entry in as_text(b)], []
    current = current_block(blocks, block.number or (index[-1].number if index else None), meeting_date, pre)
    number = block.number
    if number is None and current is not None and blocks[current].header is not None:
        number = blocks[current].header.number
    pre_fields = read_fields(build_sections(pre), right_edge, people, number if current is None else None)
    fields = pre_fields
    if current is not None:
        fields = read_fields(build_sections(blocks[current].entries), right_edge, people, number)
        merge_missing(fields, pre_fields)
    previous = [handling_of(b, right_edge) for i, b in enumerate(blocks) if i != current and b.header is not None]
    complete_from_index(previous, index)
    references = pre_fields.history + fields.history if current is not None else fields.history
    item = Item(
        number=number,
        title=title,
        case_id=fields.case_id or case_id,
        presenter=fields.presenter,
        preparers=fields.preparers,
        notify=fields.notify,
        attachments=fields.attachments,
        enclosures=fields.enclosures,
        previous_handling=merge_handlings(references, previous),
        sections=fields.other,
        pages=block.pages,
    )
    for kind in TEXT_FIELDS:
        setattr(item, kind, fields.texts.get(kind) or None)
    if not minutes and item.decision:  # an agenda decides nothing: what its empty "Beslut" caught is kept apart
        item.sections.setdefault(fields.labels.get("decision", "Päätös"), item.decision)
        item.decision = None
    item.notify = item.notify or notify_in_text(item.decision, item.proposal, item.background)
    said = "\n\n".join(filter(None, [item.discussion, item.decision]))
    item.votes = find_votes(said)
    item.disqualifications = find_disqualifications(said, captioned=fields.texts.get("disqualifications"))
    attendees = [person.name for person in people or [] if person.name and len(person.name.split()) > 1]
    item.dissents = find_dissents("\n\n".join(filter(None, [fields.texts.get("dissents"), said])), attendees)
    for kind, caption in (("disqualifications", "Esteellisyys"), ("dissents", "Eriävä mielipide")):
        if kind in fields.texts:  # kept as printed too: the parsed records hold only names and grounds
            item.sections.setdefault(fields.labels.get(kind, caption), fields.texts[kind])
    if block.listed_only:  # a row of a meeting's index page says nothing of the decision
        return item
    if item.decision or item.title or item.number is not None:  # text without any item structure decides nothing
        item.outcome = classify_outcome(item.decision, item.proposal, minutes=minutes, votes=item.votes)
    # "päätti yksimielisesti panna asian pöydälle" may be told in the discussion, before the decision
    item.unanimous = False if item.votes else is_unanimous(said or None)
    return item


def handling_of(block: HandlingBlock, right_edge: float) -> Handling:
    header = block.header
    fields = read_fields(build_sections(block.entries), right_edge)
    proposal = fields.texts.get("proposal")
    decision = fields.texts.get("decision")
    return Handling(
        body=header.body if header else None,
        date=patterns.iso_date(header.date) if header and header.date else None,
        number=header.number if header else None,
        summary=fields.texts.get("summary"),
        background=fields.texts.get("background"),
        proposal=proposal,
        decision=decision,
        outcome=classify_outcome(decision, proposal, minutes=True) if decision else None,
    )
