"""Text as plain records with positions: what every reader produces and the parser reads.

Coordinates use pdfplumber's names. For PDFs they are points from the top-left corner of the
page; for text input `x0` is the column of the first character and `top` the line number, so
the parser only ever compares positions within one document.
"""

from __future__ import annotations

from typing import NamedTuple


class Cell(NamedTuple):
    """A run of text on one line, set apart from its neighbours by a wide gap."""

    text: str
    x0: float
    x1: float
    bold: bool = False


class Line(NamedTuple):
    text: str
    page_number: int
    x0: float
    x1: float
    top: float
    bottom: float
    size: float = 0.0
    bold: bool = False
    cells: tuple[Cell, ...] = ()

    @property
    def height(self) -> float:
        return self.bottom - self.top


def ends_with_spaced_hyphen(text: str) -> bool:
    """ "kuntapäättäjä-\u200b ": a line-end hyphen and zero-width space with a space printed after
    them, so the next line is a word of its own. Readers keep that space; they strip the others."""
    return text[-1:].isspace() and text.rstrip().endswith("-\u200b")
