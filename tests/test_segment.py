"""Finding the items: heading styles, lists that are not items, stray § references."""

from minutes_cli import convert

WORD_MINUTES = """\
SOMERON KAUPUNKI                PÖYTÄKIRJA                 5/2020
Kaupunginhallitus               12.03.2020                 Sivu 3

Khall 49 §
KAUPUNGINHALLITUKSEN TALOUSARVION TOTEUTUMINEN

Valmistelija: talousjohtaja Anna Aho, puh. 040 123 4567

Kaupunginhallitukselle esitellään talousarvion toteutuminen tammi-helmikuulta.

Kaupunginjohtajan ehdotus: Kaupunginhallitus merkitsee toteutuman tiedoksi.

PÄÄTÖS: Ehdotus hyväksyttiin.
_______________

Khall 50 §
TONTIN MYYNTI

Kaupunginjohtajan ehdotus: Kaupunginhallitus myy tontin Yritys Oy:lle.

PÄÄTÖS: Asia pantiin pöydälle.
"""

CASEM_WITH_STRAY_REFERENCE = """\
§ 7 Ensimmäinen asia
Perustelut
Lautakunta on aiemmin käsitellyt asiaa.
§ 3 mukaisesti asia on valmisteltu.
Päätös
Hyväksyttiin.

§ 8 Toinen asia
Päätös
Merkittiin tiedoksi.
"""


def convert_text(text: str) -> dict:
    return convert(text.encode("utf-8"), name="minutes.txt")


def test_word_minutes_items_open_with_khall_lines():
    document = convert_text(WORD_MINUTES)
    assert [(i["number"], i["title"], i["outcome"]) for i in document["items"]] == [
        (49, "KAUPUNGINHALLITUKSEN TALOUSARVION TOTEUTUMINEN", "approved"),
        (50, "TONTIN MYYNTI", "tabled"),
    ]
    meeting = document["meeting"]
    assert (meeting["municipality"], meeting["body"], meeting["number"], meeting["date"]) == (
        "Somero",
        "Kaupunginhallitus",
        "5/2020",
        "2020-03-12",
    )
    assert document["items"][0]["preparers"][0]["phone"] == "+358401234567"


def test_a_stray_paragraph_reference_does_not_open_an_item():
    document = convert_text(CASEM_WITH_STRAY_REFERENCE)
    assert [i["number"] for i in document["items"]] == [7, 8]
    assert "§ 3 mukaisesti" in document["items"][0]["background"]


def test_a_text_without_headings_is_one_item():
    document = convert_text("Päätösehdotus Lautakunta merkitsee asian tiedokseen.\n\nPäätös Hyväksyttiin.\n")
    assert len(document["items"]) == 1
    assert document["items"][0]["number"] is None
    assert document["items"][0]["outcome"] == "approved"


def test_a_page_opening_with_the_attachments_caption_is_not_an_appendix():
    from minutes_cli.lines import Cell, Line
    from minutes_cli.parse.layout import Entry
    from minutes_cli.parse.segment import appendix_start

    def entry(page: int, text: str, **label) -> Entry:
        line = Line(text, page, 71.0, 400.0, 100.0, 112.0, 11.0, False, (Cell(text, 71.0, 400.0),))
        return Entry("label" if label else "text", text, line, **label)

    item = [entry(35, "Mirka Ltd har diskuterat planläggningen.")]
    caption = entry(36, "Bilaga avtal om att inleda planläggning", field="attachments", label="Bilaga", style="column")
    appendix = entry(36, "Bilaga 1", field="attachments", label="Bilaga", style="alone")
    assert appendix_start([*item, caption], set()) is None
    assert appendix_start([*item, appendix], set()) == 1


def test_where_glyphs_read_wrong_a_heading_close_to_the_contents_takes_the_contents_title():
    from minutes_cli.model import ParseWarning
    from minutes_cli.parse import parse
    from minutes_cli.readers import RawDocument
    from minutes_cli.readers.text import text_lines

    text = (
        "Protokoll 3/2023\n\nÄrenden   Sida\n30 § Lokal justeringspott AKTA 1.6.2023 .......... 9\n"
        "31 § Lokal justeringspott TS 1.6.2023 .......... 29\n32 § Sammanträdesdatum hösten 2023 .......... 31\n"
        "\f30 § Lokal justeringspott AAKA 1.6.2023\n\nBeslut:\nGodkändes.\n"
        "\f31 § Lokal justeringspott KS 1.6.2023\n\nBeslut:\nGodkändes.\n"
        "\f32 § Sammanträdesdatum för hösten\n\nBeslut:\nGodkändes.\n"
    )
    lines, pages = text_lines(text)
    broken = ParseWarning("unreliable-text-layer", "some glyphs map to wrong letters", "pages 2, 3")
    document = parse(RawDocument(lines=lines, format="text", pages=pages, warnings=[broken]))
    assert [item.title for item in document.items] == [
        "Lokal justeringspott AKTA 1.6.2023",
        "Lokal justeringspott TS 1.6.2023",
        "Sammanträdesdatum för hösten",  # other words: the heading is kept
    ]
    assert [w.where for w in document.warnings if w.code == "title-from-contents"] == ["§ 30", "§ 31"]
    sound = parse(RawDocument(lines=lines, format="text", pages=pages))
    assert sound.items[0].title == "Lokal justeringspott AAKA 1.6.2023"  # a sound text layer is read as printed


def test_in_a_text_dump_without_blank_lines_a_title_goes_on_only_where_its_line_wrapped():
    body = "Kaupunginhallitus on käsitellyt asiaa aiemmin ja valmistelu on jatkunut sen jälkeen kuten kerrottu.\n"
    text = (
        "§ 105\nKokouksen laillisuus ja päätösvaltaisuus\n"
        "Hallintosäännön 16 luvun 119 §:n mukaan toimielin pitää kokouksensa päättämänään aikana ja\n"
        + body
        * 8
        + "Päätös\nTodettiin kokous lailliseksi.\n"
        "§ 106\nTalousarvion toteutuminen ajalta 1.1.-31.8.2025 ja talousarviomuutokset vuodelle\n"
        "2025 / hyvinvointilautakunta\n" + body * 8 + "Päätös\nMerkittiin tiedoksi.\n"
    )
    items = convert(text.encode(), name="dump.txt")["items"]
    assert [item["title"] for item in items] == [
        "Kokouksen laillisuus ja päätösvaltaisuus",
        "Talousarvion toteutuminen ajalta 1.1.-31.8.2025 ja talousarviomuutokset vuodelle 2025 / hyvinvointilautakunta",
    ]
    assert items[0]["background"].startswith("Hallintosäännön 16 luvun 119 §:n mukaan")


def test_attachments_listed_under_an_item_in_the_contents_fill_an_item_that_lists_none():
    text = (
        "Föredragningslista 5/2022\n\nÄrenden   Sida\n191 § Anmälningsärenden ........ 5\n"
        "- Bil. J Malinens skrivelse till stadsstyrelsen ........ 7\n"
        "192 § Motion, Kolonilotter åt folket ........ 9\n"
        "- Motion, Kolonilotter åt folket; Sannfinländarna / Aloite, Puutarhapalstoja ihmisille;\n"
        "Perussuomalaiset ........ 10\n"
        "193 § Budget ........ 11\n- Bilaga 1, Budgetförslag ........ 12\n"
        "Anvisning för begäran om omprövning ........ 13\n"
        "\f191 § Anmälningsärenden\n\nBeslutsförslag:\nAntecknas för kännedom.\n"
        "\f192 § Motion, Kolonilotter åt folket\n\nBeslutsförslag:\nMotionen remitteras.\n"
        "\f193 § Budget\n\nBilaga:\nBudgetförslag 2023\n\nBeslutsförslag:\nGodkänns.\n"
    )
    items = convert(text.encode(), name="lista.txt")["items"]
    assert [item["attachments"] for item in items] == [
        ["J Malinens skrivelse till stadsstyrelsen"],
        ["Motion, Kolonilotter åt folket; Sannfinländarna"],
        ["Budgetförslag 2023"],  # the item's own list, as printed there
    ]


def test_appendices_are_one_per_document_not_one_per_page(make_pdf):
    """Appeal instructions go on over a page, and an attached report tops each page with its title."""
    item = [(72, 80, "§ 5 Kokouksen laillisuus", True), (72, 110, "Päätös", True), (72, 130, "Todettiin.", False)]
    item_goes_on = [(72, 110, "Kokous todettiin laillisesti koolle kutsutuksi.", False)]
    appeal = [(72, 80, "Oikaisuvaatimus", True), (72, 110, "Oikaisuvaatimuksen saa tehdä se, johon päätös", False)]
    appeal_goes_on = [(72, 80, "kohdistuu, neljäntoista päivän kuluessa.", False)]
    report = [(72, 80, "Selvitys katuvalaistuksesta 2026", False), (72, 110, "Valaisimia on 1 200.", False)]
    report_goes_on = [(72, 80, "Selvitys katuvalaistuksesta 2026", False), (72, 110, "LED-valaisimet.", False)]
    # seven pages: a title on two of them is not the whole file's running header
    pdf = make_pdf([item, item_goes_on, item_goes_on, appeal, appeal_goes_on, report, report_goes_on])
    appendices = convert(pdf)["appendices"]
    assert [(a["title"], a["pages"]) for a in appendices] == [
        ("Oikaisuvaatimus", [4, 5]),
        ("Selvitys katuvalaistuksesta 2026", [6, 7]),
    ]
    assert appendices[0]["text"].endswith("neljäntoista päivän kuluessa.")


def appendix_page(number: int, header: str, first: str, bold: bool = False) -> list[tuple[float, float, str, bool]]:
    return [(72, 40, f"{header} Sida {number}", False), (72, 110, first, bold), (72, 130, "Text om villkoren.", False)]


def test_an_appendix_header_that_names_another_item_or_number_starts_another_appendix(make_pdf):
    """Nykarleby heads each appendix page "Bilaga Stadsstyrelsen, 15.09.2022 § 49 Sida N"; its first
    lines are plain text. An item's page between two appendices keeps them apart too."""
    item_49 = [(72, 40, "Stadsstyrelsen Protokoll Sida 1", False), (72, 110, "49 § Hyresavtal", True)]
    item_50 = [(72, 40, "Stadsstyrelsen Protokoll Sida 4", False), (72, 110, "50 § Driftsekonomi", True)]
    pdf = make_pdf(
        [
            [*item_49, (72, 140, "Beslut", True), (72, 160, "Godkändes.", False)],
            appendix_page(
                2, "Bilaga Stadsstyrelsen, 15.09.2022 § 49", "Hyresvärden och hyresgästen har kommit överens."
            ),
            appendix_page(3, "Bilaga Stadsstyrelsen, 15.09.2022 § 49", "villkoren gäller från 1.10.2022."),
            [*item_50, (72, 140, "Beslut", True), (72, 160, "Antecknades.", False)],
            appendix_page(5, "Bilaga Stadsstyrelsen, 15.09.2022 § 50", "Driftsekonomin visar ett underskott."),
            appendix_page(6, "Bilaga Stadsstyrelsen, 15.09.2022 § 51", "Budgeten för år 2023."),
        ]
    )
    appendices = convert(pdf)["appendices"]
    assert [(a["title"], a["pages"]) for a in appendices] == [
        ("Bilaga Stadsstyrelsen, 15.09.2022 § 49", [2, 3]),
        ("Bilaga Stadsstyrelsen, 15.09.2022 § 50", [5, 5]),
        ("Bilaga Stadsstyrelsen, 15.09.2022 § 51", [6, 6]),
    ]


def test_the_same_bold_title_again_after_another_page_is_another_document(make_pdf):
    items = [
        [(72, 200, f"§ {n} Lausunnot", True), (72, 230, "Päätös", True), (72, 250, "Merkittiin.", False)]
        for n in (5, 6, 7)
    ]
    statement = [(72, 230, "LAUSUNTO", True), (72, 250, "Lautakunta puoltaa hanketta.", False)]
    goes_on = [(72, 230, "hankkeen kustannukset ovat kohtuulliset.", False)]
    section = [(72, 230, "2. PERUSTELUT", True), (72, 250, "Hanke parantaa liikenneturvallisuutta.", False)]
    appeal = [(72, 230, "Oikaisuvaatimusohje", True), (72, 250, "Oikaisuvaatimuksen saa tehdä asianosainen.", False)]
    pdf = make_pdf([*items, appeal, statement, goes_on, section, statement])
    assert [(a["title"], a["pages"]) for a in convert(pdf)["appendices"]] == [
        ("Oikaisuvaatimusohje", [4, 4]),
        ("LAUSUNTO", [5, 7]),
        ("LAUSUNTO", [8, 8]),
    ]


def appeal_page(heading: str, sections: str, text: str) -> list[tuple[float, float, str, bool]]:
    return [(72, 200, heading, True), (72, 220, sections, False), (72, 240, text, False)]


def test_appeal_instructions_one_appendix_per_appeal_and_their_subheadings_inside(make_pdf):
    """The same appeal heading again is another appeal (§ 12, then § 14); a bold subheading that
    opens a page of an appeal ("Valituksen toimittaminen") is part of it."""
    item = [(72, 200, "§ 12 Vuokrasopimus", True), (72, 230, "Päätös", True), (72, 250, "Hyväksyttiin.", False)]
    item_14 = [(72, 200, "§ 14 Hankinta", True), (72, 230, "Päätös", True), (72, 250, "Hyväksyttiin.", False)]
    pdf = make_pdf(
        [
            item,
            item_14,
            appeal_page("Oikaisuvaatimus", "§12", "Oikaisuvaatimus tehdään 14 päivän kuluessa."),
            appeal_page("Oikaisuvaatimus", "§14", "Hankintaoikaisu tehdään hankintayksikölle."),
            appeal_page("Kunnallisvalitus", "§12, §14", "Valitus tehdään hallinto-oikeudelle."),
            [(72, 200, "Valituksen toimittaminen", True), (72, 220, "Toimita valitus 30 päivässä.", False)],
        ]
    )
    appendices = convert(pdf)["appendices"]
    assert [(a["title"], a["pages"]) for a in appendices] == [
        ("Oikaisuvaatimus", [3, 3]),
        ("Oikaisuvaatimus", [4, 4]),
        ("Kunnallisvalitus", [5, 6]),
    ]
    assert "Valituksen toimittaminen Toimita valitus" in appendices[-1]["text"].replace("\n\n", " ")


def test_appendix_headers_with_a_number_and_no_page_word_keep_the_number(make_pdf):
    """ "Bilaga Stadsstyrelsen, 15.09.2022 § 49" with no "Sida N": § 49 and § 50 stay apart."""

    def page(header: str, first: str) -> list[tuple[float, float, str, bool]]:
        return [(72, 40, header, False), (72, 200, first, False)]

    item = [(72, 200, "49 § Hyresavtal", True), (72, 230, "Beslut", True), (72, 250, "Godkändes.", False)]
    pdf = make_pdf(
        [
            item,
            page("Bilaga Stadsstyrelsen, 15.09.2022 § 49", "Hyresvärden och hyresgästen."),
            page("Bilaga Stadsstyrelsen, 15.09.2022 § 49", "villkoren gäller från 1.10."),
            page("Bilaga Stadsstyrelsen, 15.09.2022 § 50", "Driftsekonomin visar ett underskott."),
            page("Bilaga Stadsstyrelsen, 15.09.2022 § 50", "budgeten för år 2023."),
        ]
    )
    assert [(a["title"], a["pages"]) for a in convert(pdf)["appendices"]] == [
        ("Bilaga Stadsstyrelsen, 15.09.2022 § 49", [2, 3]),
        ("Bilaga Stadsstyrelsen, 15.09.2022 § 50", [4, 5]),
    ]


def test_a_document_after_appeal_instructions_is_an_appendix_of_its_own_and_a_repeated_appeal_heading_goes_on(
    make_pdf,
):
    """ "Kunnallisvalitus" again atop its next page, with no § list under it, is the same appeal, and
    so is a page opening with its subheading ("VALTUUTUS"); a title atop two pages is another document."""
    item = [(72, 200, "§ 12 Vuokrasopimus", True), (72, 230, "Päätös", True), (72, 250, "Hyväksyttiin.", False)]
    pdf = make_pdf(
        [
            item,
            appeal_page("Kunnallisvalitus", "§12", "Valitusaika on 30 päivää."),
            [(72, 200, "Kunnallisvalitus", True), (72, 220, "Valitus toimitetaan hallinto-oikeudelle.", False)],
            [(72, 200, "VALTUUTUS", True), (72, 220, "Asiamiehen on liitettävä valtakirja.", False)],
            appeal_page("Kunnallisvalitus", "Pykälät 14", "Valitusaika on 30 päivää."),
            [(72, 200, "MAANVUOKRASOPIMUS", True), (72, 220, "Vuokra-aika on 10 vuotta.", False)],
            [(72, 200, "MAANVUOKRASOPIMUS", True), (72, 220, "Vuokra maksetaan vuosittain.", False)],
        ]
    )
    assert [(a["title"], a["pages"]) for a in convert(pdf)["appendices"]] == [
        ("Kunnallisvalitus", [2, 4]),
        ("Kunnallisvalitus", [5, 5]),
        ("MAANVUOKRASOPIMUS", [6, 7]),
    ]


def test_a_title_wraps_below_its_heading_where_the_diary_number_is_printed_above_it(make_pdf):
    """Tweb prints the diary number at the top right, above the item's heading."""
    first = [
        (71, 75, "Protokoll", False),
        (267, 75, "14.09.2023", False),
        (71, 89, "Tekniska nämnden", False),
        (71, 142, "62 §", True),
        (102, 142, "Val av protokolljusterare", True),
        (71, 200, "Beslut:", True),
        (135, 200, "Till justerare utsågs Jonas Björkqvist och Camilla Rönnholm.", False),
    ]
    page = [
        (71, 75, "Protokoll", False),
        (267, 75, "14.09.2023", False),
        (71, 89, "Tekniska nämnden", False),
        (384, 120, "NYK/123/10.03.01/2023", False),
        (71, 142, "63 §", True),
        (102, 142, "Ansökan om undantag från strandplan för fritidsbostad på", True),
        (102, 157, "fastigheten Strandbacka i Monå by", True),
        (71, 200, "Beredning:", False),
        (135, 200, "Ägaren anhåller om undantag.", False),
        (71, 230, "Beslut:", True),
        (135, 230, "Godkändes.", False),
    ]
    _, item = convert(make_pdf([first, page]))["items"]
    assert item["title"] == "Ansökan om undantag från strandplan för fritidsbostad på fastigheten Strandbacka i Monå by"
    assert item["case_id"] == "NYK/123/10.03.01/2023"


def test_the_first_items_diary_number_printed_above_its_heading_is_its_own(make_pdf):
    page = [
        (71, 75, "Protokoll", False),
        (267, 75, "14.09.2023", False),
        (71, 89, "Bildningsnämnden", False),
        (399, 121, "NKBY/611/12.01.00/2023", False),
        (71, 145, "71 §", True),
        (102, 145, "Läsårets arbetsplaner 2023-2024", True),
        (71, 200, "Beslut:", True),
        (135, 200, "Godkändes.", False),
        (399, 260, "NKBY/612/12.00.03/2023", False),
        (71, 284, "72 §", True),
        (102, 284, "Elevtransporter hösten 2023", True),
        (71, 330, "Beslut:", True),
        (135, 330, "Godkändes.", False),
    ]
    items = convert(make_pdf([page]))["items"]
    assert [item["case_id"] for item in items] == ["NKBY/611/12.01.00/2023", "NKBY/612/12.00.03/2023"]
    assert items[0]["title"] == "Läsårets arbetsplaner 2023-2024"


def test_past_the_diary_number_a_bold_line_a_paragraph_below_the_heading_is_no_title(make_pdf):
    first = [
        (71, 75, "Protokoll", False),
        (71, 89, "Socialnämnden", False),
        (71, 142, "12 §", True),
        (102, 142, "Val av protokolljusterare", True),
        (71, 170, "Beslut:", True),
        (135, 170, "Till justerare utsågs Jonas Björkqvist och Camilla Rönnholm.", False),
    ]
    page = [
        (71, 75, "Protokoll", False),
        (71, 89, "Socialnämnden", False),
        (384, 120, "NYK/88/05.00.00/2024", False),
        (71, 142, "13 §", True),
        (102, 142, "Ansökan om utkomststöd, överklagande", True),
        (102, 157, "", False),
        (102, 185, "Sekretessbelagd enligt 24 § 1 mom. 25 punkten i offentlighetslagen", True),
        (135, 200, "Sökanden har överklagat beslutet.", False),
        (135, 215, "Nämnden behandlar överklagandet.", False),
        (71, 245, "Beslut:", True),
        (135, 245, "Överklagandet avslogs.", False),
    ]
    _, item = convert(make_pdf([first, page]))["items"]
    assert item["title"] == "Ansökan om utkomststöd, överklagande"
