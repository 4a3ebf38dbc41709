"""Web pages of single items: HTML turned into the text a browser's text dump shows."""

import pytest

from minutes_cli import convert
from minutes_cli.readers import read_input
from minutes_cli.readers.html import html_to_text

NBSP = "&nbsp;" * 12
PAGE = f"""<!DOCTYPE html>
<html><head><meta charset="windows-1252"><title>Kokousasia</title>
<style>p {{ margin: 0 }}</style><script>var x = "<p>ei tekstiä</p>";</script></head>
<body>
<p>Järvelän kaupunki | Tekninen lautakunta | Pöytäkirja 12.03.2025</p>
<p>JÄRDno-2025-41</p>
<p><b>§ 17</b></p>
<p><b>Katuvalojen uusiminen Keskustiellä</b></p>
<p>Valmistelijat / lisätiedot:</p>
<p>Kallio Aino, puh. 040 123 4567<br>etunimi.sukunimi@jarvela.fi</p>
<p>Päätösehdotus{NBSP}Tekninen johtaja Pekka Rinne</p>
<p>Lautakunta hyväksyy katuvalojen uusimisen.</p>
<table><tr><td><p>Päätös</p></td>
<td><p>Ehdotus hyväksyttiin.</p><p>Pöytäkirja tarkastettiin kokouksessa.</p></td></tr></table>
<ul><li>Liite 1</li><li>Liite 2</li></ul>
</body></html>"""


def test_blocks_rows_cells_and_lists():
    lines = html_to_text(PAGE).splitlines()
    assert "ei tekstiä" not in "\n".join(lines) and "Kokousasia" not in lines
    assert "Päätösehdotus" in lines[lines.index("Lautakunta hyväksyy katuvalojen uusimisen.") - 2]
    row = next(line for line in lines if line.startswith("Päätös "))
    assert row.split() == ["Päätös", "Ehdotus", "hyväksyttiin."]  # label and value share the row
    assert "Pöytäkirja tarkastettiin kokouksessa." in lines  # the cell's second paragraph goes on below
    assert "- Liite 1" in lines


def test_an_item_page_converts_like_its_text():
    document = convert(PAGE.encode("cp1252"), name="item.html")
    item = document["items"][0]
    assert document["source"]["format"] == "html"
    assert (item["number"], item["title"], item["case_id"]) == (
        17,
        "Katuvalojen uusiminen Keskustiellä",
        "JÄRDno-2025-41",
    )
    assert item["presenter"]["name"] == "Pekka Rinne" and item["preparers"][0]["name"] == "Aino Kallio"
    assert item["decision"].startswith("Ehdotus hyväksyttiin.") and item["outcome"] == "approved"


def test_a_page_in_another_charset_than_declared_is_read_with_a_warning():
    raw = read_input(PAGE.replace("windows-1252", "utf-8").encode("cp1252"), "item.html")
    assert [w.code for w in raw.warnings] == ["text-encoding"]


def test_real_espoo_page_gives_what_its_text_dump_gives(shared):
    page = convert(shared / "corpus" / "paatos-scraper" / "espoo" / "2013262303-5.HTM")
    dump = convert(shared / "corpus" / "derived" / "espoo-2013262303-5.txt")
    fields = ("number", "title", "case_id", "presenter", "preparers", "proposal", "decision", "outcome")
    assert [page["items"][0][f] for f in fields] == [dump["items"][0][f] for f in fields]
    assert page["meeting"]["date"] == dump["meeting"]["date"] == "2013-01-17"


@pytest.mark.parametrize("name", ["vantaa/vantaa_tweb_kaupunginhallitus_20_3_2017.html", "espoo/2017406946.HTM"])
def test_a_meeting_index_page_is_kept_with_a_warning(shared, name):
    document = convert(shared / "corpus" / "paatos-scraper" / name)
    assert "no-items" in {w["code"] for w in document["warnings"]}
    assert document["items"][0]["outcome"] is None
