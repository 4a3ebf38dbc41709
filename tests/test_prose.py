"""Text cleaning: wrapped lines joined, hyphens undone only where a line break split a word."""

import pytest

from minutes_cli.parse.prose import clean, join_lines, join_paragraphs


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Nuorisotyön kehittäminen Päijät-", "Hämeessä (AVI)"], "Nuorisotyön kehittäminen Päijät-Hämeessä (AVI)"),
        (["vuorovuosittain esi-", "ja perusopetuksen kanssa"], "vuorovuosittain esi- ja perusopetuksen kanssa"),
        (
            ["för att främ-", "ja kommuninvånarnas hälsa och välfärd"],
            "för att främja kommuninvånarnas hälsa och välfärd",
        ),
        (["under för-", "och eftermiddagen"], "under för- och eftermiddagen"),
        (["Lapuan Kotiasunnot Oy:", "n toimitusjohtaja"], "Lapuan Kotiasunnot Oy:n toimitusjohtaja"),
        (["Huom:", "a-kohta muuttuu"], "Huom: a-kohta muuttuu"),
        (["konstaterar om nämnden är lag-", "ligt sammankallad"], "konstaterar om nämnden är lagligt sammankallad"),
        (["taloussuunnitelma 2027-", "2028"], "taloussuunnitelma 2027-2028"),
        (["uusi kaava-", "alue"], "uusi kaava-alue"),
        (["kehitys\u2011", "hanke"], "kehitys-hanke"),
        (
            ["olivat:", "• ensimmäinen kohta", "jatkuu", "• toinen kohta"],
            "olivat:\n• ensimmäinen kohta jatkuu\n• toinen kohta",
        ),
        (["1) yksi", "2) kaksi"], "1) yksi\n2) kaksi"),
        (["", "  yksi  ", ""], "yksi"),
    ],
)
def test_join_lines(lines, expected):
    assert join_lines(lines) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Marja-\u200bTerttu", "Marja-Terttu"),
        ("sivistys-\u200b ja hyvinvointi", "sivistys- ja hyvinvointi"),
        ("päätös\u00adehdotus", "päätösehdotus"),
        ("a\u00a0b   c", "a b c"),
        ("Step-\u200b", "Step\u2011"),
    ],
)
def test_clean(raw, expected):
    assert clean(raw) == expected


def test_paragraphs_are_kept():
    assert join_paragraphs([["Eka", "rivi."], ["Toka."]]) == "Eka rivi.\n\nToka."
    assert join_paragraphs([[], [""]]) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a justified line stretches the gap after a hyphen that a zero-width space follows
        ("sote-\u200b ja pela-\u200b kiinteistöjen", "sote- ja pela-kiinteistöjen"),
        ("ajalta 1.1. -\u200b 30.9.2025", "ajalta 1.1. - 30.9.2025"),  # a dash between spaces keeps them
        ("ajalta 1.1.-\u200b 31.8.2025", "ajalta 1.1.- 31.8.2025"),  # so does a date range as printed
    ],
)
def test_a_gap_after_a_hyphen_in_a_justified_line_is_closed(raw, expected):
    assert clean(raw) == expected
