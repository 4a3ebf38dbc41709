"""What happened to an item, from its decision text (Finnish and Swedish phrases in data/outcomes.toml).

With a proposal, a decision that does what was proposed is `approved`; without one, a decision
that only records information is `noted` and any other decision `other`.
"""

from __future__ import annotations

from minutes_cli.parse.vocab import outcome_order, phrase_patterns

PROPOSAL_ONLY = ("approved", "amended", "rejected")


def classify_outcome(decision: str | None, has_proposal: bool, *, minutes: bool = True) -> str | None:
    if not minutes:
        return None  # an agenda records no decisions of its meeting
    if not decision:
        return None if has_proposal else "noted"
    phrases = phrase_patterns("phrases")
    for outcome in outcome_order():
        if phrases[outcome].search(decision) is None:
            continue
        if outcome in PROPOSAL_ONLY and not has_proposal:
            if outcome == "approved":
                return "other"
            continue
        if outcome == "noted" and has_proposal:
            return "approved"
        return outcome
    return "approved" if has_proposal else "other"


def is_unanimous(decision: str | None) -> bool | None:
    if not decision:
        return None
    signs = phrase_patterns("unanimous")
    if signs["vote"].search(decision):
        return False
    if signs["yes"].search(decision):
        return True
    return None
