"""CaseM item records (CloudNC OpenNC API JSON) read as the item's page."""

import json

import pytest

from minutes_cli import convert


def record(**fields: str | list[str]) -> bytes:
    values = []
    for name, texts in fields.items():
        for text in texts if isinstance(texts, list) else [texts]:
            values.append({"Id": "1", "Name": name, "Text": text, "Number": None, "Date": None})
    metadata = "http://jarvela.cloudnc.fi/api/opennc/v1/$metadata#ExtendedProperties"
    return json.dumps({"odata.metadata": metadata, "value": values}).encode()


HISTORY = json.dumps(
    [
        {
            "Party": "Tekninen lautakunta",
            "MeetingDate": "/Date(1493127000000)/",
            "Draftsmen": "[{'Name': 'Aino Aho', 'Title': 'kaupungingeodeetti', 'Phone': None, 'Email': None}]",
            "Description": "<p>Hinnoittelu on valmisteltu.</p>",
            "DescisionProposal": "<p>Lautakunta esitt&auml;&auml; hinnoittelun.</p>",
            "Descision": "<p>Ehdotus hyv&auml;ksyttiin.</p>",
        }
    ]
)


def test_a_record_is_read_as_the_item_page():
    document = convert(
        record(
            Name="Tonttien hinnoittelu",
            Article="233",
            CaseNativeId="JrvDno-2025-206",
            Draftsmans="Aino Aho;#kaupungingeodeetti;#;#aino.aho@jarvela.fi;#!#Eero Salo;#talousjohtaja;#;#;#",
            Presenters="Timo Halonen;#kaupunginjohtaja;#;#;#",
            Description="<p>Teknisen lautakunnan p&auml;&auml;t&ouml;s 25.4.2017.</p>",
            Decisionproposal="<p>Kaupunginhallitus hyv&auml;ksyy hinnoittelun.</p>",
            Decision="<p>P&auml;&auml;t&ouml;sehdotus hyv&auml;ksyttiin.</p>",
            Attachments=["<a href='download.aspx?ID=1'>Hinnoittelukartat.pdf</a>", "<a href='x'>Taulukko.pdf</a>"],
            HistoryTopics=HISTORY,
            DraftingNotes="<p>Lis&auml;tiedot: Aino Aho</p>",
        ),
        name="contents_233_extended_properties.json",
    )
    (item,) = document["items"]
    assert document["source"]["format"] == "json"
    assert (item["number"], item["title"], item["case_id"]) == (233, "Tonttien hinnoittelu", "JrvDno-2025-206")
    assert (item["presenter"]["name"], item["preparers"][0]["email"]) == ("Timo Halonen", "aino.aho@jarvela.fi")
    assert [(p["name"], p["title"]) for p in item["preparers"]][1:] == [("Eero Salo", "talousjohtaja")]  # after "!#"
    assert (item["decision"], item["outcome"]) == ("Päätösehdotus hyväksyttiin.", "approved")
    assert item["attachments"] == ["Hinnoittelukartat.pdf", "Taulukko.pdf"]
    ((body, date, decision),) = [(h["body"], h["date"], h["decision"]) for h in item["previous_handling"]]
    assert (body, date, decision) == ("Tekninen lautakunta", "2017-04-25", "Ehdotus hyväksyttiin.")
    assert "DraftingNotes" in document["warnings"][0]["message"]  # a field not read is named


def test_a_damaged_record_is_a_clear_error(cli):
    data = record(Name="Asia")[:-20]
    result = cli("parse", "-", stdin=data)
    assert result.code == 4 and "CaseM record" in result.stderr and not result.stdout


@pytest.mark.parametrize(
    ("name", "derived"), [("tampere_contents_59", "casem-tampere-59"), ("mikkeli_contents_4020", "casem-mikkeli-4020")]
)
def test_real_records_read_as_their_text_renderings_do(shared, name, derived):
    from_record = convert(shared / "corpus" / "paatos-scraper" / "cloudnc-json" / f"{name}_extended_properties.json")
    from_text = convert(shared / "corpus" / "derived" / f"{derived}.txt")
    fields = ("number", "title", "case_id", "presenter", "preparers", "proposal", "decision", "outcome", "attachments")
    assert [from_record["items"][0][f] for f in fields] == [from_text["items"][0][f] for f in fields]
    assert len(from_record["items"][0]["previous_handling"]) == len(from_text["items"][0]["previous_handling"])


def test_odd_values_in_a_record_are_passed_over():
    document = convert(
        record(Name="Asia", Article="5", HistoryTopics="[1, 2]", Presenters="x;#", Decision="<p>"),
        name="r.json",
    )
    (item,) = document["items"]
    assert (item["number"], item["title"], item["previous_handling"], item["presenter"]) == (5, "Asia", [], None)


def test_the_municipality_is_the_town_whose_cloudnc_host_gave_the_record():
    document = convert(record(Name="Pöytäkirjan tarkastus", Article="2"), name="contents_2_extended_properties.json")
    assert document["meeting"]["municipality"] == "Järvelä"  # jarvela.cloudnc.fi, no e-mail in the record


def test_a_meeting_record_gives_the_meeting_its_time_officers_and_attendees():
    took_part = (
        "Aino Aho;#puheenjohtaja;#2016-09-13 09:00:00;#2016-09-13 09:50:00;#member;#!#"
        "Salo Eero;#sihteeri;#2016-09-13 09:00:00;#2016-09-13 09:50:00;#other;#!#"
        "Ilmari Lehto;#jäsen;#;#;#member;#"
    )
    document = convert(
        record(Participant_councilman=took_part, Attachments="<a href='x'>file.pdf</a>"), name="contents_9.json"
    )
    meeting = document["meeting"]
    assert (meeting["date"], meeting["start_time"], meeting["end_time"]) == ("2016-09-13", "09:00", "09:50")
    assert (meeting["chair"]["name"], meeting["secretary"]["name"]) == ("Aino Aho", "Eero Salo")
    assert [(a["name"], a["present"], a["member"]) for a in meeting["attendees"]] == [
        ("Aino Aho", True, True),
        ("Eero Salo", True, False),
        ("Ilmari Lehto", False, True),  # no times: absent
    ]
    assert document["items"] == []  # no made-up item
    assert "Attachments" in document["warnings"][0]["message"]  # not read, and said so


def test_a_meeting_record_without_times_names_the_officers_but_not_who_was_present():
    took_part = "Seija Kuikka;#chairman;#;#;#;#!#Arto Seppälä;#1. vicechairman;#;#;#;#!#Ari Liikanen;#secretary;#;#;#;#"
    meeting = convert(record(Participant_councilman=took_part), name="contents_9.json")["meeting"]
    assert (meeting["chair"]["name"], meeting["secretary"]["name"]) == ("Seija Kuikka", "Ari Liikanen")
    assert meeting["attendees"] == [] and meeting["date"] is None


def test_the_correction_instructions_are_the_appeal():
    document = convert(
        record(
            Name="Asia",
            Article="3",
            Correctioninstructions="<p>Oikaisuvaatimuksen saa tehd&auml; 14 p&auml;iv&auml;ss&auml;.</p>",
        ),
        name="contents_3_extended_properties.json",
    )
    assert document["items"][0]["appeal"] == "Oikaisuvaatimuksen saa tehdä 14 päivässä."
    assert document["warnings"] == []  # read, so not named as a field left out


def test_a_meeting_record_with_times_that_are_not_iso_is_read_without_them():
    took_part = "Aino Aho;#puheenjohtaja;#13.9.2016 klo 9;#?;#member;#"
    meeting = convert(record(Participant_councilman=took_part), name="contents_9.json")["meeting"]
    assert (meeting["chair"]["name"], meeting["date"]) == ("Aino Aho", None)


def test_meeting_record_times_with_an_offset_are_read_on_the_meeting_s_clock():
    took_part = "Aino Aho;#puheenjohtaja;#2016-09-13T06:00:00Z;#2016-09-13 09:50:00;#member;#"
    meeting = convert(record(Participant_councilman=took_part), name="contents_9.json")["meeting"]
    assert (meeting["start_time"], meeting["end_time"]) == ("09:00", "09:50")  # UTC 06:00 is 09:00 in summer


def test_a_record_whose_metadata_address_is_broken_is_still_read():
    data = json.loads(record(Name="Asia", Article="3"))
    data["odata.metadata"] = "http://[jarvela.cloudnc.fi/api/opennc/v1/$metadata#ExtendedProperties"
    assert convert(json.dumps(data).encode(), name="contents_3.json")["items"][0]["number"] == 3
