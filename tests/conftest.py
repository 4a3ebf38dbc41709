"""Shared test helpers: paths, the real documents in ../shared (when present), PDF builders, a CLI runner."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pymupdf
import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def shared() -> Path:
    """The shared folder with real minutes and gold files; absent in a user's clone."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared (real documents) is not here")
    return SHARED


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str


def run_cli(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None) -> Run:
    """Run `python -m minutes_cli` in a real process, so exit codes and the two streams are the real ones."""
    environment = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120", **(env or {})}
    proc = subprocess.run(
        [sys.executable, "-m", "minutes_cli", *args],
        input=stdin,
        capture_output=True,
        env=environment,
        timeout=120,
    )
    return Run(proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"))


@pytest.fixture
def cli():
    return run_cli


def write_pdf(path: Path, pages: list[list[tuple[float, float, str, bool]]], **save: object) -> Path:
    """A PDF whose pages hold (x, baseline, text, bold) runs, set in Helvetica 11 pt."""
    doc = pymupdf.open()
    for runs in pages:
        page = doc.new_page()
        for x, y, text, bold in runs:
            page.insert_text((x, y), text, fontname="hebo" if bold else "helv", fontsize=11)
    doc.save(path, **save)
    doc.close()
    return path


@pytest.fixture
def make_pdf(tmp_path):
    def make(pages, name="doc.pdf", **save):
        return write_pdf(tmp_path / name, pages, **save)

    return make
