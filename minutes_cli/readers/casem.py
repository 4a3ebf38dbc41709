"""CaseM item records from the CloudNC OpenNC API: JSON whose fields hold HTML.

A record (`…/contents_N_extended_properties`) lists an item's fields by name: Article (the §),
Name (the title), CaseNativeId, Draftsmans and Presenters (persons as "Name;#Title;#Phone;#
Email;#"), Description, Decisionproposal, Decision, Inform, Correctioninstructions (the
appeal instructions), Attachments (links) and HistoryTopics (the earlier handlings, JSON in a
string). The record is rendered as the
item's page text, captions over their texts as CloudNC prints them, and read as text.
Fields that this rendering leaves out are named in a warning. A meeting's own record (no
Article or Name, its Participant_councilman listing who took part) is rendered as a cover.
"""

from __future__ import annotations

import ast
import codecs
import json
import re
from datetime import datetime

from minutes_cli.errors import CorruptRecordError
from minutes_cli.readers import RawDocument
from minutes_cli.readers.html import html_to_text
from minutes_cli.readers.records import FINLAND, address_host, fields_not_read, local_time
from minutes_cli.readers.text import text_lines

REMEDY = "the CaseM record is damaged or of another kind; fetch contents_N_extended_properties again"
LINK_TEXT = re.compile(r"<a\b[^>]*>(.*?)</a>", re.IGNORECASE | re.DOTALL)
MS_DATE = re.compile(r"/Date\((-?\d+)")
# Captions for the fields, in the order CloudNC prints them; persons are rendered apart
CAPTIONS = (
    ("Draftsmans", "Valmistelija"),
    ("Presenters", "Esittelijä"),
    ("Description", "Perustelut"),
    ("Decisionproposal", "Päätösehdotus"),
    ("Decision", "Päätös"),
    ("Inform", "Tiedoksi"),
    ("Correctioninstructions", "Muutoksenhakuohje"),
)
HISTORY_CAPTIONS = (
    ("Draftsmen", "Valmistelija"),
    ("Presenters", "Esittelijä"),
    ("Description", "Perustelut"),
    ("DescisionProposal", "Päätösehdotus"),
    ("Descision", "Päätös"),
)
PERSON_FIELDS = frozenset({"Draftsmans", "Draftsmen", "Presenters"})
READ = {"Name", "Article", "CaseNativeId", "Attachments", "HistoryTopics", "IsAdditionalTopic"}
READ |= {field for field, _ in CAPTIONS}


def read_casem(data: bytes, name: str) -> RawDocument:
    try:
        record = json.loads(data.removeprefix(codecs.BOM_UTF8))
        fields: dict[str, list[str]] = {}
        for prop in record["value"]:
            if prop.get("Text"):
                fields.setdefault(prop["Name"], []).append(str(prop["Text"]))
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise CorruptRecordError(f"{name} is not a readable CaseM record: {exc}", remedy=REMEDY) from None
    lines, pages = text_lines(render(fields))
    warnings = []
    read = {"Participant_councilman"} if is_meeting_record(fields) else READ
    warnings += fields_not_read(f for f in fields if f not in read and any(t.strip() for t in fields[f]))
    host = address_host(record.get("odata.metadata"))  # "tampere.cloudnc.fi": the town's
    return RawDocument(lines=lines, format="json", pages=pages, warnings=warnings, link_hosts=[host] if host else [])


def is_meeting_record(fields: dict[str, list[str]]) -> bool:
    """The meeting's own record: who took part, no § or title."""
    return not any(t.strip() for key in ("Article", "Name") for t in fields.get(key, [])) and any(
        t.strip() for t in fields.get("Participant_councilman", [])
    )


def render(fields: dict[str, list[str]]) -> str:
    first = lambda key: fields.get(key, [""])[0].strip()  # noqa: E731
    if is_meeting_record(fields):
        return participants_text(first("Participant_councilman"))
    parts = [f"§ {first('Article')} {first('Name')}".strip(), first("CaseNativeId"), ""]
    for field, caption in CAPTIONS:
        text = people_text(first(field)) if field in PERSON_FIELDS else html_text(first(field))
        if text:
            parts += [caption, text, ""]
    attachments = [html_text(m) for text in fields.get("Attachments", []) for m in LINK_TEXT.findall(text)]
    if attachments:
        parts += ["Liitteet", *attachments, ""]
    history = history_text(first("HistoryTopics"))
    if history:
        parts += ["Aikaisempi käsittely", "", history]
    return "\n".join(parts).strip() + "\n"


def participants_text(listed: str) -> str:
    """A meeting's record lists who took part: "Matti Höyssä;#puheenjohtaja;#2016-09-13 09:00:00;#
    2016-09-13 09:50:00;#member;#!#Grönberg Kirsi;#sihteeri;#...;#other;#!#...". Rendered as a
    cover: the meeting's time, then members present, others present and those absent. Where no one
    has times (Mikkeli lists the body's members), presence is unknown: names and roles only."""
    people = []
    for person in listed.split("!#"):
        name, role, start, end, kind = ([v.strip() for v in person.split(";#")] + [""] * 5)[:5]
        if name:
            people.append((", ".join(filter(None, (name, role))), start, end, kind))
    starts = sorted(filter(None, (local_time(start) for _, start, _, _ in people)))
    ends = sorted(filter(None, (local_time(end) for _, _, end, _ in people)))
    if not starts:
        return "\n".join(line for line, *_ in people) + "\n"
    begin, finish = starts[0], ends[-1] if ends else None
    when = f"{begin.day}.{begin.month}.{begin.year} klo {begin:%H.%M}" + (f" - {finish:%H.%M}" if finish else "")
    groups = {
        "Saapuvilla olleet jäsenet": [line for line, start, _, kind in people if start and kind != "other"],
        "Muut saapuvilla olleet": [line for line, start, _, kind in people if start and kind == "other"],
        "Poissa": [line for line, start, _, _ in people if not start],
    }
    parts = [f"Aika {when}", ""]
    for caption, lines in groups.items():
        if lines:
            parts += [caption, *lines, ""]
    return "\n".join(parts).strip() + "\n"


def html_text(html: str) -> str:
    return html_to_text(html).strip() if html.strip() else ""


def people_text(listed: str) -> str:
    """ "Pia Hastio;#Yleiskaavapäällikkö;#;#Pia.Hastio@tampere.fi;#": a person for each four values,
    written "Pia Hastio, Yleiskaavapäällikkö, Pia.Hastio@tampere.fi"; persons may also be set
    apart by "!#" (Mikkeli: "...@mikkeli.fi;#!#Heikki Siira;#talousjohtaja;#...")."""
    lines = []
    for person in listed.split("!#"):
        values = person.split(";#")
        lines += [person_line(values[i : i + 4]) for i in range(0, len(values) - 1, 4)]
    return "\n".join(filter(None, lines))


def person_line(values: list[object]) -> str:
    """Name, title, phone and e-mail, those given."""
    return ", ".join(str(v).strip() for v in values if v and str(v).strip())


def history_text(topics: str) -> str:
    try:
        entries = json.loads(topics) if topics else []
    except ValueError:
        return ""
    blocks = []
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict):
            continue
        block = [f"{entry.get('Party') or ''} {meeting_day(str(entry.get('MeetingDate') or ''))}".strip(), ""]
        for field, caption in HISTORY_CAPTIONS:
            value = entry.get(field) or ""
            text = persons_in(value) if field in PERSON_FIELDS else html_text(str(value))
            if text:
                block += [caption, text, ""]
        blocks.append("\n".join(block))
    return "\n".join(blocks)


def persons_in(value: object) -> str:
    """The history's persons, a list of dicts written as Python literals."""
    try:
        people = ast.literal_eval(value) if isinstance(value, str) else value
    except (ValueError, SyntaxError, TypeError, RecursionError, MemoryError):
        return ""
    persons = [p for p in people if isinstance(p, dict)] if isinstance(people, list) else []
    lines = (person_line([p.get(key) for key in ("Name", "Title", "Phone", "Email")]) for p in persons)
    return "\n".join(filter(None, lines))


def meeting_day(value: str) -> str:
    m = MS_DATE.search(value or "")
    if m is None:
        return ""
    day = datetime.fromtimestamp(int(m[1]) / 1000, tz=FINLAND)
    return f"{day.day}.{day.month}.{day.year}"
