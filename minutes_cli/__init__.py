"""minutes: municipal meeting minutes (pöytäkirja, protokoll) into structured data."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from pathlib import Path


def convert(source: str | Path | bytes, *, name: str | None = None) -> dict[str, Any]:
    """Convert one document (a path, `-` for stdin, or the bytes of a PDF, text or HTML file) to plain data.

    Raises a `minutes_cli.errors.MinutesError` subclass for input a user can fix.
    """
    from minutes_cli.api import convert_to_document

    return convert_to_document(source, name=name).to_dict()
