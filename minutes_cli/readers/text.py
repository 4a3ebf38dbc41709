"""Plain text (UTF-8 with or without BOM, UTF-16 with BOM, or a legacy 8-bit encoding) to lines.

Positions are in characters: `x0` is the indentation, `top` the line number, so blank lines
show as gaps in `top`. A form feed starts a new page, as pdftotext writes them. Runs of
three or more spaces (or a tab) split a line into cells, the way a label column looks once a
PDF has been flattened to text.
"""

from __future__ import annotations

import codecs
import re

from minutes_cli.errors import BinaryInputError, UndecodableTextError
from minutes_cli.lines import Cell, Line, ends_with_spaced_hyphen
from minutes_cli.model import ParseWarning
from minutes_cli.readers import RawDocument

# 8-bit encodings Finnish and Swedish text files turn up in, most likely first.
LEGACY_ENCODINGS = ["cp1252", "iso8859_15", "latin_1", "cp850", "mac_roman"]
MAX_CONTROL_CHAR_SHARE = 0.01
CELL_GAP = re.compile(r" {3,}")
TAB_AS_SPACES = "    "  # a tab separates cells like a wide gap does
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# UTF-8 read as cp1252/latin-1 once too often: "Ã¤" for "ä", "Ã¶" for "ö", "Ã¥" for "å".
MOJIBAKE = re.compile("Ã[\u00a4\u00b6\u00a5\u201e\u2013\u2026\u00a9\u00bc]")


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Return the text and the encoding it was read with."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise UndecodableTextError(
                    f"{name} starts with a {encoding} byte order mark but is not valid {encoding}"
                ) from None
    if b"\x00" in data:
        raise BinaryInputError(f"{name} is binary, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        # By far the most common legacy encoding of Finnish and Swedish text (a superset of Latin-1's letters).
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=LEGACY_ENCODINGS[1:]).best()
    if best is None:
        raise UndecodableTextError(f"{name} is neither UTF-8 nor a known 8-bit encoding")
    return str(best), best.encoding


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 that was decoded as cp1252 somewhere upstream ("PÃ¤Ã¤tÃ¶s")."""
    if not MOJIBAKE.search(text):
        return text
    try:
        return text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def split_cells(text: str, indent: int) -> tuple[Cell, ...]:
    cells = []
    position = 0
    for part in CELL_GAP.split(text):
        start = text.index(part, position) if part else position
        position = start + len(part)
        if part.strip():
            cells.append(Cell(part.strip(), float(indent + start), float(indent + position)))
    return tuple(cells)


def read_text(data: bytes, name: str) -> RawDocument:
    text, encoding = decode(data, name)
    warnings = []
    if encoding not in ("utf-8", "utf-8-sig", "utf-16"):
        warnings.append(ParseWarning("text-encoding", f"read as {encoding}, not UTF-8"))
    repaired = repair_mojibake(text)
    if repaired != text:
        warnings.append(ParseWarning("mojibake-repaired", "UTF-8 that had been decoded as cp1252 was repaired"))
        text = repaired
    controls = len(CONTROL_CHARS.findall(text))
    if controls > MAX_CONTROL_CHAR_SHARE * max(len(text), 1):
        raise BinaryInputError(f"{name} is binary, not text ({controls} control characters)")
    lines, pages = text_lines(text)
    return RawDocument(lines=lines, format="text", pages=pages, warnings=warnings)


def text_lines(text: str) -> tuple[list[Line], int]:
    """Lines with positions in characters (x) and line numbers (y); form feeds start pages."""
    lines: list[Line] = []
    page = 1
    for number, raw_line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
        if "\f" in raw_line:
            # pdftotext ends every page with a form feed: a page starts only where text follows one
            after = raw_line.rpartition("\f")[2]
            page += raw_line.count("\f") if after.strip() or not lines else 0
            raw_line = raw_line.replace("\f", "")
        kept_space = " " if ends_with_spaced_hyphen(raw_line) else ""
        raw_line = raw_line.replace("\t", TAB_AS_SPACES).rstrip() + kept_space
        stripped = raw_line.lstrip()
        if not stripped:
            continue
        indent = len(raw_line) - len(stripped)
        lines.append(
            Line(
                text=stripped,
                page_number=page,
                x0=float(indent),
                x1=float(len(raw_line)),
                top=float(number),
                bottom=float(number + 1),
                cells=split_cells(stripped, indent),
            )
        )
    return lines, page
