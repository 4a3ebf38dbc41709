"""Every data file the package reads is declared, so it is in the wheel, not only in a checkout."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_package_data_covers_every_data_file():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["package-data"]["minutes_cli"]
    package = ROOT / "minutes_cli"
    declared = {path for pattern in globs for path in package.glob(pattern)}
    shipped = {path for path in (package / "data").iterdir() if path.is_file()}
    assert shipped and shipped <= declared, sorted(p.name for p in shipped - declared)
