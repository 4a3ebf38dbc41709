"""Golden pairs: every example input in examples/ has an `<name>.expected.json` next to it.

The pairs are found by name, and the test fails when there are none. After a deliberate
change, `make golden` rewrites the expected files; review the diff before committing it.
"""

import json
import os
from pathlib import Path

import pytest

from minutes_cli import convert

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def example_inputs() -> list[Path]:
    return sorted(p for p in EXAMPLES.glob("*") if p.suffix in (".txt", ".pdf"))


def expected_path(source: Path) -> Path:
    return source.with_name(source.name + ".expected.json")


def converted(source: Path) -> dict:
    document = convert(source)
    document["source"]["path"] = source.name  # not the machine's absolute path
    return document


def test_examples_exist():
    inputs = example_inputs()
    assert len(inputs) >= 4, "examples/ should hold Finnish and Swedish examples, as text and as PDF"
    assert {p.suffix for p in inputs} == {".txt", ".pdf"}


@pytest.mark.parametrize("source", example_inputs(), ids=lambda p: p.name)
def test_golden(source):
    actual = converted(source)
    target = expected_path(source)
    if UPDATE:
        target.write_text(json.dumps(actual, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert target.exists(), f"no {target.name}; run `make golden` and review it"
    expected = json.loads(target.read_text(encoding="utf-8"))
    if actual != expected:
        actual_path = target.with_name(source.name + ".actual.json")
        actual_path.write_text(json.dumps(actual, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        pytest.fail(f"{source.name} differs from {target.name}; see {actual_path.name} (diff them)")
