"""Votes, disqualifications and dissents, from the text of this meeting's handling.

Votes: "Äänestyksessä annettiin 7 jaa-ääntä (names) ja 4 ei-ääntä (names)", "X:n esityksen
puolesta annettiin seitsemän (7) ääntä ja Y:n esityksen puolesta kaksi (2) ääntä", "Efter
omröstning med rösterna 6–3". JAA (yes) stands for the base proposal, EI (no) for the
counter-proposal. Disqualified persons and dissenters are the names in sentences that say so
("Esteellisenä (yhteisöjäävi) poistui ... Jenni Hurskainen", "X jätti eriävän mielipiteen",
"Y anmälde jäv (ledamot i bolagets styrelse)").
"""

from __future__ import annotations

import re
from functools import cache

from minutes_cli.model import Disqualification, Dissent, Vote, VoteCounts, Voters
from minutes_cli.parse import vocab
from minutes_cli.parse.persons import NAME_WORD, given_names
from minutes_cli.parse.prose import shared_start

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
NUMBER_WORDS = {
    "nolla": 0,
    "yksi": 1,
    "kaksi": 2,
    "kolme": 3,
    "neljä": 4,
    "viisi": 5,
    "kuusi": 6,
    "seitsemän": 7,
    "kahdeksan": 8,
    "yhdeksän": 9,
    "kymmenen": 10,
    "yksitoista": 11,
    "kaksitoista": 12,
    "kolmetoista": 13,
    # genitives: "yhden äänestäessä tyhjää"
    "yhden": 1,
    "kahden": 2,
    "kolmen": 3,
    "neljän": 4,
    "viiden": 5,
    "noll": 0,
    "en": 1,
    "ett": 1,
    "två": 2,
    "tre": 3,
    "fyra": 4,
    "fem": 5,
    "sex": 6,
    "sju": 7,
    "åtta": 8,
    "nio": 9,
    "tio": 10,
}
COUNT = r"(?:(?P<word>[a-zåäö]+)\s*\((?P<paren>\d+)\)|(?P<digits>\d+))"
# "5 jaa-ääntä (A, B)", "7 ei-ääntä", "tyhjää 1", "poissa 3 (C)"
SIDE_COUNT = re.compile(
    rf"{COUNT}\s*(?P<side>jaa|ei|tyhjää|tyhjiä|poissa|ja|nej|blank[at]?)(?:-?\s?(?:ääntä|ääniä|ääni|röster|röst))?"
    r"(?:\s*\((?P<names>[^)]*)\))?",
    re.IGNORECASE,
)
SIDE_FIRST = re.compile(
    rf"(?P<side>tyhjää|tyhjiä|poissa|frånvarande|blanka)\s*{COUNT}(?:\s*\((?P<names>[^)]*)\))?", re.IGNORECASE
)
# "X:n esityksen puolesta annettiin seitsemän (7) ääntä", "Y:n muutosehdotuksen puolesta viisi (5) ääntä
# ja sivistysjohtajan ehdotuksen puolesta neljä (4)": the second count may leave out "ääntä"
FOR_OPTION = re.compile(
    rf"(?P<option>[\w\-]+(?:\s+[\w\-]+){{0,5}}?\s+[\w\-]*(?:esityksen|ehdotuksen))\s+puolesta\s+(?:annettiin\s+)?"
    rf"{COUNT}(?:\s+ään|(?=\s*(?:[.,;]|$)))",
    re.IGNORECASE,
)
# "fick stadsdirektörens förslag 3 röster och Granbergs förslag 4 röster"
FOR_OPTION_SV = re.compile(
    rf"(?P<option>(?:\w+s\s+)?(?:motförslag|ändringsförslag|förslag|beslutsförslag)(?:et)?)\s+(?:fick\s+)?{COUNT}\s+röst",
    re.IGNORECASE,
)
# "kaupunginhallituksen 9 äänellä 6 ääntä vastaan hylänneen Elon muutosehdotuksen nro 2",
# "11 äänellä 3 ääntä vastaan ja yhden äänestäessä tyhjää hyväksyneen ..." (Espoo)
NUMBER = r"(?:\d+|[a-zåäö]+)"
RESULT_FI = re.compile(
    rf"(?P<for>{NUMBER})\s+äänellä\s+(?P<against>{NUMBER})\s+ään(?:tä|ellä)\s+vastaan"
    rf"(?:\s+ja\s+(?P<blank>{NUMBER})\s+(?:äänestäessä|äänellä)\s+tyhjää)?"
    r"\s+(?P<verb>hyväksyneen|hylänneen|hyväksyi|hylkäsi)\s+(?P<option>[^.]+?)\s*(?:\.|$)",
    re.IGNORECASE,
)
AMENDMENT = re.compile(r"muutosehdotu|lisäysehdotu|ändringsförslag|tilläggsförslag", re.IGNORECASE)
# "med rösterna 6–3", "med rösterna 5 mot 2", "päätti äänin 5-4"
RESULT_BY_COUNTS = re.compile(
    r"(?:(?:med\s+)?rösterna|äänin)\s+(?P<first>\d+)\s*(?:[-–]|mot)\s*(?P<second>\d+)", re.IGNORECASE
)
COUNTER_PROPOSAL = re.compile(
    r"motförslag|ändringsförslag|tilläggsförslag|\w+s förslag|vastaehdotu|vastaesity|muutosehdotu|muutosesity"
    r"|lisäysehdotu|\w+n ehdotuksen mukaisesti",
    re.IGNORECASE,
)
# "viisi jaa-ääntä ja ... kolme ei-ääntä", "Yksi jäsen äänesti tyhjää": counts in words alone
BARE_COUNT = re.compile(
    rf"\b(?P<bare>{'|'.join(NUMBER_WORDS)})\s+(?:(?P<side>jaa|ei)-?\s?ään|(?:jäsen\w*\s+)?äänesti\w*\s+(?P<blank>tyhjää))",
    re.IGNORECASE,
)
BASE_PROPOSAL = re.compile(
    r"esittelijän|pohjaehdotus|johtajan|alkuperäisen|föredragande|direktörens|beslutsförslag"
    # a body's own proposal ("stadsstyrelsens förslag", "kaupunginhallituksen ehdotuksen mukaisesti")
    r"|styrelsens|nämndens|fullmäktiges|sektionens|hallituksen|lautakunnan|valtuuston|jaoston|johtokunnan",
    re.IGNORECASE,
)
WON = re.compile(r"\bvann\b|segrade|voitti|tuli hyväksytyksi", re.IGNORECASE)
VOTE_CALLED = re.compile(
    r"äänestettävä|suoritettiin äänestys|toimitettiin äänestys|äänestettiin"
    r"|förrättades omröstning|omröstning förrättades|ny omröstning",
    re.IGNORECASE,
)
REJECTING = re.compile(r"hylkäsi|hylättiin|förkastade|förkastades|avslog|avslogs", re.IGNORECASE)
VOTE_WORDS = re.compile(
    r"äänestys|äänestyksessä|jaa-|ei-ään|ääntä|äänellä|äänin|omröstning|röster|rösterna", re.IGNORECASE
)
DISQUALIFIED = re.compile(r"esteelli|jääv|jäv\b|jävig", re.IGNORECASE)
DISSENT = re.compile(r"eriävän mielipiteen|eriävä mielipide|avvikande mening|reservation|reserverade", re.IGNORECASE)
GROUND = re.compile(
    r"\(([^)]*(?:jääv|jäv|esteel|hallintolaki|kuntalaki|§|styrelse|ledamot|jäsen|osakas|släkt|närstående|sukulai|"
    r"läheinen)[^)]*)\)",
    re.IGNORECASE,
)
GENITIVE_OF_STATE = re.compile(r"\s+olevan\b")  # "totesi X:n olevan esteellinen"
CLAUSE_BREAK = re.compile(r",\s+(?:ja|och|and)\s+|;\s+")
# right after a name: the chair stating someone else's disqualification, not "X totesi olevansa esteellinen"
STATED_BY = re.compile(
    r"\s+(?:totesi|konstaterade|tiedusteli|frågade)\b(?!\s+(?:olevansa|sig|att han|att hon))", re.IGNORECASE
)
# right before a name: who stood in for the disqualified ("varajäsen Pekka Aho")
STAND_IN = re.compile(
    r"(?:varajäsen|varajäsenenä|varavaltuutettu|ersättare|ersättaren|suppleant|suppleanten)\s+$", re.IGNORECASE
)
NAME_RUN = re.compile(rf"{NAME_WORD}(?:\s+{NAME_WORD})+")


def count_of(m: re.Match[str]) -> int | None:
    if m.group("paren"):
        return int(m.group("paren"))
    if m.group("digits"):
        return int(m.group("digits"))
    return NUMBER_WORDS.get((m.group("word") or "").casefold())


def sentences(text: str) -> list[str]:
    """Sentences across lines and paragraphs ("Äänestyksessä annettiin:" over "4 jaa-ääntä (...)");
    but a paragraph listing voters by side ("Ja: A, B Nej: C Blank: D") stands alone, as it has
    no full stop to end it."""
    groups: list[list[str]] = [[]]
    for paragraph in PARAGRAPH_BREAK.split(text):
        if is_voter_list(paragraph):
            groups += [[paragraph], []]
        else:
            groups[-1].append(paragraph)
    return [
        s.strip() for group in groups for s in SENTENCE_END.split(re.sub(r"\s+", " ", " ".join(group))) if s.strip()
    ]


def is_voter_list(paragraph: str) -> bool:
    if ":" not in paragraph:  # every list has "Ja:" or "JAA 5 ääntä:"; most paragraphs have no colon
        return False
    sides = {SIDES[m.group("side").casefold()] for m in LISTED_SIDE.finditer(" ".join(paragraph.split()))}
    return {"yes", "no"} <= sides


def names_in(text: str) -> list[str]:
    """Person names: a known given name followed by one or two capitalised words."""
    known = given_names()
    found = []
    for m in NAME_RUN.finditer(text):  # "Liisa Mäkinen Timo Niemi": names one after another
        words = m.group(0).split()
        start = 0
        while start < len(words) - 1:
            if words[start] in known or words[start].split("-")[0] in known:
                length = 3 if len(words) - start >= 3 and words[start + 1] in known else 2
                name = " ".join(words[start : start + length])
                if name not in found:
                    found.append(name)
                start += length
            else:
                start += 1
    return found


def split_names(text: str | None) -> list[str]:
    if not text:
        return []
    return [n.strip() for n in re.split(r",|\s+ja\s+|\s+och\s+", text) if n.strip()]


# "esittelijän ehdotusta kannattavat äänestävät jaa ja Peltosen ehdotusta kannattavat ei"
SETUP_FI = re.compile(
    r"(?P<yes>[\w\-]+(?:\s+[\w\-]+)?)\s+kannattavat\s+(?:äänestävät\s+)?jaa\s+ja\s+(?P<no>[\w\-]+(?:\s+[\w\-]+)?)"
    r"\s+kannattavat\s+(?:äänestävät\s+)?ei",
    re.IGNORECASE,
)
# "ne, jotka kannattavat esittelijän ehdotusta, äänestävät JAA, ja ne, jotka kannattavat X:n ehdotusta, äänestävät EI"
SETUP_FI_RELATIVE = re.compile(
    r"jotka\s+kannatt[ai]vat\s+(?P<yes>[^,]+?),?\s+äänestävät\s+jaa,?\s+ja\s+ne,?\s+jotka\s+kannatt[ai]vat\s+"
    r"(?P<no>[^,]+?),?\s+äänestävät\s+ei",
    re.IGNORECASE,
)
# "de som omfattar beslutsförslaget röstar ja och de som omfattar Strands förslag röstar nej"
SETUP_SV = re.compile(
    r"som\s+(?:omfattar|understöder)\s+(?P<yes>.+?)\s+röstar\s+ja\s*(?:,|och)\s*(?:de|den)\s+som\s+"
    r"(?:omfattar|understöder)\s+(?P<no>.+?)\s+röstar\s+nej",
    re.IGNORECASE,
)
# "Ja: A, B, C Nej: D, E Blank: F", "JAA 5 ääntä: A, B ... EI 2 ääntä: C, D" (lines of a result)
SIDE_WORDS = r"JAA|Jaa|EI|Ei|TYHJÄÄ|Tyhjää|POISSA|Poissa|JA|Ja|NEJ|Nej|BLANK|Blank|Blankt|Frånvarande"
SIDE_COUNT_ON_LIST = r"(?:\s+\d+(?:\s+\w+)?|\s*\(\d+\))?\s*:"  # "JAA 5 ääntä:", "Ja (4):", "Nej:"
LISTED_SIDE = re.compile(
    rf"(?<!\w)(?P<side>{SIDE_WORDS})(?:\s+(?P<count>\d+)(?:\s+\w+)?|\s*\((?P<paren>\d+)\))?\s*:\s*"
    rf"(?P<names>.+?)\s*(?=(?<!\w)(?:{SIDE_WORDS}){SIDE_COUNT_ON_LIST}|$)"
)
# "Jaa äänestivät A, B ja C", "Nej röstade A och B"
VOTERS = re.compile(
    r"^(?P<side>jaa|ei|tyhjää|ja|nej|blankt)\s+(?:äänestivät|äänesti|röstade)\s*:?\s+(?P<names>.+?)\.?$", re.IGNORECASE
)
# The side a vote word stands for, in every form the patterns above accept.
SIDES = {
    **{word: "yes" for word in ("jaa", "ja")},
    **{word: "no" for word in ("ei", "nej")},
    **{word: "blank" for word in ("tyhjää", "tyhjiä", "blank", "blanka", "blankt")},
    **{word: "absent" for word in ("poissa", "frånvarande")},
}
PARTITIVE = {"ehdotusta": "ehdotus", "esitystä": "esitys", "pohjaehdotusta": "pohjaehdotus", "förslaget": "förslaget"}
GENITIVE = {"ehdotuksen": "ehdotus", "muutosehdotuksen": "muutosehdotus", "lisäysehdotuksen": "lisäysehdotus"}


def option_name(words: str) -> str:
    """ "Peltosen ehdotusta" -> "Peltosen ehdotus"; "Elon muutosehdotuksen nro 2" -> "Elon muutosehdotus nro 2"."""
    parts = words.split()
    parts[-1] = PARTITIVE.get(parts[-1].casefold(), parts[-1])
    return " ".join(GENITIVE.get(part.casefold(), part) if i else part for i, part in enumerate(parts))


def find_votes(text: str | None) -> list[Vote]:
    """Each count of votes is one vote; a set-up sentence before it names the options, lists after it the voters."""
    if not text or not VOTE_WORDS.search(text):
        return []
    votes: list[Vote] = []
    options: tuple[str, str] | None = None
    counted_at: str | None = None  # the sentence that counted the last vote side by side (not "äänin 7–4")
    for sentence in sentences(text):
        setup = SETUP_FI.search(sentence) or SETUP_FI_RELATIVE.search(sentence) or SETUP_SV.search(sentence)
        if setup:
            options = (option_name(setup.group("yes")), option_name(setup.group("no")))
        vote = vote_in(sentence)
        in_short = RESULT_BY_COUNTS.search(sentence) is not None
        if setup or VOTE_CALLED.search(sentence):
            counted_at = None  # a vote called anew: a count after it is another vote
        if vote is not None and votes and counted_at and in_short and same_counts(vote, votes[-1]):
            continue  # "on äänin 7–4 hyväksynyt esittelijän ehdotuksen" after the count of that vote
        if vote is not None:
            if options and not vote.yes_option:
                vote.yes_option, vote.no_option = options
            votes.append(vote)
            counted_at = None if in_short else sentence
            continue
        lists = {SIDES[m.group("side").casefold()]: m for m in LISTED_SIDE.finditer(sentence)}
        if "yes" in lists and "no" in lists:
            vote_from_lists(votes, lists)
            if options and not votes[-1].yes_option:
                votes[-1].yes_option, votes[-1].no_option = options
            continue
        blank = BARE_COUNT.search(sentence)
        if blank and blank.group("blank") and votes and votes[-1].counts.blank is None:
            votes[-1].counts.blank = NUMBER_WORDS[blank.group("bare").casefold()]  # "Yksi jäsen äänesti tyhjää."
            continue
        listed = VOTERS.match(sentence)
        if listed and votes:
            side = SIDES[listed.group("side").casefold()]
            if not getattr(votes[-1].voters, side):
                setattr(votes[-1].voters, side, split_names(listed.group("names")))
    return votes


def same_counts(vote: Vote, last: Vote) -> bool:
    return {vote.counts.yes, vote.counts.no} == {last.counts.yes, last.counts.no}


def vote_from_lists(votes: list[Vote], lists: dict[str, re.Match[str]]) -> None:
    """The voters of the vote counted before, or a vote of its own where none waits for them
    (its counts from the lines, or from how many names each lists)."""
    names = {side: split_names(m.group("names").rstrip(".")) for side, m in lists.items()}
    last = votes[-1] if votes else None
    fits = last is not None and all(getattr(last.counts, side) in (None, len(listed)) for side, listed in names.items())
    if last is not None and fits and not any(getattr(last.voters, side) for side in names):
        for side, listed in names.items():
            setattr(last.voters, side, listed)
        return
    counts = {side: int(m.group("count") or m.group("paren") or len(names[side])) for side, m in lists.items()}
    votes.append(decide(Vote(counts=VoteCounts(**counts), voters=Voters(**names))))


def vote_in(sentence: str) -> Vote | None:
    result = RESULT_FI.search(sentence)
    if result is not None:
        return result_vote(result)
    options = list(FOR_OPTION.finditer(sentence)) or list(FOR_OPTION_SV.finditer(sentence))
    if len(options) >= 2:
        first, second = options[0], options[1]
        base_first = bool(BASE_PROPOSAL.search(first.group("option"))) or not BASE_PROPOSAL.search(
            second.group("option")
        )
        yes, no = (first, second) if base_first else (second, first)
        vote = Vote(counts=VoteCounts(yes=count_of(yes), no=count_of(no)))
        vote.yes_option, vote.no_option = tidy_option(yes.group("option")), tidy_option(no.group("option"))
        return decide(vote)
    counts = VoteCounts()
    voters = Voters()
    found = False
    for m in list(SIDE_COUNT.finditer(sentence)) + list(SIDE_FIRST.finditer(sentence)):
        side = SIDES[m.group("side").casefold()]
        if getattr(counts, side) is None:
            setattr(counts, side, count_of(m))
            setattr(voters, side, split_names(m.group("names")))
            found = True
    if not found:
        for m in BARE_COUNT.finditer(sentence):
            side = "blank" if m.group("blank") else SIDES[m.group("side").casefold()]
            if getattr(counts, side) is None:
                setattr(counts, side, NUMBER_WORDS[m.group("bare").casefold()])
                found = True
    m = RESULT_BY_COUNTS.search(sentence)
    counter = None
    if m and counts.yes is None:
        counts.yes, counts.no, counter = result_by_counts(m, sentence)
        found = True
    if not found or counts.yes is None or counts.no is None:
        return None
    vote = decide(Vote(counts=counts, voters=voters))
    vote.no_option = counter  # "hyväksyä Kosken muutosehdotuksen": an amendment that won is no rejection
    return vote


def result_by_counts(m: re.Match[str], sentence: str) -> tuple[int, int, str | None]:
    """Yes, no and the counter-proposal that won, where one did: "med rösterna 4-3 ... i enlighet
    med Nylunds motförslag". The larger count is the side that won, and a counter-proposal that
    won had the no votes (no stands for it)."""
    first, second = int(m.group("first")), int(m.group("second"))
    high, low = max(first, second), min(first, second)
    before, after = sentence[: m.start()], sentence[m.end() :]
    if WON.search(before) and BASE_PROPOSAL.search(before):  # "stadsdirektörens förslag vann med rösterna 3–2"
        return high, low, None
    counter = COUNTER_PROPOSAL.search(after)
    if counter and not BASE_PROPOSAL.search(after) and not REJECTING.search(sentence):
        return low, high, counter_named(after, counter)  # not "hylkäsi äänin 4–2 Kosken muutosehdotuksen"
    if BASE_PROPOSAL.search(after):
        return high, low, None
    return first, second, None


def counter_named(text: str, counter: re.Match[str]) -> str:
    """The counter-proposal with the name before it: "Kosken muutosehdotuksen"."""
    owner = re.search(r"(\w+\s+)?$", text[: counter.start()])
    return ((owner.group(0) if owner else "") + text[counter.start() :].split()[0]).strip(" .,")


def result_vote(m: re.Match[str]) -> Vote | None:
    """A result told as "N äänellä M ääntä vastaan hylänneen/hyväksyneen X": yes (JAA) stands
    for the base proposal, so accepting a counter-proposal X by N votes is N votes for no."""
    counts = [number_of(m.group(key)) for key in ("for", "against")]
    if None in counts:
        return None
    option = m.group("option")
    for_option, against = counts
    base = bool(BASE_PROPOSAL.search(option))
    accepted = m.group("verb").casefold().startswith("hyväksy")
    yes, no = (for_option, against) if accepted == base else (against, for_option)
    vote = Vote(counts=VoteCounts(yes=yes, no=no, blank=number_of(m.group("blank"))))
    if not base:
        vote.no_option = option_name(option)
    return decide(vote)


def number_of(text: str | None) -> int | None:
    if text is None:
        return None
    return int(text) if text.isdigit() else NUMBER_WORDS.get(text.casefold())


def tidy_option(option: str) -> str:
    """Drop the lead-in ("Suoritetussa kädennostoäänestyksessä Samuli Kyläsalon esityksen")."""
    words = option.split()
    for i, word in enumerate(words):
        if (word[:1].isupper() and i > 0) or (word.casefold().endswith(("n", "s")) and i == len(words) - 2):
            return " ".join(words[i:])
    return option


def decide(vote: Vote) -> Vote:
    yes, no = vote.counts.yes, vote.counts.no
    if yes is not None and no is not None and yes != no:
        vote.winner = "yes" if yes > no else "no"
    return vote


def find_disqualifications(text: str | None, captioned: str | None = None) -> list[Disqualification]:
    """`captioned`: the text under a caption of its own ("Jäv", "Esteellisyys"), where a name with
    its ground ("Kerstin Mattsson (släktskap)") needs no word saying so."""
    out: list[Disqualification] = []
    said = [(sentence, True) for sentence in sentences(captioned or "")] + [(s, False) for s in sentences(text or "")]
    for sentence, under_caption in said:
        if not DISQUALIFIED.search(sentence) and not (under_caption and only_names(sentence)):
            continue
        ground = GROUND.search(sentence) or ground_after_pattern().search(sentence)
        for name in disqualified_names(sentence):
            if all(d.name != name for d in out):
                out.append(Disqualification(name=name, ground=ground.group(1).strip() if ground else None))
    return out


def only_names(sentence: str) -> bool:
    """ "Kerstin Mattsson (släktskap)", "A ja B": names and their grounds, nothing else."""
    names = names_in(sentence)
    rest = re.sub(r"\([^)]*\)", " ", sentence)
    for name in names:
        rest = rest.replace(name, " ")
    return bool(names) and not re.sub(r"[\s,;:.]|\b(?:ja|och)\b", "", rest)


def disqualified_names(sentence: str) -> list[str]:
    """The names in the clauses that speak of disqualification, not of who stood in ("..., ja hänen
    tilallaan osallistui varajäsen X", "..., och viceordföranden X fungerade som ordförande") and
    not of the chair who stated it ("Puheenjohtaja X totesi Y:n olevan esteellinen"); every name
    where no clause says so (a line under a "Jäv" caption)."""
    clauses = [c for c in CLAUSE_BREAK.split(sentence) if DISQUALIFIED.search(c)]
    names = [name for clause in clauses for name in names_in(clause) if not states(clause, name)]
    names = names or [name for name in names_in(sentence) if not states(sentence, name)]
    return [nominative(name, sentence) for name in names]


def nominative(name: str, sentence: str) -> str:
    """ "totesi Tuula Kankaan olevan esteellinen, ja Tuula Kangas poistui": the name as the
    sentence writes it elsewhere, where the clause has it in the genitive."""
    end = sentence.find(name) + len(name)
    if not GENITIVE_OF_STATE.match(sentence, end):
        return name
    given, surname = name.split()[0], name.split()[-1]
    others = [
        other
        for other in names_in(sentence)
        if other != name and other.split()[0] == given and shared_start(other.split()[-1], surname) >= 3
    ]
    return max(others, key=lambda other: shared_start(other.split()[-1], surname)) if others else name


def states(clause: str, name: str) -> bool:
    """The name is of the one who stated it or of a stand-in, not of the disqualified."""
    start = clause.find(name)
    return STATED_BY.match(clause, start + len(name)) is not None or STAND_IN.search(clause[:start]) is not None


def find_dissents(text: str | None, attendees: list[str] | None = None) -> list[Dissent]:
    """`attendees`: the meeting's people, whose surnames alone may name a dissenter
    ("Lindqvist och Granberg reserverade sig")."""
    out: list[Dissent] = []
    people = attendees or []
    for sentence in sentences(text or ""):
        dissent = DISSENT.search(sentence)
        if dissent:
            before = sentence[: dissent.start()]  # "Lindqvist reserverade sig ... förslag som Granberg framställt"
            found = names_in(sentence) or by_surname(before, people) or by_surname(sentence, people)
            for name in found:
                if all(d.name != name for d in out):
                    out.append(Dissent(name=name, text=sentence))
    return out


def by_surname(sentence: str, attendees: list[str]) -> list[str]:
    """The attendees whose surname the sentence names, where one attendee alone has that surname."""
    words = set(re.findall(r"\b[A-ZÅÄÖ][\w\-]+", sentence))
    found = []
    for name in attendees:
        surname = name.split()[-1]
        if surname in words and sum(other.split()[-1] == surname for other in attendees) == 1:
            found.append(name)
    return sorted(found, key=lambda name: sentence.find(name.split()[-1]))


@cache
def ground_after_pattern() -> re.Pattern[str]:
    """ "anmälde jäv, orsak; närstående i familjekretsen och avlägsnade sig": the ground after its word."""
    return re.compile(
        rf"\b(?:{'|'.join(vocab.words('elections', 'grounds'))})\s*[;:,]\s*(.+?)"
        r"(?=\s+(?:och|ja)\s+(?:avlägsnade|lämnade|poistui)|\.(?:\s+[A-ZÅÄÖ]|$)|;|$)",
        re.IGNORECASE,
    )
