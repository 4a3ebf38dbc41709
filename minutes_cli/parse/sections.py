"""Group an item's entries into labelled sections.

A label opens a section; text up to the next label belongs to it. Short list-like sections
(persons, attachments, a diary number) end at the first paragraph that does not go on with
the list, so the unlabelled text after "Valmistelija / lisätiedot:" and its persons (the
CloudNC layout) is not swallowed. Text outside any label makes an unlabelled section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from minutes_cli.parse import patterns
from minutes_cli.parse.layout import Entry
from minutes_cli.parse.persons import EMAIL_RE, PERSON_LINE, PHONE_RE, given_names, is_title_line, is_title_word
from minutes_cli.parse.prose import ROW, join_paragraphs
from minutes_cli.parse.vocab import label_set, labels, norm_label

MAX_LIST_LINE_WORDS = 7  # a person with title and contacts, an attachment title; prose lines run longer
MIN_PROSE_LINE_CHARS = 60  # ... or have long words ("rakennusjärjestysehdotuksesta")
MIN_PROSE_WORDS = 2  # words in lower case that are neither titles nor conjunctions
LIST_CONJUNCTIONS = frozenset(("ja", "sekä", "tai", "och", "samt", "eller"))
WRAPPED_TITLE_LINES = 2  # an attachment's title wraps over a line or two
FULL_LINE_SHARE = 0.85  # a line reaching this share of the column width was wrapped, not ended
# Sections that end at the first paragraph that does not go on with them (authority: its
# first paragraph, "Befogenhet att fatta beslut: Enligt förvaltningsstadgan ...", then text)
LIST_FIELDS = {"preparers", "presenter", "attachments", "enclosures", "case_id", "history", "authority"}
NUMBERED = re.compile(r"^(?:(?:Liite|Bilaga|Bil\.|Oheismateriaali)\s*)?(\d{1,2})(?:[.):](?!\d)|\s)|^[-–•]\s")


@dataclass
class Section:
    field: str | None  # None for text outside any label
    label: str | None
    style: str | None = None
    paragraphs: list[list[str]] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)

    def add(self, entry: Entry, text: str, new_paragraph: bool) -> None:
        if new_paragraph or not self.paragraphs:
            self.paragraphs.append([])
        self.paragraphs[-1].append(text)
        self.entries.append(entry)

    @property
    def text(self) -> str | None:
        return join_paragraphs(self.paragraphs)

    @property
    def lines(self) -> list[str]:
        return [line.lstrip(ROW) for paragraph in self.paragraphs for line in paragraph]

    @property
    def empty(self) -> bool:
        return not self.paragraphs


def continues_beside_label(entry: Entry, text: str) -> bool:
    """A line beside the next part of a wrapped column label ("hallituksen" | "satavuotisjuhlavuoden
    kunniaksi ..."): the label's part was taken off, and the text goes on in lower case. It is
    prose wrapped in the value column, not a row of cells; a capital starts a line of its own."""
    return entry.text != entry.line.text and len(entry.line.cells) == 2 and text[:1].islower()


def continues_list(section: Section, text: str) -> bool:
    if section.field in ("preparers", "presenter"):
        title_above = bool(section.lines) and is_title_line(section.lines[-1])  # "kansliapäällikkö" over "John Doe"
        return bool(has_contact(text) or PERSON_LINE.match(text) or title_above)
    if section.field in ("attachments", "enclosures"):
        if not section.lines:
            return False
        if patterns.match_handling(section.lines[0]) is not None:  # grouped by handling ("Ksylk § 84", Turku)
            return patterns.match_handling(text) is not None
        first, following = NUMBERED.match(section.lines[0]), NUMBERED.match(text)
        if first is None or following is None:
            return False
        # "1 Esitys ... .pdf" then "1. KPMG Oy Ab on valittu ...": a list numbered afresh is text
        numbers = [int(m[1]) for line in section.lines if (m := NUMBERED.match(line)) and m[1]]
        return not (following[1] and numbers and int(following[1]) <= numbers[-1])
    if section.field == "history":
        return patterns.match_handling(text) is not None
    return False


def prose_after_list(
    section: Section, text: str, following: str = "", numbered_later: bool = False, line_x1: float = 0.0
) -> bool:
    """A line right after a list of people or of numbered attachments that starts the text after it,
    though no gap sets it apart (a PDF dumped as text): "Anne Marjamäki", "anne.marjamaki@lapua.fi",
    "Talouspäällikkö", then "Invest Lapua Oy on Lapuan kaupungin 100%:sti omistettu tytäryhtiö. ...".
    It is long, or, right below a person's contacts, a short line that a long one goes on in lower
    case ("Kaupunginvaltuusto on 9.12.2024 uudistanut" over "kaupungin omistajapoliittiset ...")."""
    last = section.lines[-1].rstrip()
    if not text[:1].isupper() or last.endswith((",", "-", " ja", " och")):  # a sentence or a list goes on
        return False
    starts_sentence = following[:1].islower() and is_long(following)
    if section.field in ("preparers", "presenter"):
        if has_contact(text) or PERSON_LINE.match(text) or not reads_as_prose(text):
            return False
        if is_long(text):
            # "Valmistelija: sivistysjohtaja Olli Kangas" on its caption's line: a byline, then the text
            return any(has_contact(line) for line in section.lines) or (
                section.style == "colon" and len(section.lines) == 1
            )
        return starts_sentence and has_contact(last)
    if section.field in ("attachments", "enclosures"):
        # a title wraps where its line reached the width of the list's column, this line included
        column_edge = max([line_x1, *(e.line.x1 for e in section.entries)])
        wrapped = section.entries[-1].line.x1 >= FULL_LINE_SHARE * column_edge
        numbered = bool(NUMBERED.match(section.lines[0])) and not NUMBERED.match(text)
        return is_long(text) and numbered and not numbered_later and not wrapped
    return False


def has_contact(text: str) -> bool:
    return bool(EMAIL_RE.search(text) or PHONE_RE.search(text))


def reads_as_prose(text: str) -> bool:
    """Words in lower case besides titles and "ja": "Kaupunginvaltuusto on 9.12.2025 uudistanut", not
    "Kaupunginlakimies Pekka Pekkanen ja hallintosihteeri Maija Mäkinen"."""
    plain = [w for w in text.split() if w[:1].islower() and w not in LIST_CONJUNCTIONS and not is_title_word(w)]
    return len(plain) >= MIN_PROSE_WORDS


def is_long(text: str) -> bool:
    return len(text.split()) > MAX_LIST_LINE_WORDS or len(text) >= MIN_PROSE_LINE_CHARS


def text_of(entries: list[Entry], position: int) -> str:
    return entries[position].text if position < len(entries) and entries[position].kind == "text" else ""


def numbered_line_follows(entries: list[Entry], position: int) -> bool:
    """Whether a numbered line ("3 Liikenneturvallisuussuunnitelma.pdf") comes within the next lines
    after `position`, before a caption: a list of attachments goes on past a wrapped title."""
    for entry in entries[position + 1 : position + 1 + WRAPPED_TITLE_LINES]:
        if entry.kind == "label":
            return False
        if entry.kind == "text" and NUMBERED.match(entry.text):
            return True
    return False


def is_subheading(entry: Entry) -> bool:
    return (
        entry.field == "other"
        and not entry.text
        and norm_label(entry.label or "") in label_set("sections", "background_subheadings")
    )


def is_member_motion(entry: Entry) -> bool:
    """A proposal caption that names a person ("Kari Heikkilän ehdotus:"), not a role or a known label."""
    label = entry.label or ""
    return entry.field == "proposal" and labels().field_of(label) is None and label.split()[0] in given_names()


def build_sections(entries: list[Entry]) -> list[Section]:
    sections: list[Section] = []
    current: Section | None = None
    for position, entry in enumerate(entries):
        if entry.kind == "label":
            if current is not None and current.field == "background" and is_subheading(entry):
                # "Toimenpiteet" inside the preparation is its subheading: the preparation goes on below it
                current.add(entry, entry.label or "", True)
                current.paragraphs.append([])  # the text below starts a paragraph of its own
                continue
            if (
                entry.field == "presenter"
                and entry.style == "colon"
                and current is not None
                and current.field == "proposal"
                and current.empty
            ):
                # CloudNC opens a proposal with "Esittelijä: Name, title"; the item's fields take it from there.
                current.add(entry, f"{entry.label}: {entry.text}", True)
                continue
            if current is not None and current.field == "decision" and is_member_motion(entry):
                # "Kari Heikkilän ehdotus:" inside the decision is a motion made at the meeting, told as
                # part of the decision, not a caption of the proposal
                current.add(entry, entry.line.text, True)
                continue
            current = Section(entry.field, entry.label, entry.style)
            sections.append(current)
            if entry.text:
                current.add(entry, entry.text, True)
            continue
        if entry.kind == "rule":
            current = None
            continue
        text = entry.line.text if entry.kind in ("heading", "handling", "index") else entry.text
        if not text:
            continue
        if entry.kind == "text" and len(entry.line.cells) >= 2 and not continues_beside_label(entry, text):
            text = ROW + text  # a table row stays a row
        if current is None or (
            current.field in LIST_FIELDS
            and not current.empty
            and (
                (entry.para and not continues_list(current, text.lstrip(ROW)))
                or prose_after_list(
                    current,
                    text.lstrip(ROW),
                    text_of(entries, position + 1),
                    numbered_line_follows(entries, position),
                    entry.line.x1,
                )
            )
        ):
            current = Section(None, None)
            sections.append(current)
        current.add(entry, text, entry.para)
    return [s for s in sections if not s.empty or s.field is not None]
