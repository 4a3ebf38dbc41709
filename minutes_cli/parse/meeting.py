"""Meeting fields from the running header, the cover page and, failing those, the handling line.

Lapua's header reads "Lapuan kaupunki | Pöytäkirja | 8/2025 | 4 (18)" over
"Hyvinvointilautakunta | 15.09.2025"; its cover has captions ("Aika", "Paikka") with values to
their right, the attendees with their roles, and a signature block that pairs names with
"Puheenjohtaja" and "Sihteeri". Tweb covers say "Organ", "Sammanträdestid" and so on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from minutes_cli.lines import Line
from minutes_cli.model import Attendee, Meeting, Person
from minutes_cli.parse import patterns
from minutes_cli.parse.layout import Entry
from minutes_cli.parse.persons import NAME_WORD, natural_order
from minutes_cli.parse.prose import join_lines, shared_start
from minutes_cli.parse.vocab import DATA, label_set, labels, norm_label, words

MUNICIPALITY_FI = re.compile(r"^(?P<name>[A-ZÅÄÖ][\w\-]+?)[nN]\s+(?:kaupunki|kunta)$", re.IGNORECASE)
MUNICIPALITY_SV = re.compile(r"^(?P<name>[A-ZÅÄÖ][\w\-]+)\s+(?:stad|kommun)$", re.IGNORECASE)
# Finnish genitive endings that do not come off by dropping the final "n".
GENITIVE_STEMS = [
    ("joen", "joki"),
    ("lahden", "lahti"),
    ("mäen", "mäki"),
    ("järven", "järvi"),
    ("niemen", "niemi"),
    ("salmen", "salmi"),
    ("ngin", "nki"),
    ("kaupungin", "kaupunki"),
    ("isten", "inen"),
    ("sen", "nen"),
]
MIN_SENTENCE_WORDS = 3
MAX_KIND_LINE_WORDS = 16  # longer, a line is a paragraph where the kind word is written in capitals
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
MIN_SHARED_START = 3  # letters a printed municipality shares with the known one at least
HEADER_LINES = 3  # lines from the one naming the document kind that still belong to the header
CHECKBOX = re.compile(r"^\[\s*[xX]?\s*\]\s*")
INITIAL = r"[A-ZÅÄÖ]\."  # "Jouni J. Särkijärvi"
NAME_LINE = re.compile(rf"^{NAME_WORD}(?:\s+(?:{INITIAL}\s+)?{NAME_WORD}){{1,3}}$")


def nominative(genitive_stem: str) -> str:
    """ "Lapua" from "Lapuan" (the caller removed the n), "Seinäjoki" from "Seinäjoe", "Kurikka" from
    "Kurika": a known municipality where one is near, else by the common endings."""
    known = known_municipality(re.sub(r"^Uuden", "Uusi", genitive_stem))  # "Uudenkaupungin": Uusikaupunki
    if known:
        return known
    word = genitive_stem + "n"
    for ending, replacement in GENITIVE_STEMS:
        if word.endswith(ending):
            return word[: -len(ending)] + replacement if len(ending) < len(word) else replacement
    return genitive_stem


def municipality_of(text: str) -> str | None:
    text = text.strip()
    m = MUNICIPALITY_FI.match(text)
    if m:
        return nominative(m.group("name").capitalize() if m.group("name").isupper() else m.group("name"))
    m = MUNICIPALITY_SV.match(text)
    if m:
        name = m.group("name").capitalize() if m.group("name").isupper() else m.group("name")
        return known_municipality(name, swedish=True) or name  # "Korsholms kommun": Korsholm
    return None


def known_municipality(printed: str, swedish: bool = False) -> str | None:
    """The known municipality of the document's language whose name the printed one begins like:
    all of it but for an inflected ending of at most three letters ("Kurika": Kurikka, "Tamperee":
    Tampere, "Korsholms": Korsholm)."""
    best: tuple[int, int, str] | None = None
    for name in municipalities_by_start()[swedish].get(printed.casefold()[:MIN_SHARED_START], ()):
        shared = shared_start(printed, name)
        if shared >= max(MIN_SHARED_START, len(name) - 3, len(printed) - 3):
            rank = (shared, -abs(len(name) - len(printed)), name)
            best = max(best, rank) if best else rank
    return best[2] if best else None


@cache
def municipality_names() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The Finnish names, then the Swedish ones (data/municipalities.txt lists them in that order)."""
    lists: tuple[list[str], list[str]] = ([], [])
    swedish = False
    for line in (DATA / "municipalities.txt").read_text(encoding="utf-8").splitlines():
        swedish = swedish or line.startswith("# Swedish")
        if line.strip() and not line.startswith("#"):
            lists[swedish].append(line.strip())
    return tuple(lists[0]), tuple(lists[1])


@cache
def municipalities_by_start() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The names of each language by their first letters: a name matches only one it starts like."""
    by_start: tuple[dict[str, list[str]], dict[str, list[str]]] = ({}, {})
    for swedish, names in enumerate(municipality_names()):
        for name in names:
            by_start[swedish].setdefault(name.casefold()[:MIN_SHARED_START], []).append(name)
    return by_start


# "www.nykarleby.fi", "kirjaamo@edu.nykarleby.fi"; ".f" too, for "fi" lost to a broken ligature glyph.
WEB_DOMAIN = re.compile(r"(?:www\.|@)(?:[a-z\-]+\.)*?([a-zåäö\-]+)\.fi?\b", re.IGNORECASE)


def municipality_from_domains(texts: Iterable[str]) -> str | None:
    """Where no "X:n kaupunki" is printed: the town's web or e-mail domain ("www.nykarleby.fi")."""
    return town_of_domains(name for text in texts for name in WEB_DOMAIN.findall(text))


def municipality_from_hosts(hosts: Iterable[str]) -> str | None:
    """The town most of a web page's links go to ("ah.turku.fi", "paatokset.vantaa.fi", "tampere.cloudnc.fi")."""
    hosting = set(words("municipalities", "hosting_domains"))
    names = []
    for host in hosts:
        labels = host.removesuffix(".fi").split(".") if host.endswith(".fi") else []
        if len(labels) >= 2:
            names.append(labels[-2] if labels[-1] in hosting else labels[-1])
    return town_of_domains(names)


def town_of_domains(names: Iterable[str]) -> str | None:
    counts: dict[str, int] = {}
    exceptions = {key: value for key, value in (pair.split("=") for pair in words("municipalities", "domains"))}
    generic = set(words("municipalities", "generic_domains"))
    for name in names:
        name = name.casefold()
        if name not in generic:
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda name: counts[name])
    return exceptions.get(best, best.capitalize())


BREAK = re.compile(r"tauko|tauon|tauolla|paussi|paus|break", re.IGNORECASE)
STACKED_VALUE_TOLERANCE = 2.0  # points, or a column in text: the value starts where its caption does
MEETING_CAPTION_KEYS = ("time", "place", "body", "items", "present", "others", "absent", "signatures")


def caption_sets() -> dict[str, set[str]]:
    return {key: set(label_set("meeting_labels", key)) for key in ("time", "place", "body", "signatures")}


def caption_values(lines: list[Line]) -> dict[str, str]:
    """Values of cover captions: the cells to the right of "Aika", "Paikka", "Organ"..., or the
    line below a caption standing alone (a PDF's cover dumped as text)."""
    sets = caption_sets()
    values: dict[str, str] = {}
    for i, line in enumerate(lines):
        caption = norm_label(line.cells[0].text) if line.cells else ""
        key = next((key for key, labels in sets.items() if caption in labels), None)
        if key is None or key in values:
            continue
        if len(line.cells) >= 2:
            values[key] = " ".join(c.text for c in line.cells[1:])
            if key == "place":  # a long place wraps: "Simpsiöntie 85," over "62310 Lapua"
                values[key] = join_lines([values[key], *wrapped_value(lines, i)])
        elif (below := value_below(lines, i)) is not None:
            values[key] = below
    return values


def wrapped_value(lines: list[Line], i: int) -> list[str]:
    """The lines that go on with the value beside caption `i`: right below it, in its column, with
    nothing to their left, on its page, and no caption themselves."""
    value_x0 = lines[i].cells[1].x0
    found: list[str] = []
    previous = lines[i]
    for line in lines[i + 1 :]:
        if (
            len(line.cells) != 1
            or line.page_number != previous.page_number
            or abs(line.x0 - value_x0) > STACKED_VALUE_TOLERANCE
            or line.top - previous.bottom > previous.bottom - previous.top
            or is_caption(line.text)
        ):
            break
        found.append(line.text)
        previous = line
    return found


def value_below(lines: list[Line], i: int) -> str | None:
    """The line right below caption `i`, on its page; not another caption, and not where captions
    are stacked over their values ("Organ", "Sammanträdestid", "Sammanträdesplats", then values)."""
    line = lines[i]
    above = lines[i - 1] if i else None
    below = lines[i + 1] if i + 1 < len(lines) else None
    if below is None or len(below.cells) != 1 or below.page_number != line.page_number:
        return None
    if abs(below.x0 - line.x0) > STACKED_VALUE_TOLERANCE:  # a value beside the caption, centred on two lines
        return None
    if below.top - line.bottom > line.bottom - line.top:  # a gap: not its value
        return None
    if is_caption(below.text) or (
        above is not None and above.page_number == line.page_number and is_caption(above.text)
    ):
        return None
    return below.text


def is_caption(text: str) -> bool:
    """A cover caption of any meeting field, a section label, or a § line."""
    if "§" in text or any(norm_label(text) in label_set("meeting_labels", key) for key in MEETING_CAPTION_KEYS):
        return True
    m = labels().match(text)
    return m is not None and m.style == "alone"


@cache
def kind_words() -> list[tuple[str, re.Pattern[str]]]:
    """Each kind word as a whole-word pattern, longest first ("esityslista" before "lista")."""
    pairs = [(kind, word) for kind in ("minutes", "agenda") for word in words("kinds", kind)]
    pairs.sort(key=lambda pair: -len(pair[1]))
    return [(kind, re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])", re.IGNORECASE)) for kind, word in pairs]


@cache
def lowered_kind_words() -> tuple[str, ...]:
    return tuple(word.lower() for kind in ("minutes", "agenda") for word in words("kinds", kind))


def reads_as_sentence(text: str) -> bool:
    """A capital, then only words in lower case ("Pöytäkirja tarkastetaan kokouksessa."): a header
    line has numbers, dates or names ("ESITYSLISTA 5/2024  Kaupunginhallitus  Kaupungintalo, 2. krs.").
    Unended, it needs a few more words: "Kokouskutsu ja esityslista" is a header."""
    words = text.split()
    return (
        len(words) >= MIN_SENTENCE_WORDS
        and words[0][:1].isupper()
        and all(word[:1].islower() for word in words[1:])
        and (text.endswith(".") or len(words) > MIN_SENTENCE_WORDS)
    )


def kind_of(texts: Iterable[str]) -> tuple[str | None, str | None]:
    """The document kind and the line that names it; not a sentence that mentions the minutes
    ("Pöytäkirja tämän pykälän osalta tarkastetaan kokouksessa.")."""
    for text in texts:
        lowered = text.lower()  # substring tests first: an IGNORECASE alternation is slow on every line
        if any(word in lowered for word in lowered_kind_words()):
            long_line = len(text.split()) > MAX_KIND_LINE_WORDS
            for part in SENTENCE_END.split(text):
                if reads_as_sentence(part):
                    continue
                for kind, pattern in kind_words():
                    m = pattern.search(part)
                    # in a paragraph's prose the word is in lower case ("... viranhaltijan pöytäkirja pidetään ...")
                    if m is not None and not (long_line and m.group(0)[:1].islower()):
                        return kind, text
    return None, None


def body_of(texts: Iterable[str]) -> str | None:
    body = re.compile(rf"^(?:{patterns.body_name()})$")
    for text in texts:
        for part in re.split(r"\s*\|\s*|\s{2,}", text):
            part = part.strip()
            if (
                body.match(part)
                and not part.startswith(("Kh", "Kv"))
                or part in ("Kunnanhallitus", "Kaupunginhallitus")
            ):
                return part
    return None


def officers(lines: list[Line]) -> tuple[Person | None, Person | None]:
    """The chair and the secretary: from the signature block, else from their roles in the attendee list."""
    chairs = {w.casefold() for w in words("roles", "chair")}
    secretaries = {w.casefold() for w in words("roles", "secretary")}
    chair = secretary = None
    for above, line in zip(lines, lines[1:], strict=False):
        roles = [c.text.strip().casefold() for c in line.cells]
        if not roles or not all(r in chairs or r in secretaries for r in roles) or len(above.cells) != len(roles):
            continue
        for cell, role in zip(above.cells, roles, strict=True):
            person = Person(name=natural_order(CHECKBOX.sub("", cell.text)))
            if role in chairs and chair is None:
                chair = person
            elif role in secretaries and secretary is None:
                secretary = person
    if chair and secretary:
        return chair, secretary
    previous = ""
    for text in (CHECKBOX.sub("", cell.text).strip() for line in lines for cell in line.cells):
        parts = [p.strip() for p in text.split(",")]
        if text[:1].islower() and NAME_LINE.match(previous):  # the name, then its roles below or beside it
            parts = [previous, *parts]
        previous = text
        if len(parts) < 2:
            continue
        roles = {p.casefold() for p in parts[1:]}
        if roles & chairs and chair is None:
            chair = Person(name=natural_order(parts[0]))
        elif roles & secretaries and secretary is None:
            secretary = Person(name=natural_order(parts[0]))
    return chair, secretary


def attendees_of(lines: list[Line]) -> list[Attendee]:
    """The cover's lists: "Saapuvilla olleet jäsenet" / "Muut saapuvilla olleet" / "Poissa" (Lapua),
    "Beslutande" with [X] marks, "Övriga närvarande" (Tweb). Each entry is "Name, role", or a name
    with its role in the next cell or on the line below (a row of names over a row of roles)."""
    groups = {key: label_set("meeting_labels", key) for key in ("present", "others", "absent")}
    stops = set().union(*caption_sets().values(), label_set("meeting_labels", "items"))
    found: list[Attendee] = []
    mode: str | None = None
    above: list[Attendee] = []  # named on the line above
    for line in lines:
        first = norm_label(CHECKBOX.sub("", line.cells[0].text))
        cells = list(line.cells)
        matched = next((key for key, captions in groups.items() if first in captions), None)
        if matched:
            mode, cells = matched, cells[1:]
        elif first in stops or (line.bold and not CHECKBOX.match(line.text)):
            if first in stops:
                mode = None
            continue
        if mode is None:
            above = []
            continue
        texts = [CHECKBOX.sub("", cell.text).strip() for cell in cells]
        if texts and all(map(is_role_text, texts)) and len(texts) == len(above):
            for person, role in zip(above, texts, strict=True):
                person.role = person.role or role
            above = []
            continue
        named: list[Attendee] = []
        for cell, text in zip(cells, texts, strict=True):
            if is_role_text(text) and named and named[-1].role is None:
                named[-1].role = text  # the cell beside the name
                continue
            attendee = attendee_of(cell.text, mode)
            if attendee is not None:
                found.append(attendee)
                named.append(attendee)
        above = named
    return found


NAME_PARTICLES = ("af", "von", "van", "de", "di", "du")  # "af Hällström Mikael" is a name, not a role


def is_role_text(text: str) -> bool:
    """ "valtuuston puheenjohtaja, saapui klo 15.33": in lower case, and not a name."""
    return text[:1].islower() and text.split(None, 1)[0] not in NAME_PARTICLES


def attendee_of(text: str, mode: str) -> Attendee | None:
    box = CHECKBOX.match(text)
    present = mode != "absent" and (box is None or "x" in box.group(0).casefold())
    parts = [p.strip() for p in CHECKBOX.sub("", text).split(",")]
    if not NAME_LINE.match(parts[0]):
        return None
    return Attendee(natural_order(parts[0]), ", ".join(p for p in parts[1:] if p) or None, present, mode != "others")


def read_meeting(furniture: list[Line], preamble: list[Entry], first_lines: list[Entry]) -> Meeting:
    """Meeting fields; `first_lines` (a document without a cover) count only where they name the document kind."""
    header = [line for line in furniture if line.page_number == (furniture[0].page_number if furniture else 0)]
    cover = [e.line for e in preamble]
    top = header + cover
    meeting = Meeting()
    meeting.kind, kind_line = kind_of([line.text for line in top] + [e.line.text for e in first_lines])
    if kind_line and kind_line not in {line.text for line in top}:
        # A document without a cover: its opening lines ("SOMERON KAUPUNKI  PÖYTÄKIRJA 5/2020" over
        # "Kaupunginhallitus  12.03.2020") are its header.
        at = next(i for i, e in enumerate(first_lines) if e.line.text == kind_line)
        top += [e.line for e in first_lines[at : at + HEADER_LINES]]
    texts = [line.text for line in top]
    cell_texts = [c.text for line in top for c in line.cells]
    first_cells = [c.text for e in first_lines for c in e.line.cells]
    meeting.municipality = next((m for t in cell_texts + first_cells if (m := municipality_of(t))), None)
    if meeting.municipality is None:
        meeting.municipality = municipality_from_domains(texts + [e.line.text for e in first_lines])
    captions = caption_values(header) | caption_values(cover)  # each list apart: a line below pairs on its page
    meeting.body = captions.get("body") or body_of(cell_texts) or body_of(texts)
    kind_lines = [t for t in texts if meeting.kind and kind_of([t])[0] == meeting.kind]
    numbers = [m.group(1) for t in [kind_line or "", *kind_lines] if (m := patterns.MEETING_NUMBER_RE.search(t))]
    meeting.number = numbers[0] if numbers else None
    if meeting.number is None:
        meeting.number = next(
            (t for t in (c.text for line in header for c in line.cells) if re.fullmatch(r"\d{1,3}/(?:19|20)\d{2}", t)),
            None,
        )
    when = captions.get("time") or ""
    dated = [kind_line or "", *(line.text for line in header), *texts]
    meeting.date = patterns.iso_date(when) or next((d for t in dated if (d := patterns.iso_date(t))), None)
    times = patterns.TIME_RANGE_RE.search(when) or next(
        (m for t in texts if (m := patterns.TIME_RANGE_RE.search(t))), None
    )
    if times:
        # "klo 17:00 - 18:30, 18:45 - 20:05": a break; the meeting ends with the last range of its caption
        ranges, seen = [times], times.end()
        for m in patterns.TIME_RANGE_RE.finditer(when, times.end()) if times.string == when else ():
            # ... but not the times of a break, told right before them ("(kokoustauko 18:10 - 18:25)")
            if not BREAK.search(when[seen : m.start()]):
                ranges.append(m)
            seen = m.end()
        last = ranges[-1]
        meeting.start_time = f"{int(times.group(1)):02d}:{times.group(2)}"
        meeting.end_time = f"{int(last.group(3)):02d}:{last.group(4)}"
    else:
        single = patterns.TIME_RE.search(when)
        if single:
            meeting.start_time = f"{int(single.group(1)):02d}:{single.group(2)}"
    meeting.place = captions.get("place")
    meeting.chair, meeting.secretary = officers(cover)
    meeting.attendees = attendees_of(cover)
    return meeting
