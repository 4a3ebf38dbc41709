"""The library entry point: one input in, one `Document` out."""

from __future__ import annotations

from pathlib import Path

from minutes_cli.model import Document
from minutes_cli.parse import parse
from minutes_cli.readers import load_bytes, read_input


def convert_to_document(source: str | Path | bytes, *, name: str | None = None) -> Document:
    if isinstance(source, bytes):
        data, path = source, name
    else:
        data, path = load_bytes(source)
    return parse(read_input(data, path))
