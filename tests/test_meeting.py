"""Meeting fields of pages that have no cover: what the text itself shows."""

from minutes_cli import convert

ITEM = """Kaupunginhallitus 14.3.2017 § 12

Päätös:
Hyväksyttiin esitys.

Lisätiedot:
kaupunginjohtaja Kari Esimerkki, puh. 09 123 45678, etunimi.sukunimi@jarvela.fi
"""


def test_a_decided_item_page_is_minutes_of_the_town_in_its_mail_domain():
    meeting = convert(ITEM.encode(), name="item.txt")["meeting"]
    assert (meeting["kind"], meeting["municipality"]) == ("minutes", "Järvelä")  # the domain list knows its spelling
    assert (meeting["body"], meeting["date"]) == ("Kaupunginhallitus", "2017-03-14")


def test_an_undecided_item_page_has_no_kind():
    text = ITEM.replace("Päätös:\nHyväksyttiin esitys.\n", "")
    assert convert(text.encode(), name="item.txt")["meeting"]["kind"] is None


def test_the_court_in_the_appeal_instructions_is_not_the_municipality():
    from minutes_cli.parse.meeting import municipality_from_domains

    texts = ["vaasa.hao@oikeus.fi", "www.oikeus.fi", "kirjaamo@edu.nykarleby.fi"]
    assert municipality_from_domains(texts) == "Nykarleby"
