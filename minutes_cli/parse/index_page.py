"""A meeting's index page: the list of its items, without their text.

Web systems publish, beside a page for each item, a page for each meeting that lists its items
in a table: a header row ("§ Liitteet Otsikko", "Pykälä Otsikko", "§ Otsikko Liitteet") and a
row for each item ("9 1 kpl Sisäisen tarkastuksen vuosiraportti 2016", "72 Oulun kaupungin
tilinpäätös 2016 3 kpl", "186 Laillisuus ja päätösvaltaisuus"). Each row becomes an item with
its number and title; the other rows ("Pöytäkirjan kansilehti", appeal instructions) are kept
as trailing material.
"""

from __future__ import annotations

import re

from minutes_cli.parse import patterns
from minutes_cli.parse.layout import Entry
from minutes_cli.parse.prose import join_pair

HEADER = re.compile(r"^(?:§|Pykälä|Paragraf)\s+(?:\w+\s+)*?(?:Otsikko|Rubrik)\b", re.IGNORECASE)
ATTACHMENT_COUNT = r"(?:-|\d+\s*kpl|\d+\s*st)"
ROW = re.compile(
    rf"^(?P<number>\d{{1,4}})\s*§?\s+(?:{ATTACHMENT_COUNT}\s+)?(?P<title>\S.*?)(?:\s+{ATTACHMENT_COUNT})?$"
)
MIN_ROWS = 3  # fewer numbered rows than this under a header are not a meeting's list
NUMBER_ALIGNMENT = 1  # right-aligned numbers: " 9" sits a character further in than "10"
IMAGE_ALT = re.compile(r"^\[[A-ZÅÄÖ]+\]\s*")  # "[ATTACHEMEN]": an icon's alt text in a text dump


def index_rows(entries: list[Entry]) -> tuple[int, list[tuple[int, Entry, str]]] | None:
    """Where the table's header row is, and each item row's number, entry and title."""
    header = next((i for i, e in enumerate(entries) if HEADER.match(e.line.text)), None)
    if header is None:
        return None
    rows: list[tuple[int, Entry, str]] = []
    previous: Entry | None = None
    for entry in entries[header + 1 :]:
        if rows and previous is not None and continues_title(entry, previous, rows[-1][1]):
            number, row, title = rows[-1]
            rows[-1] = (number, row, join_pair(title, entry.line.text))  # a title wrapped in a text dump
            previous = entry
            continue
        previous = None
        m = ROW.match(entry.line.text)
        if m is not None and (not rows or int(m["number"]) > rows[-1][0]):
            rows.append((int(m["number"]), entry, IMAGE_ALT.sub("", m["title"]).strip()))
            previous = entry
    return (header, rows) if len(rows) >= MIN_ROWS else None


def continues_title(entry: Entry, previous: Entry, row: Entry) -> bool:
    """The next line of a row, indented to the title's column, not the number's."""
    return (
        not entry.para
        and len(entry.line.cells) == 1  # a row of its own has its attachments' column ("-", "1 kpl")
        and not entry.line.text.startswith("- ")
        and not entry.line.text.endswith(".")  # "Pöytäkirja on tarkastettu.": a sentence below the table
        and entry.line.x0 > row.line.x0 + NUMBER_ALIGNMENT
        and entry.line.page_number == previous.line.page_number
    )


# "27.3.2017 15:00", "Pöytäkirja 08.05.2017 klo 15:30", "Kokousaika ja -paikka: 16:00 Istuntosali, Katu 27a"
TIME_AFTER_DATE = re.compile(rf"{patterns.DATE}\s+(?:klo\s*)?(?P<hour>\d{{1,2}})[:.](?P<minute>\d{{2}})\b")
TIME_AND_PLACE = re.compile(
    r"(?:aika ja -paikka|tid och plats)\s*:?\s*(?P<hour>\d{1,2})[:.](?P<minute>\d{2})\s+(?P<place>.+)$", re.I
)


def meeting_header(texts: list[str]) -> dict[str, str]:
    """What the lines over an index page's table say of the meeting: "Kaupunginhallitus: 5/2017"
    (body and number), "27.3.2017 15:00" (its start), "Kokousaika ja -paikka: 16:00 Sali" (place)."""
    found: dict[str, str] = {}
    body = re.compile(rf"(?:{patterns.body_name()})")
    for text in texts:
        head = re.split(r":|\s+\d", text, maxsplit=1)[0].strip()
        if "body" not in found and body.fullmatch(head):
            found["body"] = head
        if "number" not in found and (m := patterns.MEETING_NUMBER_RE.search(text)):
            found["number"] = m[1]
        if "start_time" not in found and (m := TIME_AFTER_DATE.search(text) or TIME_AND_PLACE.search(text)):
            found["start_time"] = f"{int(m['hour']):02d}:{m['minute']}"
        if "place" not in found and (m := TIME_AND_PLACE.search(text)):
            found["place"] = m["place"].strip()
    return found
