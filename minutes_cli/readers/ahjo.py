"""Decision records from Helsinki's Ahjo open API (`ahjorest/v1/decisions/{id}`): JSON.

A record holds the decision's page as HTML (Content) and the proposal's (Motion; alone before the
decision is made), which give the title, case and texts, and beside them what the pages leave out:
the § (Section), the deciding body (Organization), the meeting's time and place (Meeting). The
pages are read as one web page, the proposal's sections before the decision, with the meeting's
fields written over it as a cover's captions, and the § and diary number where it prints none.
Fields that carry data but are not read are named in a warning.
"""

from __future__ import annotations

import codecs
import json
import re
from html import escape

from minutes_cli.errors import CorruptRecordError
from minutes_cli.readers import RawDocument
from minutes_cli.readers.html import read_page
from minutes_cli.readers.records import address_host, fields_not_read, local_time

REMEDY = "the Ahjo record is damaged or of another kind; fetch decisions/{id} again"
READ = {"links", "NativeId", "Title", "CaseIDLabel", "CaseID", "Section", "Content", "Organization", "Meeting"}
READ |= {"Attachments", "ClassificationCode"}  # the page prints them: its list of attachments, its case's code
BODY_START = re.compile(r"<body\b[^>]*>", re.IGNORECASE)
CONTENT_SECTION = '<div class="SisaltoSektio">'  # Ahjo's markup: a section of the text, heading and all
PRESENTER_HEADING = re.compile(r'<h3 class="EsittelijaTiedot"', re.IGNORECASE)  # where the sections end
SECTION_NUMBER = re.compile(r"§\s*\d|\d\s*§")  # "§ 12" or "12 §", as pages print it


def read_ahjo(data: bytes, name: str) -> RawDocument:
    try:
        record = json.loads(data.removeprefix(codecs.BOM_UTF8))
    except (ValueError, RecursionError) as exc:
        raise CorruptRecordError(f"{name} is not a readable Ahjo record: {exc}", remedy=REMEDY) from None
    listed = records_listed(record)
    if listed is not None:  # a search's answer ("decisions": [...]) or a dump
        raise CorruptRecordError(f"{name} holds a list of {len(listed)} records", remedy="convert one record per file")
    if not isinstance(record, dict):
        raise CorruptRecordError(f"{name} is not an Ahjo decision record", remedy=REMEDY)
    content, motion = text_of(record.get("Content")), text_of(record.get("Motion"))
    merged = with_proposal(content, motion)
    page = merged or content or motion
    if page is None:
        raise CorruptRecordError(f"{name} has no decision page (Content or Motion)", remedy=REMEDY)
    opening = cover_table(record) + section_line(record, page)
    at = BODY_START.search(page)
    # the cover goes where the page's body starts (before the whole page where it has no <body>)
    raw = read_page(page[: at.end()] + opening + page[at.end() :] if at else opening + page)
    raw.format = "json"
    links = record.get("links") if isinstance(record.get("links"), list) else []
    raw.link_hosts += [host for link in links if isinstance(link, dict) and (host := address_host(link.get("href")))]
    read = READ | ({"Motion"} if content is None or merged else set())
    raw.warnings += fields_not_read(k for k, v in record.items() if k not in read and v not in (None, "", [], {}))
    return raw


def with_proposal(content: str | None, motion: str | None) -> str | None:
    """The decision's page with the proposal's sections (Päätösehdotus, Esittelijän perustelut) set
    before its own: the decision page prints only the decision. None where either page lacks them."""
    if content is None or motion is None:
        return None
    start, end, at = motion.find(CONTENT_SECTION), PRESENTER_HEADING.search(motion), content.find(CONTENT_SECTION)
    if start < 0 or end is None or end.start() <= start or at < 0:
        return None
    return content[:at] + motion[start : end.start()] + content[at:]


def cover_table(record: dict) -> str:
    """The meeting's fields as a cover prints them: "Toimielin", "Aika", "Paikka"."""
    meeting = record.get("Meeting") if isinstance(record.get("Meeting"), dict) else {}
    organization = record.get("Organization")
    body = text_of(organization.get("Name")) if isinstance(organization, dict) else text_of(organization)
    moment = local_time(meeting.get("DateMeeting"))
    when = f"{moment.day}.{moment.month}.{moment.year} klo {moment:%H.%M}" if moment else None
    rows = [
        ("Toimielin", body or text_of(meeting.get("DecisionMaker"))),
        ("Aika", when),
        ("Paikka", text_of(meeting.get("Location"))),
    ]
    cells = "".join(f"<tr><td>{caption}</td><td>{escape(value)}</td></tr>" for caption, value in rows if value)
    return f"<table>{cells}</table>" if cells else ""


def section_line(record: dict, page: str) -> str:
    """ "§ 12" where the page prints none (a proposal's page), and the case where it prints none
    (a confidential decision): the item's number and diary number."""
    number = record.get("Section")
    section = str(number) if isinstance(number, int) else text_of(number)
    case = text_of(record.get("CaseIDLabel"))
    lines = [f"§ {section}"] if section is not None and not SECTION_NUMBER.search(page) else []
    lines += [case] if case is not None and case not in page else []
    return "".join(f"<p>{escape(line)}</p>" for line in lines)


def records_listed(record: object) -> list | None:
    """Several records in one file: a list, or a search's answer ({"decisions": [...]})."""
    if isinstance(record, list):
        return record
    if isinstance(record, dict) and not is_record(record):
        return next((v for v in record.values() if isinstance(v, list) and v and is_record(v[0])), None)
    return None


def is_record(value: object) -> bool:
    return isinstance(value, dict) and "NativeId" in value and ("Content" in value or "Motion" in value)


def text_of(value: object) -> str | None:
    """A field's text; None for an empty one or one of another type (a number, a list)."""
    return value if isinstance(value, str) and value.strip() else None
