"""The published JSON Schema: generated from the model, and every output validates against it."""

import json
from pathlib import Path

import jsonschema
import pytest

from minutes_cli import convert
from minutes_cli.model import OUTCOMES, SCHEMA_VERSION

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "minutes_cli" / "data" / "schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def assert_valid(document: dict) -> None:
    errors = sorted(VALIDATOR.iter_errors(document), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


def test_schema_file_is_generated_from_the_model():
    pytest.importorskip("pydantic")
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_schema", ROOT / "scripts" / "make_schema.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert json.loads(module.render()) == SCHEMA, "run `make schema` after changing model.py"


def test_schema_names_the_contract_values():
    item = SCHEMA["$defs"]["Item"]["properties"]
    outcomes = {v for option in item["outcome"]["anyOf"] for v in option.get("enum", [])}
    assert outcomes == set(OUTCOMES)
    assert SCHEMA["properties"]["schema_version"]["default"] == SCHEMA_VERSION


def test_examples_validate():
    inputs = sorted(p for p in (ROOT / "examples").glob("*") if p.suffix in (".txt", ".pdf"))
    assert inputs, "no examples found"
    for path in inputs:
        assert_valid(convert(path))


def test_corpus_validates(shared):
    corpus = shared / "corpus"
    pages = [p for p in corpus.rglob("*") if p.suffix.lower() in (".htm", ".html")]
    for path in sorted(corpus.rglob("*.pdf")) + sorted((corpus / "derived").glob("*.txt")) + sorted(pages):
        assert_valid(convert(path))


def test_an_html_page_validates():
    from tests.test_html_reader import PAGE

    assert_valid(convert(PAGE.encode("cp1252"), name="item.html"))


def test_a_wrong_document_fails():
    document = convert("Päätös Hyväksyttiin.\n".encode(), name="x.txt")
    document["items"][0]["outcome"] = "passed"
    assert list(VALIDATOR.iter_errors(document))
