"""Split a document's entries into the preamble (cover page), items (§) and trailing material.

A heading opens an item only if it behaves like one: the cover's list of handled items and a
table of contents are runs of headings with nothing but titles between them; item numbers
rise through the document; headings share one style (bold, left edge) in a PDF; and where
the cover lists the items, a heading must be one of them. A document with no heading is one
item. Pages inside or after any item that open with an appendix or appeal-instructions
heading (or lie in an appendix's page range) are kept apart as trailing material.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from minutes_cli.lines import Line
from minutes_cli.parse import patterns
from minutes_cli.parse.handlings import decides
from minutes_cli.parse.index_page import index_rows
from minutes_cli.parse.layout import COLUMN_TOLERANCE, Entry
from minutes_cli.parse.prose import CONJUNCTIONS
from minutes_cli.parse.vocab import label_set, norm_label

MAX_TITLE_LINES = 4
MIN_LINES_FOR_WIDTH = 20
MAX_HEADINGS_ON_INDEX_PAGE = 3
INDEX_ROWS_PER_HEADING = 3
LONG_LINE_SHARE = 0.9  # the share of lines shorter than a long one
MAX_BLANK_LINE_SHARE = 0.1  # a text with fewer blank lines than this share of its lines has lost them
MAX_HEADING_WORDS = 20  # a line over a '§ 12' heading longer than this is text, not its title
COVER_PAGES = 3  # the cover and its list of items fit on this many pages
MIN_LISTED = 3  # a list of fewer items than this is not relied on


@dataclass
class ItemBlock:
    number: int | None
    title_lines: list[str] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)
    heading: Entry | None = None
    index: list[Entry] = field(default_factory=list)  # CloudNC's list of the item's handlings, above its heading
    listed_only: bool = False  # a row of a meeting's index page: a number and a title, no text

    @property
    def pages(self) -> list[int]:
        pages = [e.page for e in ([self.heading] if self.heading else []) + self.entries]
        return [min(pages), max(pages)] if pages else []


@dataclass
class Segments:
    preamble: list[Entry]
    items: list[ItemBlock]
    trailing: list[Entry]
    listed: dict[int, str]  # the cover's list of items: number -> title

    @property
    def index_page(self) -> bool:
        """A meeting's index page: items listed by number and title, without their text."""
        return bool(self.items) and self.items[0].listed_only


def is_listing_run(entries: list[Entry], heads: list[int], i: int) -> bool:
    """True when heading i and a neighbour have nothing but title-like lines between them."""

    def only_titles(a: int, b: int) -> bool:
        if (entries[heads[b]].number or 0) <= (entries[heads[a]].number or 0):
            return False  # a list counts up; the same § twice is a running header over its heading
        between = entries[heads[a] + 1 : heads[b]]
        # a title, not a sentence: "§ 9 Ilmoitusasiat / Ei ilmoitusasioita." is a short item
        return len(between) <= 2 and all(
            e.kind == "text" and (e.bold or not e.para) and not e.text.endswith(".") for e in between
        )

    return (i + 1 < len(heads) and only_titles(i, i + 1)) or (i > 0 and only_titles(i - 1, i))


def heading_style(entry: Entry) -> tuple[bool, int]:
    return entry.bold, round(entry.line.x0 / COLUMN_TOLERANCE)


HEADER_ITEM_NUMBER = re.compile(r"\b(?:Asianro|Asia|Pykälä|Ärende)\s+(\d{1,4})\s*$")
LINES_TO_SEARCH_FOR_HEADER = 12


def promote_bare_number(entries: list[Entry]) -> None:
    """A web page's header may name the item ("Esityslista 29.05.2017 Asianro 4") that opens with a bare "4"."""
    for entry in entries[:LINES_TO_SEARCH_FOR_HEADER]:
        m = HEADER_ITEM_NUMBER.search(entry.line.text)
        if m is None:
            continue
        for candidate in entries:
            if candidate.kind == "text" and candidate.text == m.group(1):
                candidate.kind, candidate.number, candidate.text = "heading", int(m.group(1)), ""
                return
        return


def promote_opening_handling(entries: list[Entry]) -> None:
    """A copied item page may open with "Hyvinvointilautakunta § 38 23.04.2025" above its title."""
    first = next((e for e in entries if e.kind != "rule"), None)
    if first is not None and first.kind == "handling" and first.number is not None:
        first.kind, first.text = "heading", ""


def looks_like_title(entry: Entry | None) -> bool:
    if entry is None or entry.kind != "text" or entry.text.endswith((".", ":", ";")):
        return False
    letters = [c for c in entry.text if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    return len(entry.text.split()) <= MAX_HEADING_WORDS and (entry.bold or capitals * 2 > len(letters))


def promote_handling_headings(entries: list[Entry]) -> None:
    """Word-made minutes head each item with "Khall 49 §" over an upper-case title: where no § heading
    was found, such lines (two or more, numbers rising, each over a title) open the items."""
    heads = [
        i
        for i, e in enumerate(entries)
        if e.kind == "handling"
        and e.number is not None
        and looks_like_title(entries[i + 1] if i + 1 < len(entries) else None)
    ]
    numbers = [entries[i].number or 0 for i in heads]
    if len(heads) >= 2 and numbers == sorted(set(numbers)):
        for i in heads:
            entries[i].kind, entries[i].text = "heading", ""


def merge_echoed_headings(entries: list[Entry]) -> None:
    """Tweb prints "14§ Title" plain right over a bold "14 §": one heading, bold, with the title."""
    i = 0
    while i + 1 < len(entries):
        first, second = entries[i], entries[i + 1]
        if (
            first.kind == second.kind == "heading"
            and first.number == second.number
            and first.page == second.page
            and bool(first.text) != bool(second.text)
        ):
            keep, echo = (second, first) if second.bold and not first.bold else (first, second)
            keep.text = keep.text or echo.text
            del entries[i if echo is first else i + 1]
            continue
        i += 1


def choose_headings(entries: list[Entry], is_pdf: bool) -> tuple[list[int], dict[int, str]]:
    merge_echoed_headings(entries)
    if not any(e.kind == "heading" for e in entries):
        promote_handling_headings(entries)
    if not any(e.kind == "heading" for e in entries):
        promote_opening_handling(entries)
    if not any(e.kind == "heading" for e in entries):
        promote_bare_number(entries)
    heads = [i for i, e in enumerate(entries) if e.kind == "heading"]
    listing = {i for n, i in enumerate(heads) if is_listing_run(entries, heads, n)}
    # The cover's list of items is on the first pages; lists inside appendices further on are not it.
    first_page = entries[0].page if entries else 0
    listed = {
        entries[i].number: entries[i].text
        for i in sorted(listing)
        if entries[i].number is not None and entries[i].page < first_page + COVER_PAGES
    }
    candidates = [i for i in heads if i not in listing]
    if is_pdf and candidates:
        style, _ = Counter(heading_style(entries[i]) for i in candidates).most_common(1)[0]
        candidates = [i for i in candidates if heading_style(entries[i]) == style]
    if len(listed) >= MIN_LISTED:
        candidates = [i for i in candidates if entries[i].number in listed] or candidates
    chosen: list[int] = []
    for i in candidates:
        number = entries[i].number or 0
        if not chosen or number > (entries[chosen[-1]].number or 0):
            chosen.append(i)
    for i in heads:
        if i not in chosen:
            entries[i].kind = "text"
            entries[i].text = entries[i].line.text
    return chosen, listed


def index_segments(entries: list[Entry], header: int, rows: list[tuple[int, Entry, str]]) -> Segments:
    """A meeting's index page: the lines above its table are the meeting's, each row an item."""
    used = {id(entry) for _, entry, _ in rows}
    items = [ItemBlock(number, [title], heading=entry, listed_only=True) for number, entry, title in rows]
    trailing = [e for e in entries[header + 1 :] if id(e) not in used]
    return Segments(preamble=entries[:header], items=items, trailing=trailing, listed={})


def take_title(block: ItemBlock, is_pdf: bool, wrap_width: float = 0.0) -> None:
    """The title is on the heading line or on the lines just below it.

    In text, a title goes on to the next line unless a blank line or a diary number comes
    first; where the text has no blank lines (a PDF's text dump), only while the line before
    looks wrapped (`wrap_width`: the length of the text's long lines, in characters)."""
    heading = block.heading
    if heading is None:
        return
    if heading.text:
        block.title_lines.append(heading.text)
    taken: list[Entry] = []
    previous = heading.line
    skipped = False
    for entry in block.entries:
        if len(taken) >= MAX_TITLE_LINES or entry.kind != "text":
            break
        if is_pdf and printed_above(entry, heading):
            skipped = True
            continue  # Tweb's diary number at the top right, above the heading: the title goes on below it
        if is_pdf:
            if not entry.bold or patterns.CASE_ID_RE.match(entry.text) or (skipped and entry.para):
                break  # past the diary number, only a wrapped line goes on: not a bold line a paragraph below
        elif (block.title_lines and entry.para) or patterns.CASE_ID_RE.match(entry.text):
            break
        elif wrap_width and block.title_lines and not wraps_into(previous, entry.text, wrap_width):
            break  # no blank line to go by: a title line that does not look wrapped ends the title
        block.title_lines.append(entry.text)
        previous = entry.line
        taken.append(entry)
    block.entries = [entry for entry in block.entries if all(entry is not t for t in taken)]


def printed_above(entry: Entry, heading: Entry) -> bool:
    return entry.line.page_number == heading.line.page_number and entry.line.bottom <= heading.line.top


WRAP_SLACK = 0.8  # a line this close to the text's width may have wrapped at the next word
WRAPPING_ENDS = (",", "-", "–", "/", *(f" {word}" for words in CONJUNCTIONS.values() for word in words))


def wraps_into(line: Line, following: str, wrap_width: float) -> bool:
    return following[:1].islower() or line.text.endswith(WRAPPING_ENDS) or line.x1 >= WRAP_SLACK * wrap_width


def text_width(entries: list[Entry]) -> float:
    """The length of a text's long lines, where it has no blank lines to mark paragraphs; else 0."""
    lines = [e.line for e in entries]
    gaps = sum(
        1 for a, b in zip(lines, lines[1:], strict=False) if a.page_number == b.page_number and b.top - a.top > 1
    )
    if len(lines) < MIN_LINES_FOR_WIDTH or gaps > MAX_BLANK_LINE_SHARE * len(lines):
        return 0.0
    widths = sorted(line.x1 for line in lines)
    return widths[int(len(widths) * LONG_LINE_SHARE)]


# The sections a heading covers, after it on its line: "Oikaisuvaatimus § 12", "Kunnallisvalitus §12, §14"
SECTIONS_AFTER = re.compile(r"\s*§\s*\d{1,4}(?:\s*[,–-]\s*§?\s*\d{1,4})*\s*$")


def heading_alone(text: str) -> str:
    return SECTIONS_AFTER.sub("", text)


def appendix_head(text: str) -> str:
    """The words a heading starts with, normalised to look up: "Bilaga 1 ..." -> "bilaga"."""
    return norm_label(re.split(r"\s+\d", heading_alone(text), maxsplit=1)[0])


def opens_with_heading(entry: Entry, headings: frozenset[str]) -> bool:
    text = heading_alone(entry.line.text)
    return norm_label(text) in headings or patterns.APPENDIX_PAGE.match(entry.line.text) is not None


def appendix_start(entries: list[Entry], appendix_pages: set[int], is_pdf: bool = True) -> int | None:
    """Index of the first entry of trailing material (appendices, appeal instructions) in an item's entries.

    A page after the item's first page opens it when its first line is such a heading ("Muutoksenhakukielto",
    "Bilaga 1", "Liite 2 ...") or its running header says it is an appendix ("Bilaga Personalsektionen ...").
    The heading is bold or a caption; text pages (a PDF dumped as text, form feeds between pages) show
    no bold, so there the heading must be the whole line.
    """
    headings = label_set("appendix", "headings")
    page_starts = [i for i in range(1, len(entries)) if entries[i].page != entries[i - 1].page]

    def next_start(i: int) -> int:
        """Where the next page opening with an appeal heading or "Liite 2" is: the item ends before."""
        later = (j for j in page_starts if j > i and opens_with_heading(entries[j], headings))
        return next(later, len(entries))

    for i in page_starts:
        first = entries[i]
        label = first.label if first.kind == "label" else first.line.text
        head = appendix_head(label or "")
        # "Bilaga  avtal om ..." in the label column is the item's caption for its attachments
        caption = first.kind == "label" and first.field in ("attachments", "enclosures") and first.style == "column"
        alone = (
            not is_pdf
            and norm_label(heading_alone(first.line.text)) in headings
            and not decides(entries[i : next_start(i)])  # "Oikaisuvaatimus" was a subheading
        )
        heading = head in headings and (first.bold or first.kind == "label" or alone) and not caption
        if heading or (patterns.APPENDIX_PAGE.match(first.line.text) and not caption) or first.page in appendix_pages:
            return i
    return None


def take_index(entries: list[Entry]) -> list[Entry]:
    """Remove and return the index lines at the end of `entries`: they belong to the next item.

    CloudNC lists an item's handlings above its heading. (Tweb's diary number, printed above
    the "12 §" heading, is moved by `move_case_ids`.)
    """
    index: list[Entry] = []
    while entries and entries[-1].kind == "index":
        index.insert(0, entries.pop())
    return index


def move_case_ids(preamble: list[Entry], items: list[ItemBlock]) -> None:
    """Tweb prints an item's diary number above its heading, at the end of what comes before it:
    the item before, or for the first item the cover."""
    for before, block in zip([preamble, *(b.entries for b in items)], items, strict=False):
        heading = block.heading
        if heading is None or not before:
            continue
        last = before[-1]
        if last.kind == "text" and last.page == heading.page and patterns.CASE_ID_RE.match(last.text):
            block.entries.insert(0, before.pop())


def segment(entries: list[Entry], is_pdf: bool, appendix_pages: set[int] | None = None) -> Segments:
    chosen, listed = choose_headings(entries, is_pdf)
    if len(chosen) < MAX_HEADINGS_ON_INDEX_PAGE:
        # A meeting's index page has no headings, or a stray one ("§ 126 käsittelyn aikana"
        # wrapped in an attendee table's cell): its table of items decides
        found = index_rows(entries)
        if found is not None and len(found[1]) > INDEX_ROWS_PER_HEADING * len(chosen):
            return index_segments(entries, *found)
    if not chosen:
        return Segments(preamble=[], items=[ItemBlock(None, entries=list(entries))], trailing=[], listed=listed)
    preamble = entries[: chosen[0]]
    items = []
    index = take_index(preamble)
    for n, i in enumerate(chosen):
        end = chosen[n + 1] if n + 1 < len(chosen) else len(entries)
        body = entries[i + 1 : end]
        items.append(ItemBlock(entries[i].number, entries=body, heading=entries[i], index=index))
        index = take_index(body)
    move_case_ids(preamble if is_pdf else [], items)  # a text's preamble keeps its own (single-item pages)
    # Appendices merged into the file follow the item they belong to (or the last one): keep them apart.
    trailing: list[Entry] = []
    for block in items:
        cut = appendix_start(block.entries, appendix_pages or set(), is_pdf)
        if cut is not None:
            trailing += block.entries[cut:]
            del block.entries[cut:]
    wrap_width = 0.0 if is_pdf else text_width(entries)
    for block in items:
        take_title(block, is_pdf, wrap_width)
    return Segments(preamble=preamble, items=items, trailing=trailing, listed=listed)
