"""Write minutes_cli/data/schema.json, the JSON Schema of the output, from the dataclasses in model.py."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import TypeAdapter

from minutes_cli.model import SCHEMA_VERSION, Document

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "minutes_cli" / "data" / "schema.json"


def build_schema() -> dict:
    schema = TypeAdapter(Document).json_schema(mode="serialization")
    schema.pop("title", None)
    # Every key is always written, so every key is required (values may still be null).
    for definition in [schema, *schema.get("$defs", {}).values()]:
        if "properties" in definition:
            definition["required"] = list(definition["properties"])
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://github.com/minutes-cli/minutes/schema/{SCHEMA_VERSION}",
        "title": "minutes document",
        **schema,
    }


def render() -> str:
    return json.dumps(build_schema(), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":
    SCHEMA_PATH.write_text(render(), encoding="utf-8")
    print(f"wrote {SCHEMA_PATH}")
