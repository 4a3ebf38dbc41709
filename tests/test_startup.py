"""Start-up stays cheap: the command runs once per file in shell loops, so each run imports only
what its input and options need (timings are for `make bench`; this checks what is imported)."""

import json
import subprocess
import sys

import pytest

from tests.conftest import EXAMPLES

HEAVY = ("pymupdf", "yaml", "rich", "multiprocessing", "concurrent.futures")
PROBE = (
    "import json, sys\n"
    "from minutes_cli.cli import app\n"
    "try:\n"
    "    app(sys.argv[1:], standalone_mode=False)\n"
    "finally:\n"
    f"    print(json.dumps([name for name in {HEAVY!r} if name in sys.modules]), file=sys.stderr)\n"
)


def imported(*args: str) -> set[str]:
    """The heavy modules a run of `minutes` has imported by the time it ends."""
    proc = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return set(json.loads(proc.stderr.strip().splitlines()[-1]))


TEXT = str(EXAMPLES / "jarvela-hyvinvointilautakunta-2025-04.txt")
PDF = str(EXAMPLES / "jarvela-kaupunginhallitus-2025-03.pdf")


@pytest.mark.parametrize(
    ("args", "needed", "not_needed"),
    [
        (
            ["parse", "-q", "-f", "json", TEXT],
            set(),
            {"pymupdf", "yaml", "rich", "multiprocessing", "concurrent.futures"},
        ),
        (["parse", "-q", TEXT], {"yaml"}, {"pymupdf", "rich", "multiprocessing", "concurrent.futures"}),
        (["parse", "-q", "-f", "jsonl", PDF], {"pymupdf"}, {"yaml", "rich", "multiprocessing", "concurrent.futures"}),
        (
            ["parse", "-q", "-f", "jsonl", "--jobs", "2", PDF, TEXT],
            {"pymupdf"},
            {"yaml", "rich", "multiprocessing", "concurrent.futures"},  # workers are forked: no pool to import
        ),
        (["parse", "--summary", "-f", "json", TEXT], {"rich"}, {"pymupdf", "yaml"}),
    ],
)
def test_each_run_imports_only_what_it_needs(args, needed, not_needed):
    modules = imported(*args)
    assert needed <= modules
    assert not modules & not_needed
