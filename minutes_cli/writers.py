"""Serialise documents: YAML (default), JSON, or JSON Lines with one item per line.

Keys keep the model's order, text stays UTF-8 (no \\u escapes), and multi-line texts are
written as YAML block scalars so a reader sees the paragraphs.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

import yaml

FORMATS = ("yaml", "json", "jsonl")
MEETING_KEYS = ("municipality", "body", "kind", "number", "date")


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    pass


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def to_yaml(data: Any) -> str:
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def to_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def jsonl_records(document: dict[str, Any]) -> list[dict[str, Any]]:
    """One record per item, carrying the source path and the meeting's identifying fields."""
    meeting = {key: document["meeting"].get(key) for key in MEETING_KEYS}
    source = document["source"].get("path")
    return [{"source": source, "meeting": meeting, **item} for item in document["items"]]


def write_document(document: dict[str, Any], fmt: str, stream: TextIO, *, first: bool = True, many: bool = False) -> None:
    """Write one document. With `many`, documents are parts of one stream (YAML documents, a JSON array)."""
    if fmt == "jsonl":
        for record in jsonl_records(document):
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif fmt == "json":
        text = to_json(document)
        if many:
            text = ("[\n" if first else ",\n") + text
        stream.write(text if many else text + "\n")
    else:
        stream.write(("---\n" if many else "") + to_yaml(document))
    stream.flush()


def finish_stream(fmt: str, stream: TextIO, *, wrote_any: bool) -> None:
    """Close a stream of many documents (the JSON array)."""
    if fmt == "json":
        stream.write("\n]\n" if wrote_any else "[]\n")
        stream.flush()
