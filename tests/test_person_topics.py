"""A person is never what a figure is about: not when the text names them once in full and then by surname, not
when another text of the run introduced them, and a firm named without its company words is still the firm."""
from __future__ import annotations

import reecheck
from reecheck.context import _person_names, context_reader
from reecheck.rules import load_rules

REEVE = ("Road fund falls short\n\nTARNOW, 4 May 2026 - Ana Velkova, reeve of the Tarn district, said the $18-million "
         "offered for roads would not go far. Velkova also doubted the company's water figures.\n")

PARTNERSHIP = ("Tarn road deaths climb\n\nTARNOW, 10 June 2026 - Sixty-four people were killed on the county's roads "
               "in 2025, the Velgro Road Safety Partnership said. Partnership manager Piet Hollmer said speed was the "
               "main cause.\n")
CHARITY = ("Charity disputes toll\n\nTARNOW, 17 June 2026 - A charity says 71 people died on the county's roads in "
           "2025. Hollmer said the partnership stood by its figure of 64, which follows the national rules.\n")

FIRM_LONG = ("Velka Potash Corp expands\n\nTARNOW, 3 May 2026 - Velka Potash Corp said it will spend $4.6 billion on "
             "the Tarn expansion, and its output was 2.46 million tonnes in 2025.\n")
FIRM_SHORT = ("Water row\n\nTARNOW, 5 May 2026 - Opponents of the expansion planned by Velka Potash say output was "
              "2.64 million tonnes in 2025.\n")


def test_a_name_given_in_full_then_acting_by_surname_is_a_person():
    names = _person_names(context_reader(load_rules()), REEVE)
    assert "Ana Velkova" in names and "Velkova" in names


def test_a_place_after_a_preposition_is_no_surname():
    text = "Tarn Valley Growers, a cooperative, said yields fell. Farmers in Valley reported losses.\n"
    assert "Tarn Valley Growers" not in _person_names(context_reader(load_rules()), text)


def test_a_person_introduced_in_another_text_is_no_topic(write_sources):
    report = reecheck.check(write_sources({"a.txt": PARTNERSHIP, "b.txt": CHARITY}))
    assert not [c for c in report.claims if c.entity and "Hollmer" in c.entity]
    # (and the dateline's year is no end of a range running down to the story's first figure)
    assert "Sixty-four" in [c.figure.text for c in report.claims]


def test_a_firm_named_without_its_company_word_is_the_firm(write_sources):
    report = reecheck.check(write_sources({"a.txt": FIRM_LONG, "b.txt": FIRM_SHORT}))
    (short,) = [c for c in report.claims if c.figure.text == "2.64 million tonnes"]
    assert short.entity == "Velka Potash Corp"


HEADLINED = ("Tarnow road deaths climb to 64 as rural crashes rise\n\nBy Ana Ruiz, Velka Wire\n\n"
             "Sixty-four people were killed on Tarnow's roads in 2025, up from 52 in 2024, the partnership said.\n")


def test_the_place_a_headline_and_lead_share_is_the_topic_of_figures_nothing_else_places(write_sources):
    report = reecheck.check(write_sources({"a.txt": HEADLINED}))
    assert {c.entity for c in report.claims} == {"Tarnow"}


def test_a_name_that_opens_an_institutions_name_is_no_headline_topic(write_sources):
    text = ("Velkara enrolment rises to 18,400 students\n\nThe council said Velkara Polytechnic had registered 18,400 "
            "students this year, up from 17,250 in 2025, and Velkara's fees rose 6.5 per cent.\n")
    report = reecheck.check(write_sources({"a.txt": text}))
    assert "Velkara" not in {c.entity for c in report.claims}


def test_a_run_place_is_preferred_to_a_firm_when_a_text_names_both(write_sources):
    other = ("Tarnow crab catch falls\n\nNEWPORT, 4 May 2026 - Velka Seafoods Inc said it paid $3.40 a pound. "
             "Boats in Tarnow landed 11.8 million pounds this season.\n")
    texts = {"a.txt": HEADLINED.replace("road deaths climb to 64 as rural crashes rise", "crab catch falls"), "b.txt": other,
             "c.txt": "Crabbers dispute count\n\nThe boats landed 13.5 million pounds, crabbers say. They met Velka "
                      "Seafoods Inc and Tarnow officials on Monday.\n"}
    report = reecheck.check(write_sources(texts))
    (c,) = [c for c in report.claims if c.figure.text == "13.5 million pounds"]
    assert c.entity == "Tarnow"


def test_a_member_of_an_assembly_named_in_an_appositive_is_a_person():
    text = "Ana Velkova, a member of the Tarn provincial assembly, told a session that the board failed growers.\n"
    assert "Ana Velkova" in _person_names(context_reader(load_rules()), text)


def test_a_name_given_an_honorific_is_a_person(write_sources):
    text = ("Land row\n\nThe association's chairman, Lemayian ole Velkarta, spoke on Saturday. Mr Velkarta said 41 of "
            "the displaced families had not been paid.\n")
    claims = reecheck.check(write_sources({"a.txt": text})).claims
    assert not [c for c in claims if c.entity and "Velkarta" in c.entity]
    assert "Mr Velkarta" in _person_names(context_reader(load_rules()), text)


def test_a_weekday_after_a_name_is_not_part_of_it(write_sources):
    text = ("Cotton row\n\nGrowers at a meeting in Tarnow on Saturday said 281,000 tons of cotton had been bought.\n")
    claims = reecheck.check(write_sources({"a.txt": text})).claims
    assert not [c for c in claims if "Saturday" in (c.entity or "") + (c.attribution or "")]


def test_a_double_surname_acting_alone_is_the_person_and_speaks_for_their_body(claims_of):
    claims = claims_of("The Velka Meat Board (VMB) reported exports. Packing plants slaughtered 2.41 million head, "
                       "VMB president Álvaro Rodríguez Velkarta said. Rodríguez Velkarta said the herd stood at "
                       "11.4 million head.")
    c = next(c for c in claims if c.figure.text == "11.4 million")
    assert c.entity != "Rodríguez Velkarta"
    assert c.attribution == "Velka Meat Board (VMB)"


def test_a_preposition_opening_a_sentence_is_no_first_name():
    from reecheck.context import _person_names, context_reader
    from reecheck.rules import load_rules

    people = _person_names(context_reader(load_rules()), "Across Tarn Valley, crews said 40 homes burned.")
    assert "Across Tarn Valley" not in people
