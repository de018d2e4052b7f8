"""Subjects fine enough that unlike figures never meet: design vs average vs one year's output, shares of
different wholes, one body's two different numbers, plans, and names that only look like known bodies."""
from __future__ import annotations

import reecheck
from reecheck.context import context_reader
from reecheck.groups import ONE_VOICE_SAME_RATIO, group_claims
from reecheck.rules import load_rules


def _subject(claims, text: str) -> str:
    (c,) = [c for c in claims if c.figure.text == text]
    return c.subject


def test_design_output_is_capacity_and_an_average_is_its_own_measure(claims_of):
    claims = claims_of("Velmar Hydro said the Tarnow plant generated 4.1 TWh in 2024, short of its designed "
                       "output of 6.2 TWh a year. An engineer said the plant had produced an average of 4.6 TWh "
                       "a year since it opened.")
    assert "capacity" in _subject(claims, "6.2 TWh a year")
    assert "average production" in _subject(claims, "4.6 TWh a year")
    assert "average" not in _subject(claims, "4.1 TWh") and "capacity" not in _subject(claims, "4.1 TWh")


def test_an_average_price_is_still_the_price(claims_of):
    claims = claims_of("Ostland's tea fetched an average price of $2.71 a kilogram at auction in 2024.")
    assert _subject(claims, "$2.71 a kilogram").endswith("price")


def test_a_peak_workforce_is_not_todays(claims_of):
    claims = claims_of("The Tarnow plant employs 420 staff, down from a peak of 6,400 workers during construction.")
    assert "peak" in _subject(claims, "6,400")
    assert "peak" not in _subject(claims, "420")


def test_a_fraction_of_a_figure_is_a_share_not_an_amount():
    (frac, whole) = [f for f in reecheck.extract("It ran at about three-quarters of its 6.2 TWh design output.")]
    assert frac.kind == "count" and frac.unit == "dimensionless" and frac.value == 0.75
    assert whole.unit == "terawatt_hour"
    part = reecheck.extract("Velmar raised 280 million of the 1.5 billion euros it sought.")[0]
    assert part.value == 280e6 and part.kind == "money"  # a part of a whole still takes its unit


def test_makes_up_is_a_share_not_a_rise():
    assert reecheck.extract("Tea makes up 21 per cent of Ostland's exports.")[0].direction == ""
    assert reecheck.extract("Exports were up 21 per cent.")[0].direction == "up"


def test_shares_of_different_wholes_are_different_subjects(claims_of):
    claims = claims_of("Smallholders in Ostland received only 52 per cent of auction proceeds last year. "
                       "Only 16 per cent of the network would be renewed by the end of the decade.")
    assert _subject(claims, "52 per cent").endswith("share of auction proceeds")
    assert _subject(claims, "16 per cent").endswith("share of network")


def test_a_share_takes_a_metric_its_sentence_names_before_its_whole(claims_of):
    claims = claims_of("Imports cover about three-quarters of Ostland's needs for magnets.")
    assert "share of imports" in _subject(claims, "about three-quarters")


def test_a_plan_to_do_something_is_a_target(claims_of):
    claims = claims_of("The utility plans to replace 620 kilometres of mains by 2028. Its network is 3,800 "
                       "kilometres long.")
    (plan,) = [c for c in claims if c.figure.text == "620 kilometres"]
    assert plan.is_target


def test_one_body_giving_two_values_measures_two_things(write_sources):
    folder = write_sources({
        "a.txt": "Velmar Hydro said the Tarnow plant produced 25,000 to 26,500 tonnes in its first phase. "
                 "Velmar Hydro said the Tarnow plant produced 30,500 to 31,500 tonnes in total.\n",
        "b.txt": "Nordavia Analytics said the Tarnow plant produced 26,000 tonnes.\n",
    })
    report = reecheck.check(folder)
    assert not [v for v in report.verdicts if v.status == "discrepancy"]
    tarnow = [v for v in report.verdicts if "production" in v.group.subject and len(v.group.claims) > 1]
    assert len(tarnow) == 1 and {c.source for c in tarnow[0].group.claims} == {"a.txt", "b.txt"}


def test_two_bodies_in_one_text_still_disagree(write_sources):
    folder = write_sources({"a.txt": "The Ostland Mining Office puts the Tarnow mine's reserves at 42 million "
                                     "tonnes, but Nordavia Geoconsult puts the Tarnow mine's reserves at 18 million "
                                     "tonnes.\n"})
    (v,) = [v for v in reecheck.check(folder).verdicts if "reserves" in v.group.subject]
    assert v.status == "discrepancy"


def test_a_voice_restating_its_number_stays_one_group(claims_of, rules):
    assert ONE_VOICE_SAME_RATIO > 1
    claims = claims_of("Velmar Hydro said the Tarnow plant produced 2,600 tonnes. Velmar Hydro said the Tarnow "
                       "plant produced about 2,600 tonnes last year.")
    groups, _ = group_claims(claims, rules)
    assert len([g for g in groups if "production" in g.subject]) == 1


def test_a_draft_keeps_its_own_contradictions_together(claims_of, rules):
    claims = claims_of("Velmar Hydro said the Tarnow plant produced 4,800 tonnes. Velmar Hydro said the Tarnow "
                       "plant produced 8,400 tonnes.")
    assert len([g for g in group_claims(claims, rules)[0] if "production" in g.subject]) == 2
    assert len([g for g in group_claims(claims, rules, split_voices=False)[0] if "production" in g.subject]) == 1


def test_a_longer_name_is_not_a_known_body_it_contains(tmp_path):
    (tmp_path / "bodies.toml").write_text('[[attributor]]\nname = "Nordavia Bureau of Statistics"\n'
                                          'aliases = ["Bureau of Statistics"]\n', encoding="utf-8")
    cr = context_reader(load_rules([tmp_path], defaults=False))
    assert cr.canonical_attributor("Bureau of Trade Statistics") == "Bureau of Trade Statistics"
    assert cr.canonical_attributor("Bureau of Statistcs") == "Nordavia Bureau of Statistics"  # a misspelling
    assert cr.canonical_attributor("Statistics Bureau") == "Nordavia Bureau of Statistics"  # word order


def test_a_malformed_aspect_names_its_file_and_line(tmp_path):
    import pytest

    from reecheck.errors import RulesError

    (tmp_path / "aspects.toml").write_text('# aspects\n[[aspect]]\nname = "average"\nwords = ["average"]\n'
                                           'skip = "price"\n', encoding="utf-8")
    with pytest.raises(RulesError) as err:
        load_rules([tmp_path], defaults=False)
    assert "aspects.toml" in str(err.value) and ":5" in str(err.value) and "skip" in str(err.value)


def test_one_story_told_under_different_names_is_one_subject(write_sources):
    folder = write_sources({
        "a.txt": "Tarnow output slumps\n\nThe Tarnow Dam generated 4.1 TWh of electricity in 2024, Velmar Hydro "
                 "said. Ostland gets a third of its power from the dam.\n",
        "b.txt": "Drought hits Ostland\n\nOstland generated 4.1 terawatt-hours of electricity in 2024, the energy "
                 "ministry said.\n",
        "c.txt": "Nordavia power\n\nNordavia generated 4.1 TWh of electricity in 2024, the grid operator said.\n",
    })
    report = reecheck.check(folder)
    (joined,) = [v for v in report.verdicts if len(v.group.claims) > 1]
    assert {c.source for c in joined.group.claims} == {"a.txt", "b.txt"}  # Nordavia is named in neither
    assert joined.status == "consistent"


def test_names_join_only_figures_that_agree(write_sources):
    folder = write_sources({
        "a.txt": "The Tarnow Dam generated 4.1 TWh of electricity in 2024, Velmar Hydro said. Ostland gets a "
                 "third of its power from the dam.\n",
        "b.txt": "Ostland generated 6.3 terawatt-hours of electricity in 2024, the energy ministry said.\n",
    })
    report = reecheck.check(folder)
    # the subject rules never join two names whose figures disagree (the dam's output is not its country's) ...
    groups, _ = group_claims(report.claims, load_rules())
    assert not [g for g in groups if len(g.claims) > 1]
    # ... the words around them may (groups.link_by_cues), and then the verdict says that is all it rests on
    (linked,) = [v for v in report.verdicts if len(v.group.claims) > 1]
    assert any(r.startswith("matched by wording, not by subject: ") for r in linked.reasons)


def test_a_text_naming_both_keeps_them_apart(write_sources):
    folder = write_sources({
        "a.txt": "Ostland holds 9.3 million tonnes of reserves, and Nordavia holds 6.2 million tonnes of reserves.\n",
        "b.txt": "Nordavia holds 9.3 million tonnes of reserves, the survey said. Ostland is its neighbour.\n",
    })
    report = reecheck.check(folder)
    for v in report.verdicts:
        assert len({c.entity for c in v.group.claims}) == 1


def _dated(write_sources, dateline: str, body: str):
    folder = write_sources({"a.txt": f"Crop report\n\n{dateline} - {body}\n"})
    return {c.figure.text: c for c in reecheck.check(folder).claims}


def test_datelines_with_a_country_and_a_short_month_date_the_text(write_sources):
    for dateline in ("TARNOW, Ostland, Jan. 20, 2026", "TARNOW, Ostland, 20 January 2026", "TARNOW, Sept. 3, 2026"):
        claims = _dated(write_sources, dateline, "Ostland harvested 4.2 million tonnes of barley last year.")
        assert claims["4.2 million tonnes"].period == "2025", dateline


def test_last_years_crop_dates_the_figure_after_it(write_sources):
    claims = _dated(write_sources, "TARNOW, March 12, 2026",
                    "Last year's barley crop came to 4.2 million tonnes, the Grain Board said.")
    assert claims["4.2 million tonnes"].period == "2025"


def test_a_year_before_average_or_price_is_the_period(write_sources):
    claims = _dated(write_sources, "TARNOW, March 12, 2026",
                    "Barley now sells for $210 a tonne, a third below its 2024 average of $315 a tonne.")
    assert claims["$315 a tonne"].period == "2024"


def test_quarters_are_periods(write_sources):
    claims = _dated(write_sources, "TARNOW, March 12, 2026",
                    "Velmar sold 41,000 cars in the third quarter of 2025 and 38,500 cars in the fourth quarter. "
                    "It sold 12,000 cars in Q1 2024. Prices averaged $21,300 in the first quarter.")
    assert claims["41,000"].period == "2025-Q3"
    assert claims["38,500"].period == "2025-Q4"
    assert claims["12,000"].period == "2024-Q1"
    assert claims["$21,300"].period == "2026-Q1"


def test_a_texts_own_shares_of_one_whole_are_different_parts(write_sources):
    folder = write_sources({"a.txt": "The north grows 48 per cent of Ostland's barley, and malting barley makes up "
                                     "21 per cent of Ostland's barley.\n"})
    assert not [v for v in reecheck.check(folder).verdicts if v.status == "discrepancy"]


def test_a_body_pointed_back_to_after_the_figure_states_it(claims_of):
    claims = claims_of("The port handled 3.42 million containers last year, the Tarnow Port Authority said. "
                       "Transshipment made up 62 per cent of the total, the authority said. The authority employs "
                       "3,400 dockworkers. The Velmar Rice Exporters Guild met on Monday. Jasmine rice made up 29 "
                       "per cent of export volumes last year, the guild said.")
    by = {c.figure.text: c.attribution for c in claims}
    assert by["62 per cent"] == "Tarnow Port Authority"
    assert by["3,400"] == "Tarnow Port Authority"
    assert by["29 per cent"] == "Velmar Rice Exporters Guild"


def test_the_company_is_the_company_not_its_site(claims_of):
    claims = claims_of("Velmar Minerals produced 16,900 tonnes of lithium at its Salar de Tarnow brine operation in "
                       "2024, the company said. Velmar expects to produce between 23,000 and 25,000 tonnes in 2025, "
                       "said the company's chief executive, Marta Illanes.")
    by = {c.figure.text: c.attribution for c in claims}
    assert by["16,900 tonnes"] == "Velmar Minerals"
    assert by["23,000 and 25,000 tonnes"] == "Velmar Minerals"


def test_a_subject_with_no_commodity_meets_the_same_subject_with_one_when_they_agree(write_sources):
    a = "Velka plan\n\nVelka Manganese Ltd said the Tarn deposit held a manganese resource of 4 million tonnes.\n"
    b = "Velka row\n\nVelka says the Tarn resource is about 4 million tonnes, the union said.\n"
    report = reecheck.check(write_sources({"a.txt": a, "b.txt": b}))
    group_of = report.group_of()
    (x,) = [c for c in report.claims if c.figure.text == "4 million tonnes"]
    (y,) = [c for c in report.claims if c.figure.text == "about 4 million tonnes"]
    assert x.scope != y.scope and group_of[x.id] == group_of[y.id]
