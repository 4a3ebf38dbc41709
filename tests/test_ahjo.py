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


def test_a_proposal_page_without_a_section_line_takes_the_record_s():
    motion = PAGE.replace('<div class="Asiapykala">§ 12</div>', "").replace("Päätös", "Päätösehdotus")
    document = convert(record(Content=None, Motion=motion), name="motion.json")
    (item,) = document["items"]
    assert (item["number"], document["meeting"]["body"]) == (12, "Kaupunkiympäristölautakunta")
    assert "Toimielin" not in (item["background"] or "")  # the cover is no text of the item


@pytest.mark.parametrize(
    "variant",
    [
        lambda data: b"\xef\xbb\xbf" + data,  # a byte order mark
        lambda data: json.dumps(json.loads(data), sort_keys=True).encode(),  # "Content" before "NativeId"
    ],
)
def test_a_record_is_recognised_however_it_was_written(variant):
    assert convert(variant(record()), name="decision.json")["source"]["format"] == "json"


def test_odd_field_types_are_left_out_not_printed():
    data = record(
        links=5,
        Organization="Kaupunginhallitus",
        Meeting={"DateMeeting": "2025-03-11T14:30:00Z", "Location": ["Kaupungintalo"]},
    )
    meeting = convert(data, name="decision.json")["meeting"]
    assert (meeting["body"], meeting["start_time"], meeting["place"]) == ("Kaupunginhallitus", "16:30", None)


def test_several_records_in_one_file_are_a_clear_error():
    with pytest.raises(CorruptRecordError, match="a list of 2 records"):
        convert(json.dumps({"decisions": [json.loads(record()), json.loads(record())]}).encode(), name="d.json")


def test_an_officer_s_page_printing_its_number_after_the_sign_keeps_its_title_and_takes_the_case_from_the_record():
    page = PAGE.replace("§ 12", "12 §").replace('<div class="DnroTmuoto">HEL 2025-001234 T 10 03 00</div>', "")
    (item,) = convert(record(Content=page), name="decision.json")["items"]
    assert (item["number"], item["title"]) == (12, "Puistokadun peruskorjaus")  # not a second "§ 12" line
    assert item["case_id"] == "HEL 2025-001234"  # the record's, where the page prints none


def test_a_decision_s_page_is_read_with_the_proposal_s_sections_from_its_motion():
    motion = PAGE.replace(
        '<div class="SisaltoSektio"><h3 class="SisaltoOtsikko">Päätös</h3>'
        "<p>Kaupunkiympäristölautakunta päätti hyväksyä peruskorjauksen.</p></div>",
        '<div class="SisaltoSektio"><h3 class="SisaltoOtsikko">Päätösehdotus</h3>'
        "<p>Kaupunkiympäristölautakunta päättää hyväksyä peruskorjauksen.</p></div>"
        '<div class="SisaltoSektio"><h3 class="SisaltoOtsikko">Esittelijän perustelut</h3>'
        "<p>Katu on huonossa kunnossa.</p></div>",
    )
    document = convert(record(Motion=motion), name="decision.json")
    (item,) = document["items"]
    assert item["proposal"] == "Kaupunkiympäristölautakunta päättää hyväksyä peruskorjauksen."
    assert item["background"] == "Katu on huonossa kunnossa."
    assert (item["decision"], item["outcome"]) == (
        "Kaupunkiympäristölautakunta päätti hyväksyä peruskorjauksen.",
        "approved",
    )
    assert document["warnings"] == []  # the Motion is read
