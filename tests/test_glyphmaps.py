"""Broken glyph maps: read, written back, and repaired from the other subsets of the font."""

import struct

import pytest

from minutes_cli import convert
from minutes_cli.readers.glyphmaps import SubsetFont, plan_repairs, read_cmap, write_cmap

# Outlines stand for the glyph programs: the same glyph has the same outline in every subset.
GLYPH_L, GLYPH_J, GLYPH_T, GLYPH_I, GLYPH_TI = (b"l-outline", b"j-outline", b"t-outline", b"i-outline", b"ti-outline")
WIDTHS = {GLYPH_L: 0.23, GLYPH_J: 0.25, GLYPH_T: 0.33, GLYPH_I: 0.23, GLYPH_TI: 0.55}


def subset(mapping: dict[int, str], outlines: dict[int, bytes], xref: int = 10, base: str = "Calibri") -> SubsetFont:
    widths = {code: WIDTHS[outline] for code, outline in outlines.items()}
    return SubsetFont(base, xref, mapping, (outlines, widths))


def glyph(contours: int, name: bytes) -> bytes:
    """An outline that starts as a TrueType glyph does, with its number of contours."""
    return struct.pack(">h", contours) + name


def test_a_map_is_read_and_written_back():
    cmap = write_cmap({1: "l", 2: "j", 3: "fi", 4: "ä"})
    assert read_cmap(cmap) == {1: "l", 2: "j", 3: "fi", 4: "ä"}
    assert read_cmap(b"1 beginbfrange\n<05> <07> <0061>\nendbfrange") == {5: "a", 6: "b", 7: "c"}


def test_a_glyph_mapped_to_the_wrong_letter_takes_the_letter_the_other_subsets_give_it():
    # "protokojjet": the "l" glyph is mapped to "j" in one subset, right in two others
    broken = subset({1: "j", 2: "j", 3: "t"}, {1: GLYPH_L, 2: GLYPH_J, 3: GLYPH_T}, xref=11)
    sound = [
        subset({1: "l", 2: "t"}, {1: GLYPH_L, 2: GLYPH_T}, xref=12),
        subset({5: "l", 6: "j"}, {5: GLYPH_L, 6: GLYPH_J}, xref=13),
    ]
    repairs = plan_repairs([broken, *sound])
    assert [(font.cmap_xref, mapping) for font, mapping in repairs] == [(11, {1: "l", 2: "j", 3: "t"})]


def test_a_letter_no_longer_claimed_goes_to_the_glyph_left_without_one():
    # half the subsets map the "E" glyph to "-" as well as the hyphen; the hyphen keeps "-"
    hyphen, capital_e = b"hyphen-outline", b"e-outline"
    WIDTHS.update({hyphen: 0.3, capital_e: 0.5})
    # the broken subsets have no hyphen of their own, so nothing in them says their "-" is wrong
    broken = [subset({2: "-", 3: "j", 4: "j"}, {2: capital_e, 3: GLYPH_L, 4: GLYPH_J}, xref=20 + i) for i in range(2)]
    sound = [subset({1: "-", 2: "E", 3: "l"}, {1: hyphen, 2: capital_e, 3: GLYPH_L}, xref=30 + i) for i in range(2)]
    repairs = plan_repairs(broken + sound)
    assert [(font.cmap_xref, mapping) for font, mapping in repairs] == [
        (20, {2: "E", 3: "l", 4: "j"}),
        (21, {2: "E", 3: "l", 4: "j"}),
    ]


def test_a_ligature_mapped_to_its_first_letter_is_read_by_its_width():
    # "tll" for "till": the "ti" glyph, as wide as "t" and "i" together, is mapped to "t"
    font = subset({1: "t", 2: "i", 3: "t"}, {1: GLYPH_T, 2: GLYPH_I, 3: GLYPH_TI})
    ((_, mapping),) = plan_repairs([font, subset({4: "t", 5: "i"}, {4: GLYPH_T, 5: GLYPH_I}, xref=12)])
    assert mapping == {1: "t", 2: "i", 3: "ti"}


def test_a_mistake_every_subset_makes_is_undone_by_the_widths_of_the_other_weights():
    # Tweb's bold Calibri: the "E" glyph mapped to "-" and the hyphen to "n" in nearly every subset
    hyphen, capital_e, small_n = b"hyphen-outline", b"e-outline", b"n-outline"
    bold_hyphen, bold_e, bold_n = b"bold-hyphen", b"bold-e", b"bold-n"
    WIDTHS.update({hyphen: 0.306, capital_e: 0.488, small_n: 0.525, bold_hyphen: 0.306, bold_e: 0.488, bold_n: 0.537})
    regular = [subset({1: "-", 2: "E", 3: "n"}, {1: hyphen, 2: capital_e, 3: small_n}, xref=40 + i) for i in range(2)]
    outlines = {1: bold_e, 2: bold_hyphen, 3: bold_n}
    broken = [subset({1: "-", 2: "n", 3: "n"}, outlines, xref=50 + i, base="Calibri-Bold") for i in range(3)]
    sound = subset({1: "E", 2: "-", 3: "n"}, outlines, xref=60, base="Calibri-Bold")
    repairs = plan_repairs(regular + broken + [sound])
    assert [(font.cmap_xref, mapping) for font, mapping in repairs] == [
        (50 + i, {1: "E", 2: "-", 3: "n"}) for i in range(3)
    ]


def test_a_subset_that_reads_wrong_without_giving_a_letter_twice_is_repaired_too():
    # "godkändesE": one subset maps the period to "E" (and has no "E" of its own)
    period = b"period-outline"
    WIDTHS[period] = 0.25
    others = [subset({1: ".", 2: "l"}, {1: period, 2: GLYPH_L}, xref=70 + i) for i in range(3)]
    odd = subset({1: "E", 2: "l"}, {1: period, 2: GLYPH_L}, xref=80)
    assert [(font.cmap_xref, mapping) for font, mapping in plan_repairs([*others, odd])] == [(80, {1: ".", 2: "l"})]


def test_fi_and_fl_are_told_apart_by_the_dot_of_the_i():
    small_f, small_i, small_l, fi, fl = glyph(1, b"f"), glyph(2, b"i"), glyph(1, b"l"), glyph(2, b"fi"), glyph(1, b"fl")
    WIDTHS.update({small_f: 0.305, small_i: 0.229, small_l: 0.229, fi: 0.529, fl: 0.529})
    reference = subset({1: "f", 2: "i", 3: "l"}, {1: small_f, 2: small_i, 3: small_l}, xref=90)
    # the "fi" glyph mapped to "fD" (garbage after its first letter), the "fl" glyph to "f"
    font = subset(
        {1: "f", 2: "i", 3: "l", 4: "fD", 5: "f"}, {1: small_f, 2: small_i, 3: small_l, 4: fi, 5: fl}, xref=91
    )
    ((_, mapping),) = plan_repairs([reference, font])
    assert mapping == {1: "f", 2: "i", 3: "l", 4: "fi", 5: "fl"}


def test_a_glyph_that_draws_nothing_is_a_space_whatever_its_map_says():
    # "TillnprotokolljusterarenvaldesnMarikanHolmberg": the space glyph mapped to "n"
    WIDTHS[b""] = 0.226
    broken = subset({1: "l", 2: "n", 3: "j"}, {1: GLYPH_L, 2: b"", 3: GLYPH_J}, xref=95)
    sound = subset({1: "l", 3: "j"}, {1: GLYPH_L, 3: GLYPH_J}, xref=96)
    assert [(font.cmap_xref, mapping) for font, mapping in plan_repairs([broken, sound])] == [
        (95, {1: "l", 2: " ", 3: "j"})
    ]


def test_a_ligature_every_subset_maps_to_its_first_letter_does_not_take_the_letter():
    # most subsets draw "ti" but no "t" of their own: their trusted "t" is the "ti" glyph
    ligature_only = [subset({1: "t", 2: "i"}, {1: GLYPH_TI, 2: GLYPH_I}, xref=100 + i) for i in range(3)]
    plain = [subset({1: "t", 2: "i"}, {1: GLYPH_T, 2: GLYPH_I}, xref=110 + i) for i in range(2)]
    repairs = plan_repairs(ligature_only + plain)
    assert [(font.cmap_xref, mapping) for font, mapping in repairs] == [(100 + i, {1: "ti", 2: "i"}) for i in range(3)]


def test_a_ligature_glyph_one_subset_maps_to_another_letter_is_read_as_the_others_lean():
    # "traik" for "trafik": the "fi" glyph is "f" in most subsets, "i" in one, and settles neither
    small_f, small_i, fi = glyph(1, b"f"), glyph(2, b"i"), glyph(2, b"fi")
    WIDTHS.update({small_f: 0.305, small_i: 0.229, fi: 0.529})
    leaning_f = [subset({1: "f", 2: "i", 3: "f"}, {1: small_f, 2: small_i, 3: fi}, xref=120 + n) for n in range(2)]
    odd = subset({1: "f", 2: "i", 3: "i"}, {1: small_f, 2: small_i, 3: fi}, xref=130)
    repairs = dict((font.cmap_xref, mapping[3]) for font, mapping in plan_repairs([*leaning_f, odd]))
    assert repairs == {120: "fi", 121: "fi", 130: "fi"}


def test_a_code_the_map_leaves_out_takes_the_letter_of_its_outline():
    # MuPDF reads an unmapped code as itself: "Miljone\x10 soppåsa\x10" for "Miljoner soppåsar"
    others = [subset({1: "l", 2: "j"}, {1: GLYPH_L, 2: GLYPH_J}, xref=140 + n) for n in range(2)]
    gap = subset({2: "j"}, {1: GLYPH_L, 2: GLYPH_J}, xref=150)
    assert [(font.cmap_xref, mapping) for font, mapping in plan_repairs([*others, gap])] == [(150, {1: "l", 2: "j"})]


def test_sound_subsets_are_left_alone():
    fonts = [
        subset({1: "l", 2: "j"}, {1: GLYPH_L, 2: GLYPH_J}),
        subset({1: "t", 2: "i"}, {1: GLYPH_T, 2: GLYPH_I}, xref=12),
    ]
    assert plan_repairs(fonts) == []


def test_real_minutes_with_broken_maps_read_right(shared):
    path = shared / "corpus" / "nykarleby-novia" / "radet_for_funktionshindrade_protokoll_24_05_2023_16_00_163978.pdf"
    document = convert(path)
    assert "glyph-map-repaired" in [w["code"] for w in document["warnings"]]
    by_number = {item["number"]: item for item in document["items"]}
    assert by_number[11]["decision"].startswith("Helena Häggström och Kent Wikblad valdes till protokolljusterare.")
    assert "Österbottens" in by_number[14]["decision"] and "hittills" in by_number[14]["decision"]


@pytest.mark.parametrize("name", ["jarvela-kaupunginhallitus-2025-03.pdf"])
def test_sound_pdfs_are_not_touched(name):
    from tests.conftest import EXAMPLES

    codes = [w["code"] for w in convert(EXAMPLES / name)["warnings"]]
    assert "glyph-map-repaired" not in codes and "unreliable-text-layer" not in codes


def test_a_damaged_font_program_is_a_value_error():
    from minutes_cli.readers.glyphmaps import glyphs_by_code

    for damaged in (b"", b"\x00\x01\x00\x00\x00\x05" + b"\xff" * 40):
        with pytest.raises(ValueError):
            glyphs_by_code(damaged)


def test_damaged_copies_of_a_file_with_broken_maps_fail_cleanly(shared):
    import contextlib
    import random

    from minutes_cli.errors import MinutesError

    path = shared / "corpus" / "nykarleby-novia" / "radet_for_funktionshindrade_protokoll_24_05_2023_16_00_163978.pdf"
    data = path.read_bytes()
    rng = random.Random(2)
    for _ in range(12):
        damaged = bytearray(data)
        for _ in range(rng.randint(1, 200)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        with contextlib.suppress(MinutesError):  # a clear error is fine; a traceback is not
            convert(bytes(damaged), name="damaged.pdf")
