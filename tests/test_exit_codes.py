"""Exit codes that need the inside of the process: a bug (1) and an interrupt (130)."""

import pytest
from typer.testing import CliRunner

from minutes_cli import api
from minutes_cli.cli import app
from minutes_cli.errors import ExitCode


@pytest.fixture
def item(tmp_path):
    path = tmp_path / "item.txt"
    path.write_text("Päätös\nHyväksyttiin.\n", encoding="utf-8")
    return str(path)


def run(*args):
    return CliRunner().invoke(app, list(args))


def raising(exc: BaseException):
    """A stand-in for a function deep in the program that fails this way."""

    def fail(*_args, **_kwargs):
        raise exc

    return fail


def test_a_bug_is_one_line_and_exit_code_1(monkeypatch, item):
    monkeypatch.setattr(api, "parse", raising(ZeroDivisionError("division by zero")))
    result = run("parse", item)
    assert result.exit_code == ExitCode.INTERNAL_ERROR
    assert "internal error: ZeroDivisionError" in result.output
    assert "Traceback" not in result.output


def test_debug_shows_the_traceback_of_a_bug(monkeypatch, item):
    monkeypatch.setattr(api, "parse", raising(ZeroDivisionError("division by zero")))
    result = run("parse", item, "--debug")
    assert result.exit_code == ExitCode.INTERNAL_ERROR
    assert "Traceback" in result.output


def test_interrupt_is_130(monkeypatch, item):
    monkeypatch.setattr(api, "parse", raising(KeyboardInterrupt()))
    result = run("parse", item)
    assert result.exit_code == ExitCode.INTERRUPTED
    assert "interrupted" in result.output


def test_raw_shows_classified_lines(item):
    import yaml

    result = run("parse", item, "--raw")
    entries = yaml.safe_load(result.output)["entries"]
    assert [(e["kind"], e.get("field")) for e in entries] == [("label", "decision"), ("text", None)]


def test_a_bug_outside_any_one_file_is_caught_at_the_edge(monkeypatch, item):
    from minutes_cli import batch

    monkeypatch.setattr(batch, "run_batch", raising(RuntimeError("scheduler state")))
    result = run("parse", item)
    assert result.exit_code == ExitCode.INTERNAL_ERROR
    assert result.output.strip() == (
        "minutes: internal error: RuntimeError: scheduler state (please report it; --debug shows the traceback)"
    )
