"""Persons: natural name order, title, E.164 phone, e-mail; lists of several people."""

import pytest

from minutes_cli.model import Person
from minutes_cli.parse.persons import natural_order, parse_people, parse_person


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hyvinvointijohtaja Kivi-oja, Pirjo", Person("Pirjo Kivi-oja", "hyvinvointijohtaja")),
        (
            "Hyvinvointijohtaja Kivi-oja, Pirjo puh. 050 0711234 pirjo.kivi-oja@jarvela.fi",
            Person("Pirjo Kivi-oja", "Hyvinvointijohtaja", "+358500711234", "pirjo.kivi-oja@jarvela.fi"),
        ),
        (
            "Mikko Kaarnela, Sivistys- ja hyvinvointijohtaja, mikko.kaarnela@jarvela.fi",
            Person("Mikko Kaarnela", "Sivistys- ja hyvinvointijohtaja", None, "mikko.kaarnela@jarvela.fi"),
        ),
        ("Vs. kaupunginjohtaja Päivi Laaksovirta", Person("Päivi Laaksovirta", "Vs. kaupunginjohtaja")),
        (
            "Ympäristönsuojelupäällikkö Tuula Heinonen-Tyyskä",
            Person("Tuula Heinonen-Tyyskä", "Ympäristönsuojelupäällikkö"),
        ),
        ("Tuomela Armi, puh. (09) 816 20000", Person("Armi Tuomela", None, "+358981620000")),
        (
            "kaupunginjohtaja Kari Nurmela, puh. 09 839 20001, etunimi.sukunimi@jarvela.fi",
            Person("Kari Nurmela", "kaupunginjohtaja", "+358983920001"),
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
            "Konsernihallinto,\nkonsernicontroller Jaana Niemistö puh. 044 703 0001,\n"
            "talouspäällikkö Armi Taurala puh. 044 703 0002 ja\ntalousjohtaja Jukka Wessman puh. 040 038 0003",
            ["Jaana Niemistö", "Armi Taurala", "Jukka Wessman"],
        ),
        (
            "talousjohtaja Jukka Wessman puh. 0400 380 003, talouspäällikkö Armi Taurala puh. 044 703\n"
            "0002 ja controller Jaana Niemistö puh. 044 703 0001",
            ["Jukka Wessman", "Armi Taurala", "Jaana Niemistö"],
        ),
        (
            "Katja Korvenmaa, Mikko Kaarnela\nkatja.korvenmaa@jarvela.fi, mikko.kaarnela@jarvela.fi\n"
            "Varhaiskasvatuspäällikkö, Sivistys- ja hyvinvointijohtaja",
            ["Katja Korvenmaa", "Mikko Kaarnela"],
        ),
        (
            "Mikko Kaarnela, Johtaja, mikko@x.fi\nTiina Lassander, Hallintosihteeri, tiina@x.fi",
            ["Mikko Kaarnela", "Tiina Lassander"],
        ),
    ],
)
def test_parse_people(text, names):
    assert [p.name for p in parse_people(text)] == names


def test_parallel_columns_pair_titles_with_names():
    people = parse_people("Katja Korvenmaa, Mikko Kaarnela\nkatja.k@jarvela.fi, mikko.k@jarvela.fi\nPäällikkö, Johtaja")
    assert [(p.name, p.title, p.email) for p in people] == [
        ("Katja Korvenmaa", "Päällikkö", "katja.k@jarvela.fi"),
        ("Mikko Kaarnela", "Johtaja", "mikko.k@jarvela.fi"),
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Kivi-oja, Pirjo", "Pirjo Kivi-oja"),
        ("Lindroos Mikael", "Mikael Lindroos"),
        ("Jesse Hämeenaho", "Jesse Hämeenaho"),
        ("Frostvik-Blomberg Siw", "Siw Frostvik-Blomberg"),
        ("SIW FROSTVIK-BLOMBERG", "Siw Frostvik-Blomberg"),
    ],
)
def test_natural_order(name, expected):
    assert natural_order(name) == expected


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Timo Halonen, Lehtori, timo.halonen@mikkeli.fi", "Timo Halonen", "Lehtori"),
        ("Maija Virtanen, Notaari", "Maija Virtanen", "Notaari"),
        ("Virtanen Maija, Tradenomi", "Maija Virtanen", "Tradenomi"),
        ("Lehtori Jarkko Virtanen", "Jarkko Virtanen", "Lehtori"),
        ("Hyvinvointijohtaja Kivi-oja, Pirjo", "Pirjo Kivi-oja", "Hyvinvointijohtaja"),
        ("Jane Doe, Titteli puhelin: 09123", "Jane Doe", "Titteli"),  # a number too short to be a phone goes too
    ],
)
def test_a_capitalised_title_the_vocabulary_does_not_know_is_not_a_name(text, name, title):
    person = parse_person(text)
    assert (person.name, person.title) == (name, title)


def test_an_address_with_its_at_sign_written_out_is_the_e_mail_not_part_of_the_title():
    from minutes_cli.parse.persons import parse_people

    (person,) = parse_people("Aino Aho, johtajalääkäri\naino.aho(a)hel.fi")
    assert (person.title, person.email) == ("johtajalääkäri", "aino.aho@hel.fi")


def test_parallel_lists_of_preparers_where_a_title_wraps():
    people = parse_people(
        "Katja Korkiamäki, Mika Kamunen, Tiina Lassila\n"
        "katja.korkiamaki@jarvela.fi, mika.kamunen@jarvela.fi, tiina.lassila@jarvela.fi\n"
        "Varhaiskasvatuspäällikkö, Sivistys- ja hyvinvointijohtaja, Hallinto- ja\n"
        "henkilöstöasiainsihteeri\n"
    )
    assert [(p.name, p.title) for p in people] == [
        ("Katja Korkiamäki", "Varhaiskasvatuspäällikkö"),
        ("Mika Kamunen", "Sivistys- ja hyvinvointijohtaja"),
        ("Tiina Lassila", "Hallinto- ja henkilöstöasiainsihteeri"),
    ]


def test_parallel_lists_join_a_wrapped_name_or_title_at_its_hyphen_and_keep_a_person_below_apart():
    hyphens = parse_people(
        "Katja Korkiamäki, Mika Kamunen, Anna-\nMaija Lassila\n"
        "katja.korkiamaki@jarvela.fi, mika.kamunen@jarvela.fi, anna-maija.lassila@jarvela.fi\n"
        "Varhaiskasvatuspäällikkö, Sivistysjohtaja, Henkilöstöasiain-\nsihteeri\n"
    )
    assert [(p.name, p.title) for p in hyphens][-1] == ("Anna-Maija Lassila", "Henkilöstöasiainsihteeri")
    below = parse_people(
        "Mika Kamunen, Tiina Lassila\nmika.kamunen@jarvela.fi, tiina.lassila@jarvela.fi\n"
        "Sivistysjohtaja, Hallintosihteeri\nKatja Korkiamäki\n"
    )
    assert [(p.name, p.title) for p in below] == [
        ("Mika Kamunen", "Sivistysjohtaja"),
        ("Tiina Lassila", "Hallintosihteeri"),
        ("Katja Korkiamäki", None),
    ]


def test_a_parallel_line_opening_with_a_comma_does_not_stop_the_conversion():
    people = parse_people("Katja Koski, Mika Mäki\nkatja.koski@jarvela.fi, mika.maki@jarvela.fi\n, rehtori, opettaja\n")
    assert [p.name for p in people][:2] == ["Katja Koski", "Mika Mäki"]
