"""Lines into a layout: table rows put back together where a PDF printed them over several lines."""

from minutes_cli import convert
from minutes_cli.lines import Cell, Line
from minutes_cli.parse.layout import build_layout, find_furniture, merge_centred_cells


def line(top: float, *cells: tuple[float, float, str]) -> Line:
    parts = tuple(Cell(text, x0, x1) for x0, x1, text in cells)
    text = " ".join(c.text for c in parts)
    return Line(text, 3, parts[0].x0, parts[-1].x1, top, top + 15, 11.0, False, parts)


def test_a_two_line_first_cell_with_its_values_centred_between_the_lines_is_one_row():
    lines = [
        line(280, (119, 239, "4410 Kirjasto"), (322, 331, "0"), (377, 418, "-20.000")),
        line(296, (122, 225, "Koneet ja kalusto /")),
        line(307, (324, 418, "-30.000 -125.000")),
        line(319, (119, 275, "Lautakunta yhteensä")),
        line(345, (119, 200, "Lisäksi todetaan, että luvut ovat arvioita.")),
    ]
    merged = merge_centred_cells(lines)
    assert [m.text for m in merged] == [
        "4410 Kirjasto 0 -20.000",
        "Koneet ja kalusto / Lautakunta yhteensä -30.000 -125.000",
        "Lisäksi todetaan, että luvut ovat arvioita.",
    ]
    assert merged[1].cells[0].text == "Koneet ja kalusto / Lautakunta yhteensä"


def test_lines_of_prose_stay_apart():
    lines = [
        line(280, (57, 300, "Lautakunta päätti, että")),
        line(296, (120, 400, "hankinta tehdään kilpailuttamalla")),  # starts inside the line above
        line(312, (57, 300, "ja että asia tuodaan")),
    ]
    assert merge_centred_cells(lines) == lines


def test_the_minutes_header_is_furniture_also_where_merged_appendices_fill_most_pages():
    # 4 pages of minutes with their header, then 16 appendix pages with a header of their own
    def at(page: int, top: float, text: str) -> Line:
        return Line(text, page, 50, 300, top, top + 12, 10.0, False, (Cell(text, 50, 300),))

    lines = [at(1, 300, "Protokoll 29.05.2023")]  # the cover has no running header
    for page in range(2, 5):
        lines += [at(page, 76, f"Protokoll {page + 24} § 29.05.2023 Sida"), at(page, 300, f"Text på sida {page}")]
    for page in range(5, 21):
        lines += [at(page, 10, f"Bilaga Personalsektionen, 29.05.2023 § {page}"), at(page, 400, "Avtalstext")]
    furniture = {lines[i].text for i in find_furniture(lines, pages=20, page_height=842)}
    assert "Protokoll 26 § 29.05.2023 Sida" in furniture and "Bilaga Personalsektionen, 29.05.2023 § 5" in furniture
    assert not any(text.startswith(("Text på", "Avtalstext")) for text in furniture)


def test_a_bold_caption_that_list_numbering_ran_into_is_still_a_caption():
    def at(top: float, text: str, bold: bool = False) -> Line:
        return Line(text, 1, 89, 400, top, top + 12, 10.0, bold, (Cell(text, 89, 400, bold),))

    lines = [
        at(100, "8. Höjning av språktillägget till 65 euro, 26 st"),
        at(130, "4. Stadsdirektör Martin Norrgårds förslag:", bold=True),
        at(145, "Personalsektionen godkänner fördelningen enligt förslaget."),
        at(175, "5. Personalsektionens beslut:", bold=True),
        at(190, "Stadsdirektörens förslag godkändes."),
        at(220, "1. BAKGRUND", bold=True),  # a report's numbered heading: no colon, no caption
    ]
    entries = build_layout(lines, pages=1, page_height=842).entries
    assert [(e.kind, e.field) for e in entries] == [
        ("text", None),
        ("label", "proposal"),
        ("text", None),
        ("label", "decision"),
        ("text", None),
        ("text", None),
    ]


def test_a_caption_at_the_end_of_a_page_does_not_go_on_with_a_bold_line_atop_the_next(make_pdf):
    """ "Päätös" | "Hyväksyttiin." last on page 1, "MAANVUOKRASOPIMUS" first on page 2: not one caption."""
    page_1 = [
        (57, 110, "§ 12 Vuokrasopimus", True),
        (57, 140, "Päätösehdotus", True),
        (200, 140, "Hyväksytään.", False),
        (57, 750, "Päätös", True),
        (200, 750, "Hyväksyttiin.", False),
    ]
    page_2 = [(57, 138, "MAANVUOKRASOPIMUS", True), (57, 160, "Vuokra-aika on 10 vuotta.", False)]
    decision = convert(make_pdf([page_1, page_2]))["items"][0]["decision"]
    assert "MAANVUOKRASOPIMUS" in decision
