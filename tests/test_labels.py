"""The label vocabulary: which printed caption fills which field, in Finnish and Swedish."""

import pytest

from minutes_cli.parse.vocab import labels, load

LABELS = [
    ("Valmistelija", "preparers"),
    ("Valmistelijat / lisätiedot:", "preparers"),
    ("Valmistelijat/ Lisätietojen antaja", "preparers"),
    ("Beredare / tilläggsinformation:", "preparers"),
    ("Lisätiedot:", "preparers"),
    ("Beredare", "preparers"),
    ("Esittelijä", "presenter"),
    ("Föredragande", "presenter"),
    ("Valmistelu", "background"),
    ("Selostus", "background"),
    ("Perustelut", "background"),
    ("Esittelyteksti", "background"),
    ("Beredning", "background"),
    ("Tiivistelmä", "summary"),
    ("Päätösehdotus", "proposal"),
    ("Ehdotus", "proposal"),
    ("Esitys", "proposal"),
    ("Päätösesitys", "proposal"),
    ("Beslutsförslag", "proposal"),
    ("Förslag", "proposal"),
    ("Päätös", "decision"),
    ("PÄÄTÖS:", "decision"),
    ("Beslut", "decision"),
    ("Käsittely", "discussion"),
    ("Behandling", "discussion"),
    ("Toimivalta", "authority"),
    ("Tiedoksianto", "notify"),
    ("Tiedoksi", "notify"),
    ("Delges", "notify"),
    ("Liitteet", "attachments"),
    ("Bilagor", "attachments"),
    ("Oheismateriaali", "enclosures"),
    ("Muutoksenhaku", "appeal"),
    ("Päätöshistoria", "history"),
    ("Aikaisempi käsittely", "history"),
    ("Dno", "case_id"),
    ("Esteellisyys", "disqualifications"),
    ("Täytäntöönpano", "other"),
]


@pytest.mark.parametrize(("caption", "field"), LABELS)
def test_caption_alone(caption, field):
    match = labels().match(caption)
    assert match is not None and match.field == field and match.style == "alone"


@pytest.mark.parametrize(
    ("line", "field", "rest", "style"),
    [
        ("Päätös Päätösehdotus hyväksyttiin.", "decision", "Päätösehdotus hyväksyttiin.", "space"),
        ("Päätösehdotus   Kaupunginjohtaja Jukka Mäkelä", "proposal", "Kaupunginjohtaja Jukka Mäkelä", "gap"),
        ("Esittelijä: Mikko Kaarnela, johtaja", "presenter", "Mikko Kaarnela, johtaja", "colon"),
        ("PäätösAsia pantiin pöydälle.", "decision", "Asia pantiin pöydälle.", "glued"),
    ],
)
def test_caption_with_value(line, field, rest, style):
    match = labels().match(line)
    assert (match.field, match.rest, match.style) == (field, rest, style)


@pytest.mark.parametrize(
    "line",
    [
        "Päätöksen mukaan asia on valmis",
        "päätös tehtiin",
        "Ehdotuksen mukaisesti.",
        "Esittelijän ehdotus hyväksyttiin.",
    ],
)
def test_words_that_are_not_captions(line):
    assert labels().match(line) is None


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Kaupunginjohtajan esitys:", "proposal"),
        ("Välfärdsnämndens beslut:", "decision"),
        ("Stadsdirektörens förslag:", "proposal"),
    ],
)
def test_role_captions(line, field):
    match = labels().match_role(line)
    assert match is not None and match.field == field


def test_no_label_is_listed_twice():
    sections = load("labels")["sections"]
    seen = [label.casefold() for group in sections.values() for label in group]
    assert len(seen) == len(set(seen))
