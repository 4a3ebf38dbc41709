"""Small pattern helpers: dates, handling lines."""

import pytest

from minutes_cli.parse.patterns import iso_date, match_handling


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hyvinvointilautakunta, 26.08.2025, § 96", ("Hyvinvointilautakunta", "26.08.2025", 96)),
        ("Kaupunginhallitus 20.3.2017 § 10:", ("Kaupunginhallitus", "20.3.2017", 10)),
        ("Tekninen lautakunta 25.4.2017,", ("Tekninen lautakunta", "25.4.2017", None)),  # ends with a comma
        ("Khall 49 §", ("Khall", None, 49)),
        ("Hyvinvointilautakunta § 38 23.04.2025", ("Hyvinvointilautakunta", "23.04.2025", 38)),
        ("Kaupunginhallituksen käsittely:", ("Kaupunginhallitus", None, None)),
        ("Stadsstyrelsens behandling", ("Stadsstyrelsen", None, None)),
        ("Kaupunginhallitus 20.3.2017 päätti hyväksyä", None),  # a sentence that starts like one
        ("Kaupunginhallitus", None),
    ],
)
def test_handling_lines(text, expected):
    found = match_handling(text)
    assert (tuple(found) if found else None) == expected
