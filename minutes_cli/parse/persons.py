"""Persons from preparer, presenter and attendee text.

Handles "Mikko Kaarnela, Sivistys- ja hyvinvointijohtaja, mikko.kaarnela@jarvela.fi",
"Hyvinvointijohtaja Kivi-oja, Pirjo puh. 050 0711234", "Vs. kaupunginjohtaja Päivi Laaksovirta",
run-on lists ("talousjohtaja Anne X puh. 044 ..., controller Y puh. ... ja ...") and names
printed surname first ("Tuomela Armi"), which are turned round when the given name is known.
Phones come out in E.164.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import takewhile

from minutes_cli.model import Person
from minutes_cli.parse.prose import join_lines
from minutes_cli.parse.vocab import DATA, words

# "minna.ristiniemi(a)hel.fi" (Helsinki): an e-mail address with its "@" written out against spam
WRITTEN_AT = re.compile(r"(?<=[\w.])\((?:a|at)\)(?=[\w\-]+\.[a-z]{2,})", re.IGNORECASE)
EMAIL_RE = re.compile(r"[\w.+\-äöåÄÖÅ]+@[\w\-äöå]+(?:\.[\w\-]+)*", re.IGNORECASE)
PHONE_PREFIX = r"(?:puh(?:elin)?|p|tfn|tel(?:efon)?|gsm|mob(?:ile)?|mobil)\.?:?\s*"
PHONE_RE = re.compile(
    rf"(?<![\w\-/.])(?:{PHONE_PREFIX})?(?P<number>(?:\+\s?358|\(0\d{{1,3}}\)|0)[\d \-()/]{{5,18}}\d)", re.IGNORECASE
)
LABELLED_NUMBER = re.compile(rf"\b{PHONE_PREFIX}\+?\d[\d \-()/]*", re.IGNORECASE)
EMAIL_PREFIX_RE = re.compile(r"\b(?:sähköposti|s-posti|e-post|email|e-mail)\s*:?\s*$", re.IGNORECASE)
NAME_WORD = r"[A-ZÅÄÖÜÉ][a-zåäöüéèáëï]+(?:-[A-ZÅÄÖÜÉa-zåäö][a-zåäöüéèáëï]+)*"
NAME_RE = re.compile(rf"^{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}}$")
SURNAME_FIRST_RE = re.compile(rf"^({NAME_WORD}(?:\s+{NAME_WORD})?),\s*({NAME_WORD}(?:\s+{NAME_WORD})?)$")
TITLE_SUFFIXES = (
    "johtaja",
    "päällikkö",
    "sihteeri",
    "insinööri",
    "asiantuntija",
    "suunnittelija",
    "controller",
    "geodeetti",
    "lakimies",
    "neuvos",
    "tarkastaja",
    "ohjaaja",
    "koordinaattori",
    "vastaava",
    "esimies",
    "hoitaja",
    "rehtori",
    "kamreeri",
    "kirjaaja",
    "arkkitehti",
    "mestari",
    "kehittäjä",
    "analyytikko",
    "ekonomisti",
    "juristi",
    "avustaja",
    "neuvoja",
    "isännöitsijä",
    "kaavoittaja",
    "lääkäri",
    "psykologi",
    "kuraattori",
    "opettaja",
    "kanslisti",
    "assistentti",
    "valvoja",
    "tutkija",
    "puheenjohtaja",
    "jäsen",
    "valtuutettu",
    "edustaja",
    "hallintosihteeri",
    "kirjanpitäjä",
    "laskentasihteeri",
    "toimistosihteeri",
    "henkilö",
    "chef",
    "direktör",
    "sekreterare",
    "kanslist",
    "ingenjör",
    "rektor",
    "sakkunnig",
    "planerare",
    "koordinator",
    "inspektör",
    "handläggare",
    "kamrer",
    "jurist",
    "arkitekt",
    "föreståndare",
    "ledare",
    "ombudsman",
    "revisor",
    "ordförande",
    "protokollförare",
    "ledamot",
    "kurator",
    "läkare",
    "lärare",
    "assistent",
    "manageri",
    "manager",
    "lehtori",
    "notaari",
    "nomi",  # agronomi, ekonomi, tradenomi, hortonomi
    "puutarhuri",
    "lektor",
    "sihteerinä",
)
MAX_TITLE_LINE_WORDS = 4
PERSON_LINE = re.compile(rf"^{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}},\s*\S")
SPLIT_AFTER_CONTACT = re.compile(r"\s*(?:,|;|\bja\b|\boch\b|\n)\s*")


@cache
def given_names() -> frozenset[str]:
    path = DATA / "given_names.txt"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return frozenset()
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def placeholder_emails() -> list[re.Pattern[str]]:
    return [re.compile(p, re.IGNORECASE) for p in words("persons", "placeholder_emails")]


@cache
def organisation_words() -> tuple[str, ...]:
    return tuple(words("persons", "organisation_words"))


def e164(raw: str) -> str | None:
    import phonenumbers

    try:
        number = phonenumbers.parse(raw, "FI")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def is_title_word(word: str) -> bool:
    w = word.casefold().rstrip(".,:")
    return w.endswith(TITLE_SUFFIXES) or w in {"vs.", "vs", "va.", "va", "t.f.", "tf.", "t.f", "vt."}


def natural_order(name: str) -> str:
    """ "Kivi-oja, Pirjo" -> "Pirjo Kivi-oja"; "Tuomela Armi" -> "Armi Tuomela" when "Armi" is a known given name.

    A name set in capitals ("SIW FROSTDAHL-BLOMQVIST") is written as a name ("Siw Frostdahl-Blomqvist").
    """
    if name.isupper() and len(name) > 3:
        name = name.title()
    m = SURNAME_FIRST_RE.match(name.strip())
    if m:
        return f"{m.group(2)} {m.group(1)}"
    parts = name.split()
    names = given_names()
    if len(parts) == 2 and parts[1] in names and parts[0] not in names:
        return f"{parts[1]} {parts[0]}"
    if len(parts) == 3 and parts[1] in names and parts[2] in names and parts[0] not in names:
        return f"{parts[1]} {parts[2]} {parts[0]}"
    return name.strip()


def take_contacts(text: str) -> tuple[str, str | None, str | None]:
    """Remove the e-mail and phone from a person's text; return the rest, the phone and the e-mail."""
    email = None
    m = EMAIL_RE.search(text)
    if m:
        candidate = m.group(0).rstrip(".")
        if not any(p.search(candidate) for p in placeholder_emails()):
            email = candidate
        text = EMAIL_PREFIX_RE.sub("", text[: m.start()]) + text[m.end() :]
    phone = None
    m = PHONE_RE.search(text)
    if m:
        phone = e164(m.group("number"))
        if phone:
            text = text[: m.start()] + text[m.end() :]
    if phone is None and (m := LABELLED_NUMBER.search(text)):
        text = text[: m.start()] + text[m.end() :]  # "puhelin: 09123": not a phone, nor part of a title
    return text, phone, email


def split_name_title(text: str) -> tuple[str | None, str | None]:
    """Find the name in "konsernicontroller Jaana Niemistö" or "Mikko Kaarnela, Sivistys- ja hyvinvointijohtaja"."""
    text = re.sub(r"\s+", " ", text).strip(" ,;:-")
    parts = [p.strip() for p in text.split(",") if p.strip()]
    # "Hyvinvointijohtaja Kivi-oja, Pirjo": title + surname, then the given name alone
    known = given_names()
    if len(parts) >= 2 and re.fullmatch(NAME_WORD, parts[1]):
        head = parts[0].split()
        # An unknown capitalised word after "Timo Halonen," is his title ("Lehtori"), not a given name
        title_after_name = parts[1] not in known and len(head) >= 2 and not is_title_word(head[0])
        if (
            head
            and not title_after_name
            and re.fullmatch(NAME_WORD, head[-1])
            and not is_title_word(head[-1])
            and len(parts[1].split()) == 1
        ):
            title = " ".join(head[:-1]) or (", ".join(parts[2:]) or None)
            if not is_title_word(parts[1]) and (len(head) > 1 or len(parts) == 2):
                return f"{parts[1]} {head[-1]}", title or None
    for i, part in enumerate(parts):
        name, before = name_in(part)
        if name is None:
            continue
        others = [p for j, p in enumerate(parts) if j != i and not is_role_only(p)]
        title = before or (others[0] if others and i == 0 else None) or (others[-1] if others else None)
        return natural_order(name), title
    return None, None


def name_in(part: str) -> tuple[str | None, str | None]:
    """The capitalised name at the end of a part, and the title words before it."""
    tokens = part.split()
    known = given_names()
    for start in range(len(tokens)):
        candidate = " ".join(tokens[start:])
        if len(tokens) - start >= 3 and is_title_word(tokens[start]) and tokens[start + 1] in known:
            continue  # "Lehtori Jarkko Virtanen": a capitalised title before a given name
        if NAME_RE.match(candidate) and not is_title_word(tokens[start]):
            if any(word.casefold().startswith(organisation_words()) for word in tokens[start:]):
                continue
            return candidate, " ".join(tokens[:start]) or None
    return None, None


def is_role_only(part: str) -> bool:
    return part.casefold() in {"esittelijä", "sihteeri", "puheenjohtaja", "föredragande", "sekreterare", "ordförande"}


def parse_person(text: str) -> Person | None:
    rest, phone, email = take_contacts(WRITTEN_AT.sub("@", text))
    name, title = split_name_title(rest)
    if name is None:
        return None
    return Person(name=name, title=title, phone=phone, email=email)


def split_people(text: str) -> list[str]:
    """Cut a preparers text into one chunk per person.

    Lines that each hold a person stay apart; within a run-on line a person ends after their
    phone or e-mail, at the next comma, "ja" or "och".
    """
    chunks: list[str] = []
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    one_per_line = all(EMAIL_RE.search(line) or PHONE_RE.search(line) or PERSON_LINE.match(line) for line in lines)
    if not one_per_line:
        lines = [" ".join(lines)]  # a run-on list wrapped over lines, phones split included
    for line in lines:
        line = line.strip()
        if not line:
            continue
        contacts = sorted([m.end() for m in EMAIL_RE.finditer(line)] + [m.end() for m in PHONE_RE.finditer(line)])
        start = 0
        for end in contacts:
            if end <= start:
                continue
            sep = SPLIT_AFTER_CONTACT.match(line, end)
            if sep and sep.end() > end and (EMAIL_RE.match(line, sep.end()) is None):
                chunks.append(line[start:end])
                start = sep.end()
        if line[start:].strip():
            chunks.append(line[start:])
    return merge_contact_lines(chunks)


def merge_contact_lines(chunks: list[str]) -> list[str]:
    """An e-mail or phone on a line of its own belongs to the person above."""
    merged: list[str] = []
    for chunk in chunks:
        rest, phone, email = take_contacts(chunk)
        if merged and (phone or email or EMAIL_RE.search(chunk)) and not re.search(r"[A-ZÅÄÖ]", rest):
            merged[-1] = f"{merged[-1]} {chunk}"
        else:
            merged.append(chunk)
    return merged


def parallel_columns(text: str) -> list[str] | None:
    """Names, e-mails and titles printed as parallel comma-separated lines (CloudNC):
    "Katja K, Mika K" / "katja.k@..., mika.k@..." / "Varhaiskasvatuspäällikkö, Sivistysjohtaja"."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        return None
    rows = [[part.strip() for part in re.split(r"(?<!-),", line)] for line in lines]
    width = len(rows[0])
    if any(len(row) != width for row in rows):
        rows = unwrapped_rows(rows, width)
    full = len(list(takewhile(lambda row: len(row) == width, rows)))  # a person printed below stands apart
    rows, rest = rows[:full], [", ".join(row) for row in rows[full:]]
    if len(rows) < 2 or not any(all(EMAIL_RE.fullmatch(p) for p in row) for row in rows):
        return None
    return [", ".join(row[i] for row in rows) for i in range(width)] + rest


def unwrapped_rows(rows: list[list[str]], width: int) -> list[list[str]]:
    """A line of fewer entries than the first goes on with the last entry of the line above:
    "..., Hallinto- ja" over "henkilöstöasiainsihteeri"."""
    out: list[list[str]] = []
    for row in rows:
        first_word = row[0].split()[0] if row[0].split() else ""
        starts_person = bool(out) and first_word in given_names() and not out[-1][-1].endswith("-")
        if out and len(row) < width and len(out[-1]) + len(row) - 1 <= width and not starts_person:
            out[-1] = [*out[-1][:-1], join_lines([out[-1][-1], row[0]]), *row[1:]]
        else:
            out.append(row)
    return out


def is_title_line(text: str) -> bool:
    """ "kansliapäällikkö" or "kaupunkiympäristön toimialajohtaja" alone: Ahjo prints the name below."""
    words = text.split()
    return 0 < len(words) <= MAX_TITLE_LINE_WORDS and text[:1].islower() and is_title_word(words[-1])


def join_title_lines(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    out: list[str] = []
    for line in lines:
        if out and is_title_line(out[-1]) and NAME_RE.fullmatch(line):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return "\n".join(out)


SIGNER = re.compile(rf"^(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}})(?:\s+(?P<title>[a-zåäö].*))?$")


def signers(text: str) -> list[Person]:
    """A signature block, one paragraph per signer: the name, then the title ("Aku Ankka puheenjohtaja")."""
    found = [SIGNER.match(" ".join(paragraph.split())) for paragraph in text.split("\n\n")]
    return [Person(name=m["name"], title=m["title"]) for m in found if m]


def parse_people(text: str) -> list[Person]:
    people = []
    text = join_title_lines(WRITTEN_AT.sub("@", text))
    for chunk in parallel_columns(text) or split_people(text):
        if "," in chunk and not PHONE_RE.search(chunk) and not EMAIL_RE.search(chunk):
            # "Konsernihallinto, konsernicontroller Jaana Niemistö" : drop a leading unit
            head, _, tail = chunk.partition(",")
            if (
                name_in(head)[0] is None
                and name_in(tail.strip())[0] is not None
                and not SURNAME_FIRST_RE.match(chunk.strip())
            ):
                chunk = tail
        person = parse_person(chunk)
        if person is not None and all(p.name != person.name for p in people):
            people.append(person)
    return people
