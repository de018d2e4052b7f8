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
    claims = claims_of("Velkista Rafael Ostin, who represents Tarn, said the refinery flared 9,000 tonnes of gas.\n\n"
                       "Tomas Velquez, a hydrologist, said the lake had dropped about 3 metres since 2021.")
    assert claims[1].entity != "Velkista Rafael Ostin"
    assert claims[1].attribution == "Tomas Velquez"


def test_an_independent_expert_speaks_for_himself(claims_of):
    claims = claims_of("Velmar Refining said 9,000 tonnes of gas were flared.\n\nIndependent hydrologist Tomas Velquez, "
                       "who has measured the lake for a regional college, said its level had dropped about 3 metres "
                       "since 2021.")
    assert claims[-1].attribution == "Tomas Velquez"


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
    (claim,) = claims_of("Volunteers from the tenants' group Dom za Velka counted 640 empty flats in the old town.")
    assert claim.attribution == "Dom za Velka"


def test_its_regional_officer_speaks_for_the_body_named_before(claims_of):
    claims = claims_of("The Velka Hauliers Association (VHA) says drivers wait 40 minutes at the border. Its Baltic "
                       "director, Ivo Tarnić, said members run 3,100 lorries.")
    assert all(c.attribution.startswith("Velka Hauliers Association") for c in claims)


def test_said_the_groups_coordinator_then_she_said(claims_of):
    claims = claims_of("Members of the tenants' group Velka Dom surveyed 640 empty flats, far more than the 410 the "
                       "Tarn Housing Agency listed, the group told reporters on Friday. \"We knocked on every door,\" "
                       "said the group's coordinator, Mira Velkić. She said the group wants 200 of them let to "
                       "families.")
    assert [c.attribution for c in claims] == ["Velka Dom", "Tarn Housing Agency", "Velka Dom"]


def test_said_and_a_role_before_a_name_is_a_speaker(claims_of):
    claims = claims_of("The Tarn Agency listed 410. \"We found 640 empty flats on our rounds,\" said the group's "
                       "coordinator, Mira Velkić.")
    assert claims[-1].attribution == "Mira Velkić"
