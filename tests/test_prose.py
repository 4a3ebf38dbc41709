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
    ("lines", "expected"),
    [
        (["jäljennöksen hallituksensa", "/-\u200bvaltuustonsa pöytäkirjasta"], "hallituksensa/-valtuustonsa"),
        (
            ["osoitteesta https://lapua.fi", "/asuminen-\u200bja-\u200bymparisto/"],
            "https://lapua.fi/asuminen-ja-ymparisto/",
        ),
        (["sivuilta: https://vos.", "oph.fi/rap/"], "https://vos.oph.fi/rap/"),
        (["sähköpostilla katja.", "karonen@kuortane.fi."], "katja.karonen@kuortane.fi."),
        (["korttelit 501-505 ja 517-519.", "pdf"], "517-519.pdf"),
        (["ohjeen (33/00.01.01.", "/2018) kohdan"], "(33/00.01.01./2018)"),
        (["tuntiopettaja ajalle 7.1.", "-\u200b31.5.2025"], "ajalle 7.1.-31.5.2025"),
        (["päätöksiä ajalta 14.3.2025 -\u200b", "3.4.2025 kaupunginhallituksen"], "14.3.2025 - 3.4.2025"),
        (["reitistö BikePark -\u200b", "reittien osalta"], "BikePark -reittien"),
        (["osoitteessa https://www.kt.fi/cirkular/inverka...", "justeringspotter"], "inverka... justeringspotter"),
        (["osoitteessa https://lapua.fi", "ja muualla"], "https://lapua.fi ja muualla"),
        (["korvaamaan Lapuan kaupungin", "oikeudenkäyntikulut"], "kaupungin oikeudenkäyntikulut"),
        (["vaihtokirja ja maankäyttösopimus/", "kunnallistekniikan sopimus"], "maankäyttösopimus/kunnallistekniikan"),
        (["sivuilla https://kuortane.fi/arkisto/", "2.1.2024 alkaen"], "https://kuortane.fi/arkisto/ 2.1.2024"),
        (["toimitettava 1.5. mennessä.", "kirjaamo@kunta.fi tai postitse"], "mennessä. kirjaamo@kunta.fi"),
    ],
)
def test_a_line_broken_inside_an_address_path_or_range_joins_without_a_space(lines, expected):
    assert expected in join_lines([clean(line) for line in lines])


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
        # the space after a hyphen and a zero-width space is printed (Lapua): kept, as printed
        ("sote-\u200b ja pela-\u200b kiinteistöjen", "sote- ja pela- kiinteistöjen"),
        ("ajalta 1.1. -\u200b 30.9.2025", "ajalta 1.1. - 30.9.2025"),  # a dash between spaces keeps them
        ("ajalta 1.1.-\u200b 31.8.2025", "ajalta 1.1.- 31.8.2025"),  # so does a date range as printed
    ],
)
def test_a_space_after_a_hyphen_inside_a_line_is_kept_as_printed(raw, expected):
    assert clean(raw) == expected


def test_bullets_of_the_symbol_font_are_bullets_and_start_list_items():
    lines = ["Offerter på lån hade lämnats av:", "\uf0b7 Vasa Andelsbank", "\uf0b7 Kommunfinans Ab", "\uf02d Nordea"]
    assert join_lines([clean(line) for line in lines]) == (
        "Offerter på lån hade lämnats av:\n• Vasa Andelsbank\n• Kommunfinans Ab\n– Nordea"
    )


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a space printed after the line-end hyphen and zero-width space: two words
        (["luovuttivat valtuutetuille kuntapäättäjä-\u200b ", "oppaan ennen"], "kuntapäättäjä- oppaan ennen"),
        (["sekä mahdollisten lainanhoito-\u200b ", "ja perimiskulujen"], "lainanhoito- ja perimiskulujen"),
        # none: one word broken at the zero-width space
        (["kunnan otto-\u200b", "oikeutta"], "otto-oikeutta"),
    ],
)
def test_a_space_printed_after_a_line_end_hyphen_is_kept(lines, expected):
    assert join_lines([clean(line) for line in lines]).endswith(expected)
