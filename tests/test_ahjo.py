"""Decision records from Helsinki's Ahjo open API, read as the decision's page plus the meeting."""

import json

import pytest

from minutes_cli import convert
from minutes_cli.errors import CorruptRecordError

PAGE = (
    '<html lang="fi"><head><META content="text/html; charset=UTF-8" http-equiv="Content-Type">'
    '<title>Puistokadun peruskorjaus</title></head><body><div class="paatos">'
    '<div class="Asiapykala">§ 12</div><h1 class="AsiaOtsikko">Puistokadun peruskorjaus</h1>'
    '<div class="DnroTmuoto">HEL 2025-001234 T 10 03 00</div>'
    '<div class="SisaltoSektio"><h3 class="SisaltoOtsikko">Päätös</h3>'
    "<p>Kaupunkiympäristölautakunta päätti hyväksyä peruskorjauksen.</p></div>"
    '<h3 class="EsittelijaTiedot">Esittelijä</h3><div>kaupunkiympäristön toimialajohtaja</div><div>Aino Aho</div>'
    "</div></body></html>"
)


def record(**fields: object) -> bytes:
    base = {
        "links": [{"rel": "self", "href": "https://ahjo.hel.fi:9802/ahjorest/v1/decisions/%7B1%7D"}],
        "NativeId": "{1}",
        "Title": "Puistokadun peruskorjaus",
        "CaseIDLabel": "HEL 2025-001234",
        "Section": "12",
        "Content": PAGE,
        "Organization": {"Name": "Kaupunkiympäristölautakunta", "ID": "U1", "Type": "Lautakunta"},
        "Meeting": {"DateMeeting": "2025-03-11T16:30:00.000", "Location": "Kaupungintalo, kokoushuone 2"},
    }
    return json.dumps({**base, **fields}).encode()


def test_a_record_gives_the_page_s_item_and_the_meeting_the_page_leaves_out():
    document = convert(record(), name="decision.json")
    meeting = document["meeting"]
    assert (meeting["municipality"], meeting["body"], meeting["date"], meeting["start_time"]) == (
        "Helsinki",
        "Kaupunkiympäristölautakunta",
        "2025-03-11",
        "16:30",
    )
    assert meeting["place"] == "Kaupungintalo, kokoushuone 2"
    (item,) = document["items"]
    assert (item["number"], item["title"], item["presenter"]["name"]) == (12, "Puistokadun peruskorjaus", "Aino Aho")
    assert item["decision"] == "Kaupunkiympäristölautakunta päätti hyväksyä peruskorjauksen."
    assert document["source"]["format"] == "json" and document["warnings"] == []


def test_a_record_without_a_decision_yet_reads_its_motion_and_names_what_it_does_not_read():
    motion = PAGE.replace("Päätös", "Päätösehdotus").replace("päätti hyväksyä", "päättää hyväksyä")
    document = convert(record(Content=None, Motion=motion, VotingResults=[{"Yes": 5}]), name="motion.json")
    assert document["items"][0]["proposal"].startswith("Kaupunkiympäristölautakunta päättää hyväksyä")
    assert "VotingResults" in document["warnings"][0]["message"]


def test_a_record_without_a_page_is_a_clear_error():
    with pytest.raises(CorruptRecordError, match="no decision page"):
        convert(record(Content=None), name="empty.json")
