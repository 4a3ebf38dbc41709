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


def test_a_page_saved_again_as_utf8_under_its_old_charset_is_read_as_utf8():
    raw = read_input(PAGE.encode("utf-8"), "item.html")  # still declares windows-1252
    assert "Katuvalojen uusiminen Keskustiellä" in [line.text for line in raw.lines]
    assert [(w.code, w.message) for w in raw.warnings] == [
        ("text-encoding", "read as utf-8; the page declares windows-1252")
    ]
    assert read_input(PAGE.encode("cp1252"), "item.html").warnings == []  # as declared: no warning


def test_real_espoo_page_gives_what_its_text_dump_gives(shared):
    page = convert(shared / "corpus" / "paatos-scraper" / "espoo" / "2013262303-5.HTM")
    dump = convert(shared / "corpus" / "derived" / "espoo-2013262303-5.txt")
    fields = ("number", "title", "case_id", "presenter", "preparers", "proposal", "decision", "outcome")
    assert [page["items"][0][f] for f in fields] == [dump["items"][0][f] for f in fields]
    assert page["meeting"]["date"] == dump["meeting"]["date"] == "2013-01-17"


@pytest.mark.parametrize(
    ("name", "first", "count", "date"),
    [
        ("vantaa/vantaa_tweb_kaupunginhallitus_20_3_2017.html", 1, 29, "2017-03-20"),
        ("espoo/2017406946.HTM", 125, 22, "2017-05-08"),
        ("turku/turku_kh_2017-02-05-poytakirja.htm", 186, 12, "2017-05-02"),
        ("oulu/oulu_tweb_kaupunginhallitus_5_2017.html", 72, 13, "2017-03-27"),
    ],
)
def test_a_meeting_index_page_lists_its_items(shared, name, first, count, date):
    document = convert(shared / "corpus" / "paatos-scraper" / name)
    items = document["items"]
    assert (items[0]["number"], len(items), document["meeting"]["date"]) == (first, count, date)
    assert document["meeting"]["body"] == "Kaupunginhallitus"
    assert all(item["title"] and item["outcome"] is None and item["decision"] is None for item in items)


INDEX_PAGE = """<html><head><meta charset="utf-8"><title>Kokousasiakirjat - Järvelän kaupunki</title></head>
<body><p>Pöytäkirjat</p><p>Kaupunginhallitus: 5/2025</p><p>27.3.2025 15:00</p><p>Pöytäkirja</p>
<table><tr><th>§</th><th>Otsikko</th><th>Liitteet</th></tr>
<tr><td></td><td>Pöytäkirjan kansilehti</td><td>-</td></tr>
<tr><td>72</td><td>Tilinpäätös 2024</td><td>3 kpl</td></tr>
<tr><td>73</td><td>Talouden seuranta 1.1.-28.2.2025</td><td>-</td></tr>
<tr><td>74</td><td>Omavelkaisen takauksen myöntäminen</td><td>1 kpl</td></tr>
</table></body></html>"""


def test_an_index_page_gives_the_meeting_and_a_numbered_item_for_each_row():
    document = convert(INDEX_PAGE.encode(), name="kokous.html")
    meeting = document["meeting"]
    assert (meeting["municipality"], meeting["body"], meeting["number"]) == ("Järvelä", "Kaupunginhallitus", "5/2025")
    assert (meeting["date"], meeting["start_time"], meeting["kind"]) == ("2025-03-27", "15:00", "minutes")
    assert [(item["number"], item["title"], item["outcome"]) for item in document["items"]] == [
        (72, "Tilinpäätös 2024", None),
        (73, "Talouden seuranta 1.1.-28.2.2025", None),
        (74, "Omavelkaisen takauksen myöntäminen", None),
    ]
    assert "Pöytäkirjan kansilehti" in document["appendices"][0]["title"]  # kept, not dropped


def test_the_attendee_tables_below_an_index_name_the_chair_and_the_secretary():
    tables = (
        "<table><tr><td>Saapuvilla olleet jäsenet</td>"
        "<td><p>Ilmari Lehto, puheenjohtaja</p><p>Aino Kallio</p><p>Eero K. Salo</p></td></tr>"
        "<tr><td>Muut saapuvilla olleet</td><td><p>Saara Niemi</p><p>kaupunginsihteeri, sihteeri</p></td></tr></table>"
    )
    document = convert(INDEX_PAGE.replace("</body>", tables + "</body>").encode(), name="kokous.html")
    meeting = document["meeting"]
    assert (meeting["chair"]["name"], meeting["secretary"]["name"]) == ("Ilmari Lehto", "Saara Niemi")
    assert [(a["name"], a["role"]) for a in meeting["attendees"]] == [
        ("Ilmari Lehto", "puheenjohtaja"),
        ("Aino Kallio", None),
        ("Eero K. Salo", None),
        ("Saara Niemi", "kaupunginsihteeri, sihteeri"),  # the role on the line below the name
    ]


# A web publication in the style of Turku's: a table of the case's handlings on top, each
# handling opened by "Ltk § N" and a dated byline, labels in styled spans that run straight
# into their text, and a list of attachments grouped by handling.
HANDLINGS_PAGE = """<html><head><meta charset="utf-8"></head><body>
<table><tr><td>Järvelän kaupunki</td><td>§</td><td>Kokouspvm</td><td>Asia</td></tr>
<tr><td>Tekninen lautakunta</td><td>41</td><td>11.03.2025</td><td>3</td></tr>
<tr><td>Kaupunginhallitus</td><td>88</td><td>07.04.2025</td><td>5</td></tr></table>
<p>1234-2025 (612)</p><p>Uimahallin peruskorjauksen hankesuunnitelma</p>
<p><strong>Tiivistelmä:</strong></p><p>Uimahalli peruskorjataan vuosina 2026-2027.</p>
<p>Tekltk § 41</p><p>Tekninen johtaja Pekka Rinne, rakennusmestari Aino Kallio 3.3.2025:</p>
<p>Hankesuunnitelman kustannusarvio on 8,2 milj. euroa.</p>
<p class="liiteoheis"><span class="liiteoheis">Liite 1</span>Hankesuunnitelma 28.2.2025</p>
<p><span class="ehdotuspaatos">Ehdotus</span>Tekninen lautakunta esittää hankesuunnitelman hyväksymistä.</p>
<p><span class="ehdotuspaatos">Päätös</span>Ehdotus hyväksyttiin.</p>
<p>Kh § 88</p><p>Kaupunginsihteeri Ville Aalto 31.3.2025:</p>
<p>Rahoitus on varattu talousarvioon.</p>
<p class="liiteoheis"><span class="liiteoheis">Liite 2</span>Rahoituslaskelma</p>
<p class="liiteoheis"><span class="liiteoheis">Oheismateriaali 1</span>Kuntotutkimus</p>
<p>Kaupunginjohtaja Maija Virtanen:</p>
<p><span class="ehdotuspaatos">Ehdotus</span>Kaupunginhallitus hyväksyy hankesuunnitelman.</p>
<p><span class="ehdotuspaatos">Päätös</span>Ehdotus hyväksyttiin.</p>
<p>Jakelu</p><p><span class="jaktyyppi">tpv</span>Tekninen toimiala, tilapalvelut<br>
<span class="jaktyyppi">tied</span>Tarkastuslautakunta</p>
<p><strong>Liitteet:</strong></p>
<p><strong>Tekltk § 41</strong><br>
<span class="liomLabel">Liite 1:</span><a href="1.htm">Hankesuunnitelma 28.2.2025</a></p>
<p><strong>Kh § 88</strong><br><span class="liomLabel">Liite 1:</span><a href="1.htm">Hankesuunnitelma 28.2.2025</a><br>
<span class="liomLabel">Liite 2:</span><a href="2.htm">Rahoituslaskelma</a></p>
</body></html>"""


def test_a_styled_label_running_into_its_text_is_a_cell_of_its_own():
    lines = html_to_text(HANDLINGS_PAGE).splitlines()
    assert "Päätös      Ehdotus hyväksyttiin." in lines
    assert "tpv      Tekninen toimiala, tilapalvelut" in lines
    assert "Kh § 88" in lines  # a span inside a line is left alone
    assert not any("PäätösEhdotus" in line for line in lines)


def test_a_page_with_the_handlings_of_a_case():
    item = convert(HANDLINGS_PAGE.encode(), name="item.htm")["items"][0]
    assert (item["number"], item["title"], item["case_id"]) == (
        88,
        "Uimahallin peruskorjauksen hankesuunnitelma",
        "1234-2025 (612)",
    )
    assert item["background"] == "Rahoitus on varattu talousarvioon."  # the byline names the preparer
    assert [p["name"] for p in item["preparers"]] == ["Ville Aalto"]
    assert item["presenter"]["name"] == "Maija Virtanen"
    assert (item["proposal"], item["decision"], item["outcome"]) == (
        "Kaupunginhallitus hyväksyy hankesuunnitelman.",
        "Ehdotus hyväksyttiin.",
        "approved",
    )
    # the attachments listed under this handling, not the committee's
    assert item["attachments"] == ["Hankesuunnitelma 28.2.2025", "Rahoituslaskelma"]
    assert item["enclosures"] == ["Kuntotutkimus"]
    assert item["notify"]["recipients"] == ["Tekninen toimiala, tilapalvelut", "Tarkastuslautakunta"]
    (earlier,) = item["previous_handling"]
    assert (earlier["body"], earlier["number"], earlier["date"], earlier["outcome"]) == (
        "Tekninen lautakunta",
        41,
        "2025-03-11",
        "approved",
    )


def test_real_turku_pages(shared):
    folder = shared / "corpus" / "paatos-scraper" / "turku"
    item = convert(folder / "turku_kh_2017-02-05-190.htm")["items"][0]
    assert (item["decision"], item["outcome"]) == ("Ehdotus hyväksyttiin.", "approved")
    assert len(item["attachments"]) == 2 and len(item["notify"]["recipients"]) == 8
    item = convert(folder / "turku_kh_2017-02-05-195.htm")["items"][0]
    assert item["outcome"] == "tabled" and len(item["attachments"]) == 2
    assert [h["number"] for h in item["previous_handling"]] == [84, 108, 119, 132]
    assert all(
        h["date"] and h["body"] == "Kaupunkisuunnittelu- ja ympäristölautakunta" for h in item["previous_handling"]
    )


AHJO_SIGNED = """<html><head><meta charset="utf-8"><title>Aloite</title></head><body><div class="paatos">
<section class="OtsikkoSektio"><div class="Asiapykala">§ 62</div><h1 class="AsiaOtsikko">Aloite puistosta</h1>
<div class="DnroTmuoto">HEL 2024-001234 T 00 00 03</div><div class="Viite">Kaisaniemenpuisto</div></section>
<section class="SisaltoSektioToisto"><div class="SisaltoSektio"><h3 class="SisaltoOtsikko">Päätös</h3>
<div><p>Kaupunginhallitus päätti panna asian pöydälle.</p></div></div></section>
<section class="SahkoinenAllekirjoitusSektio">
<p class="SahkoisestiAllekirjoitettuTeksti">Päätös on sähköisesti allekirjoitettu.</p>
<p><div class="Puheenjohtajanimi">Ilmari Lehto</div><div class="Puheenjohtajaotsikko">puheenjohtaja</div></p>
<p><div class="Poytakirjanpitajanimi">Saara Niemi</div><div class="Poytakirjanpitajaotsikko">sihteeri</div></p>
</section>
<section class="EsittelijaTiedot"><h3 class="EsittelijaTiedot">Esittelijä</h3>
<div>kansliapäällikkö</div><div>Veli Ranta</div></section>
</div></body></html>"""


def test_an_ahjo_signature_block_ends_the_text_and_names_the_chair_and_secretary():
    document = convert(AHJO_SIGNED.encode(), name="paatos.html")
    (item,) = document["items"]
    assert item["decision"] == "Kaupunginhallitus päätti panna asian pöydälle."  # the signers stay out of it
    assert item["outcome"] == "tabled"
    assert item["sections"]["Päätös on sähköisesti allekirjoitettu."] == (
        "Ilmari Lehto puheenjohtaja\n\nSaara Niemi sihteeri"
    )
    meeting = document["meeting"]
    assert (meeting["chair"]["name"], meeting["secretary"]["name"]) == ("Ilmari Lehto", "Saara Niemi")
    assert item["presenter"]["name"] == "Veli Ranta"
    assert item["background"] is None and item["sections"]["Viite"] == "Kaisaniemenpuisto"  # Ahjo's keyword line


def test_an_official_signing_alone_is_not_a_chair():
    secretary = (
        '<div class="Poytakirjanpitajanimi">Saara Niemi</div><div class="Poytakirjanpitajaotsikko">sihteeri</div>'
    )
    one_signer = AHJO_SIGNED.replace(secretary, "").replace(">puheenjohtaja<", ">yksikön päällikkö<")
    document = convert(one_signer.encode(), name="paatos.html")
    assert document["meeting"]["chair"] is None and document["meeting"]["secretary"] is None
    assert document["items"][0]["decision"] == "Kaupunginhallitus päätti panna asian pöydälle."


def test_where_nothing_names_the_town_the_hosts_its_links_go_to_do():
    page = (
        "<html><head><title>Esityslistat/pöytäkirjat</title></head><body><p>Kaupunginhallitus 5.2.2017</p>"
        '<p><a href="http://ah.jarvela.fi/kh/2017/0205001x/1.htm">§ 1 Kokouksen laillisuus</a></p>'
        '<p><a href="http://ah.jarvela.fi/kh/2017/0205001x/2.htm">§ 2 Pöytäkirjan tarkastus</a></p>'
        '<p><a href="https://www.finlex.fi/">Finlex</a></p></body></html>'
    )
    assert convert(page.encode(), name="index.html")["meeting"]["municipality"] == "Järvelä"


def test_a_page_of_one_item_without_a_heading_takes_its_title_from_the_page_title():
    page = (
        "<html><head><title>Valtuutetun aloite puiston kunnostamisesta</title></head><body><div class='esitys'>"
        "<h3>Päätösehdotus</h3><p>Kaupunginhallitus katsoo aloitteen loppuun käsitellyksi.</p></div></body></html>"
    )
    (item,) = convert(page.encode(), name="esitys.html")["items"]
    assert item["title"] == "Valtuutetun aloite puiston kunnostamisesta"
    for site_name in ("Kokousasiakirjat - Järvelän kaupunki", "Kokoukset ja päätökset - Kaarina"):
        site = page.replace("Valtuutetun aloite puiston kunnostamisesta", site_name)
        assert convert(site.encode(), name="esitys.html")["items"][0]["title"] is None


def test_a_page_of_plain_paragraphs_is_an_item_titled_by_the_page_title():
    page = (
        "<html><head><meta charset='utf-8'><title>Valtuustoaloite katuvalaistuksen parantamisesta</title></head>"
        "<body><p>Valtuutettu Aino Aho ja 12 muuta valtuutettua jättivät aloitteen.</p>"
        "<p>Aloitteessa esitetään katuvalojen lisäämistä.</p></body></html>"
    )
    document = convert(page.encode(), name="aloite.html")
    assert [item["title"] for item in document["items"]] == ["Valtuustoaloite katuvalaistuksen parantamisesta"]
    assert document["warnings"] == []


AHJO_OFFICER = """<html><head><meta charset="utf-8"><title>Päätös</title></head><body>
<h1>§ 4 Varasairaalan sairaansijat</h1>
<h3>Päätös</h3><p>Johtajalääkäri päätti vahvistaa sairaansijojen määrän.</p>
<h3>Päätöksen perustelut</h3><p>Sairaansijoja tarvitaan lisää.</p>
<h3 class="EsittelijaTiedot">Esittelijätiedot</h3><div></div>
<h3>Lisätiedot</h3><p>Aino Aho, johtajalääkäri, puhelin: 09 310 42617</p>
<h3>Muutoksenhaku</h3><h4>MUUTOKSENHAKUKIELTO</h4>
<p>Tähän päätökseen ei saa hakea muutosta, koska päätös koskee asian valmistelua.</p>
<p>Sovellettava lainkohta: Kuntalaki 136 §</p>
</body></html>"""


def test_ahjo_empty_presenter_heading_and_the_law_barring_appeal_stay_out_of_other_fields():
    (item,) = convert(AHJO_OFFICER.encode(), name="paatos.html")["items"]
    assert item["background"] == "Sairaansijoja tarvitaan lisää."  # not "... Esittelijätiedot"
    assert item["authority"] is None  # the law that bars an appeal is no power to decide
    assert item["appeal"].endswith("valmistelua.\n\nSovellettava lainkohta: Kuntalaki 136 §")
    other = AHJO_OFFICER.replace(
        "<p>Sovellettava lainkohta: Kuntalaki 136 §</p>", "<h3>Toimivalta</h3><p>Hallintosääntö 30 §</p>"
    )
    assert convert(other.encode(), name="paatos.html")["items"][0]["authority"] == "Hallintosääntö 30 §"
