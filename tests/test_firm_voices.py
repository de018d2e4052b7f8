"""A firm speaks under its legal form ("plc"), through its finance director and through a spokeswoman; a union
named with two possessives keeps its whole name; a titled person of a firm is named with the firm."""
from __future__ import annotations

import pytest


def _speaker(claims, text: str) -> str | None:
    (c,) = [c for c in claims if c.figure.text == text]
    return c.attribution


@pytest.mark.parametrize("firm", ["Velka Zinc plc", "Velmar Copper plc"])
def test_a_firm_named_with_a_small_legal_form_speaks(claims_of, firm):
    claims = claims_of(f"{firm} said that its Tarn mine produced 8,140 tonnes of zinc in 2025.")
    assert _speaker(claims, "8,140 tonnes") == firm


def test_a_finance_director_speaks_for_the_firm_the_text_is_about(claims_of):
    claims = claims_of("Velka Zinc plc said its mine produced 8,140 tonnes of zinc in 2025. Finance director "
                       "Owen Pratt said revenue rose to £52.6 million.")
    assert _speaker(claims, "£52.6 million") == "Velka Zinc plc"


def test_a_finance_minister_does_not_speak_for_the_firm(claims_of):
    claims = claims_of("Velka Zinc plc said its mine produced 8,140 tonnes of zinc in 2025. Finance minister "
                       "Ola Berg said tax receipts rose to £52.6 million.")
    assert _speaker(claims, "£52.6 million") == "Ola Berg"


def test_a_spokeswoman_speaks_for_the_organisation_in_focus(claims_of):
    claims = claims_of("Velka Zinc plc said its mine produced 8,140 tonnes of zinc in 2025. The company employs "
                       "612 people, a spokeswoman said. It has paid 23 compensation claims, according to the "
                       "spokeswoman.")
    assert _speaker(claims, "612") == "Velka Zinc plc"
    assert _speaker(claims, "23") == "Velka Zinc plc"


def test_a_spokeswoman_after_a_body_speaks_for_that_body(claims_of):
    claims = claims_of("Velka Zinc plc said its mine produced 8,140 tonnes of zinc in 2025. The Tarn Smelters' "
                       "Union said the count was wrong. The mine employs 540 people, a spokeswoman said.")
    assert _speaker(claims, "540") == "Tarn Smelters' Union"


def test_a_union_named_with_two_possessives_keeps_its_whole_name(claims_of):
    claims = claims_of("The Tarn Smelters' and Drivers' Union, which represents the crews, puts the workforce "
                       "closer to 540.")
    assert _speaker(claims, "closer to 540") == "Tarn Smelters' and Drivers' Union"


def test_a_titled_person_of_a_firm_is_named_with_the_firm_without_the_title(claims_of):
    claims = claims_of("Analyst Ana Ruiz of Velkor Capital said the mine could meet 6 per cent of demand.")
    assert _speaker(claims, "6 per cent") == "Ana Ruiz of Velkor Capital"


def test_a_bureau_of_something_is_one_name(claims_of):
    claims = claims_of("Ostland's harvest will reach 31.2 million tonnes, the Ostland Bureau of Farm Economics "
                       "said on Tuesday.")
    assert _speaker(claims, "31.2 million tonnes") == "Ostland Bureau of Farm Economics"
