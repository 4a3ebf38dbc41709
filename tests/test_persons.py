"""Persons: natural name order, title, E.164 phone, e-mail; lists of several people."""

import pytest

from minutes_cli.model import Person
from minutes_cli.parse.persons import natural_order, parse_people, parse_person


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hyvinvointijohtaja Hepo-oja, Pirjo", Person("Pirjo Hepo-oja", "hyvinvointijohtaja")),
        (
            "Hyvinvointijohtaja Hepo-oja, Pirjo puh. 050 0717310 pirjo.hepo-oja@heinola.fi",
            Person("Pirjo Hepo-oja", "Hyvinvointijohtaja", "+358500717310", "pirjo.hepo-oja@heinola.fi"),
        ),
        (
            "Mika Kamunen, Sivistys- ja hyvinvointijohtaja, mika.kamunen@lapua.fi",
            Person("Mika Kamunen", "Sivistys- ja hyvinvointijohtaja", None, "mika.kamunen@lapua.fi"),
        ),
        ("Vs. kaupunginjohtaja Päivi Laajala", Person("Päivi Laajala", "Vs. kaupunginjohtaja")),
        (
            "Ympäristönsuojelupäällikkö Tuula Hämäläinen-Tyynilä",
            Person("Tuula Hämäläinen-Tyynilä", "Ympäristönsuojelupäällikkö"),
        ),
        ("Tukia Armi, puh. (09) 816 24853", Person("Armi Tukia", None, "+358981624853")),
        (
            "kaupunginjohtaja Kari Nenonen, puh. 09 839 22101, etunimi.sukunimi@vantaa.fi",
            Person("Kari Nenonen", "kaupunginjohtaja", "+358983922101"),
        ),
        ("bildningsdirektör Maria Lind, tfn 040 111 2222", Person("Maria Lind", "bildningsdirektör", "+358401112222")),
    ],
)
def test_parse_person(text, expected):
    assert parse_person(text) == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Konsernihallinto,\nkonsernicontroller Jaana Niemelä puh. 044 703 9202,\n"
            "talouspäällikkö Armi Tauriainen puh. 044 703 1236 ja\ntalousjohtaja Jukka Weisell puh. 040 038 3490",
            ["Jaana Niemelä", "Armi Tauriainen", "Jukka Weisell"],
        ),
        (
            "talousjohtaja Jukka Weisell puh. 0400 383 490, talouspäällikkö Armi Tauriainen puh. 044 703\n"
            "1236 ja controller Jaana Niemelä puh. 044 703 9202",
            ["Jukka Weisell", "Armi Tauriainen", "Jaana Niemelä"],
        ),
        (
            "Katja Korkiamäki, Mika Kamunen\nkatja.korkiamaki@lapua.fi, mika.kamunen@lapua.fi\n"
            "Varhaiskasvatuspäällikkö, Sivistys- ja hyvinvointijohtaja",
            ["Katja Korkiamäki", "Mika Kamunen"],
        ),
        (
            "Mika Kamunen, Johtaja, mika@x.fi\nTiina Lassila, Hallintosihteeri, tiina@x.fi",
            ["Mika Kamunen", "Tiina Lassila"],
        ),
    ],
)
def test_parse_people(text, names):
    assert [p.name for p in parse_people(text)] == names


def test_parallel_columns_pair_titles_with_names():
    people = parse_people("Katja Korkiamäki, Mika Kamunen\nkatja.k@lapua.fi, mika.k@lapua.fi\nPäällikkö, Johtaja")
    assert [(p.name, p.title, p.email) for p in people] == [
        ("Katja Korkiamäki", "Päällikkö", "katja.k@lapua.fi"),
        ("Mika Kamunen", "Johtaja", "mika.k@lapua.fi"),
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Hepo-oja, Pirjo", "Pirjo Hepo-oja"), ("Lindvall Mikael", "Mikael Lindvall"), ("Jesse Häyhä", "Jesse Häyhä")],
)
def test_natural_order(name, expected):
    assert natural_order(name) == expected
