"""The README documents every exit code and every option of `minutes parse`."""

import re
from pathlib import Path

from minutes_cli.errors import ExitCode

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_every_exit_code_is_in_the_table():
    rows = dict(re.findall(r"^\| *(\d+) *\| *`(\w+)` *\|", README, re.MULTILINE))
    assert rows == {str(code.value): code.name for code in ExitCode}


def test_every_option_is_documented(cli):
    help_text = cli("parse", "--help").stdout
    options = set(re.findall(r"(--[a-z][a-z-]+)", help_text)) - {"--help"}
    missing = sorted(option for option in options if not re.search(re.escape(option) + r"(?![\w-])", README))
    assert not missing, f"README does not mention {missing}"


def test_quick_start_is_two_commands():
    quick = README.split("## Quick start", 1)[1].split("##", 1)[0]
    assert "make run" in quick and "make test" in quick
