"""Labelled sections read as fields: lists that end, bylines, authority."""

import pytest

from minutes_cli import convert


def convert_text(text: str) -> dict:
    (item,) = convert(text.encode(), name="minutes.txt")["items"]
    return item


def test_a_list_numbered_afresh_after_the_attachments_is_the_text():
    item = convert_text(
        "85 §\nIlmoitusasiat\n\nLiitteet\n1 Esitys tilintarkastajan vaihdoksesta.pdf\n\n"
        "1. Tilintarkastusyhteisö on valittu kaupungin tilintarkastajaksi tilikaudelle 2025.\n\n"
        "Päätös\nKaupunginvaltuusto merkitsi ilmoitusasian tiedokseen.\n"
    )
    assert item["attachments"] == ["Esitys tilintarkastajan vaihdoksesta.pdf"]
    assert item["background"] == "1. Tilintarkastusyhteisö on valittu kaupungin tilintarkastajaksi tilikaudelle 2025."


def test_a_numbered_list_of_attachments_goes_on_while_its_numbers_do():
    item = convert_text("7 §\nAsia\n\nLiitteet\n1 Kartta.pdf\n\n2 Selvitys.pdf\n\nPäätös\nHyväksyttiin.\n")
    assert item["attachments"] == ["Kartta.pdf", "Selvitys.pdf"]


def test_tweb_bylines_name_every_preparer_and_authority_is_its_first_paragraph():
    item = convert_text(
        "195 §\nAnsökan om undantag\n\nStadsstyrelsen 26.9.2022, 195 §\n\n"
        "Beredning: Byggnadsinspektör Tom Ek\nPlanläggningsingenjör Emma Berg\n"
        "Ägaren till fastigheten anhåller om undantag från strandplanen.\n\n"
        "Befogenhet att fatta beslut:\nEnligt förvaltningsstadgan är det stadsstyrelsen som beslutar i ärendet.\n\n"
        "Planläggningssituationen: byggnadsplatsen är belägen på område med strandplan.\n\n"
        "Stadsdirektörens förslag:\nStadsstyrelsen beviljar undantag.\n\nBeslut:\nEnligt förslag.\n"
    )
    assert [(p["name"], p["title"]) for p in item["preparers"]] == [
        ("Tom Ek", "Byggnadsinspektör"),
        ("Emma Berg", "Planläggningsingenjör"),
    ]
    assert item["background"].startswith("Ägaren till fastigheten anhåller")
    assert "Planläggningssituationen" in item["background"]
    assert item["authority"] == "Enligt förvaltningsstadgan är det stadsstyrelsen som beslutar i ärendet."
    assert (item["decision"], item["outcome"]) == ("Enligt förslag.", "approved")


def test_a_byline_caption_alone_on_its_line_names_the_preparer_below_it():
    item = convert_text(
        "14 §\nLägesrapport\n\nBeredning\nKommunikationskoordinator Johan Berg\n"
        "Rådets ordförande har deltagit i två sammanträden.\n\nBeslut\nAntecknades för kännedom.\n"
    )
    assert [(p["name"], p["title"]) for p in item["preparers"]] == [("Johan Berg", "Kommunikationskoordinator")]
    assert item["background"] == "Rådets ordförande har deltagit i två sammanträden."


def test_a_notification_written_as_prose_names_its_recipients_in_the_first_sentence():
    item = convert_text(
        "9 §\nYmpäristölupa\n\nPäätös\nLupa myönnettiin.\n\nTiedoksi\nHakija, Etelä-Pohjanmaan ELY-keskus ja Lapuan "
        "kaupungin\nterveydensuojeluviranomainen. Lisäksi tieto päätöksestä julkaistaan verkkosivuilla.\n"
    )
    assert item["notify"]["recipients"] == [
        "Hakija",
        "Etelä-Pohjanmaan ELY-keskus",
        "Lapuan kaupungin terveydensuojeluviranomainen",
    ]
    assert item["sections"]["Tiedoksi"] == "Lisäksi tieto päätöksestä julkaistaan verkkosivuilla."


def test_recipients_joined_by_ja_are_two_but_a_shortened_compound_or_a_lower_case_word_is_one():
    item = convert_text(
        "10 §\nLupa\n\nPäätös\nLupa myönnettiin.\n\nTiedoksi\nKiinteistönomistaja ja Maanmittauslaitos\n"
        "Pirkanmaan elinkeino-, liikenne- ja ympäristökeskus\nTekninen ja ympäristötoimiala\n"
    )
    assert item["notify"]["recipients"] == [
        "Kiinteistönomistaja",
        "Maanmittauslaitos",
        "Pirkanmaan elinkeino-, liikenne- ja ympäristökeskus",
        "Tekninen ja ympäristötoimiala",
    ]


def test_a_confidentiality_note_is_not_an_attachment_and_a_list_dash_not_a_recipient():
    item = convert_text(
        "3 §\nLuvat\n\nLiitteet\n1 Myönnetyt luvat 10.12.2021-19.1.2022\n"
        "Salassa pidettävä, Julkisuuslaki (621/1999) § 24\n\n"
        "Päätös\nMerkittiin tiedoksi.\n\nTiedoksi\n- hakija\n- rakennusvalvonta\n"
    )
    assert item["attachments"] == ["Myönnetyt luvat 10.12.2021-19.1.2022"]
    assert item["sections"]["Liitteet"] == (
        "Myönnetyt luvat 10.12.2021-19.1.2022: Salassa pidettävä, Julkisuuslaki (621/1999) § 24"
    )
    assert item["notify"]["recipients"] == ["hakija", "rakennusvalvonta"]


def test_a_body_listed_with_two_dates_in_the_history_met_twice():
    item = convert_text(
        "54 §\nJuhlapäätös\n\nPäätöshistoria: Suomi 100 -juhlatoimikunta 19.4.2016, 19.10.2016\n"
        "Kaupunginhallitus 20.2.2017 § 53\n\nPäätös\nHyväksyttiin.\n"
    )
    assert [(h["body"], h["date"], h["number"]) for h in item["previous_handling"]] == [
        ("Suomi 100 -juhlatoimikunta", "2016-04-19", None),
        ("Suomi 100 -juhlatoimikunta", "2016-10-19", None),
        ("Kaupunginhallitus", "2017-02-20", 53),
    ]


def test_unanimity_told_in_the_discussion_counts():
    item = convert_text(
        "62 §\nHallintosääntö\n\nPäätösehdotus\nKaupunginhallitus hyväksyy hallintosäännön.\n\n"
        "Käsittely\nKaupunginhallitus päätti yksimielisesti panna asian pöydälle.\n\n"
        "Päätös\nKaupunginhallitus päätti panna asian pöydälle.\n"
    )
    assert (item["outcome"], item["unanimous"]) == ("tabled", True)


def test_a_presenter_printed_as_a_title_over_a_name():
    # Helsinki's Ahjo: "Esittelijä" / "kansliapäällikkö" / "Sami Sarvilinna", each in a block of its own
    item = convert_text(
        "5 §\nAloite\n\nPäätösehdotus\nKaupunginhallitus katsoo aloitteen loppuun käsitellyksi.\n\n"
        "Esittelijän perustelut\nValtuutettu esittää aloitteessaan verkoston perustamista.\n\n"
        "Esittelijä\n\nkansliapäällikkö\n\nSami Sarvilinna\n\nLisätiedot\n\nJaana Virta, johtava asiantuntija\n"
    )
    assert (item["presenter"]["name"], item["presenter"]["title"]) == ("Sami Sarvilinna", "kansliapäällikkö")
    assert item["background"] == "Valtuutettu esittää aloitteessaan verkoston perustamista."


def test_an_agenda_decides_nothing_and_keeps_what_its_decision_caption_caught():
    document = convert(
        "KAUPUNGINHALLITUS   ESITYSLISTA   5/2025\n\n12 §\nPoikkeamislupa\n\nEhdotus\nMyönnetään lupa.\n\n"
        "Päätös\n9000 6000 16000 Korsörsvägen\n".encode(),
        name="esityslista.txt",
    )
    (item,) = document["items"]
    assert (document["meeting"]["kind"], item["decision"], item["outcome"]) == ("agenda", None, None)
    assert item["sections"]["Päätös"] == "9000 6000 16000 Korsörsvägen"


def test_an_empty_notification_caption_gives_no_notification():
    item = convert_text("5 §\nAsia\n\nPäätös\nHyväksyttiin.\n\nTiedoksi\n")
    assert item["notify"] is None


def test_a_caption_with_no_field_inside_the_preparation_is_its_subheading():
    item = convert_text(
        "26 §\nAsemakaavan muutos\n\nPäätösehdotus\nLautakunta hyväksyy muutoksen.\n\n"
        "Selostus\nKaavamuutos on ollut nähtävillä.\n\nToimenpiteet\n\nViitesuunnitelmaa on muutettu.\n"
    )
    assert item["background"] == "Kaavamuutos on ollut nähtävillä.\n\nToimenpiteet\n\nViitesuunnitelmaa on muutettu."
    assert "Toimenpiteet" not in item["sections"]


def test_a_proposal_that_opens_with_what_the_body_decides_keeps_that_line():
    item = convert_text(
        "195 §\nAnsökan om undantag\n\nStadsdirektör Martin Norrgårds förslag:\nStadsstyrelsen beslutar att:\n"
        "1) bevilja undantag.\n2) undantagslovet är ikraft ett (1) år.\n\nStadsstyrelsens beslut:\nEnligt förslag.\n"
    )
    assert (
        item["proposal"]
        == "Stadsstyrelsen beslutar att:\n1) bevilja undantag.\n2) undantagslovet är ikraft ett (1) år."
    )
    assert item["presenter"]["name"] == "Martin Norrgård"


def test_prose_that_starts_with_an_attachment_word_stays_text_and_a_list_of_attachment_lines_is_a_list():
    item = convert_text(
        "7 §\nKaava\n\nLiite 1 sisältää kustannusarvion, jonka mukaan hankkeen\n"
        "kokonaiskustannukset ovat 2 miljoonaa euroa.\n\nLiite 1 Asemakaavakartta\nLiite 2 Kaavaselostus\n\n"
        "Päätösehdotus\nHyväksytään.\n\nPäätös\nHyväksyttiin.\n"
    )
    assert item["background"].startswith("Liite 1 sisältää kustannusarvion")
    assert item["attachments"] == ["Asemakaavakartta", "Kaavaselostus"]


def test_a_caption_with_no_field_that_is_not_a_subheading_is_kept_under_its_label():
    item = convert_text(
        "8 §\nHankinta\n\nValmistelu\nHankinta kilpailutettiin.\n\nTalousvaikutukset\nKustannus on 5 000 euroa.\n"
    )
    assert item["background"] == "Hankinta kilpailutettiin."
    assert item["sections"]["Talousvaikutukset"] == "Kustannus on 5 000 euroa."


def test_a_family_named_before_ja_is_one_recipient():
    item = convert_text(
        "9 §\nLupa\n\nPäätös\nHyväksyttiin.\n\nTiedoksi\nMatti ja Liisa Virtanen, rakennusvalvonta, "
        "Pohjois-Savon ELY-keskus ja Kuopion kaupunki\n"
    )
    assert item["notify"]["recipients"] == [
        "Matti ja Liisa Virtanen",
        "rakennusvalvonta",
        "Pohjois-Savon ELY-keskus",
        "Kuopion kaupunki",
    ]


@pytest.mark.parametrize("caption", ["Vs. rakennuttamispäällikkö Kantola:", "Johtaja, ovo. tilaajapäällikkö Nurminen:"])
def test_a_presenter_caption_of_titles_and_a_surname_is_not_part_of_the_proposal(caption):
    item = convert_text(
        f"5 §\nUrakkahinta\n\nEsittelijä\nPetri Kantola, rakennuttamispäällikkö\n\nEhdotus\n{caption}\n\n"
        "Lautakunta päättää hyväksyä urakkahinnan.\n"
    )
    assert item["proposal"] == "Lautakunta päättää hyväksyä urakkahinnan."


@pytest.mark.parametrize(
    "line", ["Lautakunta valitsee jäseneksi Virtasen:", "Sivistysjohtaja ehdottaa, että haetaan Opetushallitukselta:"]
)
def test_a_proposal_line_ending_in_a_name_after_a_verb_is_text(line):
    item = convert_text(f"5 §\nVaalit\n\nEhdotus\n{line}\n\n- 500 euroa\n- 300 euroa\n")
    assert item["proposal"].startswith(line)


def test_text_beside_a_wrapped_column_label_is_prose_where_it_goes_on_in_lower_case():
    from minutes_cli.lines import Cell, Line
    from minutes_cli.parse.layout import Entry
    from minutes_cli.parse.sections import build_sections

    def beside(label_part: str, text: str) -> Entry:
        """A value line next to the label's next part, which the layout took off (Oulu's Tweb PDFs)."""
        cells = (Cell(label_part, 57.0, 110.0), Cell(text, 183.0, 500.0))
        return Entry("text", text, Line(f"{label_part} {text}", 1, 57.0, 500.0, 0.0, 12.0, 11.0, False, cells))

    proposal = Line("x", 1, 57.0, 500.0, 0.0, 12.0, 11.0, False, (Cell("x", 57.0, 500.0),))
    entries = [
        Entry(
            "label", "Kaupunginvaltuusto tekee Suomen itsenäisyyden", proposal, True, "proposal", "Ehdotus", "column"
        ),
        beside("hallituksen", "satavuotisjuhlavuoden kunniaksi juhlapäätöksen."),
        Entry("label", "Asia tiedoksi kaupunginvaltuustoon", proposal, True, "other", "Täytäntöönpanotiedot", "column"),
        beside("panotiedot", "Ote: Oulun kaupungin hallintokunnat"),
    ]
    first, second = build_sections(entries)
    assert first.text == "Kaupunginvaltuusto tekee Suomen itsenäisyyden satavuotisjuhlavuoden kunniaksi juhlapäätöksen."
    assert second.text == "Asia tiedoksi kaupunginvaltuustoon\nOte: Oulun kaupungin hallintokunnat"  # a line of its own


def test_titles_repeated_in_one_list_of_attachments_are_each_an_attachment():
    item = convert_text(
        "5 §\nAsia\n\nPäätös\nHyväksyttiin.\n\nLiitteet\n1 Salassa pidettävä\n2 Salassa pidettävä\n3 Kartta\n"
    )
    assert item["attachments"] == ["Salassa pidettävä", "Salassa pidettävä", "Kartta"]


def test_a_wrapped_last_attachment_title_in_a_pdf_stays_whole(make_pdf):
    """Its second line starts with a capital and is long, but the line above it reached the margin."""
    runs = [
        (50, 100, "§ 41 Liikenneturvallisuussuunnitelma", True),
        (50, 130, "Päätös", True),
        (200, 130, "Päätösehdotus hyväksyttiin.", False),
        (50, 150, "Liitteet", True),
        (200, 150, "1 Lausuntopyyntö 3.4.2026", False),
        (200, 164, "2 Lausunto elinvoimakeskukselle Kurjenkylän kaupungin ja Kaakkolan kunnan", False),
        (200, 178, "Liikenneturvallisuussuunnitelman päivityksestä sekä toimenpideohjelmasta", False),
    ]
    attachments = convert(make_pdf([runs]))["items"][0]["attachments"]
    assert attachments[-1].endswith(
        "Kaakkolan kunnan Liikenneturvallisuussuunnitelman päivityksestä sekä toimenpideohjelmasta"
    )


@pytest.mark.parametrize(
    ("caption", "method", "recipients"),
    [
        (
            "Tiedoksi\nSähköpostilla: hakija, rakennusvalvonta, Etelä-Pohjanmaan ELY-keskus\n",
            "Sähköpostilla",
            ["hakija", "rakennusvalvonta", "Etelä-Pohjanmaan ELY-keskus"],
        ),
        (
            "Tiedoksianto\nPäätös annetaan tiedoksi saantitodistuksella:\nHakija\nEtelä-Pohjanmaan ELY-keskus\n",
            "saantitodistuksella",
            ["Hakija", "Etelä-Pohjanmaan ELY-keskus"],
        ),
        (
            "Delges\nProtokollsutdrag: Bygg-Forsén Ab, tekniska avdelningen\n",
            "Protokollsutdrag",
            ["Bygg-Forsén Ab", "tekniska avdelningen"],
        ),
        (
            "Tiedoksi\nLahden kaupungin kehittämispäällikkö\nAnjariitta Carlson\n",
            None,
            ["Lahden kaupungin kehittämispäällikkö Anjariitta Carlson"],
        ),
    ],
)
def test_the_method_before_the_recipients_with_a_colon_or_in_a_lead_in(caption, method, recipients):
    item = convert_text(f"5 §\nAsia\n\nPäätös\nHyväksyttiin.\n\n{caption}")
    assert item["notify"] == {"method": method, "recipients": recipients}
    assert not item["sections"]


def test_a_sentence_naming_who_gets_the_decision_gives_the_recipients_where_no_caption_does():
    item = convert_text(
        "18 §\nLokalt tillägg\n\nStadsdirektörens förslag\nTillägget beviljas.\n\nBeslut\n"
        "Stadsdirektörens förslag godkändes. Beslutet delges huvudförtroendeman för JHL, kosthålls- och städchefen "
        "och lönesekreterare (E.N).\n"
    )
    assert item["notify"] == {
        "method": None,
        "recipients": ["huvudförtroendeman för JHL", "kosthålls- och städchefen", "lönesekreterare (E.N)"],
    }
    assert item["decision"].endswith("lönesekreterare (E.N).")  # the text stays as printed
    captioned = convert_text("19 §\nAsia\n\nBeslut\nGodkändes. Beslutet delges nämnden.\n\nDelges\nSökanden\n")
    assert captioned["notify"]["recipients"] == ["Sökanden"]


def test_a_members_motion_captioned_inside_the_decision_stays_in_the_decision():
    item = convert_text(
        "35 §\nTyöpäivät\n\nEhdotus\nLautakunta hyväksyy ratkaisun.\n\nPäätös\nKari Heikkilä teki poikkeavan "
        "ehdotuksen:\n\nKari Heikkilän ehdotus:\nLauantaityöpäivä pidetään 27.9.2025.\n\nÄänestyksessä annettiin 2 "
        "jaa-ääntä ja 3 ei-ääntä.\n"
    )
    assert item["proposal"] == "Lautakunta hyväksyy ratkaisun."
    assert "Kari Heikkilän ehdotus:" in item["decision"] and item["decision"].endswith("3 ei-ääntä.")
    assert (item["outcome"], item["votes"][0]["winner"]) == ("rejected", "no")


def test_a_way_of_delivering_is_no_recipient_an_initial_no_sentence_end_and_a_note_is_kept():
    public = convert_text("20 §\nAsia\n\nBeslut\nGodkändes. Beslutet delges genom offentlig kungörelse.\n")
    assert public["notify"] is None
    initial = convert_text(
        "21 §\nAsia\n\nBeslut\nGodkändes. Beslutet delges sökanden, byggnadsinspektör K. Nyman och miljösekreteraren.\n"
    )
    assert initial["notify"]["recipients"] == ["sökanden", "byggnadsinspektör K. Nyman", "miljösekreteraren"]
    noted = convert_text(
        "22 §\nAsia\n\nBeslut\nGodkändes.\n\nDelges\nProtokollsutdrag: ekonomiavdelningen. "
        "Paragrafen justerades omedelbart.\n"
    )
    assert noted["notify"] == {"method": "Protokollsutdrag", "recipients": ["ekonomiavdelningen"]}
    assert noted["sections"] == {"Protokollsutdrag": "Paragrafen justerades omedelbart."}


def test_a_wrapped_attachment_title_going_on_with_a_date_keeps_the_date_whole():
    from minutes_cli.parse.fields import ATTACHMENT_PREFIX
    from minutes_cli.parse.sections import NUMBERED

    assert not ATTACHMENT_PREFIX.match("1.8.2025 alkaen") and not NUMBERED.match("31.12.2024, hyväksytty versio")
    assert ATTACHMENT_PREFIX.match("1. Kartta") and NUMBERED.match("2) Selvitys")


def test_a_paragraph_opening_with_a_caption_word_is_text_where_captions_stand_alone_or_by_role():
    item = convert_text(
        "81 §\nLukuvuosisuunnitelmat\n\nValmistelija: sivistysjohtaja Olli Kangas\n\n"
        "Koulut ovat laatineet suunnitelmat.\n\n"
        "Päätös lukuvuosisuunnitelmista tehdään vuosittain ennen lokakuun loppua.\n\n"
        "Sivistysjohtajan ehdotus\nSivistyslautakunta hyväksyy suunnitelmat.\n\n"
        "Sivistyslautakunnan päätös\nEhdotus hyväksyttiin.\n"
    )
    assert item["background"].endswith("ennen lokakuun loppua.")
    assert item["proposal"] == "Sivistyslautakunta hyväksyy suunnitelmat."
    assert item["decision"] == "Ehdotus hyväksyttiin."


def test_a_paragraph_opening_with_a_caption_word_is_text_beside_a_label_column(make_pdf):
    page = [
        (57, 60, "Kaupunginhallitus", True),
        (57, 120, "§ 12 Liikuntapaikkojen vuorot", True),
        (57, 150, "Esittelyteksti", True),
        (200, 150, "Vuorot on jaettu seuroille.", False),
        (200, 180, "Esitys on käsitelty seurojen kanssa.", False),
        (57, 210, "Päätösesitys", True),
        (200, 210, "Kaupunginhallitus hyväksyy vuorot.", False),
        (57, 240, "Päätös", True),
        (200, 240, "Hyväksyttiin.", False),
    ]
    (item,) = convert(make_pdf([page]))["items"]
    assert item["background"] == "Vuorot on jaettu seuroille. Esitys on käsitelty seurojen kanssa."
    assert item["proposal"] == "Kaupunginhallitus hyväksyy vuorot."


def test_role_captions_alone_on_their_lines_make_a_caption_word_opening_a_paragraph_text(make_pdf):
    page = [
        (71, 60, "Sivistyslautakunta", True),
        (71, 120, "81 §", True),
        (102, 120, "Lukuvuosisuunnitelmat", True),
        (71, 150, "Valmistelija: sivistysjohtaja Olli Kangas", False),
        (135, 180, "Koulut ovat laatineet suunnitelmat, ja ne on käsitelty", False),
        (135, 195, "johtoryhmässä ja opettajakokouksissa syyskuussa.", False),
        (135, 225, "Päätös lukuvuosisuunnitelmista tehdään vuosittain ennen", False),
        (135, 240, "lokakuun loppua.", False),
        (71, 270, "Sivistysjohtajan ehdotus", True),
        (135, 285, "Sivistyslautakunta hyväksyy suunnitelmat ja merkitsee", False),
        (135, 300, "tiedoksi koulujen toimintakertomukset.", False),
        (71, 330, "Sivistyslautakunnan päätös", True),
        (135, 345, "Ehdotus hyväksyttiin.", False),
    ]
    (item,) = convert(make_pdf([page]))["items"]
    assert item["decision"] == "Ehdotus hyväksyttiin."
    assert item["background"].endswith("ennen lokakuun loppua.")


def test_text_after_a_byline_of_its_caption_is_the_text_and_a_byline_naming_nobody_is_kept():
    item = convert_text(
        "5 §\nAsia\n\nValmistelija: sivistysjohtaja Olli Kangas\nKoulut ovat laatineet suunnitelmat, ja ne on "
        "käsitelty\njohtoryhmässä ja opettajakokouksissa syyskuussa.\n\nEhdotus\nHyväksytään.\n\nPäätös\nOk.\n"
    )
    assert [p["name"] for p in item["preparers"]] == ["Olli Kangas"]
    assert item["background"].startswith("Koulut ovat laatineet")
    nobody = convert_text("6 §\nAsia\n\nEsittelijä\nKaupunginhallitus\n\nPäätös\nOk.\n")
    assert nobody["presenter"] is None and nobody["sections"] == {"Esittelijä": "Kaupunginhallitus"}


def test_one_space_labels_still_read_where_two_captions_are_set_apart_in_a_column():
    item = convert_text(
        "7 §\nLausunto\n\nToimivalta          Hallintosääntö 20 §\n"
        "Valmistelija        sivistysjohtaja Olli Kangas, olli.kangas@jarvela.fi\n\n"
        "Perustelut Lautakunnalta on pyydetty lausuntoa.\n\nPäätösehdotus Lautakunta antaa lausunnon.\n\n"
        "Päätös Päätösehdotus hyväksyttiin.\n"
    )
    assert (item["proposal"], item["decision"], item["outcome"]) == (
        "Lautakunta antaa lausunnon.",
        "Päätösehdotus hyväksyttiin.",
        "approved",
    )


def test_a_recipient_named_per_and_abbreviations_in_capitals_end_no_sentence():
    from minutes_cli.parse.fields import notify_in_text

    assert notify_in_text("Beslutet delges Per Holm och Anna Berg.").recipients == ["Per Holm", "Anna Berg"]
    found = notify_in_text("Beslutet delges JHL och TEHY. Ärendet bereddes av Anna Berg.")
    assert found.recipients == ["JHL", "TEHY"]
