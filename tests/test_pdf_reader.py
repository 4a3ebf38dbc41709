"""The PDF reader's check of a font's glyph-to-letter map (ToUnicode CMap)."""

from minutes_cli.readers.glyphmaps import read_cmap, reads_wrong


def reads_wrong_map(cmap: bytes) -> bool:
    return reads_wrong(read_cmap(cmap))


SOUND = b"""begincmap
2 beginbfchar
<0003> <006C>
<0004> <006A>
endbfchar
1 beginbfrange
<0010> <0012> <0061>
endbfrange
1 beginbfchar
<0020> <00660069>
endbfchar
endcmap"""


def test_one_glyph_per_letter_and_ligatures_to_two_letters_are_sound():
    assert not reads_wrong_map(SOUND)


def test_a_letter_drawn_by_two_glyphs_is_found():
    # the glyph that draws "l" is mapped to "j": "protokojjet"
    broken = SOUND.replace(b"<0003> <006C>", b"<0003> <006A>")
    assert reads_wrong_map(broken)


def test_ranges_count_too():
    broken = SOUND.replace(b"<0004> <006A>", b"<0004> <0062>")  # "b" in the range 0x10-0x12 as well
    assert reads_wrong_map(broken)


def test_ranges_with_an_array_of_targets():
    array = SOUND.replace(b"<0010> <0012> <0061>", b"<0010> <0012> [<0061> <006A> <0063>]")  # 0x11 -> "j" again
    assert reads_wrong_map(array)


def test_an_f_with_two_glyphs_is_a_ligature_not_a_broken_map():
    assert not reads_wrong_map(
        SOUND.replace(b"<0004> <006A>", b"<0004> <0066>").replace(b"<0003> <006C>", b"<0003> <0066>")
    )


def test_fonts_of_a_page_and_of_the_forms_on_it_are_all_checked():
    import pymupdf

    from minutes_cli.readers.pdf import GlyphMapCheck

    inner = pymupdf.open()
    inner.new_page().insert_text((72, 72), "Liite 1", fontname="hebo")
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 300), "Päätös", fontname="helv")
    assert len(GlyphMapCheck(doc).font_xrefs(0)) == 1
    page.show_pdf_page(page.rect, inner, 0)  # a merged page: its text sits in a form
    expected = sorted(font[0] for font in doc[0].get_fonts(full=True))
    assert sorted(GlyphMapCheck(doc).font_xrefs(0)) == expected and len(expected) == 2


def test_a_later_page_that_reads_wrong_with_nothing_to_repair_is_read_once_and_flagged():
    import pymupdf

    from minutes_cli.readers.pdf import read_pdf

    doc = pymupdf.open()
    for text in ("§ 1 Ensimmäinen asia", "Päätös hyväksyttiin\x19 tänään", "§ 2 Toinen asia"):
        doc.new_page().insert_text((72, 72), text, fontname="helv", fontsize=11)
    raw = read_pdf(doc.tobytes(), "x.pdf")
    assert [line.page_number for line in raw.lines] == [1, 2, 3]  # reading goes on after the stop, no page twice
    assert [(w.code, w.where) for w in raw.warnings] == [("unreliable-text-layer", "page 2")]


def test_columns_set_apart_with_spaces_in_one_span_are_cells():
    import pymupdf

    from minutes_cli.readers.pdf import read_pdf

    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "Elektroniska underskrifter", fontname="helv", fontsize=11)
    page.insert_text((72, 130), "Siw Frostdahl-Blomqvist", fontname="helv", fontsize=11)
    page.insert_text((330, 130), "Kristina Wikblad", fontname="helv", fontsize=11)
    page.insert_text((72, 145), "ordförande" + " " * 40 + "protokollförare", fontname="helv", fontsize=11)
    lines = read_pdf(doc.tobytes(), "x.pdf").lines
    roles = next(line for line in lines if line.text.startswith("ordförande"))
    assert [cell.text for cell in roles.cells] == ["ordförande", "protokollförare"]
    assert roles.cells[1].x0 > roles.cells[0].x1


def test_a_space_after_a_line_end_hyphen_and_zero_width_space_is_kept_for_the_join():
    from minutes_cli.readers.pdf import squeeze

    assert squeeze("kuntapäättäjä-\u200b ") == "kuntapäättäjä-\u200b "
    assert squeeze("  otto-\u200b") == "otto-\u200b"
    assert squeeze("two  words  ") == "two words"
