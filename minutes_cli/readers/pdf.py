"""PDF to positioned lines with PyMuPDF, the only module that imports it.

Each page's spans come from its text page's dict (as `get_text("dict")` gives it) without
images (decoding every page's logo made it four times slower on real minutes). Spans are
grouped into lines by baseline and split into cells at wide gaps, so a label column stays apart
from the text to its right. MuPDF's own messages (real minutes often need an xref repair) are
kept out of stdout and become warnings. Fonts whose glyph maps give letters to the wrong
glyphs are repaired before the pages are read (`glyphmaps`); pages still set in such a font
get a warning.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from operator import attrgetter
from typing import NamedTuple

import pymupdf

from minutes_cli.errors import CorruptPdfError, EncryptedPdfError, NoTextLayerError
from minutes_cli.lines import Cell, Line, ends_with_spaced_hyphen
from minutes_cli.model import ParseWarning
from minutes_cli.readers import UNRELIABLE_TEXT_LAYER, RawDocument
from minutes_cli.readers.glyphmaps import read_cmap, reads_wrong
from minutes_cli.readers.text import CELL_GAP

Y_TOLERANCE_PT = 2.0  # spans whose baselines differ by less than this share a line
ROW_OVERLAP = 0.8  # ... and so do spans whose boxes overlap by this share of the lower one
CELL_GAP_EM = 1.5  # a gap wider than this many font sizes starts a new cell
WORD_GAP_EM = 0.12  # a gap wider than this between two spans stands for a space
TEXT_FLAGS = (pymupdf.TEXTFLAGS_DICT & ~pymupdf.TEXT_PRESERVE_IMAGES) | pymupdf.TEXT_MEDIABOX_CLIP
BOLD_FONT_MARKS = ("bold", "black", "heavy", "semibold", ",b")
MAX_MESSAGES = 5
CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # in text: a glyph mapped to garbage
STORE_SHRINK_EVERY_PAGES = 100

# What MuPDF raises on a damaged file: its low-level calls (xref_get_key) raise its own errors
PDF_ERRORS = (RuntimeError, ValueError, getattr(pymupdf.mupdf, "FzErrorBase", RuntimeError))

pymupdf.TOOLS.mupdf_display_errors(False)
pymupdf.TOOLS.mupdf_display_warnings(False)


def read_pdf(data: bytes, name: str) -> RawDocument:
    pymupdf.TOOLS.reset_mupdf_warnings()
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except (pymupdf.FileDataError, RuntimeError, ValueError) as exc:
        raise CorruptPdfError(f"{name} cannot be opened as a PDF: {exc}") from None
    with doc:
        if doc.needs_pass and not doc.authenticate(""):
            raise EncryptedPdfError(f"{name} is encrypted")
        try:
            check = GlyphMapCheck(doc)
            repaired_first = first_page_is_broken(check)
            fonts_repaired = repair_fonts(check) if repaired_first else 0
            pages = read_pages(check, until_unreliable=not repaired_first)
            if not repaired_first and pages.unreliable:  # a later page: repair, then read on
                fonts_repaired = repair_fonts(check)
                # maps changed: from the start again; none changed: on from the page after the stop
                pages = read_pages(check) if fonts_repaired else read_pages(check, into=pages)
        except PDF_ERRORS as exc:
            raise CorruptPdfError(f"{name}: cannot read its pages: {exc}") from None
        lines, empty_pages, unreliable = pages.lines, pages.empty, pages.unreliable
        page_count = doc.page_count
        page_height = doc[0].rect.height if page_count else 0.0
        repaired = doc.is_repaired
    messages = [m for m in pymupdf.TOOLS.mupdf_warnings().splitlines() if m.strip()]
    if not lines:
        if repaired and messages:
            raise CorruptPdfError(f"{name} is damaged or truncated: no page has readable text ({messages[0]})")
        raise NoTextLayerError(f"{name} has no text layer")
    warnings = []
    if messages:
        unique = list(dict.fromkeys(messages))
        warnings.append(
            ParseWarning("pdf-repaired" if repaired else "pdf-messages", "MuPDF: " + "; ".join(unique[:MAX_MESSAGES]))
        )
    if fonts_repaired:
        warnings.append(
            ParseWarning(
                "glyph-map-repaired",
                f"{fonts_repaired} font(s) map glyphs to wrong letters; their letters were taken from the "
                "other subsets of the same font in the file",
            )
        )
    if unreliable:
        warnings.append(
            ParseWarning(
                UNRELIABLE_TEXT_LAYER,
                "the text layer maps some glyphs to wrong letters; check these pages against the rendering, "
                "or OCR them",
                where=pages_label(unreliable),
            )
        )
    if empty_pages:
        why = "the file is damaged or truncated" if repaired and messages else "a scanned page needs OCR"
        warnings.append(
            ParseWarning(
                "page-without-text", f"{len(empty_pages)} page(s) have no text: {why}", where=pages_label(empty_pages)
            )
        )
    return RawDocument(lines=lines, format="pdf", pages=page_count, page_height=page_height, warnings=warnings)


# "/Font 12 0 R", "/Font<</F1 5 0 R/F2 7 0 R>>", or "/Font<</F1<<...>>>>" (fonts written out inline)
RESOURCE_ENTRY = {key: re.compile(rf"/{key}\s*(?:(\d+) 0 R|<<([^<>]*)>>|(<<))") for key in ("Font", "XObject")}
PDF_REFERENCE = re.compile(r"(\d+) 0 R")


class GlyphMapCheck:
    """Finds pages set in a font whose ToUnicode map gives one letter to several glyphs.

    That is what a broken glyph map looks like from outside ("protokojjet" for "protokollet":
    the glyph drawing "l" is mapped to "j", so "j" has two glyphs; "funktonshindrade": the "ti"
    ligature is mapped to "t" alone). An "f" with two glyphs does not count. Each font is read
    once per document; the page's fonts come from its resource dictionary, because one name
    ("Calibri") may stand for a different subset, with a different map, on every page.
    The repair and both reading passes share one check, and with it what it has read.
    """

    def __init__(self, doc: pymupdf.Document) -> None:
        self.doc = doc
        self.fonts: dict[int, tuple[str, bool]] = {}  # font xref -> (name as spans give it, broken)
        self.page_fonts: dict[int, list[int]] = {}  # page number -> its font xrefs
        self.dictionaries: dict[int, str] = {}  # a font or XObject dictionary's xref -> its text
        self.forms: dict[int, bool] = {}  # an XObject's xref -> it is a form (with text of its own)

    def font(self, xref: int) -> tuple[str, bool]:
        if xref not in self.fonts:
            kind, basefont = self.doc.xref_get_key(xref, "BaseFont")
            name = basefont.lstrip("/").split("+", 1)[-1] if kind == "name" else ""
            self.fonts[xref] = (name, self.map_is_broken(xref))
        return self.fonts[xref]

    def map_is_broken(self, xref: int) -> bool:
        kind, value = self.doc.xref_get_key(xref, "ToUnicode")
        if kind != "xref":
            return False
        try:
            cmap = self.doc.xref_stream(int(value.split()[0]))
        except PDF_ERRORS:
            return False
        return reads_wrong(read_cmap(cmap or b""))

    def font_xrefs(self, number: int) -> list[int]:
        """The fonts of page `number` (from 0), read from its page object without loading the page."""
        if number not in self.page_fonts:
            kind, value = self.doc.xref_get_key(self.doc.page_xref(number), "Resources")
            if kind == "xref":  # resources kept in an object of their own
                value = self.doc.xref_object(int(value.split()[0]), compressed=True)
            fonts = self.listed_fonts(value) if kind in ("xref", "dict") else None
            if fonts is None:  # inherited resources, inline fonts, or text in forms (merged or stamped pages)
                fonts = [font[0] for font in self.doc[number].get_fonts(full=True) if font[0] > 0]
            self.page_fonts[number] = fonts
        return self.page_fonts[number]

    def listed_fonts(self, resources: str) -> list[int] | None:
        """The font xrefs a resource dictionary lists, or None where it is not enough to tell."""
        xobjects = self.references(resources, "XObject")
        if xobjects is None or any(self.is_form(xref) for xref in xobjects):
            return None  # a form draws text with fonts of its own
        return self.references(resources, "Font")

    def references(self, resources: str, key: str) -> list[int] | None:
        """The xrefs in one entry of a resource dictionary; None if it writes its objects out inline."""
        m = RESOURCE_ENTRY[key].search(resources)
        if m is None:
            return []
        if m.group(3):
            return None
        if m.group(1):
            xref = int(m.group(1))
            if xref not in self.dictionaries:  # pages often share one font dictionary
                self.dictionaries[xref] = self.doc.xref_object(xref, compressed=True)
            text = self.dictionaries[xref]
            if "<<" in text[2:]:
                return None
        else:
            text = m.group(2)
        return [int(x) for x in PDF_REFERENCE.findall(text)]

    def is_form(self, xref: int) -> bool:
        if xref not in self.forms:
            self.forms[xref] = self.doc.xref_get_key(xref, "Subtype")[1] == "/Form"
        return self.forms[xref]

    def page_is_unreliable(self, number: int, font_names: set[str]) -> bool:
        """`font_names` are the fonts the text of page `number` (from 0) uses."""
        try:
            fonts = [self.font(xref) for xref in self.font_xrefs(number)]
        except PDF_ERRORS:  # a damaged resource: this check is a heuristic, not a reason to fail
            return False
        return any(broken and (name in font_names or not name) for name, broken in fonts)


@dataclass
class Pages:
    lines: list[Line] = field(default_factory=list)
    empty: list[int] = field(default_factory=list)  # page numbers without text
    unreliable: list[int] = field(default_factory=list)  # ... set in a font with a broken glyph map
    read: int = 0  # how many pages, from the first, have been read


def read_pages(check: GlyphMapCheck, until_unreliable: bool = False, into: Pages | None = None) -> Pages:
    """`until_unreliable`: stop after the first page set in a font with a broken glyph map.
    `into`: go on with pages read so far, from the page after the last one read."""
    pages = into or Pages()
    for page in check.doc.pages(pages.read):
        pages.read = page.number + 1
        if page.number and page.number % STORE_SHRINK_EVERY_PAGES == 0:
            pymupdf.TOOLS.store_shrink(100)  # MuPDF caches page resources; long files would grow without bound
        spans = horizontal_spans(page.get_textpage(flags=TEXT_FLAGS).extractDICT())  # get_text adds a cropbox per page
        if not spans:
            pages.empty.append(page.number + 1)
            continue
        unreliable = (
            check.page_is_unreliable(page.number, {span.font for span in spans})
            or CONTROL_CHARACTER.search("".join(span.text for span in spans)) is not None
        )
        if unreliable:
            pages.unreliable.append(page.number + 1)
        pages.lines.extend(spans_to_lines(spans, page.number + 1))
        if unreliable and until_unreliable:
            break
    return pages


def first_page_is_broken(check: GlyphMapCheck) -> bool:
    """Tweb files break on the first page already: repairing before reading saves reading it twice."""
    if not check.doc.page_count:
        return False
    try:
        return any(check.font(xref)[1] for xref in check.font_xrefs(0))
    except PDF_ERRORS:
        return False


def repair_fonts(check: GlyphMapCheck) -> int:
    """Broken glyph maps rewritten from the other subsets of the font (see `glyphmaps`): how many.
    `check` lends its caches of page resources and takes the verdicts on the repaired maps."""
    from minutes_cli.readers.glyphmaps import repair_glyph_maps

    doc = check.doc
    try:
        changed, verdicts = repair_glyph_maps(doc, (x for n in range(doc.page_count) for x in check.font_xrefs(n)))
    except PDF_ERRORS:  # a damaged font or resource: the pages keep their warning
        return 0
    check.fonts.update(verdicts)
    if changed:
        pymupdf.TOOLS.store_shrink(100)  # fonts loaded with the old maps must not be reused
    return changed


def pages_label(pages: list[int]) -> str:
    return "pages " + ", ".join(map(str, pages)) if len(pages) > 1 else f"page {pages[0]}"


class Span(NamedTuple):
    x0: float
    x1: float
    top: float
    bottom: float
    baseline: float
    size: float
    text: str
    bold: bool
    font: str


def is_bold(font: str, flags: int) -> bool:
    lowered = font.lower()
    return bool(flags & pymupdf.TEXT_FONT_BOLD) or any(mark in lowered for mark in BOLD_FONT_MARKS)


def horizontal_spans(page_dict: dict) -> list[Span]:
    spans = []
    bold_fonts: dict[tuple[str, int], bool] = {}
    for block in page_dict["blocks"]:
        for line in block.get("lines", ()):
            if abs(line["dir"][1]) > 0.1:  # rotated text: margin stamps, not content
                continue
            for span in line["spans"]:
                text = span["text"]
                if not text.strip():
                    continue
                key = (span["font"], span["flags"])
                bold = bold_fonts.get(key)
                if bold is None:
                    bold = bold_fonts[key] = is_bold(*key)
                x0, top, x1, bottom = span["bbox"]
                found = Span(x0, x1, top, bottom, span["origin"][1], span["size"] or 1.0, text, bold, key[0])
                if "   " in text and CELL_GAP.search(text.strip()):  # columns set apart with spaces, as in text files
                    spans.extend(split_at_space_runs(found))
                else:
                    spans.append(found)
    return spans


def split_at_space_runs(span: Span) -> list[Span]:
    """Columns set apart with spaces in one span ("ordförande          protokollförare") are cells,
    as they are in text; their x positions are estimated from the share of characters before them."""
    width = (span.x1 - span.x0) / max(len(span.text), 1)
    parts = []
    for m in re.finditer(r"\S+(?: {1,2}\S+)*", span.text):
        x0, x1 = span.x0 + m.start() * width, span.x0 + m.end() * width
        parts.append(span._replace(x0=x0, x1=x1, text=m.group()))
    return parts


def spans_to_lines(spans: list[Span], page_number: int) -> Iterator[Line]:
    spans = sorted(spans, key=attrgetter("baseline"))
    group: list[Span] = []
    for span in spans:
        if group and span.baseline - group[0].baseline > Y_TOLERANCE_PT and not same_row(group[0], span):
            yield make_line(group, page_number)
            group = []
        group.append(span)
    if group:
        yield make_line(group, page_number)


def same_row(first: Span, span: Span) -> bool:
    """Spans whose boxes mostly overlap share a line even if their baselines differ a little
    (iText writes "42 §" and its title with baselines 2.7 pt apart)."""
    if span.top > first.bottom:  # most lines: wholly below
        return False
    overlap = min(first.bottom, span.bottom) - max(first.top, span.top)
    return overlap >= ROW_OVERLAP * min(first.bottom - first.top, span.bottom - span.top)


def squeeze(text: str) -> str:
    """Runs of white space as one space, none at the ends; but a space printed after a line-end
    hyphen and zero-width space ("kuntapäättäjä-\u200b ") stays: the next line is a word of its own."""
    squeezed = " ".join(text.split())
    return squeezed + " " if ends_with_spaced_hyphen(text) else squeezed


def make_line(spans: list[Span], page_number: int) -> Line:
    if len(spans) == 1:  # most lines: one span, one cell
        span = spans[0]
        text = squeeze(span.text)
        cell = Cell(text, span.x0, span.x1, span.bold)
        return Line(text, page_number, span.x0, span.x1, span.top, span.bottom, round(span.size, 1), span.bold, (cell,))
    ordered = sorted(spans)
    cells: list[Cell] = []
    texts: list[str] = []
    bold_chars = all_chars = 0
    x0 = x1 = 0.0
    bold = True
    for span in ordered:
        text = span.text
        if texts and span.x0 - x1 > CELL_GAP_EM * span.size:
            cells.append(Cell(squeeze("".join(texts)), x0, x1, bold))
            texts = []
        if not texts:
            x0, x1, bold = span.x0, span.x1, True
        elif span.x0 - x1 > WORD_GAP_EM * span.size and not texts[-1].endswith(" ") and not text.startswith(" "):
            texts.append(" ")
        texts.append(text)
        if span.x1 > x1:
            x1 = span.x1
        bold = bold and span.bold
        count = len(text)
        all_chars += count
        if span.bold:
            bold_chars += count
    cells.append(Cell(squeeze("".join(texts)), x0, x1, bold))
    main = max(ordered, key=lambda s: len(s.text))
    return Line(
        " ".join(cell.text for cell in cells),
        page_number,
        cells[0].x0,
        cells[-1].x1,
        min(s.top for s in ordered),
        max(s.bottom for s in ordered),
        round(main.size, 1),
        bold_chars * 2 > all_chars,
        tuple(cells),
    )
