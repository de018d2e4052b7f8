"""Who speaks and what a figure is about, in stories where a firm is described by its trade (", operator Velmar
said"), a short name is defined in one source and used bare in another, a politician is named with a foreign title,
an expert speaks for no one, and a headline names no entity the rest of its text is clearly about."""
from __future__ import annotations

import reecheck


def test_a_firm_described_by_its_trade_after_the_figure_speaks(claims_of):
    (claim,) = claims_of("About 7,400 barrels leaked into the river, pipeline operator Velmar Tarn S.A. said on "
                         "Thursday.")
    assert claim.attribution.startswith("Velmar Tarn")


def test_the_company_that_opens_the_sentence_is_the_company_that_said_it(claims_of):
    claims = claims_of("Velmar Tarn, SA will build a 120 MW plant for $140 million after signing a deal with state "
                       "buyer Ostra Power Corp (OPC), the company said on Monday.")
    assert claims and all(c.attribution == "Velmar Tarn" for c in claims)


def test_a_name_before_who_is_a_person_and_no_topic_for_the_next_paragraph(claims_of):
    claims = claims_of("Velkista Marco Tapuy, who represents Tarn, said the company lost 74,000 barrels.\n\n"
                       "Luis Andrango, a geologist, said the river had eaten about 80 metres of bank since 2024.")
    assert claims[1].entity != "Velkista Marco Tapuy"
    assert claims[1].attribution == "Luis Andrango"


def test_an_independent_expert_speaks_for_himself(claims_of):
    claims = claims_of("Velmar Pipelines said 7,400 barrels had leaked.\n\nIndependent geologist Luis Andrango, who "
                       "has studied the banks for the provincial university, said the river had eaten about 80 "
                       "metres of bank since 2024.")
    assert claims[-1].attribution == "Luis Andrango"


def test_a_short_name_used_bare_takes_the_full_name_another_source_gave(tmp_path):
    (tmp_path / "a.txt").write_text("About 7,400 barrels leaked, operator Velmar Tarn S.A. (VTSA) said on Monday.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("The pipeline carried 240,000 barrels a day before the break, VTSA said.\n",
                                    encoding="utf-8")
    report = reecheck.check(tmp_path)
    (claim,) = [c for c in report.claims if c.source == "b.txt"]
    assert claim.attribution.startswith("Velmar Tarn") and claim.attribution.endswith("(VTSA)")


def test_a_headline_takes_the_entity_its_text_is_about(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Plant will move 212 families, not 85\n\n"
        "Volunteers in Velkarta listed 212 families on the site, the union said. Velkarta's farms grow maize, and "
        "Velkarta's plant will cover 410 hectares, it said. The plant in Velkarta would employ 600 people.\n",
        encoding="utf-8")
    report = reecheck.check(tmp_path)
    headline = [c for c in report.claims if c.line == 1]
    assert headline and all(c.entity == "Velkarta" for c in headline)


def test_a_bare_number_echoed_before_its_owner_takes_the_unit_of_the_figure_it_answers():
    figures = reecheck.extract('The oil travelled 40 kilometres downstream, "more than three times the 12 the '
                               'company admits".')
    assert [(f.text, f.unit) for f in figures if f.kind != "multiple"] == [("40 kilometres", "kilometer"),
                                                                          ("12", "kilometer")]


def test_the_speaker_right_after_a_figure_owns_it(claims_of):
    claims = claims_of("Heating pipes in Tarnow leaked more than 300 times in the 2024-25 heating season, not 146 as "
                       "Velka Heat Networks says, the residents' association Velka Dom said on Monday.")
    assert [c.attribution for c in claims] == ["Velka Dom", "Velka Heat Networks"]


def test_a_level_up_from_after_a_season_is_the_earlier_value(claims_of):
    claims = claims_of("Pipes failed 146 times during the 2024-25 heating season, up from 118.")
    assert [c.period for c in claims] == ["2024/25", "earlier value"]


def test_a_name_goes_on_across_a_slavic_connector(claims_of):
    (claim,) = claims_of("Volunteers from the residents' group Grad za Tarn counted 11,200 passengers in one day.")
    assert claim.attribution == "Grad za Tarn"


def test_its_regional_officer_speaks_for_the_body_named_before(claims_of):
    claims = claims_of("The Velka Cruise Lines Association (VCLA) says passengers spend €62 each ashore. Its Adriatic "
                       "director, Luka Barišić, said ships carry 2,600 passengers on average.")
    assert all(c.attribution.startswith("Velka Cruise Lines Association") for c in claims)


def test_said_the_groups_coordinator_then_she_said(claims_of):
    claims = claims_of("Volunteers from the residents' group Velka Dom counted 11,200 passengers in one day, a third "
                       "more than the 8,400 the Tarn Visitor Agency recorded, the group told a meeting on Monday. "
                       "\"We counted people at the gates,\" said the group's coordinator, Petra Matić. She said the "
                       "group wants a cap of 3,000 passengers a day.")
    assert [c.attribution for c in claims] == ["Velka Dom", "Tarn Visitor Agency", "Velka Dom"]


def test_said_and_a_role_before_a_name_is_a_speaker(claims_of):
    claims = claims_of("The Tarn Agency counted 8,400. \"We counted 11,200 people at the gates,\" said the group's "
                       "coordinator, Petra Matić.")
    assert claims[-1].attribution == "Petra Matić"
