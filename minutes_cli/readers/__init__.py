"""Readers turn an input (a path, `-` for stdin, or bytes) into positioned lines.

`read_input` sniffs the content, not the file name: `%PDF-` goes to the PDF reader (the only
module that imports PyMuPDF, lazily), a web page to the HTML reader, a CaseM record (JSON) to
the CaseM reader, an Ahjo decision record (JSON) to the Ahjo reader, everything else to the
text reader.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from minutes_cli.errors import (
    EmptyInputError,
    InputIsDirectoryError,
    InputNotFoundError,
    NotAPdfError,
)
from minutes_cli.lines import Line
from minutes_cli.model import ParseWarning

PDF_MAGIC = b"%PDF-"
PDF_MAGIC_WINDOW_BYTES = 1024  # the PDF spec lets the header start a little into the file
HTML_SNIFF_BYTES = 4096
CASEM_SNIFF_BYTES = 600
# "<!DOCTYPE html", "<html", maybe after an XML declaration, comments or a byte order mark
HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S
)


UNRELIABLE_TEXT_LAYER = "unreliable-text-layer"  # the warning for pages whose glyphs read as wrong letters


@dataclass
class RawDocument:
    """What a reader found, before any interpretation."""

    lines: list[Line]
    format: str  # "pdf", "html", "json" or "text"
    pages: int
    page_height: float = 0.0  # points; 0 for text, which has no page furniture to find by position
    path: str | None = None
    sha256: str | None = None
    warnings: list[ParseWarning] = field(default_factory=list)
    title: str | None = None  # a web page's <title> ("Kokousasiakirjat - Oulun kaupunki")
    link_hosts: list[str] = field(default_factory=list)  # hosts a web page's links go to, one per link


def load_bytes(path: str | Path) -> tuple[bytes, str | None]:
    """Read a path (`-` is stdin) into bytes; returns the bytes and the path to report."""
    if str(path) == "-":
        return sys.stdin.buffer.read(), None
    p = Path(path)
    if p.is_dir():
        raise InputIsDirectoryError(f"{p} is a directory")
    try:
        return p.read_bytes(), str(p)
    except FileNotFoundError:
        raise InputNotFoundError(f"{p}: no such file") from None
    except PermissionError:
        raise InputNotFoundError(f"{p}: permission denied", remedy="check the file's permissions") from None
    except OSError as exc:
        raise InputNotFoundError(f"{p}: {exc.strerror or exc}") from None


def is_html(data: bytes) -> bool:
    """A web page saved from the browser (a Dynasty, Tweb or Ahjo item page)."""
    return HTML_START.match(data[:HTML_SNIFF_BYTES]) is not None


def is_casem(data: bytes) -> bool:
    """A CaseM item record from the CloudNC OpenNC API (JSON)."""
    head = data[:CASEM_SNIFF_BYTES].removeprefix(codecs.BOM_UTF8).lstrip()
    return head.startswith(b"{") and b'"odata.metadata"' in head and b"ExtendedProperties" in head


def is_ahjo_record(data: bytes) -> bool:
    """A decision record from Helsinki's Ahjo open API (JSON), or a list of them. Its keys may come
    in any order, after a page of HTML: they are looked for in the whole file."""
    start = data[:1024].removeprefix(codecs.BOM_UTF8).lstrip()[:1]
    return start in (b"{", b"[") and b'"NativeId"' in data and b'"CaseIDLabel"' in data


def is_pdf(data: bytes) -> bool:
    return PDF_MAGIC in data[:PDF_MAGIC_WINDOW_BYTES]


def read_input(data: bytes, path: str | None = None) -> RawDocument:
    """Turn the bytes of one input into lines, choosing the reader by content."""
    name = path or "<stdin>"
    if not data.strip():
        raise EmptyInputError(f"{name} is empty")
    if is_pdf(data):
        from minutes_cli.readers.pdf import read_pdf

        raw = read_pdf(data, name)
    elif path is not None and path.lower().endswith(".pdf"):
        raise NotAPdfError(f"{name} is named .pdf but does not start like a PDF")
    elif is_html(data):
        from minutes_cli.readers.html import read_html

        raw = read_html(data, name)
    elif is_casem(data):
        from minutes_cli.readers.casem import read_casem

        raw = read_casem(data, name)
    elif is_ahjo_record(data):
        from minutes_cli.readers.ahjo import read_ahjo

        raw = read_ahjo(data, name)
    else:
        from minutes_cli.readers.text import read_text

        raw = read_text(data, name)
    raw.path = path
    raw.sha256 = hashlib.sha256(data).hexdigest()
    return raw
