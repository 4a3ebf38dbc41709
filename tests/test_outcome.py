"""The outcome classifier and the unanimity flag, in Finnish and Swedish."""

import pytest

from minutes_cli.parse.outcome import classify_outcome, is_unanimous

WITH_PROPOSAL = [
    ("Päätösehdotus hyväksyttiin.", "approved"),
    ("Hyvinvointilautakunta hyväksyi sivistys- ja hyvinvointijohtajan ehdotuksen.", "approved"),
    ("Merkittiin tiedoksi.", "approved"),
    ("Enligt förslag.", "approved"),
    ("Antecknades för kännedom.", "approved"),
    ("Kaupunginhallitus hyväksyi ehdotuksen seuraavin muutoksin: ...", "amended"),
    ("Kaupunginhallitus hyväksyi muutetun esityslistan.", "amended"),
    ("Nämnden godkände förslaget med följande tillägg: ...", "amended"),
    ("31 § flyttades att behandlas sist. Föredragningslistan godkändes med ett tilläggsärende 37 §.", "amended"),
    ("Keskustelun aikana esittelijä täydensi esitystään siten, että lausunto pyydetään. Hyväksyttiin.", "amended"),
    ("Puheenjohtaja tiedusteli, voidaanko täydennetty esitys hyväksyä yksimielisesti. Hyväksyttiin.", "amended"),
    ("Föredraganden kompletterade sitt förslag med en tidtabell. Godkändes.", "amended"),
    ("Asia pantiin pöydälle Salmelan Mustosen kannattamana tekemästä ehdotuksesta.", "tabled"),
    ("Ärendet bordlades.", "tabled"),
    ("Lautakunta päätti palauttaa asian uudelleen valmisteltavaksi.", "returned"),
    ("Ärendet återremitterades för ny beredning.", "returned"),
    ("Asia poistettiin esityslistalta.", "withdrawn"),
    ("Lautakunta hylkäsi esittelijän ehdotuksen.", "rejected"),
    ("Lautakunta päätti äänin 7-2 vastaehdotuksen mukaisesti.", "rejected"),
    ("Ärendet ströks från dagens föredragningslista.", "withdrawn"),
    ("Förslaget godkändes med det tillägget att nämnderna rapporterar i juni.", "amended"),
    ("Stadsstyrelsen beslöt i enlighet med stadsdirektörens förslag.", "approved"),
    # a motion that lapsed or was taken back: the outcome is told after it
    ("Mattsson föreslog bordläggning. Förslaget understöddes inte och förföll. Förslaget godkändes.", "approved"),
    ("Lindqvist föreslog återremiss. Lindqvist drog senare tillbaka sitt förslag. Godkändes enhälligt.", "approved"),
    ("Virtanen ehdotti asian panemista pöydälle. Ehdotusta ei kannatettu, joten se raukesi. Hyväksyttiin.", "approved"),
    ("Virtanen ehdotti pöydällepanoa. Ehdotusta kannatettiin. Asia pantiin pöydälle.", "tabled"),
    ("Heikkilä ehdotti pöydällepanoa. Ehdotus raukesi kannattamattomana.\n\nEhdotus hyväksyttiin.", "approved"),
    ("Lautakunta hyväksyi ehdotuksen seuraavalla muutoksella: vuorot ovat maksuttomia.", "amended"),
    ("Lautakunta hyväksyi ehdotuksen korjattuna siten, että kuorolle myönnetään 1 200 euroa.", "amended"),
    ("Lautakunta hyväksyi ehdotuksen sillä tarkennuksella, että uimahalli avataan 4.8.", "amended"),
    ("Lautakunta hyväksyi ehdotuksen Heikkilän tekemän muutosehdotuksen mukaisesti.", "amended"),
]
WITHOUT_PROPOSAL = [
    ("Hyvinvointilautakunta totesi kokouksen lailliseksi ja päätösvaltaiseksi.", "noted"),
    ("Välfärdsnämnden konstaterades vara lagligt sammankallad och beslutför.", "noted"),
    ("Merkittiin tiedoksi.", "noted"),
    ("Tämän kokouksen pöytäkirjantarkastajiksi valittiin Anna A ja Bo B.", "other"),
    ("Hyvinvointilautakunta hyväksyi esityslistan.", "other"),
    ("Till protokolljusterare utsågs Anna A och Bo B.", "other"),
    ("Föreslås för stadsstyrelsen att Alexander Isaksson väljs till ersättare i nämnden.", "other"),
    ("Nästa möte blir 15.8.2023 kl. 15, plats väljs senare.", "noted"),
]


@pytest.mark.parametrize(("decision", "outcome"), WITH_PROPOSAL)
def test_outcome_with_proposal(decision, outcome):
    assert classify_outcome(decision, True) == outcome


@pytest.mark.parametrize(("decision", "outcome"), WITHOUT_PROPOSAL)
def test_outcome_without_proposal(decision, outcome):
    assert classify_outcome(decision, False) == outcome


def test_no_decision():
    assert classify_outcome(None, True) is None  # not decided (yet)
    assert classify_outcome(None, False) == "noted"  # minutes: an information item
    assert classify_outcome("Päätösehdotus hyväksyttiin.", True, minutes=False) is None  # an agenda


@pytest.mark.parametrize(
    ("decision", "unanimous"),
    [
        ("Esittelijän ehdotus hyväksyttiin yksimielisesti.", True),
        ("Nämnden beslöt enhälligt enligt förslaget.", True),
        ("Suoritetussa äänestyksessä annettiin 5 jaa-ääntä ja 4 ei-ääntä.", False),
        ("Efter omröstning med rösterna 6-3 beslöt nämnden enligt förslaget.", False),
        ("Då förslaget inte understöddes behövdes ingen omröstning. Förslaget godkändes enhälligt.", True),
        ("Asia hyväksyttiin yksimielisesti ilman äänestystä.", True),
        ("Tarkastajiksi valittiin A ja B. Mahdolliset äänestykset toimitetaan äänestysjärjestelmällä.", None),
        ("Päätösehdotus hyväksyttiin.", None),
        (None, None),
    ],
)
def test_unanimous(decision, unanimous):
    assert is_unanimous(decision) is unanimous


@pytest.mark.parametrize(
    ("decision", "outcome"),
    [
        ("Lautakunta valitsi edustajikseen Liisa Virtasen ja Pekka Mäkisen.", "approved"),
        ("Lautakunta valitsi edustajikseen Kaisa Korhosen ja Pekka Mäkisen.", "amended"),
        ("Valittiin Liisa Virtanen ja Pekka Mäkinen.", "approved"),  # the same people, in another case
        ("Valittiin Liisa Virtanen ja Pekka Mäkinen sekä varalle Matti Järvinen.", "amended"),  # a deputy added
    ],
)
def test_other_people_chosen_than_proposed_is_amended(decision, outcome):
    proposal = "Lautakunta valitsee edustajikseen Liisa Virtasen ja Pekka Mäkisen."
    assert classify_outcome(decision, proposal) == outcome


ESPOO_VOTES = (
    "Puheenjohtaja totesi kaupunginhallituksen 9 äänellä 6 ääntä vastaan hylänneen Elon muutosehdotuksen nro 2. "
    "Puheenjohtaja totesi kaupunginhallituksen 11 äänellä 3 ääntä vastaan ja yhden äänestäessä tyhjää "
    "hyväksyneen Elon muutosehdotuksen nro 3. Ehdotus hyväksyttiin."
)


def test_votes_told_as_results_and_an_amendment_that_won_one():
    from minutes_cli.parse.votes import find_votes

    votes = find_votes(ESPOO_VOTES)
    assert [(v.counts.yes, v.counts.no, v.counts.blank, v.winner, v.no_option) for v in votes] == [
        (9, 6, None, "yes", "Elon muutosehdotus nro 2"),  # the amendment rejected: the base proposal won
        (3, 11, 1, "no", "Elon muutosehdotus nro 3"),  # the amendment accepted
    ]
    assert classify_outcome(ESPOO_VOTES, "Kaupunginhallitus hyväksyy ohjeen.", votes=votes) == "amended"


@pytest.mark.parametrize(
    ("result", "outcome"),
    [
        ("annettiin 7 jaa-ääntä ja 4 ei-ääntä. Kaupunginhallitus hyväksyi kaupunginjohtajan ehdotuksen.", "approved"),
        (
            "annettiin 4 JAA-ääntä ja 7 EI-ääntä. Puheenjohtaja totesi, että aloite palautetaan takaisin valmisteluun.",
            "returned",
        ),
    ],
)
def test_after_a_vote_the_result_tells_the_outcome_not_the_motion(result, outcome):
    decision = (
        "Marcus Toppari teki esityksen, jossa asia palautetaan takaisin valmisteluun. Sini Syrjälä kannatti. "
        f"Suoritetussa äänestyksessä {result}"
    )
    assert classify_outcome(decision, "Kaupunginhallitus hyväksyy selvityksen.") == outcome


def test_a_proposal_sent_back_to_be_corrected_is_returned():
    decision = "Lautakunta päätti palauttaa ehdotuksen korjattavaksi seuraavia periaatteita toteuttaen."
    assert classify_outcome(decision, "Lautakunta hyväksyy kaavaehdotuksen.") == "returned"


def test_a_disqualification_with_its_ground_after_orsak():
    from minutes_cli.parse.votes import find_disqualifications

    found = find_disqualifications(
        "Marlene Lindgren anmälde jäv, orsak; närstående i familjekretsen och avlägsnade sig från mötet. "
        "Stadsdirektörens förslag godkändes."
    )
    assert [(d.name, d.ground) for d in found] == [("Marlene Lindgren", "närstående i familjekretsen")]


def test_a_vote_printed_with_a_space_after_the_hyphen_is_read():
    from minutes_cli.parse.votes import find_votes

    (vote,) = find_votes("Äänestyksessä annettiin 4 JAA- ääntä (Aho, Mäki) ja 7 EI- ääntä (Ala, Eno).")
    assert (vote.counts.yes, vote.counts.no, vote.winner) == (4, 7, "no")


def test_a_proposed_deputy_chosen_in_place_of_a_proposed_checker_is_amended():
    proposal = (
        "Pöytäkirjan tarkastajiksi valitaan Helena Lahtinen ja Ritva-Leena Heikkinen sekä varatarkastajiksi "
        "Sari Oja-Lipasti ja Esa Rintala."
    )
    assert classify_outcome("Pöytäkirjan tarkastajiksi valittiin Ritva-Leena Heikkinen ja Esa Rintala.", proposal) == (
        "amended"
    )
    chosen_as_proposed = "Pöytäkirjan tarkastajiksi valittiin Helena Lahtinen ja Ritva-Leena Heikkinen."
    assert classify_outcome(chosen_as_proposed, proposal) == "approved"


def test_names_chosen_before_any_deputy_is_named_and_a_ground_with_dots():
    from minutes_cli.parse.votes import find_disqualifications

    proposal = "Lautakunta valitsee varapuheenjohtajaksi Anna Bergin ja puheenjohtajaksi Matti Virtasen."
    decision = "Lautakunta valitsi varapuheenjohtajaksi Anna Bergin ja puheenjohtajaksi Pekka Lahden."
    assert classify_outcome(decision, proposal) == "amended"
    (found,) = find_disqualifications("Matti Virtanen ilmoitti olevansa esteellinen, peruste: hallintolain 28.1 § 5.")
    assert found.ground == "hallintolain 28.1 § 5"


def test_a_member_adding_to_a_counter_proposal_does_not_amend_the_proposal():
    decision = (
        "Liisa Virtanen ehdotti lisäystä, ja täydensi ehdotustaan keskustelun aikana. Ehdotusta ei kannatettu. "
        "Lautakunta hyväksyi päätösehdotuksen yksimielisesti."
    )
    assert classify_outcome(decision, "Lautakunta hyväksyy suunnitelman.") == "approved"


@pytest.mark.parametrize(
    ("proposed", "chosen", "outcome"),
    [
        ("Jukka Lehtosen", "Jukka Lehtisen", "amended"),  # other people, however alike
        ("Jukka Lehtosen", "Jukka Lehtonen", "approved"),
        ("Pekka Ahon", "Pekka Aho", "approved"),
    ],
)
def test_names_compare_whatever_their_case(proposed, chosen, outcome):
    assert classify_outcome(f"Valittiin {chosen}.", f"Lautakunta valitsee edustajakseen {proposed}.") == outcome


def test_deputies_chosen_besides_those_proposed_are_an_addition():
    proposal = "Tämän kokouksen pöytäkirjantarkastajiksi valitaan Emilia Olkanen ja Päivi Kovanen."
    assert classify_outcome("Valittiin Emilia Olkanen ja Päivi Kovanen.", proposal) == "approved"
    decision = "Valittiin Emilia Olkanen ja Päivi Kovanen sekä varalle Matti Järvinen."
    assert classify_outcome(decision, proposal) == "amended"
    assert classify_outcome(decision, proposal.replace(".", ", varalla Matti Järvinen.")) == "approved"  # proposed
    asked = "Valtuusto valitsee Jussi Aholan tilalle uuden varajäsenen lautakuntaan."
    chosen = "Valtuusto valitsi Jussi Aholan tilalle uudeksi varajäseneksi Tero Salon."
    assert classify_outcome(chosen, asked) == "approved"  # the proposal asked for a deputy


def test_a_proposal_to_reject_is_done_when_the_decision_rejects():
    proposal = "Hyvinvointilautakunta hylkää oikaisuvaatimuksen."
    assert classify_outcome("Oikaisuvaatimus hylättiin.", proposal) == "approved"
    assert classify_outcome("Oikaisuvaatimus hylättiin.", "Lautakunta myöntää avustuksen.") == "rejected"


def test_a_count_for_an_amendment_and_one_without_the_word_votes():
    from minutes_cli.parse.votes import find_votes

    text = (
        "Kari Heikkilän muutosehdotuksen puolesta annettiin viisi (5) ääntä ja sivistysjohtajan ehdotuksen "
        "puolesta neljä (4). Lautakunta hyväksyi muutosehdotuksen."
    )
    (vote,) = find_votes(text)
    assert (vote.counts.yes, vote.counts.no, vote.winner) == (4, 5, "no")
    assert vote.no_option.endswith("Heikkilän muutosehdotuksen")
    proposal = "Lautakunta hyväksyy säännön."
    assert classify_outcome(text, proposal, votes=[vote]) == "amended"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jäsen Seppo Latvala ilmoitti olevansa esteellinen (yhteisöjäävi), ja hänen tilallaan asian "
            "käsittelyyn osallistui varajäsen Ville Hakala.",
            [("Seppo Latvala", "yhteisöjäävi")],
        ),
        (
            "Esittelijä Hanna Lehtimäki ilmoitti olevansa esteellinen (osallisuusjäävi), ja asian esitteli "
            "kuntatekniikan päällikkö Ari Rantanen.",
            [("Hanna Lehtimäki", "osallisuusjäävi")],
        ),
        (
            "Puheenjohtaja Matti Rintamäki totesi Tuula Kankaan olevan esteellinen (yhteisöjäävi), ja Tuula "
            "Kangas poistui kokouksesta asian käsittelyn ajaksi.",
            [("Tuula Kangas", "yhteisöjäävi")],
        ),
        (
            "Ordföranden Lena Åkerblom anmälde jäv (styrelseledamot i föreningen) och avlägsnade sig, och "
            "viceordföranden Fredrik Söderlund fungerade som ordförande under ärendet.",
            [("Lena Åkerblom", "styrelseledamot i föreningen")],
        ),
        ("Petra Granberg anmälde jäv (släktskap) och deltog inte i behandlingen.", [("Petra Granberg", "släktskap")]),
        (
            "Liisa Koskinen ja Pekka Aho ilmoittivat olevansa esteellisiä.",
            [("Liisa Koskinen", None), ("Pekka Aho", None)],
        ),
    ],
)
def test_disqualified_are_those_the_clause_names_not_who_stood_in_or_stated_it(text, expected):
    from minutes_cli.parse.votes import find_disqualifications

    assert [(d.name, d.ground) for d in find_disqualifications(text)] == expected


@pytest.mark.parametrize(
    ("text", "counts", "winner"),
    [
        # the counter-proposal won: it had the no votes
        ("Efter omröstning med rösterna 4–3 beslutade stadsstyrelsen i enlighet med Nylunds motförslag.", (3, 4), "no"),
        ("Stadsstyrelsen godkände med rösterna 5 mot 2 stadsdirektörens förslag.", (5, 2), "yes"),
        ("Vid omröstningen fick stadsdirektörens förslag 3 röster och Granbergs förslag 4 röster.", (3, 4), "no"),
        ("Omröstningsresultat: 4 ja, 2 nej, 1 blank.", (4, 2), "yes"),
    ],
)
def test_swedish_vote_results(text, counts, winner):
    from minutes_cli.parse.votes import find_votes

    (vote,) = find_votes(text)
    assert ((vote.counts.yes, vote.counts.no), vote.winner) == (counts, winner)


def test_voters_listed_side_by_side_on_lines_of_their_own():
    from minutes_cli.parse.votes import find_votes

    swedish = (
        "Den som omfattar stadsdirektörens förslag röstar ja, den som omfattar Lindqvists förslag röstar nej.\n\n"
        "Omröstningsresultat: 4 ja, 2 nej, 1 blank.\n\n"
        "Ja: Lena Åkerblom, Fredrik Söderlund, Kerstin Mattsson, Sofia Holmqvist Nej: Jonas Lindqvist, Anders Nylund "
        "Blank: Petra Granberg\n\nStadsstyrelsen beslöt således i enlighet med stadsdirektörens förslag."
    )
    (vote,) = find_votes(swedish)
    assert vote.counts.blank == 1 and vote.no_option == "Lindqvists förslag"
    assert (vote.voters.no, vote.voters.blank) == (["Jonas Lindqvist", "Anders Nylund"], ["Petra Granberg"])
    finnish = (
        "Esittelijän ehdotusta kannattavat äänestävät JAA ja Perälän ehdotusta kannattavat äänestävät EI.\n\n"
        "Äänestyksen tulos:\n\nJAA 3 ääntä: Matti Rintamäki, Liisa Hautala, Eero Mäkelä EI 2 ääntä: Jouni Perälä, "
        "Pirkko Ojala POISSA 1: Marja Koivisto\n\nPuheenjohtaja totesi esittelijän ehdotuksen tulleen hyväksytyksi."
    )
    (vote,) = find_votes(finnish)
    assert (vote.counts.yes, vote.counts.no, vote.counts.absent, vote.winner) == (3, 2, 1, "yes")
    assert vote.voters.absent == ["Marja Koivisto"] and vote.yes_option == "Esittelijän ehdotus"


def test_options_set_up_with_relative_clauses():
    from minutes_cli.parse.votes import find_votes

    (vote,) = find_votes(
        "Puheenjohtaja esitti, että ne, jotka kannattavat esittelijän ehdotusta, äänestävät JAA, ja ne, jotka "
        "kannattavat Marja Koiviston ehdotusta, äänestävät EI. Äänestyksessä annettiin 6 JAA-ääntä ja 3 EI-ääntä."
    )
    assert (vote.yes_option, vote.no_option) == ("esittelijän ehdotus", "Marja Koiviston ehdotus")


def test_dissenters_named_by_surname_alone_are_the_attendees_of_that_name():
    from minutes_cli.parse.votes import find_dissents

    attendees = ["Jonas Lindqvist", "Petra Granberg", "Anna Granberg", "Lena Åkerblom"]
    found = find_dissents("Förslaget godkändes. Lindqvist och Åkerblom reserverade sig mot beslutet.", attendees)
    assert [d.name for d in found] == ["Jonas Lindqvist", "Lena Åkerblom"]
    # two attendees share the surname: which one is not told
    assert find_dissents("Granberg reserverade sig mot beslutet.", attendees) == []


def test_under_a_caption_of_its_own_a_name_with_its_ground_is_disqualified_but_not_a_stand_in():
    from minutes_cli.parse.votes import find_disqualifications

    found = find_disqualifications("Förslaget godkändes.", captioned="Kerstin Mattsson (släktskap)")
    assert [(d.name, d.ground) for d in found] == [("Kerstin Mattsson", "släktskap")]
    captioned = (
        "Jäsen Rauno Latvala ilmoitti olevansa esteellinen (yhteisöjäävi). "
        "Asian käsittelyn ajan puheenjohtajana toimi Susanna Suokko."
    )
    assert [d.name for d in find_disqualifications(None, captioned=captioned)] == ["Rauno Latvala"]


def test_counts_in_words_alone_a_blank_vote_told_apart_and_a_result_in_short():
    from minutes_cli.parse.votes import find_votes

    (vote,) = find_votes(
        "Äänestyksessä kaupunginjohtajan ehdotus sai viisi jaa-ääntä ja Perälän ehdotus kolme ei-ääntä. "
        "Yksi jäsen äänesti tyhjää. Kaupunginhallitus hyväksyi kaupunginjohtajan ehdotuksen."
    )
    assert (vote.counts.yes, vote.counts.no, vote.counts.blank, vote.winner) == (5, 3, 1, "yes")
    (vote,) = find_votes("Kaupunginhallitus päätti äänin 5-4 hyväksyä Virtasen vastaehdotuksen mukaisesti.")
    assert (vote.counts.yes, vote.counts.no, vote.winner) == (4, 5, "no")
    # the result told again in short after its count is the same vote
    votes = find_votes(
        "Äänestyksessä annettiin 7 jaa-ääntä ja 4 ei-ääntä. Puheenjohtaja totesi, että kaupunginhallitus on "
        "äänin 7–4 hyväksynyt esittelijän ehdotuksen."
    )
    assert [(v.counts.yes, v.counts.no) for v in votes] == [(7, 4)]


@pytest.mark.parametrize(
    ("decision", "proposal", "outcome"),
    [
        # a lapsed motion told after the outcome, and a condition that lapses, leave the outcome as told
        (
            "Kaupunginhallitus palautti asian uudelleen valmisteluun. Pekka Ahon ehdotus asian hyväksymisestä "
            "raukesi kannattamattomana. Merkittiin, että Timo Niemi poistui kokouksesta.",
            "Kaupunginhallitus hyväksyy sopimuksen.",
            "returned",
        ),
        (
            "Kaupunginhallitus hyväksyi varauksen seuraavin muutoksin: aika on kaksi vuotta. Varaus raukeaa, jos "
            "lupaa ei haeta.",
            "Kaupunginhallitus hyväksyy varauksen.",
            "amended",
        ),
        ("Föredraganden drog tillbaka sitt förslag.", "Stadsstyrelsen godkänner avtalet.", "withdrawn"),
        # the proposal to reject an appeal, itself rejected
        (
            "Kaupunginhallitus hylkäsi esittelijän ehdotuksen ja hyväksyi oikaisuvaatimuksen.",
            "Kaupunginhallitus hylkää oikaisuvaatimuksen.",
            "rejected",
        ),
        # another item struck from the agenda is a change to the agenda, not this item withdrawn
        (
            "Föredragningslistan godkändes med den ändringen att § 52 ströks från dagens föredragningslista.",
            "Föredragningslistan godkänns.",
            "amended",
        ),
        ("Kaupunginhallitus hyväksyi talousarviomuutoksella esitetyn rahoituksen.", "Hyväksytään.", "approved"),
        ("Stadsstyrelsen godkände med de tilläggsanslag som föreslagits.", "Godkänns.", "approved"),
        # who left as disqualified and who stood in were not chosen
        (
            "Jäsen Liisa Mäkinen poistui kokouksesta, ja esteellisen jäsenen tilalla osallistui varajäsen Pekka Aho. "
            "Ehdotus hyväksyttiin.",
            "Kaupunginhallitus valitsee hallitukseen Anna Kosken.",
            "approved",
        ),
    ],
)
def test_outcomes_the_new_rules_must_leave_alone(decision, proposal, outcome):
    assert classify_outcome(decision, proposal) == outcome


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Efter omröstning med rösterna 25–10 i enlighet med stadsstyrelsens förslag.", [(25, 10, "yes")]),
        ("Kaupunginvaltuusto päätti äänin 30-13 kaupunginhallituksen ehdotuksen mukaisesti.", [(30, 13, "yes")]),
        ("Kaupunginhallitus hylkäsi äänin 4–2 Kosken muutosehdotuksen.", [(4, 2, "yes")]),
        (
            "Lindqvists förslag vann med rösterna 3–2. Därefter vann stadsdirektörens förslag med rösterna 3–2 mot "
            "Lindqvists förslag.",
            [(3, 2, "yes"), (3, 2, "yes")],
        ),
        (
            "Äänestyksessä annettiin:\n\n4 jaa-ääntä (Jukka Laine, Liisa Mäkinen, Jukka Mäkelä, Timo Niemi)\n\n"
            "2 ei-ääntä (Pekka Aho, Anna Koski)\n\nPuheenjohtaja totesi esittelijän ehdotuksen tulleen hyväksytyksi.",
            [(4, 2, "yes")],
        ),
    ],
)
def test_vote_counts_the_new_rules_must_leave_alone(text, counts):
    from minutes_cli.parse.votes import find_votes

    assert [(v.counts.yes, v.counts.no, v.winner) for v in find_votes(text)] == counts


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Puheenjohtaja Jukka Laine totesi Jukka Mäkelän olevan esteellinen (yhteisöjäävi), ja Jukka Mäkelä "
            "poistui kokouksesta.",
            ["Jukka Mäkelä"],
        ),
        (
            "Merkittiin, että Timo Niemi totesi olevansa esteellinen (yhteisöjäävi) ja Pekka Aho ilmoitti olevansa "
            "esteellinen.",
            ["Timo Niemi", "Pekka Aho"],
        ),
        (
            "Jäsen Liisa Mäkinen poistui kokouksesta, ja esteellisen jäsenen tilalla asian käsittelyyn osallistui "
            "varajäsen Pekka Aho.",
            ["Liisa Mäkinen"],
        ),
    ],
)
def test_disqualified_names_the_new_rules_must_leave_alone(text, names):
    from minutes_cli.parse.votes import find_disqualifications

    assert [d.name for d in find_disqualifications(text)] == names


def test_a_dissenter_by_surname_is_who_the_sentence_names_before_the_dissent():
    from minutes_cli.parse.votes import find_dissents

    text = "Lindqvist reserverade sig mot beslutet till förmån för det förslag som Granberg hade framställt."
    assert [d.name for d in find_dissents(text, ["Jonas Lindqvist", "Petra Granberg"])] == ["Jonas Lindqvist"]


def test_disqualified_listed_one_name_a_line_after_a_lead_in():
    from minutes_cli.parse.votes import find_disqualifications, names_in

    text = "Seuraavat jäsenet ilmoittivat olevansa esteellisiä:\n\nLiisa Mäkinen\nTimo Niemi\n\nEhdotus hyväksyttiin."
    assert [d.name for d in find_disqualifications(text)] == ["Liisa Mäkinen", "Timo Niemi"]
    assert names_in("esteellisiä: Liisa Mäkinen Timo Niemi") == ["Liisa Mäkinen", "Timo Niemi"]


def test_an_amendment_that_won_told_in_short_is_amended_and_a_vote_called_anew_is_another():
    from minutes_cli.parse.votes import find_votes

    text = "Kaupunginhallitus päätti äänin 5-4 hyväksyä Kosken muutosehdotuksen."
    votes = find_votes(text)
    assert (votes[0].winner, votes[0].no_option) == ("no", "Kosken muutosehdotuksen")
    assert classify_outcome(text, "Kaupunginhallitus hyväksyy suunnitelman.", votes=votes) == "amended"
    two = find_votes(
        "Äänestyksessä annettiin 7 jaa-ääntä ja 4 ei-ääntä. Seuraavaksi asiassa oli äänestettävä Kosken "
        "vastaehdotuksesta. Kaupunginhallitus hylkäsi äänin 7–4 Kosken vastaehdotuksen."
    )
    assert len(two) == 2


def test_a_dissent_keeps_its_sentence_as_printed():
    from minutes_cli.parse.votes import find_dissents

    (found,) = find_dissents("Eriävän mielipiteen jätti\nLiisa Mäkinen\n\nPäätös syntyi.")
    assert found.name == "Liisa Mäkinen" and "," not in found.text
