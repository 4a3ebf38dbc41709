"""The library entry points: one input in, plain data or a `Document` out."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from minutes_cli.model import Document
from minutes_cli.parse import parse, raw_entries
from minutes_cli.readers import RawDocument, load_bytes, read_input


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector held off while one document converts.

    Reading a page makes thousands of short-lived dicts and tuples and no reference cycles
    (`tests/test_api.py` checks), so reference counting frees them all; the collector's passes
    over them cost about 5 % of converting the corpus. It runs again afterwards, as the caller had it.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def read(source: str | Path | bytes, *, name: str | None = None) -> RawDocument:
    if isinstance(source, bytes):
        return read_input(source, name)
    data, path = load_bytes(source)
    return read_input(data, path)


def convert_to_document(source: str | Path | bytes, *, name: str | None = None) -> Document:
    with collector_paused():
        return parse(read(source, name=name))


def convert_to_raw(source: str | Path | bytes, *, name: str | None = None) -> dict[str, Any]:
    """What the reader and the layout step found, before any field was interpreted (`--raw`)."""
    with collector_paused():
        raw = read(source, name=name)
        return {
            "source": {"path": raw.path, "sha256": raw.sha256, "format": raw.format, "pages": raw.pages},
            "entries": raw_entries(raw),
            "warnings": [vars(w) for w in raw.warnings],
        }
