"""What happened to an item, from its decision text (Finnish and Swedish phrases in data/outcomes.toml).

With a proposal, a decision that does what was proposed is `approved`; one that names other
people than the proposal did ("valitaan A ja B" -> "valittiin C ja B") is `amended`, and a
vote won by the counter-proposal is `rejected`. Without a proposal, a decision that only
records information is `noted` and one that decides something `other`.
"""

from __future__ import annotations

import re
from functools import cache

from minutes_cli.model import Vote
from minutes_cli.parse.vocab import outcome_order, phrase_patterns, words

PROPOSAL_ONLY = ("approved", "amended", "rejected")
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+")
OTHER_ITEM = re.compile(r"§\s*\d+|\d+\s*§")
# The decision rejects the proposal itself, not what it proposed to reject
REJECTS_PROPOSAL = re.compile(
    r"hylkäsi\s+(?:\w+\s+){0,3}?(?:ehdotuksen|esityksen)|(?:ehdotus|esitys)\s+hylättiin"
    r"|förslag\w*\s+förkastades|förkastade\s+(?:\w+\s+)?förslag|avslog\s+(?:\w+\s+)?förslag"
)


def classify_outcome(
    decision: str | None, proposal: str | bool | None, *, minutes: bool = True, votes: list[Vote] | None = None
) -> str | None:
    if not minutes:
        return None  # an agenda records no decisions of its meeting
    has_proposal = bool(proposal)
    if not decision:
        return None if has_proposal else "noted"
    phrases = phrase_patterns("phrases")
    text = without_lapsed_motions(without_no_vote(decision.lower()))
    # After a vote the result is told last: a motion "jossa asia palautetaan valmisteluun" may have lost.
    after_vote = [m.end() for m in phrase_patterns("unanimous")["vote"].finditer(text)]
    tail = text[after_vote[-1] :] if after_vote else ""
    matched = [o for o in outcome_order() if phrases[o].search(tail)] or outcome_order()
    for outcome in matched:
        if phrases[outcome].search(text) is None:
            continue
        if outcome in PROPOSAL_ONLY and not has_proposal:
            if outcome == "approved":
                return "other"
            continue
        if outcome == "withdrawn" and only_other_items_withdrawn(text):
            continue  # "Föredragningslistan godkändes med den ändringen att § 52 ströks"
        does_as_proposed = outcome in ("approved", "noted") or (
            outcome == "rejected" and proposes_rejection(proposal) and not REJECTS_PROPOSAL.search(text)
        )
        if does_as_proposed and has_proposal:
            return adjusted_approval(decision, proposal, votes)
        return outcome
    if not has_proposal:
        return "other" if phrase_patterns("decided")["decided"].search(text) else "noted"
    return adjusted_approval(decision, proposal, votes)


def adjusted_approval(decision: str, proposal: str | bool | None, votes: list[Vote] | None) -> str:
    """An approving decision, unless the counter-proposal won the vote or other people were chosen;
    amended where an amendment won a vote."""
    from minutes_cli.parse.votes import AMENDMENT

    if votes and votes[-1].winner == "no" and not AMENDMENT.search(votes[-1].no_option or ""):
        return "rejected"
    if votes and any(v.winner == "no" and AMENDMENT.search(v.no_option or "") for v in votes):
        return "amended"
    if isinstance(proposal, str):
        chosen = without_disqualifications(decision)  # who left as disqualified, or stood in, was not chosen
        if names_differ(chosen, proposal) or deputies_added(chosen, proposal):
            return "amended"
    return "approved"


def names_differ(decision: str, proposal: str) -> bool:
    # Someone proposed was not chosen and someone else was ("valitaan A ja B" -> "valittiin C ja B"),
    # a proposed deputy too ("... sekä varatarkastajiksi C ja D" -> "valittiin B ja D").
    proposed = members(proposal)
    if not proposed:  # most proposals name nobody: the decision need not be read for names
        return False
    decided = members(decision)
    return bool(proposed - decided) and bool(decided - proposed)


def without_disqualifications(decision: str) -> str:
    """The decision without the sentences on who left as disqualified and who stood in."""
    from minutes_cli.parse.votes import DISQUALIFIED, sentences

    return " ".join(s for s in sentences(decision) if not DISQUALIFIED.search(s))


def deputies_added(decision: str, proposal: str) -> bool:
    """Those proposed were chosen, and deputies the proposal did not name besides
    ("valitaan A ja B" -> "Valittiin A ja B sekä varalle C"): an addition. Not where the proposal
    names deputies ("... varalla C") or asks for one ("valitsee ... uuden varajäsenen")."""
    from minutes_cli.parse.votes import names_in

    if deputies_pattern().search(proposal) or not members(proposal):
        return False  # a proposal that speaks of deputies asked for them
    parts = deputies_pattern().split(decision, maxsplit=1)
    proposed = set(map(name_key, names_in(proposal)))
    return len(parts) == 2 and any(name_key(name) not in proposed for name in names_in(parts[1]))


def members(text: str) -> set[str]:
    """The names chosen as members: those before the deputies are named, where any are."""
    from minutes_cli.parse.votes import names_in

    before_deputies = set(map(name_key, names_in(deputies_pattern().split(text, maxsplit=1)[0])))
    return before_deputies or set(map(name_key, names_in(text)))


def name_key(name: str) -> str:
    """A name whatever its case. Only the surname is inflected: "valitsee Liisa Virtasen" and
    "valittiin Liisa Virtanen", "Pekka Ahon" and "Pekka Aho"; "Lehtosen" stays apart from "Lehtisen"."""
    *given, surname = name.casefold().split()
    if surname.endswith("sen"):
        surname = surname[: -len("sen")] + "nen"
    elif surname.endswith("n") and not surname.endswith("nen"):
        surname = surname[:-1]
    return " ".join([*given, surname])


def proposes_rejection(proposal: str | bool | None) -> bool:
    return isinstance(proposal, str) and phrase_patterns("proposal")["rejects"].search(proposal.lower()) is not None


def without_lapsed_motions(text: str) -> str:
    """The text without the sentences that tell of a motion lapsing ("Ehdotus raukesi
    kannattamattomana") and the motion right before each ("X ehdotti asian pöydälle panoa"),
    where anything is left."""
    lapsed = phrase_patterns("lapsed")
    kept: list[str] = []
    for sentence in SENTENCE_SPLIT.split(text):
        if lapsed["motion"].search(sentence) and not lapsed["presenter"].search(sentence):
            if kept and lapsed["made"].search(kept[-1]) and not lapsed["made"].search(sentence):
                kept.pop()
            continue
        kept.append(sentence)
    rest = " ".join(kept).strip()
    return rest or text


def only_other_items_withdrawn(text: str) -> bool:
    """Every withdrawal the text tells of names another item's § ("§ 52 ströks från listan")."""
    found = list(phrase_patterns("phrases")["withdrawn"].finditer(text))
    return bool(found) and all(OTHER_ITEM.search(text[max(0, m.start() - 40) : m.start()]) for m in found)


def without_no_vote(text: str) -> str:
    """Lower-cased text without "behövdes ingen omröstning" and the like, which are no sign of a vote."""
    return phrase_patterns("unanimous")["no_vote"].sub(" ", text)


def is_unanimous(decision: str | None) -> bool | None:
    if not decision:
        return None
    signs = phrase_patterns("unanimous")
    text = without_no_vote(decision.lower())
    if signs["vote"].search(text):
        return False
    if signs["yes"].search(text):
        return True
    return None


@cache
def deputies_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(words('elections', 'deputies'))})\w*", re.IGNORECASE)
