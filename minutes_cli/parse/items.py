"""Turn one item's entries into an `Item`: this meeting's handling, earlier handlings, fields.

An item may show several handlings of its case, each opened by a line such as
"Hyvinvointilautakunta, 26.08.2025, § 96". This meeting's handling is the one whose § number
is the item's (or whose date is the meeting's); without such a line it is the last handling,
or, where a label like "Aikaisempi käsittely" introduces the history, the text before it.
The other handlings become `previous_handling`, with their own proposal and decision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from minutes_cli.model import Handling, Item, Notify, Person
from minutes_cli.parse import patterns
from minutes_cli.parse.layout import Entry
from minutes_cli.parse.outcome import classify_outcome, is_unanimous
from minutes_cli.parse.persons import parse_people, parse_person
from minutes_cli.parse.prose import join_lines, join_paragraphs
from minutes_cli.parse.sections import Section, build_sections
from minutes_cli.parse.segment import ItemBlock
from minutes_cli.parse.vocab import labels, norm_label, words
from minutes_cli.parse.votes import find_disqualifications, find_dissents, find_votes

TEXT_FIELDS = ("summary", "background", "proposal", "discussion", "decision", "authority", "appeal")
ATTACHMENT_PREFIX = re.compile(
    r"^(?:(?:Liite|Liitteet|Bilaga|Bil\.|Oheismateriaali)\s*\d+\s*[.:)]?\s*|\d{1,2}\s*[.):]\s*|\d{1,2}\s+(?=\S)|[-–•]\s*)"
)
PRESENTER_LINE = re.compile(r"^(?:Esittelijä|Föredragande)\s*:?\s*(?P<who>.+)$")
MAX_PRESENTER_WORDS = 8
FULL_LINE_SHARE = 0.85  # a line reaching this share of the column width was wrapped, not ended


@dataclass
class HandlingBlock:
    header: Entry | None
    entries: list[Entry] = field(default_factory=list)
    historical: bool = False


def handling_key(entry: Entry) -> tuple[int | None, str | None]:
    return entry.number, patterns.iso_date(entry.date) if entry.date else None


def is_listed(entry: Entry, listed: set[tuple[int | None, str | None]]) -> bool:
    """Is a handling line in the item's list of handlings? ("Ksylk § 84" names no date: its § must do.)"""
    number, date = handling_key(entry)
    return (number, date) in listed or (date is None and any(n == number for n, _ in listed))


def split_handlings(
    entries: list[Entry], index: list[Entry] | None = None
) -> tuple[list[Entry], list[HandlingBlock], bool]:
    """Entries before the first handling line, the handling blocks, and whether a history label was seen.

    Where CloudNC lists the item's handlings above its heading (`index`), only those open a
    block; a handling line quoted inside an earlier handling stays text.
    """
    listed = {handling_key(e) for e in index or []}
    pre: list[Entry] = []
    blocks: list[HandlingBlock] = []
    in_history = False
    references = False  # inside a "Päätöshistoria" caption's list of earlier handlings
    listing = False  # inside a list of attachments
    for position, entry in enumerate(entries):
        if entry.kind == "label":
            listing = entry.field in ("attachments", "enclosures")
        if entry.kind == "label" and entry.field == "history" and not entry.text:
            in_history = True
            continue
        references = (entry.kind == "label" and entry.field == "history") or (
            references and entry.kind != "label" and not entry.para
        )
        following = entries[position + 1] if position + 1 < len(entries) else None
        # "Ksylk § 84" heading the attachments of that handling, in a list of attachments
        sublist = listing and following is not None and bool(ATTACHMENT_LINE.match(following.text))
        quoted = entry.kind == "handling" and ((listed and not is_listed(entry, listed)) or references or sublist)
        if quoted:
            entry = Entry("text", entry.line.text, entry.line, para=entry.para)
        if (
            blocks
            and blocks[-1].header is not None
            and blocks[-1].header.style == "column"
            and entry.kind == "label"
            and entry.style == "column"
        ):
            # A handling captioned in the label column ("Kaupunginhallituksen käsittely") ends at the next caption.
            blocks.append(HandlingBlock(None, historical=in_history))
        if entry.kind == "handling":
            if (
                blocks
                and not blocks[-1].entries
                and blocks[-1].header
                and handling_key(blocks[-1].header) == handling_key(entry)
            ):
                blocks[-1].header = entry  # "Tidigare behandling:" names the handling printed right below
            else:
                blocks.append(HandlingBlock(entry, historical=in_history))
        elif blocks:
            blocks[-1].entries.append(entry)
        else:
            pre.append(entry)
    if not listed:
        blocks = [part for block in blocks for part in split_at_rule(block)]
    return pre, blocks, in_history


def decides(entries: list[Entry]) -> bool:
    return any(e.kind == "label" and e.field in ("proposal", "decision") for e in entries)


def split_at_rule(block: HandlingBlock) -> list[HandlingBlock]:
    """A lone rule after an earlier handling's decision: what follows is this meeting's handling.

    Tweb draws a rule under every section, so only a single rule, with text before it and a
    proposal or decision after it, splits a block (CloudNC's older pages).
    """
    rules = [i for i, e in enumerate(block.entries) if e.kind == "rule"]
    if block.header is None or len(rules) != 1:
        return [block]
    before, after = block.entries[: rules[0]], block.entries[rules[0] + 1 :]
    if not (before and decides(after)):
        return [block]
    return [HandlingBlock(block.header, before, block.historical), HandlingBlock(None, after, block.historical)]


def current_block(
    blocks: list[HandlingBlock], number: int | None, meeting_date: str | None, pre: list[Entry]
) -> int | None:
    def matches(block: HandlingBlock, by_number: bool, by_date: bool) -> bool:
        header = block.header
        if header is None:
            return False
        number_ok = not by_number or (number is not None and header.number == number)
        date_ok = not by_date or (
            bool(meeting_date) and bool(header.date) and patterns.iso_date(header.date) == meeting_date
        )
        return number_ok and date_ok

    # The same § number can recur in earlier years, so number and date together come first.
    for by_number, by_date in ((True, True), (False, True), (True, False)):
        found = [i for i, b in enumerate(blocks) if matches(b, by_number, by_date)]
        if found:
            return found[-1]
    live = [i for i, b in enumerate(blocks) if not b.historical]
    if not live:
        return None
    if any(b.historical for b in blocks) and any(
        e.kind == "label" and e.field in ("proposal", "decision") for e in pre
    ):
        return None
    return live[-1]


def find_case_id(entries: list[Entry]) -> tuple[str | None, list[Entry]]:
    """A diary number on a line of its own before the first label; returns it and the entries it used."""
    for i, entry in enumerate(entries):
        if entry.kind == "label":
            break
        if entry.kind == "text" and patterns.CASE_ID_RE.match(entry.text):
            used = [entry]
            value = entry.text
            following = entries[i + 1] if i + 1 < len(entries) else None
            if following is not None and patterns.TASK_CLASS_RE.match(following.text):
                value = f"{value} {following.text}"
                used.append(following)
            elif following is not None and patterns.INITIALS_RE.match(following.text):
                used.append(following)  # Vantaa prints the preparers' initials under the diary number
            return value, used
    return None, []


def headless_title(entries: list[Entry]) -> tuple[str | None, list[Entry]]:
    """The bold lines that open a PDF item with no § heading (Tweb single-item pages).

    Returns the title and the entries it used, together with the page-top lines above it
    (the municipality, an empty "Päivämäärä" caption).
    """
    run: list[Entry] = []
    for entry in entries:
        if entry.kind != "text" or (run and not entry.bold):
            break
        if not entry.bold:
            continue
        if re.search(r"(?:kaupunki|kunta|stad|kommun)$", entry.text, re.IGNORECASE) and not run:
            continue
        if run and entry.para:
            break
        run.append(entry)
    if not run:
        return None, []
    used = entries[: entries.index(run[-1]) + 1]
    return join_lines([e.text for e in run]), used


MAX_TITLE_WORDS = 25


def title_after(entries: list[Entry], case_line: Entry) -> tuple[str | None, list[Entry]]:
    """Web pages of single items print the title as its own paragraph under the diary number."""
    position = entries.index(case_line)
    following = entries[position + 1 : position + 3]
    if not following or following[0].kind != "text" or not following[0].para:
        return None, []
    line = following[0]
    alone = len(following) == 1 or following[1].para or following[1].kind != "text"
    if alone and len(line.text.split()) <= MAX_TITLE_WORDS and not line.text.endswith((".", ":")):
        return line.text, [line]
    return None, []


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
    if (
        short
        and (len(first) == 1 or line.endswith(":"))
        and len(proposal.paragraphs) > 1
        or (short and line.endswith(":"))
    ):
        person = parse_person(line.rstrip(":"))
        if person is not None or line.endswith(":"):
            first.pop(0)
            return person, True
    return None, False


ATTACHMENT_LINE = re.compile(r"^(?:Liite|Bilaga)\s*\d{1,2}\s*[:.]?\s*(?=\S)")


def take_attachment_lines(section: Section) -> list[str]:
    """ "Liite 1 Osayleiskaavan luonnoskartta" lines outside a Liitteet section are attachments too."""
    titles = []
    for paragraph in section.paragraphs:
        kept = []
        for line in paragraph:
            m = ATTACHMENT_LINE.match(line)
            if m and len(paragraph) == 1:
                titles.append(line[m.end() :].strip())
            else:
                kept.append(line)
        paragraph[:] = kept
    section.paragraphs[:] = [p for p in section.paragraphs if p]
    return titles


def named_preparer(section: Section) -> Person | None:
    first = section.paragraphs[0] if section.paragraphs else []
    if len(first) != 1 or len(first[0].split()) > MAX_PRESENTER_WORDS or first[0].endswith("."):
        return None
    person = parse_person(first[0])
    if person is not None:
        section.paragraphs.pop(0)
    return person


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

    "Bildningsdirektör t.f. välfärdschef Teresia Tötterman-Engströms förslag" names a person;
    "Kaupunginjohtajan esitys" names a role, found among the preparers ("kaupunginjohtaja Kari Nenonen").
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


def parse_attachments(section: Section, right_edge: float) -> list[str]:
    titles: list[str] = []
    previous = None
    for entry, line in zip(section.entries, section.lines, strict=False):
        line = line.strip()
        if not line or line in ("-", "–"):
            previous = None
            continue
        numbered = bool(ATTACHMENT_PREFIX.match(line))
        text = ATTACHMENT_PREFIX.sub("", line).strip() if numbered else line
        if not text:
            continue
        wrapped = previous is not None and right_edge > 0 and previous.line.x1 >= FULL_LINE_SHARE * right_edge
        continues = titles and not numbered and (text[:1].islower() or text[:1] in "(/&" or wrapped)
        if continues:
            titles[-1] = join_lines([titles[-1], text])
        else:
            titles.append(text)
        previous = entry
    return titles


def parse_notify(section: Section) -> Notify:
    lines = [line.strip() for line in section.lines if line.strip()]
    method = None
    if lines:
        first = lines[0]
        for candidate in sorted(words("notify", "methods"), key=len, reverse=True):
            if first.casefold() == candidate or first.casefold().startswith(candidate + " "):
                method = first[: len(candidate)]
                lines[0] = first[len(candidate) :].strip()
                break
    recipients: list[str] = []
    for line in lines:
        for part in (p.strip() for p in re.split(r"(?<!-),", line)):
            if not part:
                continue
            name_only = re.fullmatch(r"[A-ZÅÄÖ][\w\-]+(?: [A-ZÅÄÖ][\w\-]+){1,2}", part)
            if recipients and name_only and recipients[-1].split()[-1][:1].islower():
                recipients[-1] = f"{recipients[-1]} {part}"
            else:
                recipients.append(part)
    return Notify(method=method, recipients=recipients)


def history_refs(section: Section) -> list[Handling]:
    """Earlier handlings listed by reference ("Päätöshistoria: Kaupunginhallitus 20.3.2017 § 66")."""
    refs = []
    for line in section.lines:
        found = patterns.match_handling(line)
        if found is not None:
            date = patterns.iso_date(found.date) if found.date else None
            refs.append(Handling(body=found.body, date=date, number=found.number))
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


def read_fields(sections: list[Section], right_edge: float, people: list[Person] | None = None) -> Fields:
    fields = Fields()
    texts: dict[str, list[str]] = {}
    reasons = {norm_label(label) for label in words("sections", "proposal_reasons")}
    role_labels: list[str | None] = []
    previous: str | None = None
    for position, section in enumerate(sections):
        kind = section.field or "background"
        if kind == "background" and section.style == "colon":
            # Tweb: "Beredning: förvaltningsdirektör Camilla Back" names the preparer, the text follows.
            person = named_preparer(section)
            if person is not None and person.name not in {p.name for p in fields.preparers}:
                fields.preparers.append(person)
        if section.field is None:
            fields.attachments.extend(take_attachment_lines(section))
            following = sections[position + 1] if position + 1 < len(sections) else None
            if following is not None and following.field == "proposal":
                fields.presenter = fields.presenter or take_presenter_line(section)
            if section.empty:
                continue
        if previous == "proposal" and section.label and norm_label(section.label) in reasons and section.text:
            # "Perustelut" printed right under the proposal gives the reasons for it (CloudNC).
            texts["proposal"].append(f"{section.label}\n\n{section.text}")
            continue
        previous = kind
        if kind == "proposal":
            person, _ = split_presenter(section)
            fields.presenter = fields.presenter or person
            if labels().field_of(section.label or "") is None:
                role_labels.append(section.label)
        text = section.text
        if kind == "presenter":
            people = parse_people("\n".join(section.lines))
            fields.presenter = fields.presenter or (people[0] if people else None)
        elif kind == "preparers":
            known = {q.name for q in fields.preparers}
            fields.preparers.extend(p for p in parse_people("\n".join(section.lines)) if p.name not in known)
        elif kind == "notify":
            fields.notify = parse_notify(section)
        elif kind == "attachments":
            fields.attachments.extend(parse_attachments(section, right_edge))
        elif kind == "enclosures":
            fields.enclosures.extend(parse_attachments(section, right_edge))
        elif kind == "case_id":
            fields.case_id = fields.case_id or (section.lines[0].strip() if section.lines else None)
        elif kind == "history":
            fields.history.extend(history_refs(section))
        elif kind == "other":
            if text:
                label = section.label or "?"
                fields.other[label] = f"{fields.other[label]}\n\n{text}" if label in fields.other else text
        elif text:
            texts.setdefault(kind, []).append(text)
            if section.label:
                fields.labels.setdefault(kind, section.label)
    fields.texts = {kind: "\n\n".join(parts) for kind, parts in texts.items()}
    for label in role_labels:
        fields.presenter = fields.presenter or role_label_person(label, fields.preparers, people)
    if "decision" in fields.texts:
        fields.texts["decision"] = strip_body_prefix(fields.texts["decision"]) or ""
    return fields


def right_edge_of(entries: list[Entry]) -> float:
    return max((e.line.x1 for e in entries), default=0.0)


def build_item(
    block: ItemBlock, *, meeting_date: str | None, is_pdf: bool, minutes: bool, people: list[Person] | None = None
) -> Item:
    """`people` are the meeting's attendees, for finding the presenter a caption names by role."""
    entries = block.entries
    index = block.index + [e for e in entries if e.kind == "index"]
    pre, blocks, _ = split_handlings(entries, index)
    title = join_lines(block.title_lines) if block.title_lines else None
    if block.heading is None and is_pdf:
        title, used = headless_title(pre)
        pre = [e for e in pre if e not in used]
    case_id, used = find_case_id(pre)
    if title is None and used and not is_pdf:
        title, taken = title_after(pre, used[-1])
        used += taken
    pre = [e for e in pre if e not in used and e.kind != "index"]
    right_edge = right_edge_of(entries)
    current = current_block(blocks, block.number or (index[-1].number if index else None), meeting_date, pre)
    pre_fields = read_fields(build_sections(pre), right_edge, people)
    fields = (
        read_fields(build_sections(blocks[current].entries), right_edge, people) if current is not None else pre_fields
    )
    if current is not None:
        merge_missing(fields, pre_fields)
    number = block.number
    if number is None and current is not None and blocks[current].header is not None:
        number = blocks[current].header.number
    previous = [handling_of(b, right_edge) for i, b in enumerate(blocks) if i != current and b.header is not None]
    references = pre_fields.history + fields.history if current is not None else fields.history
    if current is not None and blocks[current].header is None:
        # This meeting's handling follows a captioned earlier one ("Kaupunginhallituksen käsittely", Tweb):
        # the item's background and summary are printed only there.
        earlier = [b for b in blocks[:current] if b.header is not None and b.header.style == "column"]
        if earlier:
            told = read_fields(build_sections(earlier[-1].entries), right_edge)
            for kind in ("summary", "background"):
                if kind in told.texts:
                    fields.texts.setdefault(kind, told.texts[kind])
    item = Item(
        number=number,
        title=title,
        case_id=fields.case_id or case_id,
        presenter=fields.presenter,
        preparers=fields.preparers,
        notify=fields.notify,
        attachments=fields.attachments,
        enclosures=fields.enclosures,
        previous_handling=merge_handlings(references, previous),
        sections=fields.other,
        pages=block.pages,
    )
    for kind in TEXT_FIELDS:
        setattr(item, kind, fields.texts.get(kind) or None)
    said = "\n\n".join(filter(None, [item.discussion, item.decision]))
    item.votes = find_votes(said)
    item.disqualifications = find_disqualifications(
        "\n\n".join(filter(None, [fields.texts.get("disqualifications"), said]))
    )
    item.dissents = find_dissents("\n\n".join(filter(None, [fields.texts.get("dissents"), said])))
    for kind, caption in (("disqualifications", "Esteellisyys"), ("dissents", "Eriävä mielipide")):
        if kind in fields.texts:  # kept as printed too: the parsed records hold only names and grounds
            item.sections.setdefault(fields.labels.get(kind, caption), fields.texts[kind])
    item.outcome = classify_outcome(item.decision, item.proposal, minutes=minutes, votes=item.votes)
    item.unanimous = False if item.votes else is_unanimous(item.decision)
    return item


def merge_handlings(references: list[Handling], blocks: list[Handling]) -> list[Handling]:
    """A captioned handling without date or § ("Kaupunginhallituksen käsittely") completes its reference."""
    merged = list(references)
    for handling in blocks:
        same = (
            [r for r in merged if r.body == handling.body] if handling.date is None and handling.number is None else []
        )
        if same:
            same[-1].proposal, same[-1].decision, same[-1].outcome = (
                handling.proposal,
                handling.decision,
                handling.outcome,
            )
        else:
            merged.append(handling)
    return merged


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


def handling_of(block: HandlingBlock, right_edge: float) -> Handling:
    header = block.header
    fields = read_fields(build_sections(block.entries), right_edge)
    proposal = fields.texts.get("proposal")
    decision = fields.texts.get("decision")
    return Handling(
        body=header.body if header else None,
        date=patterns.iso_date(header.date) if header and header.date else None,
        number=header.number if header else None,
        proposal=proposal,
        decision=decision,
        outcome=classify_outcome(decision, proposal, minutes=True) if decision else None,
    )


__all__ = ["build_item", "join_paragraphs"]
