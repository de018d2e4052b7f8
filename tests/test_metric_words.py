"""What a figure measures when the rules have no word for it: the subject of the clause whose verb takes the
figure, the thing a body "put at" a value, and a topic only the end of a text names."""
from __future__ import annotations

import pytest

import reecheck
from reecheck.lexicon import is_common_form


def _claim(claims, text: str):
    (c,) = [c for c in claims if c.figure.text == text]
    return c


def test_the_subject_of_the_clause_is_what_its_figure_measures(claims_of):
    claims = claims_of("Hospital admissions in Tarnow reached 2,910 by Thursday, the health department said, as "
                       "doctors asked how many people the heat had killed.")
    assert _claim(claims, "2,910").metric == "hospital admissions"


def test_a_hyphenated_modifier_and_a_rare_plural_still_read_as_common_words(claims_of):
    claims = claims_of("Heat-related call-outs rose to 1,240 on Monday, the ambulance service said.")
    assert _claim(claims, "1,240").metric == "heat-related call-outs"


@pytest.mark.parametrize("sentence, figure, metric", [
    ("The Tarnow Builders' Federation put completions for the year at 7,480.", "7,480", "completions"),
    ("The union put admissions over the same fortnight at nearer 2,000.", "2,000", "admissions"),
    ("The audit office put the city's 2024 losses at 47 per cent.", "47 per cent", "share of losses"),
])
def test_what_a_body_puts_at_a_value_is_what_the_value_measures(claims_of, sentence, figure, metric):
    assert _claim(claims_of(sentence), figure).metric == metric


@pytest.mark.parametrize("sentence, figure", [
    ("The union put the toll for that week at 360 or more.", "360 or more"),  # "toll" only frames the figure
    ("Crews were working 12-hour shifts, the agency added.", "12-hour"),  # the crews are not what 12 hours measure
    ("Mining the ore is one step of many.", "one"),  # a count that names what it counts
])
def test_a_frame_noun_or_a_verb_between_names_no_metric(claims_of, sentence, figure):
    c = _claim(claims_of(sentence), figure)
    assert c.metric in (None, "duration") and c.metric not in ("toll", "crews", "mining the ore")


def test_a_unit_that_names_its_measure_wins_over_the_clause_subject(claims_of):
    assert _claim(claims_of("Gusts reached 90 km/h on the ridge."), "90 km/h").metric == "speed"


def test_a_topic_named_only_late_in_a_text_is_not_the_scope_of_its_opening(claims_of):
    lead = ("Tarnow heatwave fills hospitals\n\nHospitals in Tarnow admitted 1,380 patients with heat illness by "
            "Thursday, the health department said. ")
    filler = "Doctors said the wards were full and staff were tired, and many patients were elderly. " * 8
    tail = ("\n\nElectricity demand hit 4.9 GW on Tuesday, the grid operator said. Electricity imports covered "
            "the gap, and electricity prices rose.")
    claims = claims_of(lead + filler + tail)
    assert _claim(claims, "1,380").scope is None
    assert _claim(claims, "4.9 GW").scope == "electricity"  # its own paragraph still names it


def test_a_topic_named_in_the_lead_scopes_the_whole_text(claims_of):
    text = ("Electricity shortage deepens in Tarnow\n\nElectricity rationing in Tarnow entered a third week. "
            + "Officials met on Monday and again on Tuesday to discuss the plan. " * 8
            + "\n\nDemand hit 4.9 GW on Tuesday, the grid operator said.")
    assert _claim(claims_of(text), "4.9 GW").scope == "electricity"


@pytest.mark.parametrize("word, common", [("completions", True), ("admissions", True), ("call-outs", False),
                                          ("Tarnowskis", False), ("cities", True)])
def test_a_plural_is_common_when_its_singular_is(word, common):
    assert is_common_form(word) is common


@pytest.mark.parametrize("sentence, figure, metric", [
    ("The council said 8,640 homes were completed in 2025.", "8,640", "homes completed"),
    ("Work on 1,400 homes under construction has stalled.", "1,400", "homes under construction"),
    ("Some 30 cases were recorded in 2019.", "Some 30", "cases"),  # a verb that only reports the count
])
def test_a_state_after_a_counted_noun_is_part_of_what_is_counted(claims_of, sentence, figure, metric):
    assert _claim(claims_of(sentence), figure).metric == metric


def test_the_true_number_of_a_noun_is_what_the_figure_counts(claims_of):
    claims = claims_of("Seven secondary schools have no head of maths. The Tarn Teachers Union says the true number "
                       "of vacancies is 231.")
    (c,) = [c for c in claims if c.figure.text == "231"]
    assert c.metric == "vacancies"


def test_a_limit_names_its_own_figure_only(write_sources):
    text = ("Tarn water plan\n\nTARNOW, 4 May 2026 - The board said its draft licence would cap withdrawals at 11 "
            "million cubic metres a year, and that comments would be taken for 60 days.\n")
    claims = {c.figure.text: c for c in reecheck.check(write_sources({"a.txt": text})).claims}
    assert claims["11 million cubic metres a year"].metric == "quota"
    assert claims["60 days"].metric != "quota"


def test_what_a_worker_is_paid_is_pay_not_the_workers_counted_before(write_sources):
    text = ("Tarn plow crews\n\nTARNOW, 4 May 2026 - The bureau said 2,600 operators were working this winter. It "
            "raised the top hourly rate for operators to ¥2,150 from ¥1,880 in December.\n")
    claims = {c.figure.text: c for c in reecheck.check(write_sources({"a.txt": text})).claims}
    assert claims["¥2,150"].metric == "pay" and claims["2,600"].metric != "pay"


def test_bought_and_shipped_tonnes_are_purchases_and_exports(write_sources):
    text = ("Tarn nut campaign\n\nTARNOW, 4 May 2026 - Growers will sell 162,000 tonnes this season, the board said. "
            "The factories had bought 41,000 tonnes so far. Velka Nut Company said it expected to ship 38,000 tonnes "
            "to India.\n")
    claims = {c.figure.text: c for c in reecheck.check(write_sources({"a.txt": text})).claims}
    assert claims["41,000 tonnes"].metric == "purchases"
    assert claims["38,000 tonnes"].metric == "exports"
