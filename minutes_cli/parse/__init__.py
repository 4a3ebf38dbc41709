"""The parsing core: reader lines in, the document model out. No I/O, no PyMuPDF, no Rich.

layout.build_layout    lines -> entries (headings, labels, handling lines, rules, text)
segment.segment        entries -> preamble (cover), items, appendices
meeting.read_meeting   running header and cover -> meeting fields and attendees
items.build_item       one item's entries -> Item
  handlings            which handling is this meeting's, and the earlier ones
  sections, fields     labelled sections -> texts, persons, attachments, notification
  outcome, votes       outcome, unanimity, votes, disqualifications, dissents
contents.read_contents the cover's table of contents -> titles and attachments where items lack them
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from minutes_cli.lines import Line
from minutes_cli.model import Appendix, Document, Item, Meeting, ParseWarning, Person, Source
from minutes_cli.parse.contents import apply_contents, read_contents
from minutes_cli.parse.fields import Fields, merge_missing, read_fields, right_edge_of
from minutes_cli.parse.handlings import current_block, split_handlings
from minutes_cli.parse.index_page import meeting_header
from minutes_cli.parse.items import build_item, find_case_id
from minutes_cli.parse.language import detect_language
from minutes_cli.parse.layout import Entry, build_layout
from minutes_cli.parse.meeting import (
    attendees_of,
    kind_of,
    municipality_from_domains,
    municipality_from_hosts,
    municipality_of,
    officers,
    read_meeting,
)
from minutes_cli.parse.patterns import APPENDIX_PAGE, DATE_RE, iso_date
from minutes_cli.parse.persons import signers
from minutes_cli.parse.prose import join_paragraphs
from minutes_cli.parse.sections import build_sections
from minutes_cli.parse.segment import Segments, appendix_head, segment
from minutes_cli.parse.vocab import label_set, labels, words
from minutes_cli.readers import UNRELIABLE_TEXT_LAYER, RawDocument

FIRST_LINES_FOR_MEETING = 12
TITLE_PARTS = re.compile(r"\s+[-–|]\s+")
MIN_ITEM_TITLE_WORDS = 3  # a page <title> shorter than this names the site, not an item
MEETING_LIST_DATES = 2  # rows of dated documents that make a text without items a list of meetings
HEADER_SECTION = re.compile(r"^(?:§\s*(\d{1,4})|(\d{1,4})\s*§)$")


def parse(raw: RawDocument) -> Document:
    is_pdf = raw.format == "pdf"
    layout = build_layout(raw.lines, raw.pages, raw.page_height)
    appendix_pages = {line.page_number for line in layout.furniture if APPENDIX_PAGE.match(line.text)}
    segments = segment(layout.entries, is_pdf, appendix_pages)
    first_lines = (
        segments.items[0].entries[:FIRST_LINES_FOR_MEETING] if not segments.preamble and segments.items else []
    )
    meeting = read_meeting(layout.furniture, segments.preamble, first_lines)
    if segments.index_page:
        for key, value in meeting_header([e.line.text for e in segments.preamble]).items():
            if getattr(meeting, key) is None:
                setattr(meeting, key, value)
        below = [e.line for e in segments.trailing]  # the attendee tables follow the index
        if meeting.chair is None and meeting.secretary is None:
            meeting.chair, meeting.secretary = officers(below)
        meeting.attendees = meeting.attendees or attendees_of(below)
    all_text = "\n".join(e.line.text for e in layout.entries)
    meeting.language = detect_language(all_text)
    minutes = meeting.kind != "agenda"
    people = [Person(a.name, a.role) for a in meeting.attendees]
    items = []
    for block in segments.items:
        item = build_item(block, meeting_date=meeting.date, is_pdf=is_pdf, minutes=minutes, people=people)
        items.append(item)
    if len(items) == 1 and segments.preamble:
        fill_from_preamble(items[0], segments.preamble)
    if len(items) == 1 and items[0].number is None:
        items[0].number = number_in_header(layout.furniture)
    warnings = list(raw.warnings)
    warnings += apply_contents(
        items, read_contents(layout.entries), any(w.code == UNRELIABLE_TEXT_LAYER for w in warnings)
    )
    warnings += check_items(items, segments)
    document = Document(
        source=Source(path=raw.path, sha256=raw.sha256, format=raw.format, pages=raw.pages),
        meeting=meeting,
        items=items,
        appendices=appendices_of(
            segments.trailing, appendix_headers(layout.furniture), {e.page for e in layout.entries}
        ),
        warnings=warnings,
    )
    fill_meeting_from_handling(document, segments)
    if meeting.chair is None and meeting.secretary is None:
        meeting.chair, meeting.secretary = officers_from_signatures(items)
    body_entries = segments.preamble + [entry for block in segments.items for entry in block.entries]
    fill_meeting_from_text(meeting, items, body_entries)  # not appeal instructions: they name the court
    if meeting.kind is None:  # a page that names no kind and shows no decision: nothing is known decided
        for item in items:
            item.outcome = item.outcome if item.decision else None
    if meeting.municipality is None and raw.title:  # a web page's title: "Kokousasiakirjat - Oulun kaupunki"
        meeting.municipality = next(filter(None, map(municipality_of, TITLE_PARTS.split(raw.title))), None)
    if meeting.municipality is None:  # where the page's links go: "ah.turku.fi"
        meeting.municipality = municipality_from_hosts(raw.link_hosts)
    if len(items) == 1 and items[0].title is None and raw.title and is_item_title(raw.title):
        items[0].title = raw.title  # a page of one item without a heading (Ahjo's proposals): its <title>
    if len(items) == 1 and not has_item_structure(items[0]):
        keep_text_without_items(document, layout.furniture, segments.preamble + segments.items[0].entries)
    return document


def keep_text_without_items(document: Document, furniture: list[Line], entries: list[Entry]) -> None:
    """A text with no number, heading, title or label is not an agenda item (a list of meetings, a
    search page, a cover alone, a layout not known yet): it is kept as material of its own. A cover
    (lists of those present: a CaseM meeting record) gives the meeting; a list of dated minutes and
    agendas gives none, not its first row's."""
    text = document.items.pop()
    document.warnings.append(no_items_warning())
    if text.background:
        document.appendices.insert(0, Appendix(title=None, text=text.background, pages=text.pages))
    meeting = document.meeting
    cover = read_meeting(furniture, entries, [])
    if cover.attendees:
        cover.municipality = cover.municipality or meeting.municipality
        cover.language = meeting.language
        document.meeting = cover
    elif is_meeting_list(entries):
        document.meeting = Meeting(municipality=meeting.municipality, language=meeting.language)
        message = "a list of meetings, not one meeting's document: no meeting fields are read"
        document.warnings.append(ParseWarning("meeting-list", message))
    elif cover.chair or cover.secretary:  # named with their roles (a signature, a record of officers)
        meeting.chair, meeting.secretary = meeting.chair or cover.chair, meeting.secretary or cover.secretary


def is_item_title(page_title: str) -> bool:
    """Not a site's name ("Espoon kaupunki", "Kokousasiakirjat - Oulun kaupunki", "Esityslistat/pöytäkirjat")."""
    parts = TITLE_PARTS.split(page_title)
    lowered = page_title.casefold()
    return (
        len(page_title.split()) >= MIN_ITEM_TITLE_WORDS
        and not any(map(municipality_of, parts))
        and kind_of([page_title])[0] is None
        and not any(word in lowered for word in words("web", "site_title_words"))
    )


def fill_meeting_from_text(meeting: Meeting, items: list[Item], entries: list[Entry]) -> None:
    """Last resorts for pages without a cover or header (single items printed from the web):
    a decision makes them minutes, and the town's e-mail or web domain names the municipality."""
    if meeting.kind is None and any(item.decision for item in items):
        meeting.kind = "minutes"
    if meeting.municipality is None:
        meeting.municipality = municipality_from_domains(e.line.text for e in entries)


def officers_from_signatures(items: list[Item]) -> tuple[Person | None, Person | None]:
    """An Ahjo decision signed by two: the chair and the secretary, in that order unless their titles
    say otherwise (one signer is an official deciding alone)."""
    for item in items:
        for label, text in item.sections.items():
            if labels().field_of(label) == "signatures":
                people = signers(text)
                if len(people) != 2:
                    return None, None
                secretaries = {w.casefold() for w in words("roles", "secretary")}
                first_keeps_minutes = (people[0].title or "").casefold() in secretaries
                return (people[1], people[0]) if first_keeps_minutes else (people[0], people[1])
    return None, None


def raw_entries(raw: RawDocument) -> list[dict[str, Any]]:
    """The classified lines, for looking at what the parser saw (`minutes parse --raw`)."""
    layout = build_layout(raw.lines, raw.pages, raw.page_height)
    out = []
    for entry in layout.entries:
        record: dict[str, Any] = {
            "page_number": entry.page,
            "x0": round(entry.line.x0, 1),
            "top": round(entry.line.top, 1),
            "bold": entry.bold,
            "paragraph": entry.para,
            "kind": entry.kind,
        }
        if entry.kind == "label":
            record.update(label=entry.label, field=entry.field, style=entry.style)
        if entry.number is not None:
            record["number"] = entry.number
        if entry.kind in ("handling", "index"):
            record.update(body=entry.body, date=entry.date)
        record["text"] = entry.text
        out.append(record)
    return out


def appendices_of(entries: list[Entry], headers: dict[int, str], text_pages: set[int]) -> list[Appendix]:
    """Trailing material, one appendix per document (kept, not swallowed by the last item): a page
    opens one with a heading, after pages with other text (an item's), or where its appendix
    header changes (`headers`: "Bilaga Stadsstyrelsen, 15.09.2022 § 49", "Liite 2", by page);
    other pages go on with the appendix before them. `text_pages`: the pages with any text."""
    appendices: list[Appendix] = []
    paragraphs: list[list[list[str]]] = []
    firsts = [
        entry
        for entry, before in zip(entries, [None, *entries], strict=False)
        if before is None or entry.page != before.page
    ]
    top_of = {entry.page: page_top_text(entry) for entry in firsts}  # entries come in page order: one first each
    tops = Counter(top_of.values())
    running = {text for text, pages in tops.items() if pages > 1}  # an attached document's title on each of its pages
    second_of = second_lines(entries)
    opening = {id(entry) for entry in firsts}
    for entry in entries:
        if not appendices or (
            id(entry) in opening
            and opens_appendix(entry, appendices[-1], running, top_of, second_of, headers, text_pages)
        ):
            top = top_of[entry.page]
            title = top if is_heading(entry, running) else headers.get(entry.page) or top or None
            appendices.append(Appendix(title=title, pages=[entry.page, entry.page]))
            paragraphs.append([])
            if entry.kind == "label" and (not entry.text or APPENDIX_NUMBER.fullmatch(entry.text)):
                continue  # the title, whole
        appendices[-1].pages[-1] = entry.page
        line = entry.line.text  # a caption keeps its word ("Perustelut"), set apart where glued to its text
        if entry.kind == "label" and entry.style == "glued":
            line = f"{entry.label} {entry.text}".strip()
        if entry.para or not paragraphs[-1]:
            paragraphs[-1].append([])
        paragraphs[-1][-1].append(line)
    for appendix, text in zip(appendices, paragraphs, strict=True):
        appendix.text = join_paragraphs(text)
    return appendices


PAGE_NUMBER_TAIL = re.compile(r"\s+(?:(?:Sida|Sivu|Page)\s*\d+(?:\s*\(\d+\))?|\d+\s*\(\d+\)|\d+/\d+)$", re.IGNORECASE)


def appendix_headers(furniture: list[Line]) -> dict[int, str]:
    """The running header of each page that has an appendix's ("Bilaga Stadsstyrelsen, ... § 49",
    "Liite 2"), without a page number at its end ("... § 49 Sida 2")."""
    headers = {}
    for line in furniture:
        if APPENDIX_PAGE.match(line.text):
            text = line.text
            if "§" in text or len(text.split()) > 2:  # "Liite 2" keeps its number
                text = PAGE_NUMBER_TAIL.sub("", text)
            headers[line.page_number] = text
    return headers


APPENDIX_NUMBER = re.compile(r"\d{1,3}[a-z]?|[A-Z]")  # "Bilaga" "1": the caption and the appendix's number


def page_top_text(entry: Entry) -> str:
    """A page's first line, or its caption: "Muutoksenhaku" beside "Läsnäolotiedot"; "Bilaga 1" whole."""
    if entry.kind == "label" and not APPENDIX_NUMBER.fullmatch(entry.text or ""):
        return entry.label or ""
    return entry.line.text


SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s")  # "1. BAKGRUND", "3.2 Principer": a section of the report


def opens_appendix(
    entry: Entry,
    before: Appendix,
    running: set[str],
    top_of: dict[int, str],
    second_of: dict[int, str],
    headers: dict[int, str],
    text_pages: set[int],
) -> bool:
    """Does the page `entry` tops start an appendix of its own? Yes after pages with other text
    (a page of pictures alone is no gap), where its appendix header changes, and where it opens
    with an appeal heading, even the one before again (the appeal of § 12, then of § 14), or with
    the title of another document ("Bilaga 1", a title atop several pages), but not with the
    title that topped the page before (a running title). Inside appeal instructions other
    headings are theirs ("Valituksen toimittaminen"); elsewhere a heading (`is_heading`) opens
    one, but not a bold numbered section of a report ("3.2 Principer ..."). A page that
    opens mid-sentence ("miten päätöstä halutaan oikaistavaksi") goes on with the appendix before it."""
    last_page = before.pages[-1]
    header = headers.get(entry.page)
    if text_pages.intersection(range(last_page + 1, entry.page)) or (header and header != headers.get(last_page)):
        return True
    text = page_top_text(entry)
    if not text:
        return False
    again = text == top_of.get(entry.page - 1)
    if is_appeal(text) and not (again and not SECTION_LIST.search(second_of.get(entry.page, ""))):
        return True  # another appeal, with its sections listed (the same heading over its next page goes on)
    if again:
        return False  # a running title ("Bilaga Välfärdsnämnden, 15.09.2022 § 49" atop each page)
    if text in running or APPENDIX_PAGE.match(text):
        return True  # another document's title
    if before.title and is_appeal(before.title):
        return False  # a subheading of the appeal instructions ("Valituksen toimittaminen", "VALTUUTUS")
    return is_heading(entry, running) and not (entry.bold and SECTION_NUMBER.match(text))


# The sections an appeal heading covers: "§12, §14", "Pykälät 12", "Paragrafer: 13 – 17"
SECTION_LIST = re.compile(r"§|\b(?:pykälä|pykälät|paragraf|paragrafer)\b\s*:?\s*\d", re.IGNORECASE)


def second_lines(entries: list[Entry]) -> dict[int, str]:
    """Each page's second line ("§12, §14" under an appeal heading)."""
    seen: dict[int, int] = {}
    second: dict[int, str] = {}
    for entry in entries:
        seen[entry.page] = seen.get(entry.page, 0) + 1
        if seen[entry.page] == 2:
            second[entry.page] = entry.line.text
    return second


def names_appendix(text: str) -> bool:
    """An appeal heading or an appendix's own ("Oikaisuvaatimus", "Bilaga 1", "Liite 2 ...")."""
    return is_appeal(text) or APPENDIX_PAGE.match(text) is not None


def is_appeal(text: str) -> bool:
    return appendix_head(text) in label_set("appendix", "headings") and APPENDIX_PAGE.match(text) is None


def is_heading(entry: Entry, running: set[str]) -> bool:
    """A caption, an appeal heading, "Bilaga 1 ...", a running title, or a bold line not in lower case."""
    text = page_top_text(entry)
    if entry.kind == "label" or text in running or names_appendix(text):
        return True
    return entry.bold and not text[:1].islower()


def number_in_header(furniture: list) -> int | None:
    """A single-item PDF may carry its § only in the running header ("Tarkastuslautakunta 17.02.2025 § 9")."""
    for line in furniture:
        for cell in line.cells:
            m = HEADER_SECTION.match(cell.text.strip())
            if m:
                return int(m.group(1) or m.group(2))
    return None


def fill_from_preamble(item: Item, preamble: list[Entry]) -> None:
    """A single-item page prints the diary number and the attachments above the § heading."""
    fields = Fields(case_id=item.case_id, attachments=item.attachments)
    labelled = [s for s in build_sections(preamble) if s.field is not None]
    merge_missing(fields, read_fields(labelled, right_edge_of(preamble)))
    item.attachments = fields.attachments
    item.case_id = item.case_id or fields.case_id or find_case_id([e for e in preamble if e.kind != "label"])[0]


def fill_meeting_from_handling(document: Document, segments: Segments) -> None:
    """Single-item pages may name body and date only in the handling line ("Kaupunginhallitus 20.3.2017 § 10")."""
    meeting: Meeting = document.meeting
    if len(document.items) != 1 or (meeting.body and meeting.date):
        return
    from minutes_cli.parse import patterns

    block = segments.items[0]
    listed = block.index + [e for e in block.entries if e.kind == "index"]
    pre, blocks = split_handlings(block.entries, listed)
    index = current_block(blocks, block.number, meeting.date, pre)
    header = blocks[index].header if index is not None else None
    if header is None or not header.date:
        header = listed[-1] if listed else header  # the list of handlings ends with this meeting's
    if (header is None or not header.date) and block.heading is not None and block.heading.date:
        header = block.heading  # "Hyvinvointilautakunta § 38 23.04.2025" opened the page
    if header is None:
        return
    if header.body and len(header.body) > 3:
        meeting.body = meeting.body or header.body
    if header.date:
        meeting.date = meeting.date or patterns.iso_date(header.date)


def check_items(items: list[Item], segments: Segments) -> list[ParseWarning]:
    warnings = []
    if segments.index_page:
        warnings.append(ParseWarning("index-page", "a meeting's index page: each item has its number and title only"))
    if not items:
        warnings.append(no_items_warning())
    found = {i.number for i in items}
    missing = [n for n in segments.listed if n not in found]
    if missing:
        warnings.append(
            ParseWarning(
                "item-not-found", f"the cover lists § {', '.join(map(str, missing))} but no such item was found"
            )
        )
    for item in items:
        where = f"§ {item.number}" if item.number is not None else None
        for label in item.sections:
            if labels().field_of(label) in (None, "other"):
                warnings.append(ParseWarning("unmapped-section", f"section '{label}' kept under `sections`", where))
        if item.title is None and len(items) > 1:
            warnings.append(ParseWarning("no-title", "item has no title", where))
    if segments.trailing:
        first, last = segments.trailing[0].page, segments.trailing[-1].page
        warnings.append(
            ParseWarning(
                "trailing-material",
                "appendices or appeal instructions found inside items are kept under `appendices`, not in the items",
                f"pages {first}-{last}" if last > first else f"page {first}",
            )
        )
    return warnings


def is_meeting_list(entries: list[Entry]) -> bool:
    """Rows of dated minutes and agendas ("15.05.2017  Pöytäkirja", "08.05.2017 - Esityslista - 012/2017")."""
    dates = {
        iso_date(e.line.text) for e in entries if DATE_RE.search(e.line.text) and kind_of([e.line.text])[0] is not None
    }
    return len(dates) >= MEETING_LIST_DATES


def no_items_warning() -> ParseWarning:
    message = "no agenda item was recognised (a list, or a layout not known yet); its text is in appendices"
    return ParseWarning("no-items", message)


def has_item_structure(item: Item) -> bool:
    """A number, a title or a labelled field: more than text kept as it came."""
    return any(v not in (None, [], {}) for k, v in vars(item).items() if k not in ("pages", "background"))
