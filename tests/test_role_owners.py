"""Who speaks: a person named with a role speaks for the body whose role it is, a speaker's verb may come after
a time, and "Velmar's figures show" is Velmar speaking."""
from __future__ import annotations

import pytest


def _claim(claims, text: str):
    (c,) = [c for c in claims if c.figure.text == text]
    return c


@pytest.mark.parametrize("sentence, speaker", [
    ("Velmar's chief executive, Ana Ruiz, said the smelter made 210,000 tonnes.", "Velmar"),
    ("Velmar chief executive Ana Ruiz said the smelter made 210,000 tonnes.", "Velmar"),
    ("Velmar Copper reported higher output. Its finance director, Owen Pratt, said the smelter made 210,000 tonnes.",
     "Velmar Copper"),
])
def test_a_person_with_a_role_speaks_for_the_roles_owner(claims_of, sentence, speaker):
    assert _claim(claims_of(sentence), "210,000 tonnes").attribution == speaker


def test_the_department_whose_head_speaks_is_the_one_named_before(claims_of):
    claims = claims_of("The Tarnow Department of Ecology fined the smelter. The department's head, Lena Ortiz, "
                       "said the plant emitted 26,500 tonnes of the gas.")
    assert _claim(claims, "26,500 tonnes").attribution == "Tarnow Department of Ecology"


@pytest.mark.parametrize("sentence", [
    "Hartwell's analyst, Ana Ruiz, said she expects a crop of 560,000 tonnes.",  # an analyst's view is her own
    "Chief executive Ana Ruiz said she expects a crop of 560,000 tonnes.",  # a role's first word is no owner
])
def test_no_owner_when_the_role_does_not_speak_for_one(claims_of, sentence):
    assert _claim(claims_of(sentence), "560,000 tonnes").attribution == "Ana Ruiz"


def test_a_speakers_verb_may_follow_a_time(claims_of):
    claims = claims_of("Velmar Metro last month reported 46.1 million journeys for the year.")
    assert _claim(claims, "46.1 million").attribution == "Velmar Metro"


def test_a_bodys_figures_are_the_body_speaking(claims_of):
    claims = claims_of("Velmar Copper's figures show emissions of the gas fell to 18,400 tonnes last year.")
    assert _claim(claims, "18,400 tonnes").attribution == "Velmar Copper"


def test_a_body_spokesman_speaks_for_the_body_named_before(claims_of):
    claims = claims_of("The Tarnow Ministry of Mines disputes the sum. A ministry spokesman, Joseph Pratt, said "
                       "arrears came to $212 million.")
    assert _claim(claims, "$212 million").attribution == "Tarnow Ministry of Mines"


def test_a_short_name_the_text_defines_is_shown_with_the_full_name(claims_of):
    claims = claims_of("The Velmar Electric Vehicle Association (VEVA) reported growth. "
                       "VEVA counted 41,700 public charging points.")
    assert _claim(claims, "41,700").attribution == "Velmar Electric Vehicle Association (VEVA)"


@pytest.mark.parametrize("name, short", [
    ("Velka d'Arno Servizi", "VDS"),  # no English body word; an elided particle gives its own letter
    ("Tarnow Kontor of Rates", "TKR"),  # a connector may go unspelled
])
def test_a_name_the_bracketed_initials_spell_is_a_body_named_in_full(claims_of, name, short):
    claims = claims_of(f"Rain fell on Tuesday.\n\n{name} ({short}) said 118 of its 412 trucks were broken. "
                       f"{short} counted 1,950 workers.")
    assert _claim(claims, "1,950").attribution == f"{name} ({short})"


def test_initials_that_spell_no_name_before_them_leave_the_short_name_alone():
    from reecheck.context import _spelled_by_initials

    assert _spelled_by_initials("Rain fell on Velka Kontor".split(), "TKR") is None
    assert _spelled_by_initials("Monday.\n\nVelka d'Arno Servizi".split(), "VDS") == ["Velka", "d'Arno", "Servizi"]


def test_a_place_that_only_locates_a_facility_is_not_whose_figure_it_is(claims_of):
    claims = claims_of("The Kestrel mine in Chile produced 9,400 tonnes of zinc. Chile produced 5 million tonnes of copper.")
    assert _claim(claims, "9,400 tonnes").entity == "Kestrel"
    assert _claim(claims, "5 million tonnes").entity == "Chile"


def test_the_one_facility_a_company_runs_speaks_for_the_company(claims_of):
    claims = claims_of("Velmar Copper Ltd will spend $1.2 billion on its Tarn smelter. "
                       "The smelter produced 210,000 tonnes of copper last year.")
    assert _claim(claims, "210,000 tonnes").entity == "Velmar Copper Ltd"


def test_two_facilities_of_one_company_stay_apart(claims_of):
    claims = claims_of("Nordavia Mining said its Kestrel mine produced 9,400 tonnes of zinc "
                       "and its Bream plant made 1,200 tonnes of acid.")
    assert _claim(claims, "9,400 tonnes").entity == "Kestrel"
    assert _claim(claims, "1,200 tonnes").entity == "Bream"


def test_an_officer_of_a_body_named_with_its_short_name_speaks_for_it_after_the_figure(claims_of):
    claims = claims_of("Packing plants slaughtered 2.41 million head, Velka Meat Board (VMB) president Ana "
                       "Velkarta said.")
    assert _claim(claims, "2.41 million").attribution.startswith("Velka Meat Board")


def test_a_company_spokeswoman_speaks_for_the_company_the_text_is_about(claims_of):
    claims = claims_of("Velmar Minas SA will expand its Tarn mine, the company said on Thursday. A company "
                       "spokeswoman, Marta Velkarta, said the 146 million euro budget had not changed.")
    assert _claim(claims, "146 million euro").attribution == "Velmar Minas SA"


def test_a_fact_box_of_company_data_is_the_companys(write_sources):
    from reecheck import check

    folder = write_sources({"a.txt": "Velmar Minas SA will expand its Tarn mine to 3,300 tonnes a year, the company "
                                     "said. The Tarn Nature League says the mine will draw 2.4 million cubic metres "
                                     "of water a year and 500,000 cubic metres more for its roads.\n\n"
                                     "Tarn mine in figures (company data)\nMine life: 19 years\n"})
    claims = {c.figure.text: c for c in check(folder).claims}
    assert claims["19 years"].attribution == "Velmar Minas SA"


def test_a_fact_box_of_study_figures_is_the_studys_owners(write_sources):
    from reecheck import check

    folder = write_sources({"a.txt": "The Tarn mine would draw about 2,4 million cubic metres of water a year, not the "
                                     "1,6 million in Minas do Tarn's environmental impact study, the Tarn Protection "
                                     "League says. The league also counted 130 lorry trips a day.\n\n"
                                     "Tailings dam and water (study figures)\nDam height today: 48 m\n"})
    claims = {c.figure.text: c for c in check(folder).claims}
    assert claims["48 m"].attribution == "Minas do Tarn"


def test_a_figure_rejected_as_the_studys_is_the_studys_owners(claims_of):
    claims = claims_of("The mine would draw 2.4 million cubic metres, not the 1.6 million in Velmar Minas's impact "
                       "study, the league says. Residents say lorries make 130 trips a day, not the 90 the study "
                       "gives.")
    assert _claim(claims, "90").attribution == "Velmar Minas"
