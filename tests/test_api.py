"""The library entry points, and what lets them hold the garbage collector off while converting."""

import gc
import tomllib

import pytest

from minutes_cli import convert
from minutes_cli.api import collector_paused, convert_to_raw
from tests.conftest import EXAMPLES, ROOT, SHARED

NYKARLEBY = SHARED / "corpus" / "nykarleby-novia"


def inputs() -> list:
    found = sorted(p for p in EXAMPLES.iterdir() if p.suffix in (".pdf", ".txt"))
    if NYKARLEBY.is_dir():  # broken glyph maps: the repair path too
        found += sorted(NYKARLEBY.glob("*.pdf"))[:1]
    return found


@pytest.mark.parametrize("path", inputs(), ids=lambda p: p.name)
def test_converting_makes_no_reference_cycles(path):
    """Why pausing the collector is safe: without it, nothing of a conversion is left behind."""
    convert(path)  # first use: lazy imports and caches fill, which is not garbage of a conversion
    convert_to_raw(path)
    gc.collect()
    gc.disable()
    try:
        convert(path)
        convert_to_raw(path)
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_the_collector_runs_again_afterwards_as_the_caller_had_it():
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("a failed conversion")
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # left off: the caller turned it off
    finally:
        gc.enable()


def test_convert_returns_plain_data_and_leaves_the_collector_on():
    document = convert(EXAMPLES / "jarvela-kaupunginhallitus-2025-03.pdf")
    assert document["items"] and isinstance(document["items"][0], dict)
    assert gc.isenabled()


def test_the_console_script_starts_where_python_m_does():
    """Both turn the collector off before the imports (`minutes_cli/__main__.py`)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert config["project"]["scripts"]["minutes"] == "minutes_cli.__main__:main"
