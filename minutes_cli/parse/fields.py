"""What the labelled sections of one handling say: texts, persons, attachments, notification.

Also the small conventions around them: a proposal opened by "Esittelijä: Name, title" or a
lone "Title Name" line, "Perustelut" right under a proposal, "Beredning: title Name" naming
the preparer, attachment titles wrapped over lines, recipients in two columns.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from minutes_cli.lines import Line
from minutes_cli.model import Handling, Notify, Person
from minutes_cli.parse import patterns
from minutes_cli.parse.layout import Entry
from minutes_cli.parse.persons import (
    NAME_WORD,
    given_names,
    is_title_word,
    organisation_words,
    parse_people,
    parse_person,
)
from minutes_cli.parse.prose import ROW, join_lines
from minutes_cli.parse.sections import FULL_LINE_SHARE, Section
from minutes_cli.parse.vocab import label_set, labels, norm_label, words

TEXT_FIELDS = ("summary", "background", "proposal", "discussion", "decision", "authority", "appeal")


ATTACHMENT_PREFIX = re.compile(
    # "1.", "2)", "3 " and "Liite 4:", but not the day of a date ("1.8.2025 alkaen", a wrapped title's line)
    r"^(?:(?:Liite|Liitteet|Bilaga|Bil\.|Oheismateriaali)\s*\d+\s*[.:)]?\s*|\d{1,2}\s*[.):](?!\d)\s*|\d{1,2}\s+(?=\S)"
    r"|[-–•]\s*)"
)


PRESENTER_LINE = re.compile(r"^(?:Esittelijä|Föredragande)\s*:?\s*(?P<who>.+)$")


MAX_PRESENTER_WORDS = 8
MAX_ABBREVIATION = 5  # letters and stops of an abbreviated title word ("ovo.", "t.f.")


CHARACTER_WIDTH_EM = 0.45  # a letter is about this wide in proportional type (font sizes)


def split_presenter(proposal: Section) -> tuple[Person | None, bool]:
    """A proposal opened by "Esittelijä: Name, title" or a lone "Title Firstname Lastname" line."""
    if not proposal.paragraphs:
        return None, False
    first = proposal.paragraphs[0]
    line = first[0]
    m = PRESENTER_LINE.match(line)
    if m:
        first.pop(0)
        return parse_person(m.group("who")), True
    short = len(line.split()) <= MAX_PRESENTER_WORDS and not line.rstrip().endswith((".", ";"))
    alone = len(first) == 1 and len(proposal.paragraphs) > 1  # a paragraph of its own, text below it
    if short and (alone or line.endswith(":")):
        person = parse_person(line.rstrip(":"))
        # "Kaupunginjohtajan ehdotus:", "Yleiskaavapäällikkö Hastio:" and "Kaupunginhallitus:" go too;
        # "Stadsstyrelsen beslutar att:" opens the proposal
        caption = line.endswith(":") and (
            len(line.split()) <= 2 or labels().match_role(line) is not None or titled_surname(line)
        )
        if person is not None or caption:
            first.pop(0)
            return person, True
    return None, False


def titled_surname(caption: str) -> bool:
    """ "Vs. rakennuttamispäällikkö Kantola:", "Johtaja, ovo. tilaajapäällikkö Nurminen:": titles and
    their abbreviations, then a surname; not "Sivistysjohtaja ehdottaa, että ... Opetushallitukselta:"."""
    *titles, surname = caption.rstrip(":").split()
    return (
        any(is_title_word(word) for word in titles)
        and all(is_title_word(word) or is_abbreviation(word) for word in titles)
        and re.fullmatch(NAME_WORD, surname) is not None
    )


def is_abbreviation(word: str) -> bool:
    """ "Vs.", "ovo.", "p.", "t.f.": short, with a full stop."""
    return word.endswith(".") and len(word) <= MAX_ABBREVIATION


ATTACHMENT_LINE = re.compile(r"^(?:Liite|Bilaga)\s*\d{1,2}\s*[:.]?\s*(?=\S)")
LIST_DASH = re.compile(r"^[-–•]\s+")  # "- sökanden": a list's dash is not part of the recipient
CONFIDENTIAL = re.compile(r"(?:Salassa pidettävä|Ei julkinen|Sekretessbelagd|Sekretess)\b", re.IGNORECASE)
MAX_ATTACHMENT_LINES = 3  # an attachment's title wraps over a line or two
ENCLOSURE_LINE = re.compile(r"^Oheismateriaali\s*\d{1,2}\s*[:.]?\s*(?=\S)")


def attachment_line(line: str) -> tuple[re.Pattern[str], str] | None:
    """ "Liite 1 Osayleiskaavan luonnoskartta": the pattern and the title; not "Liite 1 sisältää ..."."""
    for pattern in (ATTACHMENT_LINE, ENCLOSURE_LINE):
        if (m := pattern.match(line)) is not None and not line[m.end() : m.end() + 1].islower():
            return pattern, line[m.end() :].strip()
    return None


def take_attachment_lines(section: Section) -> tuple[list[str], list[str]]:
    """ "Liite 1 Osayleiskaavan luonnoskartta" and "Oheismateriaali 1 Arvioidut kustannukset"
    lines outside a Liitteet section: the attachments and enclosures they name."""
    attachments: list[str] = []
    enclosures: list[str] = []
    for paragraph in section.paragraphs:
        lines = [line.lstrip(ROW) for line in paragraph]  # "Liite 1" may be a cell of its own
        each = [attachment_line(line) for line in lines]
        if each[0] and not all(each) and len(lines) <= MAX_ATTACHMENT_LINES:
            each = [attachment_line(join_lines(lines))]  # a title wrapped in a text dump
        if all(each):  # "Liite 1 Kartta" / "Liite 2 Selostus": one per line
            for pattern, title in each:
                (attachments if pattern is ATTACHMENT_LINE else enclosures).append(title)
            paragraph.clear()
    section.paragraphs[:] = [p for p in section.paragraphs if p]
    return attachments, enclosures


BYLINE = re.compile(r"^(?P<who>[^:]+?)\s+\d{1,2}\.\d{1,2}\.\d{4}\s*:$")
MAX_BYLINE_LINES = 3


def take_byline(section: Section) -> list[Person]:
    """Turku opens each handling's text with who wrote it and when: "Apulaiskaupunginjohtaja
    Jarkko Virtanen, kaupunginsihteeri Satu Lehto 18.4.2017:". They are its preparers.
    A part naming no one ("Kaupunkisuunnittelu, kaavoitus, ...") is their department."""
    first = section.paragraphs[0] if section.paragraphs else []
    # one line, or wrapped over a few in a text dump ("... Satu Lehto" / "18.4.2017:")
    m = BYLINE.match(" ".join(line.lstrip(ROW) for line in first)) if len(first) <= MAX_BYLINE_LINES else None
    if m is None:
        return []
    people = [p for p in (parse_person(part) for part in m["who"].split(",")) if p is not None]
    if people:
        section.paragraphs.pop(0)
    return people


def named_preparers(section: Section) -> list[Person]:
    """ "Beredning: Byggnadsinspektör Tommy Isaksson" and, on the next line, "Planläggningsingenjör
    Emilia Ingman": the persons on the first lines, taken off the section's text."""
    first = section.paragraphs[0] if section.paragraphs else []
    people = []
    for line in first:
        if len(line.split()) > MAX_PRESENTER_WORDS or line.endswith((".", ",")):
            break
        person = parse_person(line)
        if person is None or person.title is None and len(first) > 1:
            break  # a second name line needs its title: "Ägaren till fastighet ..." is text
        people.append(person)
    del first[: len(people)]
    if section.paragraphs and not first:
        section.paragraphs.pop(0)
    return people


def take_presenter_line(section: Section) -> Person | None:
    """Turku opens a proposal with "Kaupunginjohtaja Aleksi Randell:" on a line of its own."""
    if not section.paragraphs or len(section.paragraphs[-1]) != 1:
        return None
    line = section.paragraphs[-1][0]
    if not line.endswith(":") or len(line.split()) > MAX_PRESENTER_WORDS:
        return None
    person = parse_person(line.rstrip(":"))
    if person is not None:
        section.paragraphs.pop()
    return person


def role_label_person(label: str | None, preparers: list[Person], people: list[Person] | None = None) -> Person | None:
    """The presenter named by a proposal caption.

    "Bildningsdirektör t.f. välfärdschef Teresia Tallqvist-Ekströms förslag" names a person;
    "Kaupunginjohtajan esitys" names a role, found among the preparers ("kaupunginjohtaja Kari Nurmela").
    """
    if not label:
        return None
    head = " ".join(label.split()[:-1])
    person = parse_person(re.sub(r"(?<=[a-zåäö])s$", "", head))
    if person is not None:
        return person
    role = patterns.nominative_role(head).casefold()
    for person in [*preparers, *(people or [])]:
        titles = [t.strip().casefold() for t in (person.title or "").split(",")]
        if role in titles:
            return Person(person.name, titles[0] if titles[0] == role else role)
    return None


def parse_attachments(
    section: Section, right_edge: float, number: int | None = None, notes: list[str] | None = None
) -> list[str]:
    """Attachment titles, numbers taken off and wrapped titles joined.

    Turku lists the attachments of every handling of the case under its own "Ksylk § 84" line;
    the item's are those of the handling with its number (`number`), if there is one.
    """
    groups: dict[int | None, list[str]] = {}
    titles: list[str] = groups.setdefault(None, [])
    previous = None
    for entry, line in zip(section.entries, section.lines, strict=False):
        line = line.strip()
        if not line or line in ("-", "–"):
            previous = None
            continue
        handling = patterns.match_handling(line)
        if handling is not None and handling.number is not None:
            titles = groups.setdefault(handling.number, [])
            previous = None
            continue
        numbered = bool(ATTACHMENT_PREFIX.match(line))
        text = ATTACHMENT_PREFIX.sub("", line).strip() if numbered else line
        if not text:
            continue
        if titles and not numbered and CONFIDENTIAL.match(text):
            if notes is not None:  # "Salassa pidettävä, Julkisuuslaki (621/1999) § 24": a note on the title above
                notes.append(f"{titles[-1]}: {text}")
            continue
        wrapped = previous is not None and right_edge > 0 and previous.line.x1 >= FULL_LINE_SHARE * right_edge
        continues = titles and not numbered and (text[:1].islower() or text[:1] in "(/&" or wrapped)
        if continues:
            titles[-1] = join_lines([titles[-1], text])
        else:
            titles.append(text)
        previous = entry
    if number in groups and number is not None:
        return groups[number]
    return [title for group in groups.values() for title in group]


def is_notify_method(label: str | None) -> bool:
    return label is not None and norm_label(label) in words("notify", "methods")


def parse_notify(section: Section, right_edge: float = 0.0) -> tuple[Notify, str | None]:
    """The method and recipients, and any sentences after a wrapped list of them that say
    something else ("Lisäksi tieto päätöksestä julkaistaan ..."), kept as a note."""
    lines = unwrap(section, right_edge)
    note = None
    if any(SENTENCE_END.search(line) for line in lines):  # prose, not a list: its first sentence names them
        sentences = SENTENCE_END.split(join_lines(lines))
        lines = [sentences[0].rstrip(".")]
        note = " ".join(sentences[1:])
    method = None
    methods = sorted(words("notify", "methods"), key=len, reverse=True)
    if lines:
        first = lines[0]
        folded = first.casefold()
        for candidate in methods:
            if folded == candidate or folded.startswith((candidate + " ", candidate + ":")):
                method = first[: len(candidate)]
                lines[0] = first[len(candidate) :].lstrip(":").strip()
                break
        else:
            if len(lines) > 1 and first.endswith(":"):
                # "Päätös annetaan tiedoksi saantitodistuksella:" over the list: a lead-in, naming the method
                found = next((m for m in methods if re.search(rf"\b{re.escape(m)}\b", folded)), None)
                method = first[folded.find(found) :][: len(found)] if found else None
                lines = lines[1:]
    recipients: list[str] = []
    codes = words("notify", "recipient_codes")
    for line in lines:
        code, _, rest = line.partition(" ")
        glued = next((c for c in codes if line.startswith(c) and line[len(c) : len(c) + 1].isupper()), None)
        if glued:  # "aoKaarinan kaupunki": a text dump of "<span>ao</span>Kaarinan kaupunki"
            code, rest = glued, line[len(glued) :]
        if code in codes and rest[:1].isupper():  # "tpv Konsernihallinto, lakiasiat"
            recipients.append(rest.strip())
            continue
        for part in (p.strip() for p in re.split(r"(?<!-),", LIST_DASH.sub("", line))):
            if not part:
                continue
            pieces = split_at_and(part)
            name_only = (
                len(pieces) == 1
                and re.fullmatch(r"[A-ZÅÄÖ][\w\-]+(?: [A-ZÅÄÖ][\w\-]+){1,2}", part)
                and not any(word in part.casefold() for word in organisation_words())  # "Etelä-Pohjanmaan ELY-keskus"
            )
            if recipients and name_only and recipients[-1].split()[-1][:1].islower():
                recipients[-1] = f"{recipients[-1]} {part}"  # "tekninen johtaja" + "Pekka Rinne"
            else:
                recipients.extend(pieces)
    return Notify(method=method, recipients=recipients), note


def notify_in_text(*texts: str | None) -> Notify | None:
    """The recipients a sentence of the first text that has one names ("Beslutet delges A, B och C.");
    not a way of delivering it ("Beslutet delges genom offentlig kungörelse")."""
    for text in texts:
        m = notify_sentence().search(text or "")
        if m is None:
            continue
        said = up_to_sentence_end(text[m.end() :])
        if NOT_RECIPIENTS.match(said):
            return None
        names = [piece.strip() for piece in re.split(r"(?<!-),|(?<!-) (?:och|ja|samt|sekä) ", said)]
        names = [name for name in names if name]
        return Notify(method=None, recipients=names) if names else None
    return None


@functools.cache
def notify_sentence() -> re.Pattern[str]:
    leads = "|".join(re.escape(lead) for lead in words("notify", "in_text"))
    return re.compile(rf"(?:^|(?<=[.!?]\s))(?:{leads})\s*:?\s+")


NOT_RECIPIENTS = re.compile(r"(?:genom|via|per|med|efter|enligt|i|på)\b")  # lower case: "Per Holm" is a name


def up_to_sentence_end(text: str) -> str:
    """The text to the end of its sentence: a full stop not after an initial ("K. Nyman", "E.N.")."""
    for m in re.finditer(r"\.(?=\s|$)|\n", text):
        word = text[: m.start()].rsplit(None, 1)[-1] if text[: m.start()].strip() else ""
        if m.group() == "\n" or not re.fullmatch(r"[A-ZÅÄÖ](?:\.[A-ZÅÄÖ])*", word.replace("-", ".")):
            return text[: m.start()].strip().removesuffix(".")
    return text.strip().removesuffix(".")


def split_at_and(part: str) -> list[str]:
    """ "Etelä-Pohjanmaan ELY-keskus ja Lapuan kaupungin terveydensuojeluviranomainen" is two;
    "liikenne- ja ympäristökeskus", "Tekninen ja ympäristötoimiala" and "Matti ja Liisa Virtanen" are one."""
    pieces = [p.strip() for p in AND_BEFORE_RECIPIENT.split(part) if p.strip()]
    if len(pieces) > 1 and pieces[0] in given_names():
        return [part]  # a given name before "ja": one family
    return pieces


# "Hakija, Etelä-Pohjanmaan ELY-keskus ja Lapuan kaupungin terveydensuojeluviranomainen", but not
# "elinkeino-, liikenne- ja ympäristökeskus" or "Tekninen ja ympäristötoimiala"
AND_BEFORE_RECIPIENT = re.compile(r"(?<![-,]) (?:ja|sekä|och|samt) (?=[A-ZÅÄÖ])")
SENTENCE_END = re.compile(r"(?<=[a-zåäö)]\.)\s+(?=[A-ZÅÄÖ])")  # the space after a sentence


def unwrap(section: Section, right_edge: float) -> list[str]:
    """Lines that wrap a sentence to the right edge ("Etelä-Pohjanmaan ELY-keskus ja Lapuan
    kaupungin" over "terveydensuojeluviranomainen.") are one line; a list keeps a line for
    each entry, also where one starts in lower case ("peruskoulujen rehtorit")."""
    out: list[str] = []
    previous = None
    for entry, line in zip(section.entries, section.lines, strict=False):
        line = line.strip()
        if not line:
            continue
        if (
            out
            and previous is not None
            and line[:1].islower()
            and not out[-1].endswith((",", ";", ".", ":"))
            and no_room_for(line.split()[0], previous.line, right_edge)
        ):
            out[-1] = join_lines([out[-1], line])
        else:
            out.append(line)
        previous = entry
    return out


def no_room_for(word: str, line: Line, right_edge: float) -> bool:
    """True where `word` would not have fitted at the end of `line`: the line wrapped before it."""
    return right_edge > 0 and line.x1 + (len(word) + 1) * CHARACTER_WIDTH_EM * line.size > right_edge


def history_refs(section: Section) -> list[Handling]:
    """Earlier handlings listed by reference ("Päätöshistoria: Kaupunginhallitus 20.3.2017 § 66")."""
    refs = []
    for line in section.lines:
        found = patterns.match_handling(line)
        if found is None:
            continue
        date = patterns.iso_date(found.date) if found.date else None
        refs.append(Handling(body=found.body, date=date, number=found.number))
        # "Suomi 100 -juhlatoimikunta 19.4.2016, 19.10.2016": the body met on each date
        for later in patterns.DATE_RE.findall(line)[1:] if found.number is None else []:
            refs.append(Handling(body=found.body, date=patterns.iso_date(".".join(later))))
    return refs


def strip_body_prefix(text: str | None) -> str | None:
    """Espoo opens a decision with the body's name and a colon: "Ympäristölautakunta:"."""
    if not text:
        return text
    first, _, rest = text.partition("\n\n")
    if re.fullmatch(rf"(?:{patterns.body_name()})\s*:", first.strip()):
        return rest.strip() or None
    return text


@dataclass
class Fields:
    """What the sections of one handling say."""

    texts: dict[str, str] = field(default_factory=dict)
    presenter: Person | None = None
    preparers: list[Person] = field(default_factory=list)
    notify: Notify | None = None
    attachments: list[str] = field(default_factory=list)
    enclosures: list[str] = field(default_factory=list)
    case_id: str | None = None
    history: list[Handling] = field(default_factory=list)
    other: dict[str, str] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)  # field -> the label it was printed under


def add_listed(titles: list[str], found: list[str]) -> None:
    """A title a list before this one named (in the text and in the box) counts once; titles repeated
    within one list ("Salassa pidettävä" for each confidential attachment) are each one."""
    known = set(titles)
    titles.extend(title for title in found if title not in known)


def read_fields(
    sections: list[Section], right_edge: float, people: list[Person] | None = None, number: int | None = None
) -> Fields:
    """`people`: the meeting's attendees (a proposal caption may name the presenter by role);
    `number`: the § of this handling, which picks its attachments from a list of all handlings'."""
    fields = Fields()
    # "Liite 1 Title" lines in the text, for want of a list of attachments (and of enclosures)
    in_text: tuple[list[str], list[str]] = ([], [])
    texts: dict[str, list[str]] = {}
    reasons = label_set("sections", "proposal_reasons")
    role_labels: list[str | None] = []
    previous: str | None = None
    for position, section in enumerate(sections):
        kind = section.field or "background"
        if kind == "background" and (
            section.style == "colon" or norm_label(section.label or "") in label_set("sections", "preparer_bylines")
        ):
            # Tweb: "Beredning: förvaltningsdirektör Camilla Back" names the preparers, the text follows.
            known = {q.name for q in fields.preparers}
            fields.preparers.extend(p for p in named_preparers(section) if p.name not in known)
        if section.field is None:
            known = {q.name for q in fields.preparers}
            fields.preparers.extend(p for p in take_byline(section) if p.name not in known)
            for found, titles in zip(take_attachment_lines(section), in_text, strict=True):
                titles.extend(found)
            following = sections[position + 1] if position + 1 < len(sections) else None
            if following is not None and following.field == "proposal":
                fields.presenter = fields.presenter or take_presenter_line(section)
            if section.empty:
                continue
        if previous == "proposal" and section.label and norm_label(section.label) in reasons and section.text:
            # "Perustelut" printed right under the proposal gives the reasons for it (CloudNC).
            texts.setdefault("proposal", []).append(f"{section.label}\n\n{section.text}")
            continue
        if (
            previous == "appeal"
            and norm_label(section.label or "") in label_set("sections", "appeal_law")
            and section.text
        ):
            # "Sovellettava lainkohta: Kuntalaki 136 §" under an appeal ban (Ahjo) names the law that bars it
            texts.setdefault("appeal", []).append(f"{section.label}: {section.text}")
            continue
        if previous == "notify" and fields.notify is None and is_notify_method(section.label) and section.text:
            # "Delges" over "Protokollsutdrag: A, B": the caption's first line names the method
            listed, note = parse_notify(section, right_edge)
            fields.notify = Notify(method=section.label, recipients=listed.recipients)
            if note:
                fields.other[section.label or "notify"] = note
            continue
        previous = kind
        if kind == "proposal":
            person, _ = split_presenter(section)
            fields.presenter = fields.presenter or person
            if labels().field_of(section.label or "") is None:
                role_labels.append(section.label)
        text = section.text
        if kind in ("presenter", "preparers"):
            named = parse_people("\n".join(section.lines))
            if kind == "presenter":
                fields.presenter = fields.presenter or (named[0] if named else None)
            else:
                known = {q.name for q in fields.preparers}
                fields.preparers.extend(p for p in named if p.name not in known)
            if not named and text:
                fields.other[section.label or kind] = text  # no person read from it: kept as printed, not lost
        elif kind == "notify":
            notify, note = parse_notify(section, right_edge)
            if notify.method or notify.recipients:  # an empty caption tells nothing: null, not an empty record
                fields.notify = notify
            if note:
                fields.other[section.label or "notify"] = note
        elif kind == "attachments":
            notes: list[str] = []
            add_listed(fields.attachments, parse_attachments(section, right_edge, number, notes))
            if notes:  # kept under the caption, not lost
                fields.other[section.label or "Liitteet"] = "\n".join(notes)
        elif kind == "enclosures":
            add_listed(fields.enclosures, parse_attachments(section, right_edge))
        elif kind == "case_id":
            fields.case_id = fields.case_id or (section.lines[0].strip() if section.lines else None)
        elif kind == "history":
            fields.history.extend(history_refs(section))
        elif kind in ("other", "signatures"):
            if text:
                label = section.label or "?"
                fields.other[label] = f"{fields.other[label]}\n\n{text}" if label in fields.other else text
        elif text:
            texts.setdefault(kind, []).append(text)
            if section.label:
                fields.labels.setdefault(kind, section.label)
    fields.attachments = fields.attachments or in_text[0]  # the labelled list, as printed, where there is one
    fields.enclosures = fields.enclosures or in_text[1]
    fields.texts = {kind: "\n\n".join(parts) for kind, parts in texts.items()}
    for label in role_labels:
        fields.presenter = fields.presenter or role_label_person(label, fields.preparers, people)
    if "decision" in fields.texts:
        fields.texts["decision"] = strip_body_prefix(fields.texts["decision"]) or ""
    return fields


def merge_missing(fields: Fields, pre: Fields) -> None:
    """Text before this meeting's handling line fills what the handling itself does not say."""
    for kind, text in pre.texts.items():
        fields.texts.setdefault(kind, text)
    fields.presenter = fields.presenter or pre.presenter
    fields.preparers = fields.preparers or pre.preparers
    fields.notify = fields.notify or pre.notify
    fields.attachments = fields.attachments or pre.attachments
    fields.enclosures = fields.enclosures or pre.enclosures
    fields.case_id = fields.case_id or pre.case_id
    for label, text in pre.other.items():
        fields.other.setdefault(label, text)


def right_edge_of(entries: list[Entry]) -> float:
    return max((e.line.x1 for e in entries), default=0.0)
