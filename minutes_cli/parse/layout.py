"""From reader lines to classified entries.

Page furniture (headers and footers repeated on most pages) is set aside, navigation noise of
web pages dropped, characters cleaned, and each remaining line classified as an item heading,
a handling line ("Hyvinvointilautakunta, 26.08.2025, § 96"), a section label (with any value
on the same line), a rule, or text. Whether a line starts a paragraph is decided here too,
from the vertical gap before it.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from minutes_cli.lines import Cell, Line
from minutes_cli.parse import patterns
from minutes_cli.parse.persons import PERSON_LINE
from minutes_cli.parse.prose import clean, ends_sentence, join_pair, needs_cleaning
from minutes_cli.parse.vocab import LabelMatch, label_set, labels, noise_pattern, norm_label

HEADER_BAND = 0.15  # share of the page height at the top where running headers live
FOOTER_BAND = 0.10
MIN_FURNITURE_SHARE = 0.2  # a line in a band on at least this share of pages is furniture...
MIN_FURNITURE_PAGES = 3  # ... and on at least this many (files with appendices merged in vary their headers)
MIN_TEXT_FURNITURE_SHARE = 0.8  # in text there is no position to go by: nearly every page
FURNITURE_Y_TOLERANCE_PT = 4.0
HAS_LETTER = re.compile(r"[^\W\d_]")
TEXT_BAND_LINES = 8  # in text, the running header and footer are among a page's first or last lines
PARAGRAPH_GAP = 1.35  # a gap this many times the usual line pitch starts a paragraph
WRAPPED_CELL_GAP = 0.6  # a wrapped table cell follows its row closely (share of the row's height)
COLUMN_TOLERANCE = 4.0  # points (or characters) within which two x positions are one column
MAX_UNKNOWN_LABEL_WORDS = 4
MAX_CAPTION_PART_WORDS = 3  # a caption wraps a word or two at a time: "Lisätietojen" + "antaja"
MAX_CAPTION_LINES = 3
MIN_VALUE_WORDS_BEFORE_CAPTION = 3
MAX_BYLINE_WORDS = 6  # "Beredning: Tf. välfärdschef Heidi Kronqvist" after a label
MIN_LABEL_SIZE_SHARE = 0.8  # a label's font is not much smaller than the body text's
BOLD_LABEL_SHARE = 0.8  # when this share of text-section labels is bold, plain ones are subheadings
TEXT_SECTION_FIELDS = {"summary", "background", "proposal", "discussion", "decision"}
# Cheap tests that rule most lines out before the full patterns run.
HEADING_WORDS = ("Pykälä", "Ärende", "Asia")  # a heading without §: "Asia 4", "Asianro 26"
DATE_ANYWHERE = re.compile(patterns.DATE)
LIST_NUMBER = re.compile(r"\d{1,2}\.\s+")
TEXT_DUMP_MARKS = re.compile(r"\[ATT\]|\[S:\s*:S\]")  # w3m's attachment icon and an empty struck-out span
DATE_TAIL = re.compile(r"\.\s?\d{1,2}\.\s?\d{4}")  # what follows a date's day: found fast, from its "."


def median(values: Iterable[float]) -> float:
    """`statistics.median`, without its imports (fractions, decimal: 4 ms of every start)."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


@dataclass(slots=True)  # slots: one of these for every line, and quicker to make
class Entry:
    kind: str  # "text", "label", "heading", "handling", "index", "rule"
    text: str  # text of the line; for a label the value after it, for a heading the title
    line: Line
    para: bool = False
    field: str | None = None  # label: the field its section fills
    label: str | None = None  # label: as printed
    style: str | None = None  # label: "alone", "colon", "gap", "glued", "space", "column"
    number: int | None = None  # heading and handling: the § number
    body: str | None = None  # handling: the body
    date: str | None = None  # handling: the date as printed

    @property
    def page(self) -> int:
        return self.line.page_number

    @property
    def bold(self) -> bool:
        return self.line.bold


@dataclass
class Layout:
    entries: list[Entry]
    furniture: list[Line] = field(default_factory=list)  # running headers and footers, in order


def clean_line(line: Line) -> Line | None:
    if not needs_cleaning(line.text) and "[" not in line.text:
        return line  # the usual case: nothing to clean
    cells = tuple(Cell(t, c.x0, c.x1, c.bold) for c in line.cells if (t := clean(TEXT_DUMP_MARKS.sub("", c.text))))
    if not cells:
        return None
    text = " ".join(c.text for c in cells)
    return Line(text, line.page_number, cells[0].x0, line.x1, line.top, line.bottom, line.size, line.bold, cells)


def signature(line: Line) -> str:
    return re.sub(r"\d+", "#", line.text)


def find_furniture(lines: list[Line], pages: int, page_height: float) -> set[int]:
    """Indexes of lines repeated near the top or bottom of most pages ("Pöytäkirja 8/2025 4 (18)")."""
    if pages < 2:
        return set()
    seen: dict[tuple[str, int], set[int]] = defaultdict(set)
    candidates = band_lines(lines, page_height) if page_height > 0 else text_band_lines(lines)
    for i, key in candidates:
        seen[key].add(lines[i].page_number)
    share = MIN_FURNITURE_SHARE if page_height > 0 else MIN_TEXT_FURNITURE_SHARE
    needed = pages_needed(pages, share)
    furniture = {key for key, on in seen.items() if len(on) >= needed}
    # Appendices merged into the file have a running header of their own ("Bilaga Personalsektionen
    # 29.05.2023 § 30"); the minutes' own header need only be on most of the other pages.
    appendix_pages = set().union(*(seen[key] for key in furniture if patterns.APPENDIX_PAGE.match(key[0])))
    if appendix_pages:
        needed = pages_needed(pages - len(appendix_pages), share)
        furniture |= {key for key, on in seen.items() if len(on - appendix_pages) >= needed}
    return {i for i, key in candidates if key in furniture}


def band_lines(lines: list[Line], page_height: float) -> list[tuple[int, tuple[str, int]]]:
    """Lines in the header and footer bands, each with its text (digits aside) and height on the page."""
    top, bottom = HEADER_BAND * page_height, (1 - FOOTER_BAND) * page_height
    return [
        (i, (signature(line), round(line.top / FURNITURE_Y_TOLERANCE_PT)))
        for i, line in enumerate(lines)
        if line.bottom <= top or line.top >= bottom
    ]


def text_band_lines(lines: list[Line]) -> list[tuple[int, tuple[str, int]]]:
    """In text pages (form feeds) the first and last lines of each page: a PDF's text dump puts its
    running header first (pdftotext) or last (PyMuPDF). Captions and headings repeat there too: not them."""
    by_page: dict[int, list[int]] = defaultdict(list)
    for i, line in enumerate(lines):
        by_page[line.page_number].append(i)
    matcher = labels()
    out = []
    for indexes in by_page.values():
        for band, part in ((0, indexes[:TEXT_BAND_LINES]), (1, indexes[-TEXT_BAND_LINES:])):
            for i in part:
                text = lines[i].text
                if "§" in text or ((m := matcher.match(text)) is not None and m.style in ("alone", "colon")):
                    continue
                if text.endswith(".") or PERSON_LINE.match(text):  # "Hyväksyttiin.", "Mikko Salo, insinööri"
                    continue
                # a date or number standing alone may be the text's own: only page numbers ("8 (") vary
                key = signature(lines[i]) if HAS_LETTER.search(text) or len(text) <= 4 else text
                out.append((i, (key, band)))
    return out


def pages_needed(pages: int, share: float) -> int:
    return max(MIN_FURNITURE_PAGES if pages >= 2 * MIN_FURNITURE_PAGES else 2, math.ceil(share * pages))


def line_pitch(lines: list[Line]) -> float:
    gaps = [
        b.top - a.top
        for a, b in zip(lines, lines[1:], strict=False)
        if a.page_number == b.page_number and b.top > a.top
    ]
    return median(gaps) if gaps else 1.0


def starts_paragraph(previous: Line | None, line: Line, pitch: float) -> bool:
    if previous is None:
        return True
    if previous.page_number != line.page_number:
        gap_says = ends_sentence(previous.text)
    else:
        gap_says = line.top - previous.top > PARAGRAPH_GAP * pitch
    if not gap_says:
        return False
    # A wrapped sentence goes on after a gap (text dumps put blank lines inside paragraphs).
    return ends_sentence(previous.text) or not line.text[:1].islower()


def find_label_column(lines: list[Line]) -> tuple[float | None, float | None]:
    """The x of a label column: known labels first on lines that go on with a value to the right."""
    matcher = labels()
    xs: Counter[int] = Counter()
    values: list[float] = []
    for line in lines:
        if len(line.cells) >= 2:
            first = line.cells[0].text.rstrip(":").strip()
            m = matcher.match(first)
            if m is not None and m.style == "alone":
                xs[round(line.cells[0].x0 / COLUMN_TOLERANCE)] += 1
                values.append(line.cells[1].x0)
    if sum(xs.values()) < 2:
        return None, None
    key, _ = xs.most_common(1)[0]
    return key * COLUMN_TOLERANCE, median(values)


def merge_centred_cells(lines: list[Line]) -> list[Line]:
    """A table row whose first cell has two lines and whose values sit between them, centred:
    "Koneet ja kalusto /", then "-30.000 -125.000", then "Sivistyslautakunta yhteensä"."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        upper = lines[i]
        if i + 2 < len(lines) and is_centred_row(upper, lines[i + 1], lines[i + 2]):
            row, lower = lines[i + 1], lines[i + 2]
            first = Cell(f"{upper.cells[0].text} {lower.cells[0].text}", upper.x0, max(upper.x1, lower.x1), upper.bold)
            cells = (first, *row.cells)
            text = " ".join(c.text for c in cells)
            out.append(
                Line(text, row.page_number, upper.x0, row.x1, upper.top, lower.bottom, row.size, row.bold, cells)
            )
            i += 3
            continue
        out.append(upper)
        i += 1
    return out


def is_centred_row(upper: Line, row: Line, lower: Line) -> bool:
    height = upper.bottom - upper.top
    return (
        row.cells[0].x0 > max(upper.x1, lower.x1)  # nothing of the row in the first column (first: the rarest)
        and len(upper.cells) == 1
        and len(lower.cells) == 1
        and upper.page_number == row.page_number == lower.page_number
        and abs(upper.x0 - lower.x0) <= COLUMN_TOLERANCE
        and upper.top < row.top < lower.top
        and lower.top - upper.bottom <= WRAPPED_CELL_GAP * height + (row.bottom - row.top)
        and abs((row.top + row.bottom) - (upper.top + lower.bottom)) <= height  # centred between them
    )


def merge_wrapped_cells(lines: list[Line], pitch: float) -> list[Line]:
    """A table row whose first cell wraps ("Koneet ja kalusto /" over "Sivistyslautakunta yhteensä")."""
    out: list[Line] = []
    for line in lines:
        above = out[-1] if out else None
        if (
            above is not None
            and above.page_number == line.page_number
            and len(above.cells) >= 2
            and len(line.cells) == 1
            and abs(line.cells[0].x0 - above.cells[0].x0) <= COLUMN_TOLERANCE
            and line.cells[0].x1 < above.cells[1].x0
            and 0 < line.top - above.top <= PARAGRAPH_GAP * pitch
            and line.top - above.bottom <= WRAPPED_CELL_GAP * (above.bottom - above.top)
            and not above.cells[0].bold
        ):
            first = above.cells[0]
            merged = Cell(f"{first.text} {line.cells[0].text}", first.x0, max(first.x1, line.cells[0].x1), first.bold)
            cells = (merged, *above.cells[1:])
            out[-1] = Line(
                " ".join(c.text for c in cells),
                above.page_number,
                above.x0,
                above.x1,
                above.top,
                line.bottom,
                above.size,
                above.bold,
                cells,
            )
            continue
        out.append(line)
    return out


def is_noise(text: str) -> bool:
    return noise_pattern().search(text) is not None


def classify(line: Line, label_x: float | None, value_x: float | None, inline_labels: bool, body_size: float) -> Entry:
    text = line.text
    if text[:1] in patterns.RULE_CHARS and patterns.RULE.match(text.replace(" ", "")):
        return Entry("rule", text, line)
    heading = match_heading(line) if "§" in text or text.startswith(HEADING_WORDS) else None
    if heading is not None:
        return heading
    label_sized = not body_size or line.size >= MIN_LABEL_SIZE_SHARE * body_size
    label = column_label(line, label_x, value_x) if label_sized else None
    if label is not None:
        return Entry("label", label.rest, line, field=label.field, label=label.label, style=label.style)
    may_be_handling = may_be_a_handling(text)
    handling = patterns.match_handling(text) if may_be_handling else None
    if handling is not None:
        return Entry("handling", text, line, number=handling.number, body=handling.body, date=handling.date)
    m = patterns.handling_index_pattern().match(text) if may_be_handling else None
    if m is not None:
        number = m["num"] or m["num2"]
        return Entry("index", text, line, number=int(number), body=patterns.nominative_body(m["body"]), date=m["date"])
    label = match_label(line, label_x, value_x, inline_labels) if label_sized else None
    if label is not None:
        return Entry("label", label.rest, line, field=label.field, label=label.label, style=label.style)
    return Entry("text", text, line)


def may_be_a_handling(text: str) -> bool:
    """Every handling line has a §, a date or a caption word; most lines with digits have none.
    (Substring tests first: one alternation of all four is three times slower on a text line.)"""
    if "§" in text or "käsittely" in text or "behandling" in text:
        return True
    return DATE_TAIL.search(text) is not None and DATE_ANYWHERE.search(text) is not None


def match_heading(line: Line) -> Entry | None:
    text = line.text
    if patterns.TOC_LEADER.search(text):
        return None
    first = line.cells[0].text if line.cells else text
    for pattern in (patterns.SECTION_FIRST, patterns.NUMBER_FIRST, patterns.WORD_NUMBER):
        m = pattern.match(first)
        if m is not None:
            title = " ".join(filter(None, [m.group("title") or "", *(c.text for c in line.cells[1:])])).strip()
            return Entry("heading", title, line, number=int(m.group(1)))
    return None


def column_label(line: Line, label_x: float | None, value_x: float | None) -> LabelMatch | None:
    """A caption in the label column with its value to the right on the same line."""
    matcher = labels()
    cells = line.cells
    in_column = label_x is not None and abs(cells[0].x0 - label_x) <= COLUMN_TOLERANCE and len(cells) >= 2
    if in_column:
        first = cells[0].text
        rest = " ".join(c.text for c in cells[1:])
        m = matcher.match(first.rstrip(":").strip()) or matcher.match_role(first)
        if m is not None and m.style == "alone":
            return LabelMatch(m.field, m.label, rest, "column")
        # Two bold cells that together make a caption: "Kaupunginjohtajan" + "esitys:"
        if len(cells) >= 2 and cells[0].bold and cells[1].bold:
            joined = f"{first} {cells[1].text}"
            m = matcher.match(joined.rstrip(":").strip()) or matcher.match_role(joined)
            if m is not None and m.style == "alone":
                return LabelMatch(m.field, m.label, " ".join(c.text for c in cells[2:]), "column")
        if is_unknown_label(cells[0], value_x):
            return LabelMatch("other", first.rstrip(":").strip(), rest, "column")
    return None


def match_label(line: Line, label_x: float | None, value_x: float | None, inline_labels: bool) -> LabelMatch | None:
    matcher = labels()
    text = line.text
    m = matcher.match(text)
    # A label runs into its value with one space only where no labels stand alone, and not in the
    # value column beside a label column ("Päätös tehdään vuosittain" is its text)
    in_value_column = value_x is not None and label_x is not None and abs(line.x0 - value_x) <= COLUMN_TOLERANCE
    if m is not None and (m.style != "space" or (inline_labels and not in_value_column)):
        return m
    m = matcher.match_role(text)
    if m is None and line.bold and text[:1].isdigit() and text.endswith(":") and (numbered := LIST_NUMBER.match(text)):
        # A bold caption that Word's list numbering carried on into: "4. Stadsdirektörens förslag:"
        # (a numbered heading of a report, "1. BAKGRUND", has no colon)
        m = matcher.match(text[numbered.end() :]) or matcher.match_role(text[numbered.end() :])
        return m if m is not None and m.style == "alone" else None
    return m


def is_unknown_label(cell: Cell, value_x: float | None) -> bool:
    """A short caption in the label column that the vocabulary does not know: keep it as a section."""
    words = cell.text.rstrip(":").split()
    return (
        cell.bold
        and value_x is not None
        and cell.x1 < value_x
        and 0 < len(words) <= MAX_UNKNOWN_LABEL_WORDS
        and cell.text[:1].isupper()
        and not cell.text.rstrip(":").endswith((".", ","))
        and not any(ch.isdigit() for ch in cell.text)
    )


def has_standalone_labels(lines: list[Line]) -> bool:
    """Documents that print labels on lines of their own never run a label into its value with one space."""
    matcher = labels()
    alone = (
        line
        for line in lines
        if (m := matcher.match(line.text) or matcher.match_role(line.text)) is not None and m.style == "alone"
    )  # "Päätös" or "Sivistysjohtajan ehdotus" alone on its line
    return next(alone, None) is not None and next(alone, None) is not None  # two are enough: stop there


def is_caption_cell(entry: Entry, label_x: float, value_x: float) -> bool:
    """The line starts in the label column (a caption alone on its line may run past the value column)."""
    cell = entry.line.cells[0]
    return abs(cell.x0 - label_x) <= COLUMN_TOLERANCE and (cell.x1 < value_x or len(entry.line.cells) == 1)


def starts_caption(entry: Entry, label_x: float, value_x: float) -> bool:
    if not is_caption_cell(entry, label_x, value_x):
        return False
    return (entry.kind == "label" and entry.style == "column") or (
        entry.kind == "text" and len(entry.line.cells) == 1 and entry.line.cells[0].bold
    )


def caption_text(entry: Entry) -> str:
    return entry.label if entry.kind == "label" and entry.label else entry.line.cells[0].text


def join_wrapped_captions(entries: list[Entry], label_x: float | None, value_x: float | None) -> list[Entry]:
    """A caption wrapped over lines in the label column is one caption.

    "Täytäntöönpano-" + "tiedot", "Valmistelijat/" + "Lisätietojen" + "antaja",
    "Kaupunginhallituksen" + "käsittely" (a handling line), "Kaupungin-" + "hallituksen" +
    "päätösehdotus" (a proposal). Values printed beside the later lines stay text.
    """
    if label_x is None or value_x is None:
        return entries
    out: list[Entry] = []
    i = 0
    while i < len(entries):
        first = entries[i]
        if not starts_caption(first, label_x, value_x):
            out.append(first)
            i += 1
            continue
        caption = caption_text(first)
        values: list[Entry] = []
        j = i + 1
        while j < len(entries):
            entry = entries[j]
            previous = entries[j - 1]
            cell = entry.line.cells[0]
            if (
                entry.kind not in ("text", "label")
                or entry.page != previous.page  # a caption at a page's end does not go on atop the next
                or not is_caption_cell(entry, label_x, value_x)
                or entry.line.top - previous.line.bottom >= previous.line.height
                or (entry.kind == "label" and not caption.endswith(("-", "/")) and labels().field_of(caption))
                or not (cell.bold or cell.text[:1].islower() or caption.endswith(("-", "/")))
                or len(cell.text.split()) > MAX_CAPTION_PART_WORDS  # a value wrapped back to the margin (w3m)
            ):
                break
            caption = join_caption(caption, cell.text)
            if len(entry.line.cells) >= 2:
                rest = " ".join(c.text for c in entry.line.cells[1:])
                values.append(Entry("text", rest, entry.line, para=False))
            j += 1
        if j == i + 1:
            out.append(first)
            i += 1
            continue
        out.append(reclassify_caption(first, caption.rstrip(":")))
        out.extend(values)
        i = j
    return out


def join_split_captions(entries: list[Entry]) -> list[Entry]:
    """In text, a caption split over lines at a hyphen or slash ("Täytäntöönpano-" over "tiedot",
    "Valmistelijat/" over "Lisätietojen" over "antaja": a PDF's caption column dumped as text)
    is one caption where the lines make a known label."""
    out: list[Entry] = []
    i = 0
    while i < len(entries):
        entry = entries[i]
        joined = (
            split_caption_at(entries, i)
            if entry.kind == "text" and entry.text.endswith(("-", "/")) and not after_table_cell(out)
            else None
        )
        if joined is None:
            out.append(entry)
            i += 1
            continue
        end, m = joined
        out.append(Entry("label", "", entry.line, entry.para, m.field, m.label, "alone"))
        i = end + 1
    return out


def after_table_cell(before: list[Entry]) -> bool:
    """A table dumped one cell a line ("Tarjoaja", "Hinta", "Lisä-", "tiedot"): its header cells
    are no caption. A caption comes after a value or a sentence of a few words, or another caption."""
    if not before or before[-1].kind != "text":
        return False
    text = before[-1].text
    return len(text.split()) < MIN_VALUE_WORDS_BEFORE_CAPTION and not ends_sentence(text)


def join_caption(caption: str, part: str) -> str:
    """ "Täytäntöönpano-" + "tiedot", "Valmistelijat/" + "Lisätietojen": a caption wrapped over lines."""
    return f"{caption} {part}" if caption.endswith("/") else join_pair(caption.rstrip(":"), part)


def split_caption_at(entries: list[Entry], start: int) -> tuple[int, LabelMatch] | None:
    """The last line and the label of a caption that starts at `start` and goes on below, if any."""
    caption = entries[start].text
    if len(caption.split()) > 1:
        return None
    found = None
    for end in range(start + 1, min(start + MAX_CAPTION_LINES, len(entries))):
        part = entries[end]
        if part.kind != "text" or part.para or len(part.text.split()) > MAX_CAPTION_PART_WORDS:
            break
        caption = join_caption(caption, part.text)
        m = labels().match(caption)
        if m is not None and m.style == "alone":
            found = (end, m)
    return found


def reclassify_caption(entry: Entry, caption: str) -> Entry:
    matcher = labels()
    m = matcher.match(caption)
    if m is not None and m.style == "alone":
        return Entry(
            "label", entry.text if entry.kind == "label" else "", entry.line, entry.para, m.field, caption, "column"
        )
    m = matcher.match_role(caption)
    if m is not None:
        return Entry(
            "label", entry.text if entry.kind == "label" else "", entry.line, entry.para, m.field, caption, "column"
        )
    handling = patterns.match_handling(caption)
    if handling is not None:
        return Entry(
            "handling",
            caption,
            entry.line,
            entry.para,
            style="column",
            number=handling.number,
            body=handling.body,
            date=handling.date,
        )
    if entry.kind == "label":
        return Entry("label", entry.text, entry.line, entry.para, entry.field, caption, "column")
    return Entry("text", caption, entry.line, entry.para)


def build_layout(lines: list[Line], pages: int, page_height: float) -> Layout:
    is_pdf = page_height > 0
    furniture_at = find_furniture(lines, pages, page_height)
    furniture = [line for i, line in enumerate(lines) if i in furniture_at]
    kept = []
    for i, line in enumerate(lines):
        if i in furniture_at:
            continue
        cleaned = clean_line(line)
        if cleaned is not None and (is_pdf or not is_noise(cleaned.text)):  # web-page chrome comes only as text
            kept.append(cleaned)
    pitch = line_pitch(kept) if page_height > 0 else 1.0  # in text, one line is one line
    if page_height > 0:
        kept = merge_wrapped_cells(merge_centred_cells(kept), pitch)
    label_x, value_x = find_label_column(kept)
    inline_labels = not has_standalone_labels(kept)
    body_size = median(line.size for line in kept) if kept and page_height > 0 else 0.0
    entries = []
    previous = None
    for line in kept:
        entry = classify(line, label_x, value_x, inline_labels, body_size)
        entry.para = starts_paragraph(previous, line, pitch)
        if entry.kind == "label" and entry.style == "space" and not entry.para:
            entry = Entry("text", line.text, line, para=entry.para)
        entries.append(entry)
        previous = line
    entries = join_wrapped_captions(entries, label_x, value_x) if is_pdf else join_split_captions(entries)
    if page_height > 0:
        demote_plain_labels(entries)
    return Layout(entries, furniture)


def demote_plain_labels(entries: list[Entry]) -> None:
    """Where a PDF prints its section labels bold, a plain "Perustelut:" is a subheading in the text."""
    text_labels = [
        e for e in entries if e.kind == "label" and e.field in TEXT_SECTION_FIELDS and e.style in ("alone", "colon")
    ]
    if len(text_labels) < 3 or sum(e.bold for e in text_labels) < BOLD_LABEL_SHARE * len(text_labels):
        return
    for entry in text_labels:
        if not entry.bold and not names_a_person(entry):
            entry.kind, entry.text = "text", entry.line.text


def names_a_person(entry: Entry) -> bool:
    """ "Beredning: Ungdomsledare Katarina Östman": Tweb prints this label plain among bold ones."""
    return (
        norm_label(entry.label or "") in label_set("sections", "preparer_bylines")
        and entry.style == "colon"
        and 2 <= len(entry.text.split()) <= MAX_BYLINE_WORDS
        and not entry.text.endswith(".")
    )
