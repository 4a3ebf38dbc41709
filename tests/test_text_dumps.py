"""A PDF dumped as text (PyMuPDF's or pdftotext's plain text, piped in) keeps its item: the caption
column comes out as lines of their own, above their values, and the bold of the title is gone."""

from pathlib import Path

import pymupdf

from minutes_cli import convert

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SAME_AS_THE_PDF = (
    "title", "case_id", "summary", "proposal", "outcome", "presenter", "preparers", "previous_handling", "attachments"
)  # fmt: skip


def text_dump(path: Path) -> bytes:
    with pymupdf.open(path) as doc:
        return "".join(page.get_text() + "\f" for page in doc).encode()


def test_a_tweb_item_dumped_as_text_gives_the_item_the_pdf_gives():
    pdf = EXAMPLES / "jarvela-tarkastuslautakunta-2025-02-item.pdf"
    from_pdf = convert(pdf)["items"][0]
    from_text = convert(text_dump(pdf))["items"][0]
    for key in SAME_AS_THE_PDF:
        assert from_text[key] == from_pdf[key], key
    assert from_text["previous_handling"][0]["number"] == 5  # the "Päätöshistoria" line, not this handling
    assert from_text["decision"].startswith("Vs. kaupunginjohtaja Laura Mäkelä")


# "Päätöshistoria" over the line of an earlier handling, then the item's own text with no handling
# line of its own (a Tweb single-item page).
HISTORY_ABOVE_THE_TEXT = """\
Kurjenkylän kaupunki
Päivämäärä
Katuvalaistuksen saneeraus 2026
Dno
KUR/311/10.03.00/2026
Päätöshistoria
Tekninen lautakunta 14.1.2026 § 3
Tiivistelmä
Lautakunta pyysi selvityksen saneerauksen vaiheistuksesta.
Esittelyteksti
Saneeraus tehdään kolmessa vaiheessa vuosina 2026-2028.
Päätösesitys
Tekninen lautakunta hyväksyy saneerauksen vaiheistuksen.
Päätös
Päätösesitys hyväksyttiin.
Valmistelijat/
Lisätietojen
antaja
kunnossapitopäällikkö Pekka Vuori puh. 044 100 2000
Täytäntöön-
panotiedot
Ote: kunnossapito
"""


def test_a_history_caption_over_its_handling_lines_then_the_items_own_text():
    item = convert(HISTORY_ABOVE_THE_TEXT.encode())["items"][0]
    assert item["title"] == "Katuvalaistuksen saneeraus 2026"
    assert item["case_id"] == "KUR/311/10.03.00/2026"
    assert item["summary"] == "Lautakunta pyysi selvityksen saneerauksen vaiheistuksesta."
    assert item["background"] == "Saneeraus tehdään kolmessa vaiheessa vuosina 2026-2028."
    assert item["proposal"] == "Tekninen lautakunta hyväksyy saneerauksen vaiheistuksen."
    assert item["outcome"] == "approved"
    assert [(h["body"], h["date"], h["number"], h["decision"]) for h in item["previous_handling"]] == [
        ("Tekninen lautakunta", "2026-01-14", 3, None)
    ]
    assert [(p["name"], p["phone"]) for p in item["preparers"]] == [("Pekka Vuori", "+358441002000")]
    assert item["sections"] == {"Ote": "kunnossapito"}  # the split caption is a caption (empty), not text


# The history after the item's own text (a CaseM rendering): each earlier handling's text follows its line.
HISTORY_AFTER_THE_TEXT = """\
§ 12 Katuvalaistuksen saneeraus 2026

Päätösehdotus
Tekninen lautakunta hyväksyy saneerauksen vaiheistuksen.

Päätös
Hyväksyttiin.

Aikaisempi käsittely

Tekninen lautakunta 14.1.2026 § 3

Päätösehdotus
Lautakunta pyytää selvityksen vaiheistuksesta.

Päätös
Hyväksyttiin.
"""


def test_a_history_caption_after_the_items_own_text_keeps_the_earlier_handlings_text():
    item = convert(HISTORY_AFTER_THE_TEXT.encode())["items"][0]
    assert item["proposal"] == "Tekninen lautakunta hyväksyy saneerauksen vaiheistuksen."
    [earlier] = item["previous_handling"]
    assert (earlier["number"], earlier["proposal"]) == (3, "Lautakunta pyytää selvityksen vaiheistuksesta.")


# No blank line sets the text apart from the list above it.
LISTS_THEN_TEXT = """\
§ 21
Takauksen myöntäminen Kurjenkylän Vesi Oy:lle
KURDno-2026-46
Valmistelija / lisätiedot:
Anna Virta
anna.virta@kurjenkyla.fi
Kaupunginjohtaja
Liitteet
1 Takaussitoumus Kurjenkylän Vesi Oy 2026.pdf
2 Yhtiön tilinpäätös 2025 ja toimintakertomus, hallituksen
hyväksymä versio
Kurjenkylän Vesi Oy on kaupungin kokonaan omistama tytäryhtiö, joka vastaa vesihuollosta.
Yhtiö hakee takausta vedenpuhdistamon saneerausta varten.
Ehdotus
Kaupunginhallitus myöntää takauksen.
Päätös
Hyväksyttiin.
"""


def test_text_right_below_a_list_of_people_or_attachments_is_the_background():
    item = convert(LISTS_THEN_TEXT.encode())["items"][0]
    assert [(p["name"], p["title"], p["email"]) for p in item["preparers"]] == [
        ("Anna Virta", "Kaupunginjohtaja", "anna.virta@kurjenkyla.fi")
    ]
    assert item["attachments"] == [
        "Takaussitoumus Kurjenkylän Vesi Oy 2026.pdf",
        "Yhtiön tilinpäätös 2025 ja toimintakertomus, hallituksen hyväksymä versio",
    ]
    assert item["background"].startswith("Kurjenkylän Vesi Oy on kaupungin kokonaan omistama tytäryhtiö")
    assert item["background"].endswith("vedenpuhdistamon saneerausta varten.")


COVER_CAPTIONS_OVER_VALUES = """\
Kurjenkylän kaupunki
Pöytäkirja
3/2026
Tekninen lautakunta
Aika
12.03.2026, klo 17:00 - 18:40
Paikka
Kaupungintalo, kokoushuone Kuikka
§ 1
Kokouksen laillisuus
Päätös
Todettiin laillisesti koolle kutsutuksi.
"""


def test_a_cover_caption_over_its_value_gives_the_meeting_field():
    meeting = convert(COVER_CAPTIONS_OVER_VALUES.encode())["meeting"]
    assert (meeting["date"], meeting["start_time"], meeting["end_time"]) == ("2026-03-12", "17:00", "18:40")
    assert meeting["place"] == "Kaupungintalo, kokoushuone Kuikka"


# Long words make a short line: "Oheismateriaali" then a line of seven words. Appeal instructions
# open a page of their own (a form feed) with their heading on a line of its own.
LONG_WORDS_THEN_APPEAL_PAGE = """\
Kurjenkylän kaupunki
§ 6
Naapurikunnan rakennusjärjestysehdotus / lausunto
KURDno-2026-765
Valmistelija / lisätiedot:
Jaakko Laine, Rakennustarkastaja, jaakko.laine@kurjenkyla.fi
Oheismateriaali
1 Rakennusjärjestysehdotus / Naapurikunta.pdf
Naapurikunta on pyytänyt lausuntoa rakennusjärjestysehdotuksesta sekä
osallistumis- ja arviointisuunnitelmasta.
Ehdotus
Annetaan lausunto.
Päätös
Lautakunta hyväksyi esityksen.
\fKurjenkylän kaupunki
Hallintovalitus
§6
Tähän päätökseen saa hakea muutosta hallinto-oikeudelta.
"""


def test_a_line_of_long_words_after_a_list_and_appeal_instructions_on_a_page_of_their_own():
    document = convert(LONG_WORDS_THEN_APPEAL_PAGE.encode())
    item = document["items"][0]
    assert item["enclosures"] == ["Rakennusjärjestysehdotus / Naapurikunta.pdf"]
    assert item["background"].startswith("Naapurikunta on pyytänyt lausuntoa")
    assert item["decision"] == "Lautakunta hyväksyi esityksen."
    assert [a["title"] for a in document["appendices"]] == ["Hallintovalitus"]


# --- What a rule for text dumps must not do elsewhere --------------------------------------------

EARLIER_HANDLING_WITH_ITS_TEXT = """\
§ 72 Kaupungin tilinpäätös 2026
Aikaisempi käsittely
Kaupunginhallitus 20.3.2026 § 66
Käsittely
Puheenjohtaja ehdotti asian jättämistä pöydälle.
Päätös
Asia jätettiin pöydälle.
Päätösehdotus
Kaupunginhallitus esittää tilinpäätöksen valtuuston hyväksyttäväksi.
"""


def test_an_earlier_handling_under_aikaisempi_kasittely_keeps_its_own_decision():
    item = convert(EARLIER_HANDLING_WITH_ITS_TEXT.encode())["items"][0]
    [earlier] = item["previous_handling"]
    assert (earlier["number"], earlier["decision"]) == (66, "Asia jätettiin pöydälle.")
    assert "pöydälle" not in (item["discussion"] or "") + str(item["sections"])


STACKED_COVER_CAPTIONS = """\
Kurjenkylän kaupunki
Pöytäkirja 5/2026
Toimielin
Aika
Paikka
Tekninen lautakunta
20.5.2026 klo 17.00-19.10
Kaupungintalo
§ 41 Kokouksen laillisuus
Päätös
Todettiin.
"""


def test_captions_stacked_over_their_values_give_no_wrong_place():
    assert convert(STACKED_COVER_CAPTIONS.encode())["meeting"]["place"] != "Tekninen lautakunta"


def test_a_place_caption_over_another_caption_gives_no_place():
    text = "Pöytäkirja 5/2026\nAika\n20.5.2026 klo 17.00\nPaikka\nSaapuvilla olleet jäsenet\nAnna Aho\n§ 1 Laillisuus\n"
    assert convert(text.encode())["meeting"]["place"] is None


WRAPPED_ATTACHMENT_TITLE = """\
§ 41 Liikenneturvallisuussuunnitelma
Päätös
Hyväksyttiin.
Liitteet
1 Lausuntopyyntö 3.4.2026
2 Lausunto elinvoimakeskukselle Kurjenkylän kaupungin ja Kaakkolan kunnan
Liikenneturvallisuussuunnitelman päivityksestä sekä siihen liittyvästä toimenpideohjelmasta
3 Toimenpideohjelman kartat
"""


def test_a_wrapped_attachment_title_that_goes_on_with_a_capital_stays_in_the_list():
    attachments = convert(WRAPPED_ATTACHMENT_TITLE.encode())["items"][0]["attachments"]
    assert len(attachments) == 4 and attachments[-1] == "Toimenpideohjelman kartat"


SHORT_FIRST_LINE_AFTER_CONTACTS = """\
§ 78 Konserniohjaus
Valmistelijat / lisätiedot:
Anna Virta, kaupunginjohtaja, anna.virta@kurjenkyla.fi
Kaupunginvaltuusto on 9.12.2025 uudistanut
kaupungin omistajapoliittiset linjaukset ja päivittänyt samalla konserniohjeen kokonaisuudessaan.
Ehdotus
Merkitään tiedoksi.
"""


def test_a_short_line_below_contacts_that_a_sentence_goes_on_from_starts_the_text():
    item = convert(SHORT_FIRST_LINE_AFTER_CONTACTS.encode())["items"][0]
    assert [p["name"] for p in item["preparers"]] == ["Anna Virta"]
    assert item["background"].startswith("Kaupunginvaltuusto on 9.12.2025 uudistanut kaupungin")


TABLE_ONE_CELL_A_LINE = """\
§ 41 Katuvalojen saneeraus
Perustelut
Tarjouksia saatiin kaksi:
Tarjoaja
Hinta
Lisä-
tiedot
Sähkö-Kallio Oy
287 400 €
Kaikki tarjoukset täyttivät vaatimukset.
Päätösehdotus
Valitaan Sähkö-Kallio Oy.
"""


def test_a_table_header_split_at_a_hyphen_is_no_caption():
    item = convert(TABLE_ONE_CELL_A_LINE.encode())["items"][0]
    assert item["preparers"] == []
    assert item["background"].endswith("Kaikki tarjoukset täyttivät vaatimukset.")


def test_a_page_number_above_the_title_is_not_part_of_it():
    text = "Kurjenkylän kaupunki\n1 (1)\nTalouden seuranta 1.1.-28.2.2026\nDno\nKUR/1472/02.02.02/2026\nPäätös\nOk.\n"
    assert convert(text.encode())["items"][0]["title"] == "Talouden seuranta 1.1.-28.2.2026"


def test_recipients_at_the_end_of_the_last_page_are_not_the_first_pages_header():
    """The last lines of page 2 repeat two lines at the top of page 1: the body and the town."""
    text = "\n".join(f"Rivi {n} perusteluja lautakunnalle." for n in range(12))
    page_1 = f"Kaupunginhallitus\nJärvelän kaupunki\nPöytäkirja 5/2026\n§ 41 Hankesuunnitelma\nPerustelut\n{text}\n"
    page_2 = f"{text}\nPäätös\nHyväksyttiin.\nTiedoksi\nKaupunginhallitus\nJärvelän kaupunki\n"
    [item] = convert((page_1 + "\f" + page_2).encode())["items"]
    assert item["notify"]["recipients"] == ["Kaupunginhallitus", "Järvelän kaupunki"]


def test_an_appeal_word_heading_a_page_inside_an_item_is_a_subheading():
    page_1 = "§ 12 Oikaisuvaatimus rakennuslupapäätöksestä\nPerustelut\nHakija on tehnyt oikaisuvaatimuksen.\n"
    page_2 = "Oikaisuvaatimus\nVaatimuksen mukaan lupa on myönnetty väärin perustein.\nPäätösehdotus\nHylätään.\n"
    item = convert((page_1 + "\f" + page_2 + "Päätös\nPäätösehdotus hyväksyttiin.\n").encode())["items"][0]
    assert (item["proposal"], item["decision"]) == ("Hylätään.", "Päätösehdotus hyväksyttiin.")


def test_swedish_appeal_headings_open_appendices_of_their_own():
    pages = [
        "§ 1 Laglighet\nBeslut\nKonstaterades.",
        "Bilaga 1\nKarta.",
        "Kommunalbesvär\nBesvär får anföras.",
        "Besvärsförbud\nInget besvär.",
    ]
    assert [a["title"] for a in convert("\n\f".join(pages).encode())["appendices"]] == [
        "Bilaga 1",
        "Kommunalbesvär",
        "Besvärsförbud",
    ]


def test_an_appeal_page_before_an_appended_extract_that_decides_is_not_the_items():
    pages = [
        "Kurjenkylän kaupunki\nPöytäkirja 5/2026\n§ 1 Vuokrasopimus\nPäätösehdotus\nOk.\nPäätös\nHyväksyttiin.",
        "Oikaisuvaatimus\nTähän päätökseen tyytymätön voi tehdä oikaisuvaatimuksen.",
        "Liite 1\nOte lautakunnan pöytäkirjasta\nPerustelut\nVuokraus on tarpeen.\nPäätös\nHyväksyttiin.",
    ]
    document = convert("\n\f".join(pages).encode())
    assert document["items"][0]["decision"] == "Hyväksyttiin."
    assert [a["title"] for a in document["appendices"]] == ["Oikaisuvaatimus", "Liite 1"]
    assert "Perustelut" in document["appendices"][1]["text"]  # a caption inside an appendix keeps its word


def test_a_wrapped_last_attachment_title_in_text_stays_an_attachment():
    """Its first line reaches the width the dump wraps at; a paragraph after a short line is text."""
    text = (
        "§ 41 Liikenneturvallisuussuunnitelma\nPerustelut\nKaupunki on laatinut liikenneturvallisuussuunnitelman\n"
        "yhdessä naapurikuntien ja ELY-keskuksen kanssa vuosille 2026-2030.\n"
        "Päätös\nHyväksyttiin.\nLiitteet\n1 Lausuntopyyntö 3.4.2026\n"
        "2 Lausunto elinvoimakeskukselle Kurjenkylän kaupungin ja Kaakkolan kunnan\n"
        "Liikenneturvallisuussuunnitelman päivityksestä sekä toimenpideohjelmasta\n"
    )
    item = convert(text.encode())["items"][0]
    assert item["attachments"][-1].endswith("Liikenneturvallisuussuunnitelman päivityksestä sekä toimenpideohjelmasta")
    assert item["background"].endswith("vuosille 2026-2030.")


def test_a_paragraph_after_numbered_attachments_is_text_though_its_lines_wrap_onto_a_capital():
    text = (
        "§ 41 Osakkeiden myynti\nPäätös\nHyväksyttiin.\nLiitteet\n1 Kauppakirja\n2 Arvonmääritys\n"
        "Kaupunginhallitus on päättänyt, että kaupungin omistamat Kurjenkylän Energia Oy:n osakkeet\n"
        "Kaakkolan Sähkö Oy:lle myydään. Kauppahinta on 1,2 miljoonaa euroa.\n"
    )
    item = convert(text.encode())["items"][0]
    assert item["attachments"] == ["Kauppakirja", "Arvonmääritys"]
    assert item["background"].startswith("Kaupunginhallitus on päättänyt")


def test_a_wrapped_title_in_an_indented_list_narrower_than_the_text_stays_an_attachment():
    """The dump's prose runs wider than the list's column: the wrap is measured in the list's own."""
    text = (
        "§ 41 Liikenneturvallisuussuunnitelma\nPerustelut\n"
        "Kaupunginhallitus on 3.2.2026 käsitellyt liikenneturvallisuussuunnitelman ja pyytänyt lausunnot.\n"
        "Päätös\nHyväksyttiin.\nLiitteet\n1 Lausuntopyyntö 3.4.2026\n"
        "2 Lausunto elinvoimakeskukselle Kurjenkylän kaupungin ja Kaakkolan\n"
        "Liikenneturvallisuussuunnitelman päivityksestä vuosille 2026-2030\n"
    )
    item = convert(text.encode())["items"][0]
    assert "Liikenneturvallisuussuunnitelman päivityksestä vuosille 2026-2030" in item["attachments"]
    assert item["background"].endswith("pyytänyt lausunnot.")  # (the title's two lines stay two: left alone)


def test_an_appeal_heading_with_its_sections_on_its_line_opens_the_appendices():
    text = "§ 12 Vuokrasopimus\nPäätös\nHyväksyttiin.\n\fOikaisuvaatimus § 12\nOikaisuvaatimus tehdään 14 päivässä.\n"
    document = convert(text.encode())
    assert document["items"][0]["decision"] == "Hyväksyttiin."
    assert [a["title"] for a in document["appendices"]] == ["Oikaisuvaatimus § 12"]
