"""Earlier handlings of a case: each one once, with its own text."""

from minutes_cli import convert

# Tweb lists the earlier handlings together, then prints each again over its own text.
LISTED_THEN_PRINTED = """\
VÄLFÄRDSNÄMNDEN            PROTOKOLL            5/2022
Välfärdsnämnden            15.9.2022

47 §
Mötestider 2022; Välfärdsnämnden

Välfärdsnämnden 25.11.2021, 56 §
Välfärdsnämnden 10.1.2022, 8 §

Välfärdsnämnden 25.11.2021, 56 §

Förslag
Mötesdatumen för år 2022 fastställs.

Beslut
Förslaget godkändes.

Välfärdsnämnden 10.1.2022, 8 §

Förslag
Mötesdatumet 31.3.2022 flyttas till 24.3.2022.

Beslut
Förslaget antogs.

Välfärdsnämnden 15.9.2022, 47 §

Förslag
Budgetmötet flyttas från 6.10 till 13.10.

Beslut
Enligt förslag.
"""


def test_handlings_listed_above_their_text_are_not_counted_twice():
    (item,) = convert(LISTED_THEN_PRINTED.encode(), name="protokoll.txt")["items"]
    assert (item["number"], item["decision"]) == (47, "Enligt förslag.")
    assert [(h["date"], h["number"], h["decision"]) for h in item["previous_handling"]] == [
        ("2021-11-25", 56, "Förslaget godkändes."),
        ("2022-01-10", 8, "Förslaget antogs."),
    ]


# Tweb leaves out this meeting's handling line; the rule under the board's decision ends it.
UNDER_A_RULE = """\
13 §
Motion om en ramp

Tidigare behandling

Stadsstyrelsen 26.9.2022, 202 §

Stadsdirektörens förslag:
Motionen överförs till rådet för vidare beredning.

Stadsstyrelsens beslut:
Enligt förslag.
______

Beredning: Kommunikationskoordinator Johan Berg
Stadsstyrelsen överförde motionen till rådet.

Ordförandes förslag:
Rådet ger ett utlåtande.

Beslut:
Rådet förordar en ramp längs älven.
______
"""


def test_this_meetings_handling_under_the_rule_after_an_earlier_decision():
    (item,) = convert(UNDER_A_RULE.encode(), name="protokoll.txt")["items"]
    assert (item["proposal"], item["decision"]) == ("Rådet ger ett utlåtande.", "Rådet förordar en ramp längs älven.")
    assert [p["name"] for p in item["preparers"]] == ["Johan Berg"]
    assert [(h["number"], h["decision"]) for h in item["previous_handling"]] == [(202, "Enligt förslag.")]


def test_a_title_line_where_the_handling_line_would_be_is_not_the_items_text():
    from minutes_cli.lines import Cell, Line
    from minutes_cli.parse.handlings import stands_for_handling_line
    from minutes_cli.parse.layout import Entry

    def at(x0: float, text: str, kind: str = "text") -> Entry:
        line = Line(text, 6, x0, 400, 100, 112, 10.0, False, (Cell(text, x0, 400),))
        return Entry(kind, text, line, field="background" if kind == "label" else None, label="Beredning")

    title = "Motion, Gör aackurdunten tillgänglig för allag F. Strang"  # some glyphs read wrong
    stand_in = [at(71, "Gör Kackurdunten tillgänglig för alla"), at(71, "Beredning", "label"), at(136, "Text.")]
    assert stands_for_handling_line(stand_in, title)
    text_first = [at(136, "8.9.2022 behandlade stadsfullmäktige motionen"), at(71, "Beredning", "label")]
    assert not stands_for_handling_line(text_first, title)
    sentence = [at(71, "Ärendet bereds vidare."), at(71, "Beredning", "label")]
    assert not stands_for_handling_line(sentence, title)
    other = [at(71, "Ärendet återremitterades utan diskussion"), at(71, "Beredning", "label")]
    assert not stands_for_handling_line(other, title)  # not the title's words: kept


def test_a_list_of_earlier_handlings_without_a_line_for_this_one_leaves_the_text_to_the_item():
    text = (
        "STADSSTYRELSEN            PROTOKOLL            9/2024\nStadsstyrelsen            14.10.2024\n\n"
        "197 §\nMotion om kollektivtrafik\n\nTidigare behandling\nStadsfullmäktige 16.06.2022 § 41\n"
        "Stadsstyrelsen 12.09.2022 § 180\n\nFöredragande\nMikael Forsman, stadsdirektör\n\n"
        "Beredning\nEn motion har lämnats in.\n\nStadsdirektörens förslag\nMotionen anses färdigbehandlad.\n\n"
        "Beslut\nStadsdirektörens förslag godkändes enhälligt.\n"
    )
    (item,) = convert(text.encode(), name="protokoll.txt")["items"]
    assert (item["decision"], item["outcome"]) == ("Stadsdirektörens förslag godkändes enhälligt.", "approved")
    assert item["presenter"]["name"] == "Mikael Forsman"
    assert [(h["body"], h["number"], h["decision"]) for h in item["previous_handling"]] == [
        ("Stadsfullmäktige", 41, None),
        ("Stadsstyrelsen", 180, None),
    ]


def test_handling_lines_listed_after_a_lead_in_of_the_items_own_text_are_its_text():
    text = (
        "Järvelän kaupunki\nTekninen lautakunta\nPöytäkirja 5/2025\n\nAika\n20.5.2025 klo 17.00–19.10\n\n"
        "§ 41 Ilmoitusasiat\n\nPerustelut\nLautakunnalle saatetaan tiedoksi seuraavat päätökset:\n\n"
        "Ympäristölautakunnan lupajaos 6.5.2025 § 12\nMaa-ainesten ottamislupa, Kangasmäen tila\n\n"
        "Päätösehdotus\nLautakunta merkitsee ilmoitusasiat tiedoksi.\n\nPäätös\nPäätösehdotus hyväksyttiin.\n"
    )
    (item,) = convert(text.encode(), name="minutes.txt")["items"]
    assert item["background"].startswith("Lautakunnalle saatetaan tiedoksi seuraavat päätökset:")
    assert "Ympäristölautakunnan lupajaos 6.5.2025 § 12" in item["background"]
    assert item["previous_handling"] == [] and item["outcome"] == "approved"
