"""A font's glyph-to-letter map (its ToUnicode CMap): read it, tell when it is broken, repair it.

Some PDF writers (iText in Tweb's Swedish minutes) embed a subset of a font for every page and
give some subsets a wrong map: the glyph that draws "l" is mapped to "j", so "protokollet"
reads "protokojjet". The same glyph keeps its outline in every subset, though, and in most
subsets it is mapped right. So every subset votes for the letter it gives each outline, the
letters are settled for all subsets at once, and every subset read takes them. Where all
subsets make the same mistake, the widths of the family's other weights settle it (a bold
"E" mapped to "-" is as wide as the regular "E", not the hyphen). A glyph that nothing
settles keeps what it had, so a repaired page may still read wrong here and there: the
reader's warning stays.

Some writers also map a ligature to its first letter alone ("ti" as "t": "tll" for "till"); a
glyph much wider than its letter is read as the ligature whose letters' widths it fits, and
whose letters' contours it has ("fi" has the dot of the "i", "fl" does not).

Works on simple TrueType fonts, where a one-byte code picks a glyph through the font's own
`cmap` (read by `truetype`).
"""

from __future__ import annotations

import re
import struct
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from functools import cached_property, lru_cache
from statistics import median_high  # only repairs import this module
from typing import Any, NamedTuple

from minutes_cli.readers.truetype import TrueTypeFont

CMAP_CHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
CMAP_RANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
CMAP_RANGE_ARRAY = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\[([^\]]*)\]")
CMAP_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")
CMAP_SECTION = re.compile(rb"begin(bfchar|bfrange)(.*?)end\1", re.S)
FONT_TO_UNICODE = re.compile(r"/ToUnicode\s*(\d+)\s+0\s+R")
FONT_BASE = re.compile(r"/BaseFont\s*/([^\s/<>\[\]()]+)")
FONT_FIRST_CHAR, FONT_LAST_CHAR = re.compile(r"/FirstChar\s*(\d+)"), re.compile(r"/LastChar\s*(\d+)")
MAX_RANGE = 0x1000  # a bfrange longer than this is not a subset's map
MIN_VOTES = 2  # a glyph's letter needs this many votes (a subset that maps it alone gives two)
# Ligatures a writer may map to their first letter alone ("ti" as "t": "tll" for "till"), the
# commoner first where two are as wide ("fi" and "fl").
LIGATURES = {"t": ("ti", "tt", "tf", "tti"), "f": ("fi", "fl", "ff", "ft", "fj", "ffi", "ffl")}
KNOWN_LIGATURES = frozenset(ligature for group in LIGATURES.values() for ligature in group)
LIGATURE_MIN_WIDTH = 1.3  # a glyph this many times as wide as its letter draws more than the letter
LIGATURE_FIT = (0.85, 1.02)  # its width over the sum of its letters' widths
LIGATURE_FIT_BEST = 0.95
LIGATURE_FIT_SLACK = 0.02  # fits this close count as one: the commoner ligature ("fi", not "fj")
MIN_AMBIGUOUS_LETTERS = 1  # a font that gives this many letters to several glyphs reads wrong
LIGATURE_LETTERS = frozenset("f")
# Outlines whose votes disagree: a letter drawn this much wider or narrower in the family's
# other weights is not the letter, where another letter voted for fits within FIT.
FAMILY_WIDTH_MISFIT = 0.3
FAMILY_WIDTH_FIT = 0.05
MAX_SOUND_VOTERS = 8  # sound subsets of one font read for their votes (each costs a font program)
CMAP_ENTRIES_PER_BLOCK = 100  # the CMap syntax allows at most 100 entries in one bfchar block


@lru_cache(maxsize=4096)  # the same few hundred targets recur in every subset's map
def hex_text(target: bytes) -> str:
    """ "<00660069>" is "fi": UTF-16BE in hex."""
    try:
        return bytes.fromhex(target.decode("ascii")).decode("utf-16-be")
    except (ValueError, UnicodeDecodeError):
        return ""


def read_cmap(cmap: bytes) -> dict[int, str]:
    """Code -> text, from the bfchar and bfrange sections of a ToUnicode CMap."""
    mapping: dict[int, str] = {}
    for kind, body in CMAP_SECTION.findall(cmap):
        if kind == b"bfchar":
            for source, target in CMAP_CHAR.findall(body):
                mapping[int(source, 16)] = hex_text(target)
            continue
        for first, _, targets in CMAP_RANGE_ARRAY.findall(body):  # <03> <05> [<0061> <0062> <0063>]
            for code, target in enumerate(CMAP_HEX.findall(targets), start=int(first, 16)):
                mapping[code] = hex_text(target)
        for first, last, target in CMAP_RANGE.findall(CMAP_RANGE_ARRAY.sub(b"", body)):
            start, end, base = int(first, 16), int(last, 16), int(target, 16)
            if len(target) == 4 and end - start < MAX_RANGE:
                for code in range(start, end + 1):
                    mapping[code] = chr(base + code - start)
    return mapping


def reads_wrong(mapping: dict[int, str]) -> bool:
    """Letters given to several glyphs: all but "f", which is mostly an fi/fl ligature mapped to
    "f" alone (one lost letter, not a garbled page). "ti" read as "t" and "l" as "j" garble words."""
    letters = {letter.lower() for letter, codes in claims_of(mapping).items() if len(codes) > 1}
    return len(letters - LIGATURE_LETTERS) >= MIN_AMBIGUOUS_LETTERS


def has_control_targets(mapping: dict[int, str]) -> bool:
    """Codes mapped to control characters: harmless where no text uses them (CloudNC maps unused
    codes so), garbage where it does ("O\x10dfö\x10ande" for "Ordförande"); the reader tells."""
    return any(text and not text.isprintable() and not text.isspace() for text in mapping.values())


def write_cmap(mapping: dict[int, str]) -> bytes:
    blocks = []
    entries = sorted(mapping.items())
    for start in range(0, len(entries), CMAP_ENTRIES_PER_BLOCK):
        chunk = entries[start : start + CMAP_ENTRIES_PER_BLOCK]
        lines = "\n".join(f"<{code:02X}> <{text.encode('utf-16-be').hex().upper()}>" for code, text in chunk)
        blocks.append(f"{len(chunk)} beginbfchar\n{lines}\nendbfchar")
    return (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n"
        + "\n".join(blocks)
        + "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    ).encode("ascii")


class SubsetFont:
    """One embedded TrueType subset: its map, the outline each code draws and how wide it is."""

    def __init__(self, base: str, cmap_xref: int, mapping: dict[int, str], glyphs: Glyphs) -> None:
        self.base = base  # "Calibri-Bold" for "BAAAAA+Calibri-Bold"
        self.cmap_xref = cmap_xref
        self.mapping = mapping
        self.outlines, self.widths = glyphs

    @cached_property
    def trusted(self) -> dict[int, str]:
        """The codes whose text ("l", or "ti" for a ligature) no other code of this font claims too."""
        claims = Counter(self.mapping.values())
        return {code: text for code, text in self.mapping.items() if text.strip() and claims[text] == 1}


Glyphs = tuple[dict[int, bytes], dict[int, float]]  # code -> outline, code -> advance width in ems


def glyphs_by_code(font_program: bytes) -> Glyphs:
    try:
        font = TrueTypeFont(font_program)
        glyphs = font.code_to_glyph()
        return (
            {code: font.outline(glyph) for code, glyph in glyphs.items()},
            {code: font.advances[glyph] / font.em for code, glyph in glyphs.items()},
        )
    except struct.error as exc:  # a table shorter than it says
        raise ValueError(f"damaged TrueType program: {exc}") from None


class FontMap(NamedTuple):
    base: str  # the font's name without its subset tag
    xref: int
    cmap_xref: int  # its ToUnicode stream
    mapping: dict[int, str]
    unmapped: bool = False  # codes the font draws are missing from the map (MuPDF reads "\x19" for ".")


def font_maps(doc: Any, xrefs: Iterable[int]) -> list[FontMap]:
    """The simple TrueType fonts among `xrefs` that have a ToUnicode map."""
    maps = []
    for xref in dict.fromkeys(xrefs):
        font = doc.xref_object(xref, compressed=True)  # one call, not one for each key
        cmap = FONT_TO_UNICODE.search(font)
        if "/Subtype/TrueType" not in font.replace(" ", "") or cmap is None:
            continue
        base = FONT_BASE.search(font)
        cmap_xref = int(cmap.group(1))
        name = base.group(1).split("+", 1)[-1] if base else ""
        mapping = read_cmap(doc.xref_stream(cmap_xref) or b"")
        maps.append(FontMap(name, xref, cmap_xref, mapping, has_unmapped_codes(font, mapping)))
    return maps


def has_unmapped_codes(font: str, mapping: dict[int, str]) -> bool:
    """Codes between the font's first and last that its map leaves out (0 is the .notdef glyph)."""
    first, last = FONT_FIRST_CHAR.search(font), FONT_LAST_CHAR.search(font)
    if first is None or last is None:
        return False
    return any(code not in mapping for code in range(max(1, int(first[1])), int(last[1]) + 1))


def subset_fonts(doc: Any, maps: list[FontMap]) -> list[SubsetFont]:
    """Every font with a broken map, its subsets whose maps leave codes out, and enough sound
    subsets of the same fonts to vote, with their glyphs. (Fonts with no broken subset get no
    votes, so their gaps could not be filled: they are not read.)"""
    broken = [is_broken(m.mapping) for m in maps]
    broken_bases = {m.base for m, verdict in zip(maps, broken, strict=True) if verdict}
    chosen: list[FontMap] = []
    sound: list[FontMap] = []
    for found, verdict in zip(maps, broken, strict=True):
        if found.base in broken_bases:
            (chosen if verdict or found.unmapped else sound).append(found)
    voters: Counter[str] = Counter()
    for found in sorted(sound, key=lambda m: -len(m.mapping)):  # the fullest maps vote on most glyphs
        if voters[found.base] < MAX_SOUND_VOTERS:
            chosen.append(found)
            voters[found.base] += 1
    fonts = []
    for found in chosen:
        try:
            glyphs = glyphs_by_code(font_program(doc, found.xref))
            fonts.append(SubsetFont(found.base, found.cmap_xref, found.mapping, glyphs))
        except (ValueError, IndexError, RuntimeError):  # a damaged or unusual font: left as it is
            continue
    return fonts


def font_program(doc: Any, xref: int) -> bytes:
    key, descriptor = doc.xref_get_key(xref, "FontDescriptor")
    key, program = doc.xref_get_key(int(descriptor.split()[0]), "FontFile2") if key == "xref" else ("", "")
    if key != "xref":
        raise ValueError("no embedded TrueType program")
    return doc.xref_stream(int(program.split()[0])) or b""


def is_broken(mapping: dict[int, str]) -> bool:
    return any(len(codes) > 1 for codes in claims_of(mapping).values()) or has_control_targets(mapping)


Votes = dict[tuple[str, bytes], Counter[str]]  # (base font, outline) -> the letters subsets give it
OutlineWidths = dict[tuple[str, bytes], float]  # (base font, outline) -> its width in ems
Settled = dict[tuple[str, bytes], str]  # (base font, outline) -> its letter


def outline_votes(fonts: list[SubsetFont]) -> tuple[Votes, OutlineWidths]:
    """Each subset's vote for the letter of each of its outlines, twice where no other code of
    it claims that letter; targets of several letters vote only if they are known ligatures."""
    votes: Votes = defaultdict(Counter)
    widths: OutlineWidths = {}
    for font in fonts:
        trusted = font.trusted
        for code, text in font.mapping.items():
            outline = font.outlines.get(code)
            if outline and text.strip() and text.isprintable() and (len(text) == 1 or text in KNOWN_LIGATURES):
                votes[font.base, outline][text] += 2 if code in trusted else 1
                widths.setdefault((font.base, outline), font.widths.get(code, 0.0))
    return votes, widths


def settled_letters(votes: Votes, widths: OutlineWidths) -> Settled:
    """Each outline's letter, settled over all subsets of a font at once from their votes.

    The best supported pairs are taken first, and no outline and no letter is taken twice:
    where the glyph "E" is mapped to "-" in half the subsets and the hyphen to "-" in the
    others, the hyphen keeps "-" and the "E" gets its letter back.

    Where every subset makes the same mistake, votes cannot tell; the other weights of the
    family can (`drop_misfits`), and so can widths where a ligature is mapped to its first
    letter (`drop_ligature_votes`), so the letters are settled a second time with their help.
    """
    settled = settle(votes)
    refit = drop_ligature_votes(drop_misfits(votes, widths, settled), widths, settled)
    return settle(refit) if refit != votes else settled


def settle(votes: Votes) -> Settled:
    ranked = sorted(  # the most votes first; of equal ones, the glyph with the fewest rival letters
        (
            (count, count / sum(texts.values()), key, text)
            for key, texts in votes.items()
            for text, count in texts.items()
        ),
        key=lambda vote: (-vote[0], -vote[1]),
    )
    settled: Settled = {}
    taken: set[tuple[str, str]] = set()
    for count, _, key, text in ranked:
        if count >= MIN_VOTES and key not in settled and (key[0], text) not in taken:
            settled[key] = text
            taken.add((key[0], text))
    return settled


def family(base: str) -> str:
    """ "Calibri" for "Calibri-Bold": the weights of one family draw most letters about as wide."""
    return base.split("-", 1)[0].split(",", 1)[0]


def drop_misfits(votes: Votes, widths: OutlineWidths, settled: Settled) -> Votes:
    """Votes without the letters an outline cannot be, judged by the family's other weights.

    Tweb's bold Calibri maps the "E" to "-" and the hyphen to "n" in every subset. In the
    regular weight the hyphen is 0.31 em wide and the "E" 0.49: an outline 0.49 wide with
    rival votes for "-" and "E" is the "E". A rival letter loses its votes only where its
    width in the other weights is far off and another rival's is close.
    """
    elsewhere: dict[tuple[str, str], list[tuple[str, float]]] = defaultdict(list)  # (family, letter) -> (base, width)
    for (base, outline), letter in settled.items():
        elsewhere[family(base), letter].append((base, widths.get((base, outline), 0.0)))
    refit = dict(votes)
    for (base, outline), texts in votes.items():
        width = widths.get((base, outline), 0.0)
        if len(texts) < 2 or width <= 0:
            continue
        off = {}
        for text in texts:
            others = [w for b, w in elsewhere.get((family(base), text), ()) if b != base and w > 0]
            if others:
                off[text] = abs(width / median_high(others) - 1)
        fitting = [text for text, distance in off.items() if distance <= FAMILY_WIDTH_FIT]
        misfits = [text for text, distance in off.items() if distance > FAMILY_WIDTH_MISFIT]
        if fitting and misfits:
            refit[base, outline] = Counter({t: n for t, n in texts.items() if t not in misfits})
    return refit


def drop_ligature_votes(votes: Votes, widths: OutlineWidths, settled: Settled) -> Votes:
    """Votes without the first letter of a ligature that is mapped to it alone.

    Where every subset maps the "ti" glyph to "t", it gathers more votes for "t" than the "t"
    itself. Of the outlines voted "t", one as wide as the narrowest and an "i" together is
    the ligature: it loses its "t" votes, and `ligature_of` reads it later.
    """
    voted: dict[tuple[str, str], list[bytes]] = defaultdict(list)  # (base, letter) -> outlines voted for it
    for (base, outline), texts in votes.items():
        for text in texts:
            if text in LIGATURES:
                voted[base, text].append(outline)
    letter_width = {(base, letter): widths.get((base, outline), 0.0) for (base, outline), letter in settled.items()}
    refit = dict(votes)
    for (base, letter), outlines in voted.items():
        if len(outlines) < 2:
            continue
        single = min(widths.get((base, outline), 0.0) for outline in outlines)
        if single <= 0:
            continue
        parts = {c: letter_width.get((base, c)) for ligature in KNOWN_LIGATURES for c in ligature}
        parts[letter] = single
        for outline in outlines:
            width = widths.get((base, outline), 0.0)
            if width >= LIGATURE_MIN_WIDTH * single and ligature_fits(width, letter, parts.get):
                refit[base, outline] = Counter({t: n for t, n in refit[base, outline].items() if t != letter})
    return refit


def letter_widths(fonts: list[SubsetFont]) -> dict[tuple[str, str], float]:
    """(base font, letter) -> the width its subsets most often give the letter."""
    seen: dict[tuple[str, str], Counter[float]] = defaultdict(Counter)
    for font in fonts:
        for code, text in font.trusted.items():
            if len(text) == 1 and code in font.widths:
                seen[font.base, text][round(font.widths[code], 3)] += 1
    return {key: widths.most_common(1)[0][0] for key, widths in seen.items()}


class LetterShapes(NamedTuple):
    widths: dict[tuple[str, str], float]  # (base font, letter) -> its usual width
    contours: dict[tuple[str, str], int]  # (base font, letter) -> the contours of its settled outline

    def ligature_contours(self, base: str, ligature: str) -> int | None:
        """The letters' contours, less one where each joins the next ("f" and "i" share the bar)."""
        parts = [self.contours.get((base, letter)) for letter in ligature]
        return None if None in parts else sum(parts) - (len(parts) - 1)  # type: ignore[arg-type]


def contour_count(outline: bytes) -> int | None:
    """From the glyph header; None for a composite glyph or no outline."""
    if len(outline) < 2 or outline.startswith(b"composite:"):
        return None
    return struct.unpack_from(">h", outline)[0]


def letter_shapes(fonts: list[SubsetFont], settled: Settled) -> LetterShapes:
    """Each letter's width and contours, from the outline settled for it where there is one: the
    codes a subset gives a letter alone are not enough where the "ti" glyph is the only "t"."""
    outline_widths = {
        (f.base, f.outlines[code]): width for f in fonts for code, width in f.widths.items() if code in f.outlines
    }
    widths = letter_widths(fonts)
    contours = {}
    for (base, outline), letter in settled.items():
        if len(letter) != 1:
            continue
        if outline_widths.get((base, outline)):
            widths[base, letter] = outline_widths[base, outline]
        count = contour_count(outline)
        if count is not None:
            contours[base, letter] = count
    return LetterShapes(widths, contours)


def ligature_of(font: SubsetFont, code: int, letter: str, shapes: LetterShapes) -> str | None:
    """What a glyph mapped to its first letter only really draws, judged by its width:
    a ligature is about as wide as its letters together, a little narrower. Where several fit
    ("fi" and "fl" are as wide), the one whose letters' contours add up to the glyph's wins
    (the dot of the "i" is a contour of its own), and then the commoner."""
    single = shapes.widths.get((font.base, letter))
    width = font.widths.get(code)
    if not single or not width or width < LIGATURE_MIN_WIDTH * single:
        return None
    fits = ligature_fits(width, letter, lambda c: shapes.widths.get((font.base, c)))
    if not fits:
        return None
    best = min(distance for distance, _ in fits)
    close = [candidate for distance, candidate in fits if distance <= best + LIGATURE_FIT_SLACK]
    contours = contour_count(font.outlines.get(code, b""))
    shaped = [c for c in close if contours is not None and shapes.ligature_contours(font.base, c) == contours]
    return (shaped or close)[0]


def ligature_fits(width: float, letter: str, part: Callable[[str], float | None]) -> list[tuple[float, str]]:
    """The ligatures starting with `letter` that a glyph this wide may draw, each with how far
    its fit is from the usual one, the commoner first; `part` gives a letter's width."""
    fits = []
    for candidate in LIGATURES.get(letter, ()):
        parts = [part(c) for c in candidate]
        if all(parts):
            ratio = width / sum(parts)  # type: ignore[arg-type]
            if LIGATURE_FIT[0] <= ratio <= LIGATURE_FIT[1]:
                fits.append((abs(ratio - LIGATURE_FIT_BEST), candidate))
    return fits


def repair_glyph_maps(doc: Any, font_xrefs: Iterable[int]) -> tuple[int, dict[int, tuple[str, bool]]]:
    """Rewrite the broken ToUnicode maps of a PDF opened in memory. The number of fonts changed,
    and for each font read, its name and whether its map still reads wrong."""
    maps = font_maps(doc, font_xrefs)
    repairs = plan_repairs(subset_fonts(doc, maps))
    repaired = {font.cmap_xref: mapping for font, mapping in repairs}
    for font, mapping in repairs:
        doc.update_stream(font.cmap_xref, write_cmap(mapping), compress=False)  # read in memory, never saved
    verdicts = {m.xref: (m.base, reads_wrong(repaired.get(m.cmap_xref, m.mapping))) for m in maps}
    return len(repairs), verdicts


def plan_repairs(fonts: list[SubsetFont]) -> list[tuple[SubsetFont, dict[int, str]]]:
    """The fonts whose map changes, each with its new map: the settled letters, then ligatures."""
    votes, widths = outline_votes(fonts)
    settled = settled_letters(votes, widths)
    shapes = letter_shapes(fonts, settled)
    repairs = []
    for font in fonts:
        mapping = settled_map(font, settled)
        read_ligatures(font, mapping, settled, votes, shapes)
        if mapping != font.mapping:
            repairs.append((font, mapping))
    return repairs


def settled_map(font: SubsetFont, settled: Settled) -> dict[int, str]:
    """The font's map with the settled letter of each outline, also for codes the map left out.
    Unsettled codes keep their text, except where it cannot be right."""
    mapping = dict(font.mapping)
    for code in set(mapping) | set(font.outlines):
        outline, text = font.outlines.get(code), mapping.get(code)
        if outline and (font.base, outline) in settled:
            mapping[code] = settled[font.base, outline]
        elif text is None:
            continue
        elif outline == b"" and text.isalpha():
            mapping[code] = " "  # a glyph that draws nothing is a space, whatever its map says
        elif len(text) > 1 and text not in KNOWN_LIGATURES and text.isalpha():
            mapping[code] = text[0]  # "fD" for the "fi" glyph: garbage after its first letter
    return mapping


def read_ligatures(
    font: SubsetFont, mapping: dict[int, str], settled: Settled, votes: Votes, shapes: LetterShapes
) -> None:
    """Glyphs mapped to a ligature's first letter alone take the ligature they draw (`ligature_of`).
    An unsettled glyph is tried with the letter most subsets give it ("fi" mapped to "i" here)."""
    for code, text in mapping.items():
        outline = font.outlines.get(code, b"")
        if text not in LIGATURES and (font.base, outline) not in settled:
            text = first_letter_of_ligature(votes.get((font.base, outline))) or text
        ligature = ligature_of(font, code, text, shapes) if text in LIGATURES else None
        if ligature:
            mapping[code] = ligature


def first_letter_of_ligature(votes: Counter[str] | None) -> str | None:
    """The letter most subsets give an outline, where it may start a ligature ("f", "t")."""
    if not votes:
        return None
    letter, _ = votes.most_common(1)[0]
    return letter if letter in LIGATURES else None


def claims_of(mapping: dict[int, str]) -> dict[str, list[int]]:
    claims: dict[str, list[int]] = defaultdict(list)
    for code, text in mapping.items():
        if len(text) == 1 and text.isalpha():
            claims[text].append(code)
    return claims
