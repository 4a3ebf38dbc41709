"""The document model: what `minutes parse` writes, and the JSON Schema it is checked against.

The field names follow the project's output contract (`meeting`, `items`, persons, outcome
values; see README "The output"). Every value that the document does not show is `None` (or an
empty list); nothing is invented.

Document (schema_version, source, meeting, items, appendices, warnings)
  meeting:  municipality, body, kind ("minutes" | "agenda"), number ("8/2025"),
            date ("2025-09-15"), start_time, end_time ("16:32"), place, chair, secretary
            (persons), language ("fi" | "sv"), attendees [{name, role, present, member}]
  items[]:  number (int), title, case_id, presenter (person), preparers (persons), summary,
            background, proposal, discussion, decision, outcome, unanimous, authority,
            appeal, notify {method, recipients}, attachments, enclosures,
            previous_handling [{body, date, number, summary, background, proposal, decision,
            outcome}], votes,
            disqualifications [{name, ground}], dissents [{name, text}],
            sections {label: text} (labelled sections the converter did not map),
            pages [first, last]
  person:   name (natural order), title, phone (E.164), email
  appendices[]: title, text, pages (appendices and appeal instructions merged into the file,
                or the text of a document with no agenda item)
  warnings: code, message, where
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA_VERSION = "1.0"

Outcome = Literal["approved", "amended", "rejected", "tabled", "returned", "withdrawn", "noted", "other"]
OUTCOMES: tuple[str, ...] = Outcome.__args__  # type: ignore[attr-defined]


@dataclass
class Person:
    name: str
    title: str | None = None
    phone: str | None = None
    email: str | None = None


@dataclass
class Notify:
    method: str | None = None
    recipients: list[str] = field(default_factory=list)


@dataclass
class Handling:
    """An earlier handling of the same case, shown inside the item."""

    body: str | None = None
    date: str | None = None
    number: int | None = None
    summary: str | None = None
    background: str | None = None
    proposal: str | None = None
    decision: str | None = None
    outcome: Outcome | None = None


@dataclass
class VoteCounts:
    yes: int | None = None
    no: int | None = None
    blank: int | None = None
    absent: int | None = None


@dataclass
class Voters:
    yes: list[str] = field(default_factory=list)
    no: list[str] = field(default_factory=list)
    blank: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)


@dataclass
class Vote:
    counts: VoteCounts = field(default_factory=VoteCounts)
    winner: Literal["yes", "no"] | None = None
    yes_option: str | None = None
    no_option: str | None = None
    voters: Voters = field(default_factory=Voters)


@dataclass
class Disqualification:
    name: str
    ground: str | None = None


@dataclass
class Dissent:
    name: str
    text: str | None = None


@dataclass
class Item:
    number: int | None = None
    title: str | None = None
    case_id: str | None = None
    presenter: Person | None = None
    preparers: list[Person] = field(default_factory=list)
    summary: str | None = None
    background: str | None = None
    proposal: str | None = None
    discussion: str | None = None
    decision: str | None = None
    outcome: Outcome | None = None
    unanimous: bool | None = None
    authority: str | None = None
    appeal: str | None = None
    notify: Notify | None = None
    attachments: list[str] = field(default_factory=list)
    enclosures: list[str] = field(default_factory=list)
    previous_handling: list[Handling] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    disqualifications: list[Disqualification] = field(default_factory=list)
    dissents: list[Dissent] = field(default_factory=list)
    sections: dict[str, str] = field(default_factory=dict)
    pages: list[int] = field(default_factory=list)


@dataclass
class Attendee:
    """A person in the cover's lists of those present and absent."""

    name: str
    role: str | None = None  # as printed after the name: "puheenjohtaja", "varajäsen", "stadsdirektör, föredragande"
    present: bool = True
    member: bool = True  # a member (or deputy) of the body, not another person present


@dataclass
class Meeting:
    municipality: str | None = None
    body: str | None = None
    kind: Literal["minutes", "agenda"] | None = None
    number: str | None = None
    date: str | None = None
    start_time: str | None = None
    end_time: str | None = None
    place: str | None = None
    chair: Person | None = None
    secretary: Person | None = None
    language: Literal["fi", "sv"] | None = None
    attendees: list[Attendee] = field(default_factory=list)


@dataclass
class Appendix:
    """Material after the last item: appeal instructions, appendices merged into the file; or the
    text of a document in which no agenda item was recognised."""

    title: str | None = None
    text: str | None = None
    pages: list[int] = field(default_factory=list)


@dataclass
class Source:
    path: str | None = None
    sha256: str | None = None
    format: Literal["pdf", "text", "html", "json"] | None = None
    pages: int | None = None


@dataclass
class ParseWarning:
    code: str
    message: str
    where: str | None = None


@dataclass
class Document:
    source: Source = field(default_factory=Source)
    meeting: Meeting = field(default_factory=Meeting)
    items: list[Item] = field(default_factory=list)
    appendices: list[Appendix] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)
    schema_version: str = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        """Plain data in a stable key order, schema_version first."""
        data = plain(self)
        return {"schema_version": data.pop("schema_version"), **data}


def plain(value: Any) -> Any:
    """Like dataclasses.asdict, without its deep copy of every string (a third of the time)."""
    if hasattr(value, "__dataclass_fields__"):
        return {name: plain(getattr(value, name)) for name in value.__dataclass_fields__}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    return value
