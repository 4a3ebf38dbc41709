"""Serialise documents: YAML (default), JSON, or JSON Lines with one item per line.

Keys keep the model's order, text stays UTF-8 (no \\u escapes), and multi-line texts are
written as YAML block scalars so a reader sees the paragraphs.
"""

from __future__ import annotations

import functools
import json
from typing import Any, TextIO

from minutes_cli.errors import OutputError

MEETING_KEYS = ("municipality", "body", "kind", "number", "date")


@functools.cache
def yaml_dumper() -> Any:
    """PyYAML's fast dumper writing multi-line text as block scalars; imported on first use, so
    JSON output does not pay for loading PyYAML (about 10 ms of every run)."""
    import yaml

    class Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
        pass

    def represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
        style = "|" if "\n" in value else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    Dumper.add_representer(str, represent_str)
    return Dumper


def to_yaml(data: Any) -> str:
    import yaml

    return yaml.dump(data, Dumper=yaml_dumper(), sort_keys=False, allow_unicode=True, width=100)


def to_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def jsonl_records(document: dict[str, Any]) -> list[dict[str, Any]]:
    """One record per item, carrying the source path and the meeting's identifying fields."""
    meeting = {key: document["meeting"].get(key) for key in MEETING_KEYS}
    source = document["source"].get("path")
    return [{"source": source, "meeting": meeting, **item} for item in document["items"]]


def serialize(document: dict[str, Any], fmt: str) -> str:
    """One document as text in the given format, ending with a newline."""
    if fmt == "jsonl":
        return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in jsonl_records(document))
    if fmt == "json":
        return to_json(document) + "\n"
    return to_yaml(document)


class DocumentStream:
    """Writes serialised documents to one stream: a single document as it is, several as
    YAML documents (`---`), a JSON array, or JSON Lines; flushed after each document."""

    def __init__(self, stream: TextIO, fmt: str, *, many: bool) -> None:
        self.stream, self.fmt, self.many = stream, fmt, many
        self.count = 0

    def write(self, text: str) -> None:
        if self.many and self.fmt == "json":
            text = ("[\n" if self.count == 0 else ",\n") + text.rstrip("\n")
        elif self.many and self.fmt == "yaml":
            text = "---\n" + text
        self.put(text)
        self.count += 1

    def close(self) -> None:
        if self.many and self.fmt == "json":
            self.put("\n]\n" if self.count else "[]\n")

    def put(self, text: str) -> None:
        try:
            self.stream.write(text)
            self.stream.flush()
        except BrokenPipeError:
            raise  # the reader went away: the CLI ends quietly
        except OSError as exc:  # a full disk, a file size limit
            raise OutputError(f"cannot write the output: {exc.strerror or exc}") from None
