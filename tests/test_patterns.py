"""Small pattern helpers: dates."""

import pytest

from minutes_cli.parse.patterns import iso_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kokousaika 3.2.2025 klo 17.00", "2025-02-03"),
        ("Sammanträdestid 14.11.2024", "2024-11-14"),
        ("Tiistai 31.2.2025", None),  # no such day: not a date, not a crash
        ("ei päivämäärää", None),
    ],
)
def test_iso_date(text, expected):
    assert iso_date(text) == expected
