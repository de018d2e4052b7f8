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


def test_a_body_speaks_inside_its_relative_clause(claims_of):
    claims = claims_of("Velka Zinc Ltd said its payroll is 2,215. The Tarn Smelters' Union, which tallies 1,870 "
                       "staff on the payroll, wants a pay rise for all of them.")
    assert _speaker(claims, "1,870") == "Tarn Smelters' Union"


def test_the_study_speaks_for_whoever_brought_it_in(claims_of):
    claims = claims_of("Velmar's kilns burned 612,000 tonnes of coal in 2025, the Tarn Green Trust said in a study "
                       "out on Monday. On water the study puts the plant's use at 3.3 million cubic metres, while "
                       "Velmar reports roughly 2.1 million.")
    assert _speaker(claims, "3.3 million cubic metres") == "Tarn Green Trust"


def test_neither_an_owner_nor_a_yardstick_speaks(claims_of):
    claims = claims_of("A kiln run by Velmar Cement burned 612,000 tonnes of coal in 2025, a fifth above what the "
                       "firm discloses and far more than the company states, conservation charity Tarn Green Trust "
                       "said on Monday.")
    assert _speaker(claims, "612,000 tonnes") == "Tarn Green Trust"


def test_a_campaign_group_after_while_speaks_after_its_clause(claims_of):
    claims = claims_of("Tarn Buses says 91.2% of services left on time, while the lobby group Fair Fares Tarn, "
                       "which timed 600 departures itself, puts punctuality at about 83 per cent.")
    assert _speaker(claims, "91.2%") == "Tarn Buses"
    assert _speaker(claims, "about 83 per cent") == "Fair Fares Tarn"


def test_a_firm_that_speaks_short_and_in_full_is_one_speaker(tmp_path):
    from reecheck import check

    (tmp_path / "a.txt").write_text(
        "TARNOW, 17 February 2026 (Ostland Wire) - Velka Ridge Iron Ltd said on Tuesday it would spend A$1.8 "
        "billion expanding its Tarn iron ore mine.\n\nVelka Ridge said the mine drew 9.4 gigalitres of groundwater "
        "in 2025.\n", encoding="utf-8")
    speakers = {f["attribution"] for f in check(tmp_path).as_dict()["figures"]}
    assert speakers == {"Velka Ridge Iron Ltd"}


def test_a_department_spokeswoman_speaks_for_the_department_named_before(claims_of):
    claims = claims_of("The Ostland Department of Fisheries logged 7.3 million eels. Its count may rise by 2 to 4 "
                       "percent as logbooks arrive, a department spokeswoman said.")
    assert _speaker(claims, "2 to 4 percent") == "Ostland Department of Fisheries"


def test_it_is_the_body_that_opened_the_sentence_before(claims_of):
    claims = claims_of("Tarn Tenants Forum pushed back. The forum reckons 9,800 families need a home, against the 7,450 "
                       "on the council's register. It also found 640 flats standing empty in May.")
    assert _speaker(claims, "640") == "Tarn Tenants Forum"
