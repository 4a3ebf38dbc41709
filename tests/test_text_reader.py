"""Text input: encodings, BOMs, mojibake, binary data, positions."""

import codecs

import pytest

from minutes_cli import convert
from minutes_cli.errors import BinaryInputError, EmptyInputError, NotAPdfError, UndecodableTextError
from minutes_cli.readers import read_input
from minutes_cli.readers.text import decode, repair_mojibake

TEXT = "Päätös\nHyvinvointilautakunta hyväksyi ehdotuksen. Åbo, Öhman.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (TEXT.encode("cp1252"), "cp1252"),
        (TEXT.encode("latin-1"), "cp1252"),
    ],
)
def test_encodings(data, encoding):
    text, used = decode(data, "x")
    assert text.replace("\r\n", "\n") == TEXT
    assert used.replace("-", "_").lower() == encoding.replace("-", "_").lower()


def test_mojibake_is_repaired():
    assert repair_mojibake("PÃ¤Ã¤tÃ¶s") == "Päätös"
    assert repair_mojibake("Päätös") == "Päätös"


def test_legacy_encoding_gives_a_warning():
    raw = read_input(TEXT.encode("cp1252"), "x.txt")
    assert [w.code for w in raw.warnings] == ["text-encoding"]
    assert raw.lines[0].text == "Päätös"


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyInputError),
        (b"   \n\n", EmptyInputError),
        (b"\x00\x01\x02binary\x00", BinaryInputError),
        (codecs.BOM_UTF16_LE + b"a\x00b", UndecodableTextError),
    ],
)
def test_bad_text(data, error):
    with pytest.raises(error):
        read_input(data, "x.txt")


def test_named_pdf_that_is_not_one():
    with pytest.raises(NotAPdfError):
        read_input(b"hello", "minutes.pdf")


def test_positions_cells_and_pages():
    raw = read_input("Otsikko\n\n  Tiedoksianto sähköposti   Kaupunginhallitus\n\fSivu 2\n".encode(), "x.txt")
    first, second, third = raw.lines
    assert (first.top, second.top, second.x0) == (0.0, 2.0, 2.0)
    assert [c.text for c in second.cells] == ["Tiedoksianto sähköposti", "Kaupunginhallitus"]
    assert third.page_number == 2 and raw.pages == 2


def test_trailing_form_feed_adds_no_page():
    raw = read_input(b"Sivu 1\n\fSivu 2\n\f", "x.txt")
    assert raw.pages == 2


def test_tabs_separate_cells():
    raw = read_input("Esittelijä\tkaupunginjohtaja Maija Mallikas\n".encode(), "x.txt")
    assert [c.text for c in raw.lines[0].cells] == ["Esittelijä", "kaupunginjohtaja Maija Mallikas"]


def test_utf16_is_not_a_legacy_encoding():
    raw = read_input(TEXT.encode("utf-16"), "x.txt")
    assert raw.warnings == []


def test_a_pdf_text_dump_loses_its_running_header_but_not_a_sentence_repeated_on_its_pages():
    header = "Lapuan kaupunki\nPöytäkirja\n1/2025\n{page} (\n)\n6\nYmpäristölautakunta\n12.02.2025\n"
    pages = []
    for n in range(1, 7):
        pages.append(
            f"§ {n}\nAsia {n}\nLautakunnalle esitellään asia {n}, joka on valmisteltu ajalla 1.1.-31.1.2025.\n"
            f"Ehdotus\nLautakunta hyväksyy esityksen.\nPäätös\nLautakunta hyväksyi esityksen.\n"
            + header.format(page=n)  # PyMuPDF puts the header after the page's text
        )
    document = convert("\f".join(pages).encode(), name="dump.txt")
    items = document["items"]
    assert [item["decision"] for item in items] == ["Lautakunta hyväksyi esityksen."] * 6
    assert all("Lapuan kaupunki" not in item["decision"] and "12.02.2025" not in item["decision"] for item in items)
    assert document["meeting"]["body"] == "Ympäristölautakunta"


# A web page dumped by w3m (as shared/corpus/derived was made): captions with their text beside
# them that wraps back to the margin, numbered lists with blank lines between their entries, and
# styled labels glued to the text that follows them ("PäätösEhdotus hyväksyttiin.").
W3M_DUMP = """\
Kaupunginhallitus 190 02.05.2017 4

5024-2017 (010)

Seudullisen joukkoliikenteen yhteistoimintasopimuksen päivittäminen

Kh § 190

Apulaiskaupunginjohtaja Jarkko Virtanen, kaupunginsihteeri Satu Lehto
18.4.2017:

Kaupunginhallitus asetti kokouksessaan 26.10.2015 luottamushenkilöorganisaation
arviointia varten johtoryhmän, johon kuuluvat puheenjohtajisto ja kaupunginjohtaja.

Sopimuksen liitteeseen ei tule muutoksia.

[S: :S]

Liite 1Yhteistoimintasopimus: Joukkoliikenteen toimivaltainen viranomainen
Turun kaupunkiseudulla. Päivitys 30.3.2017.

Liitteet

1       Yhteistoimintasopimus 30.3.2017

2       Äänestyslistat § 190

EhdotusKaupunginhallitus hyväksyy sopimuksen.

PäätösEhdotus hyväksyttiin.

Jakelu

aoKaarinan kaupunki
tpvKonsernihallinto, lakiasiat
"""


def test_a_w3m_dump_of_an_item_page():
    (item,) = convert(W3M_DUMP.encode(), name="sivu.txt")["items"]
    assert [(p["name"], p["title"]) for p in item["preparers"]] == [
        ("Jarkko Virtanen", "Apulaiskaupunginjohtaja"),
        ("Satu Lehto", "kaupunginsihteeri"),
    ]
    assert item["background"] == (
        "Kaupunginhallitus asetti kokouksessaan 26.10.2015 luottamushenkilöorganisaation arviointia varten "
        "johtoryhmän, johon kuuluvat puheenjohtajisto ja kaupunginjohtaja.\n\n"
        "Sopimuksen liitteeseen ei tule muutoksia."
    )
    assert item["attachments"] == ["Yhteistoimintasopimus 30.3.2017", "Äänestyslistat § 190"]
    assert (item["proposal"], item["decision"], item["outcome"]) == (
        "Kaupunginhallitus hyväksyy sopimuksen.",
        "Ehdotus hyväksyttiin.",
        "approved",
    )
    assert item["notify"]["recipients"] == ["Kaarinan kaupunki", "Konsernihallinto, lakiasiat"]


def test_a_caption_s_text_that_wraps_back_to_the_margin_is_not_part_of_the_caption():
    dump = (
        "§ 127\nHallintosääntö\n\nPäätösehdotus     Kaupunginhallitus hyväksyy hallintosäännön.\n\n"
        "Selostus     Kaupunginhallitus asetti kokouksessaan 26.10.2015\n"
        "luottamushenkilöorganisaation arviointia varten johtoryhmän.\n"
    )
    (item,) = convert(dump.encode(), name="sivu.txt")["items"]
    assert item["background"] == (
        "Kaupunginhallitus asetti kokouksessaan 26.10.2015 luottamushenkilöorganisaation arviointia varten johtoryhmän."
    )


W3M_INDEX = """\
                               Kaupunginhallitus
                 Pöytäkirja 08.05.2017 klo 15:30 / Tarkastettu

 Pykälä              Otsikko                   [ATT] Pöytäkirja PDF-muodossa

  125                Kokouksen laillisuuden ja päätösvaltaisuuden toteaminen
  126                Pöytäkirjan tarkastajien valinta
  127   [ATTACHEMEN] Hallintosäännön hyväksyminen (Kv-asia)
                     (Pöydälle 10.4.2017)
  128   [ATTACHEMEN] KulttuuriEspoo 2030 -ohjelman toimenpiteiden raportointi
                     2016 - 2017 (Kv-asia)
  129                Maankäyttösopimus/
                     kunnallistekniikan rakentamissopimus

Saapuvilla olleet jäsenet   Markus Torkki, puheenjohtaja
                            Pia Kauma, saapui klo 16.53
§ 126 käsittelyn aikana
"""


def test_a_w3m_dump_of_a_meeting_index_page():
    document = convert(W3M_INDEX.encode(), name="kokous.txt")
    assert [(item["number"], item["title"]) for item in document["items"]] == [
        (125, "Kokouksen laillisuuden ja päätösvaltaisuuden toteaminen"),
        (126, "Pöytäkirjan tarkastajien valinta"),
        (127, "Hallintosäännön hyväksyminen (Kv-asia) (Pöydälle 10.4.2017)"),
        (128, "KulttuuriEspoo 2030 -ohjelman toimenpiteiden raportointi 2016 - 2017 (Kv-asia)"),
        (129, "Maankäyttösopimus/kunnallistekniikan rakentamissopimus"),
    ]
    assert (document["meeting"]["date"], document["meeting"]["start_time"]) == ("2017-05-08", "15:30")


def test_a_short_decision_and_a_preparer_repeated_on_every_page_are_not_page_furniture():
    pages = [
        f"§ {n}\nAsia {n}\nValmistelija\nMikko Salo, kaupungininsinööri\nEhdotus\nHyväksytään.\nPäätös\nHyväksyttiin.\n"
        for n in range(1, 6)
    ]
    items = convert("\f".join(pages).encode(), name="dump.txt")["items"]
    assert [item["decision"] for item in items] == ["Hyväksyttiin."] * 5
    assert all(item["preparers"][0]["name"] == "Mikko Salo" for item in items)
