"""Decision records from Helsinki's Ahjo open API (`ahjorest/v1/decisions/{id}`): JSON.

A record holds the decision's page as HTML (Content; Motion, the proposal's page, where the
decision is not yet made) with the §, title, case and texts, and beside it what the page leaves
out: the deciding body (Organization), the meeting's time and place (Meeting). The page is read
as a web page, with the meeting's fields written over it as a cover's captions. Fields that
carry data but are not read are named in a warning.
"""

from __future__ import annotations

import json
from datetime import datetime
from html import escape
from urllib.parse import urlsplit

from minutes_cli.errors import CorruptRecordError
from minutes_cli.model import ParseWarning
from minutes_cli.readers import RawDocument
from minutes_cli.readers.html import read_html

REMEDY = "the Ahjo record is damaged or of another kind; fetch decisions/{id} again"
READ = {"links", "NativeId", "Title", "CaseIDLabel", "CaseID", "Section", "Content", "Organization", "Meeting"}
READ |= {"Attachments", "ClassificationCode"}  # the page prints them: its list of attachments, its case's code
READ_FOR_MOTION = {"Motion"}  # read in place of a Content that is not there yet


def read_ahjo(data: bytes, name: str) -> RawDocument:
    try:
        record = json.loads(data)
    except ValueError as exc:
        raise CorruptRecordError(f"{name} is not a readable Ahjo record: {exc}", remedy=REMEDY) from None
    if not isinstance(record, dict):
        raise CorruptRecordError(f"{name} is not one Ahjo decision record", remedy=REMEDY)
    page = record.get("Content") or record.get("Motion")
    if not isinstance(page, str) or not page.strip():
        raise CorruptRecordError(f"{name} has no decision page (Content or Motion)", remedy=REMEDY)
    cover = cover_table(record)
    html = page.replace("<body>", "<body>" + cover, 1) if "<body>" in page else cover + page
    raw = read_html(html.encode("utf-8"), name)
    raw.format = "json"
    raw.link_hosts += [host for host in map(link_host, record.get("links") or []) if host]
    read = READ | (READ_FOR_MOTION if not record.get("Content") else set())
    skipped = sorted(key for key, value in record.items() if key not in read and value not in (None, "", [], {}))
    if skipped:
        raw.warnings.append(
            ParseWarning("record-fields-not-read", f"the record's fields {', '.join(skipped)} are not read")
        )
    return raw


def cover_table(record: dict) -> str:
    """The meeting's fields as a cover prints them: "Toimielin", "Aika", "Paikka"."""
    meeting = record.get("Meeting") if isinstance(record.get("Meeting"), dict) else {}
    organization = record.get("Organization") if isinstance(record.get("Organization"), dict) else {}
    rows = [("Toimielin", organization.get("Name") or meeting.get("DecisionMaker"))]
    when = meeting_time(meeting.get("DateMeeting"))
    rows += [("Aika", when), ("Paikka", meeting.get("Location"))]
    cells = "".join(f"<tr><td>{caption}</td><td>{escape(str(value))}</td></tr>" for caption, value in rows if value)
    return f"<table>{cells}</table>" if cells else ""


def meeting_time(value: object) -> str | None:
    """ "2021-12-14T16:00:00.000" as a cover prints it: "14.12.2021 klo 16.00"."""
    try:
        moment = datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None
    return f"{moment.day}.{moment.month}.{moment.year} klo {moment:%H.%M}" if moment else None


def link_host(link: object) -> str | None:
    try:
        return urlsplit(str(link.get("href") or "")).hostname if isinstance(link, dict) else None
    except ValueError:
        return None
