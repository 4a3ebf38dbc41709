"""Meeting fields of pages that have no cover: what the text itself shows."""

import pytest

from minutes_cli import convert

ITEM = """Kaupunginhallitus 14.3.2017 § 12

Päätös:
Hyväksyttiin esitys.

Lisätiedot:
kaupunginjohtaja Kari Esimerkki, puh. 09 123 45678, etunimi.sukunimi@jarvela.fi
"""


def test_a_decided_item_page_is_minutes_of_the_town_in_its_mail_domain():
    meeting = convert(ITEM.encode(), name="item.txt")["meeting"]
    assert (meeting["kind"], meeting["municipality"]) == ("minutes", "Järvelä")  # the domain list knows its spelling
    assert (meeting["body"], meeting["date"]) == ("Kaupunginhallitus", "2017-03-14")


def test_an_undecided_item_page_has_no_kind():
    text = ITEM.replace("Päätös:\nHyväksyttiin esitys.\n", "")
    assert convert(text.encode(), name="item.txt")["meeting"]["kind"] is None


def test_the_court_in_the_appeal_instructions_is_not_the_municipality():
    from minutes_cli.parse.meeting import municipality_from_domains

    texts = ["vaasa.hao@oikeus.fi", "www.oikeus.fi", "kirjaamo@edu.nykarleby.fi"]
    assert municipality_from_domains(texts) == "Nykarleby"


MEETING_LIST = """Kokouslistat - Järvelän kaupunki

Kaupunginhallitus
Vuosi 2025
15.05.2025        Pöytäkirja
08.05.2025        Esityslista
10.04.2025        Pöytäkirja
"""


def test_a_list_of_meetings_is_no_meeting_and_has_no_items_but_keeps_its_text():
    document = convert(MEETING_LIST.encode(), name="kokoukset.txt")
    meeting = document["meeting"]
    assert (meeting["body"], meeting["kind"], meeting["date"]) == (None, None, None)  # not the first row's
    assert document["items"] == []
    assert "10.04.2025 Pöytäkirja" in document["appendices"][0]["text"]
    assert {w["code"] for w in document["warnings"]} == {"no-items", "meeting-list"}


def test_text_with_no_item_structure_is_kept_outside_the_items():
    document = convert(b"Kaupunginhallitus 14.3.2017\n\nTervetuloa kokoukseen.\n", name="note.txt")
    assert document["items"] == []
    assert document["appendices"][0]["text"].endswith("Tervetuloa kokoukseen.")
    assert [w["code"] for w in document["warnings"]] == ["no-items"]  # one dated line is no list of meetings


def test_a_sentence_about_the_minutes_does_not_make_an_item_page_minutes():
    text = (
        "§ 7 Tonttien hinnoittelu\n\nPäätösehdotus\nHinnoittelu hyväksytään.\n\n"
        "Pöytäkirja tämän pykälän osalta tarkastetaan kokouksessa.\n"
    )
    assert convert(text.encode(), name="item.txt")["meeting"]["kind"] is None
    for sentence in ("Pöytäkirja tarkastetaan kokouksessa.", "Asia hyväksytään. Pöytäkirja tarkastetaan kokouksessa."):
        page = f"§ 7 Tonttien hinnoittelu\n\nPäätösehdotus\n{sentence}\n"
        assert convert(page.encode(), name="item.txt")["meeting"]["kind"] is None, sentence
    header = "ESITYSLISTA 5/2024    Kaupunginhallitus    Kaupungintalo, 2. krs.\n\n"  # ends with a period too
    meeting = convert((header + text).encode(), name="item.txt")["meeting"]
    assert (meeting["kind"], meeting["number"]) == ("agenda", "5/2024")
    assert (
        convert(b"Kaupunginhallitus\nP\xc3\xb6yt\xc3\xa4kirja 5/2025\n\n" + text.encode(), name="p.txt")["meeting"][
            "kind"
        ]
        == "minutes"
    )


def test_a_signed_text_without_items_names_the_signers_but_takes_no_date_from_its_text():
    text = (
        "Hakemus on saapunut kaupungille 3.3.2017. Asia valmistellaan myöhemmin.\n\n"
        "Matti Virtanen, puheenjohtaja\nLiisa Laine, sihteeri\n"
    )
    meeting = convert(text.encode(), name="kirje.txt")["meeting"]
    assert (meeting["chair"]["name"], meeting["secretary"]["name"], meeting["date"]) == (
        "Matti Virtanen",
        "Liisa Laine",
        None,
    )


def test_a_row_of_roles_under_a_row_of_names_pairs_them_by_column():
    cover = (
        "KAUPUNGINHALLITUS    PÖYTÄKIRJA 5/2024\n\nSaapuvilla olleet jäsenet\n"
        "Anna Aho         Bertil Berg\npuheenjohtaja    varapuheenjohtaja\nCecilia Carlsson\n\n"
        "Muut saapuvilla olleet\nCarl Holm\naf Hällström Mikael, kaupunginjohtaja\n\n"
        "§ 1 Kokouksen avaus\n\nPäätös\nAvattiin.\n"
    )
    attendees = convert(cover.encode(), name="p.txt")["meeting"]["attendees"]
    assert [(a["name"], a["role"]) for a in attendees] == [
        ("Anna Aho", "puheenjohtaja"),
        ("Bertil Berg", "varapuheenjohtaja"),
        ("Cecilia Carlsson", None),
        ("Carl Holm", None),  # the line below names someone else ("af ..."): not his role
    ]


def test_a_paragraph_that_mentions_the_minutes_is_no_header_of_numbers_and_dates():
    text = (
        "§ 1 Pöytäkirjan pitäminen yleisesti nähtävänä\n\nPäätös\nPäätettiin pitää pöytäkirja nähtävänä.\n\n"
        "Päätöksen perustelut\nKuntalain (410/2015) 140 §:n mukaan toimielimen pöytäkirja pidetään tarkastamisen "
        "jälkeen nähtävänä yleisessä tietoverkossa, jollei salassapitoa koskevista säännöksistä muuta johdu.\n"
        "Tämä päätös on voimassa 1.1.2022 alkaen.\n"
    )
    meeting = convert(text.encode(), name="item.txt")["meeting"]
    assert (meeting["number"], meeting["date"]) == (None, None)  # not the law's number, not the date it applies from


def test_an_item_page_with_no_decision_and_no_kind_has_no_outcome():
    document = convert(
        b"\xc2\xa7 5 Salassa pidett\xc3\xa4v\xc3\xa4 asia\n\nSalassa pidett\xc3\xa4v\xc3\xa4.\n", name="item.txt"
    )
    assert (document["meeting"]["kind"], document["items"][0]["outcome"]) == (None, None)  # not "noted"
    minutes = "Kaupunginhallitus\nPöytäkirja 5/2025\n\n§ 5 Ilmoitusasiat\n\nKaupungin tiedotteet.\n"
    assert convert(minutes.encode(), name="p.txt")["items"][0]["outcome"] == "noted"  # in minutes, noted


def test_a_long_header_line_names_the_kind_in_capitals():
    header = (
        "SASTAMALAN KAUPUNKI     PÖYTÄKIRJA 5/2020     Sivistyslautakunnan lasten ja nuorten palvelujen jaosto"
        "     12.03.2020 klo 16.00 - 18.30     Sivu 1 (35)\n\n"
    )
    meeting = convert((header + "§ 7 Asia\n\nPäätös\nHyväksyttiin.\n").encode(), name="p.txt")["meeting"]
    assert (meeting["kind"], meeting["number"]) == ("minutes", "5/2020")


def test_a_cover_caption_beside_a_value_of_two_lines_takes_no_line_below_it(make_pdf):
    """ "Paikka" centred between the two lines of its value in the next column."""
    cover = [
        (50, 60, "Järvelän kaupunki", True),
        (350, 60, "Pöytäkirja 5/2026", True),
        (200, 200, "Kaupungintalo, valtuustosali", False),
        (50, 207, "Paikka", True),
        (200, 214, "Poutuntie 8, Järvelä", False),
        (50, 260, "§ 1 Kokouksen laillisuus", True),
        (50, 290, "Päätös", True),
        (200, 290, "Todettiin.", False),
    ]
    assert convert(make_pdf([cover]))["meeting"]["place"] != "Poutuntie 8, Järvelä"


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("Kurikan kaupunki", "Kurikka"),
        ("Tampereen kaupunki", "Tampere"),
        ("Alavuden kaupunki", "Alavus"),
        ("Kuortaneen kunta", "Kuortane"),
        ("Äänekosken kaupunki", "Äänekoski"),
        ("Uudenkaarlepyyn kaupunki", "Uusikaarlepyy"),
        ("Kauniaisten kaupunki", "Kauniainen"),
        ("Korsholms kommun", "Korsholm"),
        ("Jakobstads stad", "Jakobstad"),
        ("Lapuan kaupunki", "Lapua"),
        ("HANGON KAUPUNKI", "Hanko"),  # the Finnish name in Finnish, not Hangö
        ("Lahtis stad", "Lahtis"),
        ("Nurmon kunta", "Nurmo"),  # merged into Seinäjoki in 2009, not Nurmes
        ("Järvelän kaupunki", "Järvelä"),  # not a real town: by the common endings
        ("Kurjenkylän kaupunki", "Kurjenkylä"),
    ],
)
def test_a_municipality_printed_in_the_genitive_is_written_in_the_nominative(printed, name):
    from minutes_cli.parse.meeting import municipality_of

    assert municipality_of(printed) == name


@pytest.mark.parametrize(
    ("when", "times"),
    [
        ("13.10.2025 klo 17:00 - 18:30, 18:45 - 20:05", ("17:00", "20:05")),  # a break
        ("12.10.2025 klo 17:00 - 13.10.2025, klo 01:40", ("17:00", "01:40")),  # past midnight
        ("13.10.2025 klo 17.00–19.40", ("17:00", "19:40")),
        ("17.03.2025, klo 17:00 - 19:40 (kokoustauko 18:10 - 18:25)", ("17:00", "19:40")),
        ("18.3.2025 kl. 18.00–20.15 (paus kl. 19.05–19.20)", ("18:00", "20:15")),
        ("13.10.2025 klo 17.00 - 18.30, tauko 18.30 - 18.45, 18.45 - 20.05", ("17:00", "20:05")),
        ("13.10.2025 klo 17.00–19.40 (tauon aikana 18.10–18.25)", ("17:00", "19:40")),
    ],
)
def test_a_meeting_ends_with_the_last_time_its_caption_gives(when, times):
    text = f"Kaupunginhallitus\nPöytäkirja 5/2025\n\nAika\n{when}\nPaikka\nKaupungintalo\n\n§ 1\nAsia\nPäätös\nOk.\n"
    meeting = convert(text.encode(), name="minutes.txt")["meeting"]
    assert (meeting["start_time"], meeting["end_time"]) == times


def test_a_body_named_a_valiokunta_is_a_body():
    text = "Lapuan kaupunki\nElinvoimavaliokunta\nPöytäkirja 3/2025\n\n§ 1\nAsia\nPäätös\nOk.\n"
    assert convert(text.encode(), name="minutes.txt")["meeting"]["body"] == "Elinvoimavaliokunta"


def test_a_place_that_wraps_goes_on_in_its_column_up_to_the_next_caption(make_pdf):
    cover = [
        (131, 30, "Järvelän kaupunki", True),
        (346, 30, "Pöytäkirja 10/2025", True),
        (57, 148, "Aika", True),
        (122, 148, "13.10.2025, klo 17:00 - 19:15", False),
        (57, 171, "Paikka", True),
        (122, 171, "Kylpylähotelli, kokoustila Lakeus, Kylpyläntie 85,", False),
        (122, 185, "62310 Järvelä", False),
        (57, 208, "Käsitellyt asiat", True),
        (57, 232, "§ 300", True),
        (122, 232, "Kokouksen laillisuus", False),
    ]
    meeting = convert(make_pdf([cover]))["meeting"]
    assert meeting["place"] == "Kylpylähotelli, kokoustila Lakeus, Kylpyläntie 85, 62310 Järvelä"
