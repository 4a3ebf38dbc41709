"""The PDF reader's check of a font's glyph-to-letter map (ToUnicode CMap)."""

from minutes_cli.readers.pdf import ambiguous_letters

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
    assert ambiguous_letters(SOUND) == set()


def test_a_letter_drawn_by_two_glyphs_is_found():
    # the glyph that draws "l" is mapped to "j": "protokojjet"
    broken = SOUND.replace(b"<0003> <006C>", b"<0003> <006A>")
    assert ambiguous_letters(broken) == {"j"}


def test_ranges_count_too():
    broken = SOUND.replace(b"<0004> <006A>", b"<0004> <0062>")  # "b" in the range 0x10-0x12 as well
    assert ambiguous_letters(broken) == {"b"}


def test_ranges_with_an_array_of_targets():
    array = SOUND.replace(b"<0010> <0012> <0061>", b"<0010> <0012> [<0061> <006A> <0063>]")  # 0x11 -> "j" again
    assert ambiguous_letters(array) == {"j"}
