"""Clean characters and join wrapped lines into prose.

Text fields keep paragraph breaks ("\\n\\n") and put list items on lines of their own ("\\n");
everything else that a line break split is joined with a space, and a line-end hyphen is
removed only where it split a word ("lag-" + "ligt"), never in a compound ("Päijät-" +
"Hämeessä"), a number range ("2027-" + "2028") or a shortened compound ("esi- ja").
"""

from __future__ import annotations

import os
import re

from minutes_cli.parse.language import detect_language

INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]+")  # a regex: str.translate is 4 times slower
SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
ODD_CHARACTERS = re.compile(r"[\t\u00a0\u00ad\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff\uf000-\uf0ff]")
# Word's bullets in the Symbol and Wingdings fonts, which text layers give as private-use characters
SYMBOL_FONT_CHARACTER = re.compile("[\uf000-\uf0ff]")
SYMBOL_FONT_BULLETS = str.maketrans({"\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "➢", "\uf0fc": "✓", "\uf02d": "–"})
BULLET = re.compile(r"^(?:[•▪◦●‣∙·➢✓\-–—*]\s|\d{1,2}[.)]\s|[a-zåäö][.)]\s|\(\d{1,2}\)\s)")
# After a line-end hyphen these keep it: "esi- ja perusopetus", "för- och eftermiddag"
CONJUNCTIONS = {"fi": {"ja", "tai", "sekä", "eli", "että"}, "sv": {"och", "eller", "samt", "resp."}}
FINNISH_VOWELS = set("aeiouyäö")
CLAUSE_END = (".", "!", "?", ":", ";")  # a line ending so does not run on into the next
# Finnish inflects an abbreviation after a colon ("Oy:n", "EU:lle"); a line may break after it
ABBREVIATION_END = re.compile(r"(?:^|\s)(?:[A-ZÅÄÖ]{2,6}|Oy|Oyj|Ab|Ky|Ry|Tmi):$")
CASE_ENDING = re.compile(
    r"(?:n|a|ä|ta|tä|na|nä|ksi|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|han|hen|hin|iin|een|aan|ään)(?=[\s.,;)]|$)"
)


KEPT_HYPHEN = "\u2011"  # a line-end hyphen that the source marked as part of the word
SPACED_HYPHEN = "\u058a"  # ... and one with a space printed after it ("kuntapäättäjä- oppaan")


def needs_cleaning(text: str) -> bool:
    """Odd spaces or invisible characters, or spaces doubled or at an end (one character class
    and plain string tests: an alternation with anchors made the regex five times slower)."""
    return ODD_CHARACTERS.search(text) is not None or "  " in text or text[:1] == " " or text[-1:] == " "


def clean(text: str) -> str:
    """Drop zero-width characters and soft hyphens, turn odd spaces into plain ones.

    A zero-width space after a line-end hyphen ("Step-\u200b") says the hyphen belongs to the
    word, so it is kept as a non-breaking hyphen until the lines are joined; with a space printed
    after it ("lainanhoito-\u200b "), the next line is a word of its own (SPACED_HYPHEN).
    """
    spaced = text.endswith("-\u200b ")
    text = text.rstrip()
    if not needs_cleaning(text):
        return text
    if text.endswith("-\u200b"):
        text = text[:-2] + (SPACED_HYPHEN if spaced else KEPT_HYPHEN)
    if SYMBOL_FONT_CHARACTER.search(text):
        text = text.translate(SYMBOL_FONT_BULLETS)
    return SPACES.sub(" ", INVISIBLE.sub("", text)).strip()


def is_bullet(line: str) -> bool:
    return bool(BULLET.match(line))


def is_conjunction(word: str, line: str) -> bool:
    """ "ja" joins Finnish words; in "främ-" + "ja kommuninvånarnas hälsa" it ends a Swedish one."""
    language = next((lang for lang, words in CONJUNCTIONS.items() if word.casefold() in words), None)
    if language is None:
        return False
    return detect_language(line) in (language, None)


def join_pair(left: str, right: str) -> str:
    """Join two wrapped lines, undoing a hyphen only where it split one word."""
    if not left:
        return right
    if not right:
        return left
    if left.endswith(SPACED_HYPHEN):
        return left[:-1] + "- " + right
    if left.endswith(KEPT_HYPHEN):
        if left[-2:-1] == " " and left[-3:-2].isdigit() and right[:1].isdigit():
            return left[:-1] + "- " + right  # a spaced dash: "14.3.2025 -" + "3.4.2025"
        return left[:-1] + "-" + right
    if splits_token(left, right):
        return left + right
    if left.endswith("-") and len(left) > 1 and left[-2].isalpha():
        first_word = right.split()[0]
        before = left[-2]
        after = right[0]
        if is_conjunction(first_word, right):
            return f"{left} {right}"  # "esi- ja perusopetus"
        if after.isupper() or after.isdigit() or not after.isalpha():
            return left + right  # "Päijät-Hämeessä"
        if before.casefold() == after.casefold() and before.casefold() in FINNISH_VOWELS:
            return left + right  # "kaava-alue"
        return left[:-1] + right
    if left.endswith(("-", "–", "/")) and left[-2:-1].isdigit():
        return left + right  # "2027-2028", "1.1.-31.8."
    if left.endswith(":") and ABBREVIATION_END.search(left) and CASE_ENDING.match(right):
        return left + right  # "Kotiasunnot Oy:" + "n toimitusjohtaja"
    return f"{left} {right}"


FILE_EXTENSIONS = frozenset(("pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "txt", "jpg", "png", "zip"))
URL_START = re.compile(r"(?:https?://|www\.)\S*[./\-_?=&#]$")
EMAIL_START = re.compile(r"^[a-z0-9._\-]+@[a-z0-9\-]+\.[a-z]")
ADDRESS_PART = re.compile(r"[a-z0-9._\-]+\.")  # the start of an e-mail address, cut at a dot
RANGE_END = re.compile(r"^[-–]\d")


def splits_token(left: str, right: str) -> bool:
    """A line broken inside a path, web address, e-mail, file name or date range: no space was there.

    "hallituksensa" + "/-valtuustonsa", "https://vos." + "oph.fi/rap/", "katja." + "karonen@kuortane.fi",
    "517-519." + "pdf", "7.1." + "-31.5.2025".
    """
    if right[:1] == "/" and right[1:2] not in ("", " "):
        return True
    if left[-1:] == "/" and left[-2:-1].isalpha() and right[:1].islower() and "://" not in left.rsplit(None, 1)[-1]:
        return True  # "maankäyttösopimus/" + "kunnallistekniikan", not a web address's end
    if RANGE_END.match(right):
        return left[-1:].isdigit() or (left[-1:] == "." and left[-2:-1].isdigit())
    last = left.rsplit(None, 1)[-1]
    if URL_START.search(last) and not last.endswith(".."):  # "…/inverka..." is shortened, not wrapped
        return right[:1].islower()
    if last.endswith(".") and len(last) > 1:
        first = right.split(None, 1)[0]
        if first.rstrip(".,;:)").casefold() in FILE_EXTENSIONS:
            return True
        # "katja." + "karonen@kuortane.fi", not "mennessä." + "kirjaamo@kunta.fi"
        return EMAIL_START.match(first) is not None and ADDRESS_PART.fullmatch(last) is not None
    return False


ROW = "\u2063"  # marks a table row: it keeps a line of its own


def join_lines(lines: list[str]) -> str:
    """One paragraph from its lines; list items and table rows start on a line of their own."""
    out: list[str] = []
    after_row = False
    for line in lines:
        row = line.startswith(ROW)
        line = line.strip().lstrip(ROW)
        if not line:
            continue
        if out and (is_bullet(line) or row or after_row):
            out.append(line)
        elif out:
            out[-1] = join_pair(out[-1], line)
        else:
            out.append(line)
        after_row = row
    return "\n".join(out).replace(KEPT_HYPHEN, "-").replace(SPACED_HYPHEN, "-")


def join_paragraphs(paragraphs: list[list[str]]) -> str | None:
    text = "\n\n".join(p for p in (join_lines(lines) for lines in paragraphs) if p)
    return text or None


def ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(CLAUSE_END)


def shared_start(first: str, second: str) -> int:
    """How many letters two words share from their start, whatever the case ("Mäkelä", "Mäkelän": 6)."""
    return len(os.path.commonprefix([first.casefold(), second.casefold()]))
