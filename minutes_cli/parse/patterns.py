"""Regular expressions for headings, handling lines, dates, times and case numbers.

Each pattern has an example of what it is for. Body names are built from the suffixes in
data/vocabulary.toml, so a new kind of body needs only a line there.
"""

from __future__ import annotations

import datetime
import re
from functools import cache
from typing import NamedTuple

from minutes_cli.parse.vocab import words

DATE = r"\d{1,2}\.\s?\d{1,2}\.\s?\d{4}"
DATE_RE = re.compile(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)")
# "klo 17.00–19.40", "kl. 18:00 till 20:15"; an end on the next day after its date ("klo 17:00 - 13.10.2025,
# klo 21:40"); not "17:00 - 13.10" of that date
TIME_RANGE_RE = re.compile(
    r"(?:klo|kl\.?|kello)?\s*(\d{1,2})[.:](\d{2})\s*(?:[-–—]|till|asti|-\s*klo)\s*"
    r"(?:\d{1,2}\.\d{1,2}\.\d{4},?\s*)?(?:klo|kl\.?)?\s*(\d{1,2})[.:](\d{2})(?![.:]?\d)"
)
TIME_RE = re.compile(r"(?:klo|kl\.?|kello)\s*(\d{1,2})[.:](\d{2})")
MEETING_NUMBER_RE = re.compile(r"(?<![\d/])(\d{1,3}/(?:19|20)\d{2})(?![\d/])")

# "§ 105", "§ 5 Hyvä hallintotapa", "§105"; not "§ 5:n mukaan" or "§:t 21".
SECTION_FIRST = re.compile(r"^§\s?(\d{1,4})(?![\d:.,/])\s*(?P<title>(?:[^a-zåäö(].*)?)$")
# "39 §", "39 § Val av protokolljusterare"; not "103 §:n mukaan".
NUMBER_FIRST = re.compile(r"^(\d{1,4})\s?§(?![:\w])\s*(?P<title>(?:[^a-zåäö(].*)?)$")
# "Pykälä 198", "Ärende 5", "Asia 12 Otsikko"
WORD_NUMBER = re.compile(r"^(?:Pykälä|Ärende|Ärende nr|Asia|Asianro)\s+(\d{1,4})\.?(?:\s+(?P<title>[A-ZÅÄÖ0-9\"].*))?$")
TOC_LEADER = re.compile(r"(?:\.\s?){4,}|…{2,}|_{4,}\s*\d+\s*$")
RULE_CHARS = "_-–—=━─*·."  # what a drawn rule is made of
RULE = re.compile(rf"^[{re.escape(RULE_CHARS)}]{{5,}}$")

# Diary numbers as printed: "LAPDno-2024-904", "MliDno-2017-206", "TRE:417/00.01.01/2016",
# "OUKA/899/02.06.01.04/2017", "VD/1545/00.04.00/2017", "3700/11.01.00/2011", "5316/2016",
# "3720-2013 (611)", "HEL 2018-012640 T 00 01 01", "NYKDno-2022-123", "Dnr 123/2022".
CASE_ID_RE = re.compile(
    r"^(?:"
    r"[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,8}Dno-\d{4}-\d{1,6}"
    r"|(?:[A-ZÅÄÖ]{2,6}[:/])?\d{1,6}/\d{2}(?:\.\d{2}){1,4}/\d{4}"
    r"|(?:[A-ZÅÄÖ]{2,6}[:/])?\d{1,6}/(?:19|20)\d{2}"
    r"|\d{1,6}-(?:19|20)\d{2}(?: \(\d{1,5}\))?"
    r"|HEL \d{4}-\d{6}(?: T \d{2} \d{2} \d{2}(?: \d{2})?)?"
    r")$"
)
INITIALS_RE = re.compile(r"^[A-ZÅÄÖ]{1,4}(?:/[A-ZÅÄÖ]{1,4}){1,6}(?:-[A-ZÅÄÖ]{1,3})?$")  # "KN/PM/PH/HY-L"
TASK_CLASS_RE = re.compile(r"^\d{2}(?:\.\d{2}){1,4}$")  # "00.01.01", the second line of an Espoo diary number


@cache
def body_name() -> str:
    """A regular expression for a body's name: "Hyvinvointilautakunta", "Tekninen lautakunta"."""
    fi = "|".join(sorted(words("bodies", "suffixes_fi"), key=len, reverse=True))
    sv = "|".join(sorted(words("bodies", "suffixes_sv"), key=len, reverse=True))
    prefixes = "|".join(re.escape(p) for p in words("bodies", "prefixes_sv"))
    word = r"[A-ZÅÄÖa-zåäö\-]+"
    ending = rf"[\w\-]*(?:{fi}|{sv})"
    return (
        # "Kaupunginhallitus", "Tekninen lautakunta", "Sivistys- ja kulttuurilautakunta"
        rf"[A-ZÅÄÖ]{ending}|[A-ZÅÄÖ][\w\-]*(?:\s+[\w\-]+){{0,2}}\s+{ending}"
        rf"|(?:{prefixes})\s+{word}(?:\s+(?:och|ja)\s+{word})?"
        r"|Kh|Khall|Kv|Kvalt"
    )


@cache
def handling_patterns() -> list[re.Pattern[str]]:
    body = body_name()
    return [
        # "Hyvinvointilautakunta, 26.08.2025, § 96", "Kaupunginhallitus 20.3.2017 § 10", "Tekninen lautakunta 25.4.2017"
        re.compile(
            rf"^(?P<body>{body}),?\s+(?P<date>{DATE})(?:,\s*{DATE})*,?"
            r"(?:\s*(?:§\s*(?P<num>\d{1,4})|(?P<num2>\d{1,4})\s*§))?\s*:?$"
        ),
        # "Ksylk § 84", "Kh § 195", "Khall 12.06.2023 § 127", "Khall 49 §", "Sfm 12.3.2023 § 7"
        re.compile(
            rf"^(?P<body>[A-ZÅÄÖ][a-zåäöA-ZÅÄÖ]{{0,9}})\.?\s+(?:(?P<date>{DATE})\s+)?"
            r"(?:§\s*(?P<num>\d{1,4})|(?P<num2>\d{1,4})\s*§)\s*:?$"
        ),
        # "Hyvinvointilautakunta § 38 23.04.2025" (the head of a web page or text copy of one item)
        re.compile(rf"^(?P<body>{body})\s+§\s*(?P<num>\d{{1,4}}),?\s+(?P<date>{DATE})\s*$"),
        # "Kaupunginhallituksen käsittely", "Stadsstyrelsens behandling"
        re.compile(r"^(?P<body>[A-ZÅÄÖ][\w\-]+(?:n|s))\s+(?:käsittely|behandling)\s*:?$"),
    ]


class HandlingLine(NamedTuple):
    body: str  # in the nominative: "Kaupunginhallituksen käsittely" gives "Kaupunginhallitus"
    date: str | None  # as printed
    number: int | None


def match_handling(text: str) -> HandlingLine | None:
    """A line that opens or names a handling of the case ("Kaupunginhallitus 20.3.2017 § 10")."""
    text = text.strip()
    end = text.rstrip(":").rstrip().rstrip(",")
    if not (end[-1:].isdigit() or end.endswith(("§", "käsittely", "behandling"))):
        return None  # every pattern ends so: most lines are ruled out before the long ones run
    for pattern in handling_patterns():
        m = pattern.match(text)
        if m is not None:
            groups = m.groupdict()
            number = groups.get("num") or groups.get("num2")
            return HandlingLine(nominative_body(m["body"]), groups.get("date"), int(number) if number else None)
    return None


@cache
def handling_index_pattern() -> re.Pattern[str]:
    """A list of an item's handlings: CloudNC prints "Hyvinvointilautakunta, § 99,26.08.2025" above the
    heading; Turku's item pages open with a table of rows "Kaupunginhallitus 195 02.05.2017 2"."""
    return re.compile(
        rf"^(?P<body>{body_name()})(?:,\s*§\s*(?P<num>\d{{1,4}}),\s*|\s+(?P<num2>\d{{1,4}})\s+)(?P<date>{DATE})(?:\s+\d{{1,3}})?$"
    )


def iso_date(text: str) -> str | None:
    m = DATE_RE.search(text)
    if m is None:
        return None
    day, month, year = (int(g) for g in m.groups())
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


# A body named in the genitive ("Kaupunginhallituksen käsittely", "Stadsstyrelsens behandling").
GENITIVE_BODY_ENDINGS = [
    ("hallituksen", "hallitus"),
    ("lautakunnan", "lautakunta"),
    ("valtuuston", "valtuusto"),
    ("jaoston", "jaosto"),
    ("toimikunnan", "toimikunta"),
    ("johtokunnan", "johtokunta"),
    ("neuvoston", "neuvosto"),
    ("ryhmän", "ryhmä"),
    ("styrelsens", "styrelsen"),
    ("nämndens", "nämnden"),
    ("fullmäktiges", "fullmäktige"),
    ("sektionens", "sektionen"),
    ("rådets", "rådet"),
]


def nominative_body(body: str) -> str:
    for ending, replacement in GENITIVE_BODY_ENDINGS:
        if body.endswith(ending):
            return body[: -len(ending)] + replacement
    return body


def nominative_role(genitive: str) -> str:
    """ "Kaupunginjohtajan" -> "Kaupunginjohtaja", "Stadsdirektörens" -> "Stadsdirektör"."""
    if genitive.endswith("ens") and len(genitive) > 5:
        return genitive[:-3]
    if genitive.endswith(("n", "s")):
        return genitive[:-1]
    return genitive


APPENDIX_PAGE = re.compile(r"^(?:Liite|Bilaga|Bil\.)(?=\s|\d|$)")  # a page (or running header) of an appendix
