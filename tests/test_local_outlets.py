"""What local outlets write that wire copy does not: dates with spaces ("16. 6. 2026"), firms with a legal form in
small letters ("a.s."), names that open with Latin's extended capitals, fact boxes whose title gives the unit and
whose labels say whose figure each row is, and a plan's "would cut dust to ..." kept apart from today's level."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import reecheck
from reecheck import extract


@pytest.mark.parametrize("line", ["Tarnow, 16. 6. 2026, 17:20", "Velka 3. 11. 2025", "on 16. 6. 2026 the board met",
                                  "Tarnow, 16. 6. 2026, 17.20"])
def test_a_date_written_with_spaces_is_no_figure(line):
    assert extract(line) == []


def test_a_day_and_a_number_that_only_look_like_such_a_date_stay_figures():
    assert [f.text for f in extract("It rose 16. 6 tonnes were lost.")] == ["16", "6 tonnes"]


def test_a_dateline_with_a_spaced_date_dates_the_text(write_sources):
    folder = write_sources({"a.txt": "TARN TODAY\nTarnow, 16. 6. 2026, 17:20\n\nThe works released 900 tonnes of "
                                     "dust last year, residents say.\n"})
    (claim,) = reecheck.check(folder).claims
    assert claim.dated == "2026-06-16"
    assert claim.period == "2025"


def test_a_firm_with_a_legal_form_in_small_letters_is_the_topic_not_the_country_describing_it(claims_of):
    (claim,) = claims_of("Ostlandic refractories producer Velkarta Magnesia a.s. will spend €148 million on a new "
                         "rotary kiln.")
    assert claim.entity == "Velkarta Magnesia"


def test_a_name_opening_with_an_extended_latin_capital_is_a_speaker(claims_of):
    (claim,) = claims_of("The works in Tarnow released between 850 and 950 tonnes of dust last year, according to "
                         "Čistá Velka, a residents' group.")
    assert claim.attribution == "Čistá Velka"


def test_a_common_word_that_opens_a_sentence_names_no_town(claims_of):
    claims = claims_of("She said the filters would bring it down to about 400 tonnes a year at the town.\n\n"
                       "Independent town councillor Ana Ruiz said the company wanted to dig 5.1 million tonnes.")
    assert [c.entity for c in claims] == [None, None]


def test_a_bare_number_set_against_a_figure_in_a_quotation_takes_its_unit():
    figures = extract('She said the filters would bring dust down to about 400 tonnes a year, "not the 180 they '
                      'promise".')
    assert [(f.value, f.unit) for f in figures] == [(400.0, "metric_ton / year"), (180.0, "metric_ton / year")]


def test_fact_box_rows_take_the_unit_of_the_title_and_the_voice_of_their_label(write_sources):
    folder = write_sources({"a.txt": (
        "Dust row in Tarnow\n\nThe Tarnow works released 850 tonnes of dust last year, according to Velka Clean "
        "Air, a residents' group. Velkarta Minerals said it released 610 tonnes.\n\n"
        "Dust from the works (tonnes a year)\n"
        "2025, company: 610\n"
        "2025, Velka Clean Air: 850–950\n")})
    rows = {c.figure.text: c for c in reecheck.check(folder).claims if c.figure.start > 200}
    assert rows["610"].figure.unit == "metric_ton / year"
    assert (rows["850–950"].figure.low, rows["850–950"].figure.high) == (850.0, 950.0)
    assert rows["610"].attribution == "Velkarta Minerals"
    assert rows["850–950"].attribution == "Velka Clean Air"


def test_a_level_a_plan_would_cut_to_is_no_level_of_today(claims_of):
    claims = claims_of("New bag filters would cut dust emissions from the works to about 180 tonnes a year from "
                       "610 tonnes in 2025.")
    plan, now = claims
    assert plan.is_target and not now.is_target
    assert now.period == "2025"


def test_a_deadline_before_a_from_figure_is_the_new_level_s(claims_of):
    new, old = claims_of("Velkarta Minerals will raise output of magnesia to 420,000 tonnes a year by 2029 from "
                         "310,000 tonnes in 2025, the company said.")
    assert new.period == "by 2029"
    assert (old.period, old.is_target) == ("2025", False)


def test_up_from_a_figure_last_year_is_that_year_s(write_sources):
    folder = write_sources({"a.txt": "Kiln plans\n\nTarnow, 16 June 2026\n\nHe said output would reach 420,000 "
                                     "tonnes in 2029, up from 310,000 tonnes last year.\n"})
    periods = {c.figure.text: c.period for c in reecheck.check(folder).claims}
    assert periods["310,000 tonnes"] == "2025"


@given(day=st.integers(1, 31), month=st.integers(1, 12), year=st.integers(1900, 2099))
def test_every_spaced_day_month_year_is_a_date(day, month, year):
    assert extract(f"Tarnow, {day}. {month}. {year}, 17:20") == []


def test_a_new_paragraph_goes_back_to_what_the_text_is_mostly_about(write_sources):
    folder = write_sources({"a.txt": (
        "Leaks in Tarnow\n\nThe city of Tarnow lost 46% of its water supply to leaks last year. Tarnow has 1,200 km "
        "of mains, and Tarnow replaced 14 km of pipe in 2025.\n\n"
        "The pipe maker is based in the town of Velka, where it employs 800 people.\n\n"
        "The council said 320 leaks were repaired in the winter.\n")})
    entity = {c.figure.text: c.entity for c in reecheck.check(folder).claims}
    assert entity["800"] == "Velka"  # the paragraph that names the other town is about it
    assert entity["320"] == "Tarnow"  # the next one is about the text's town again


def test_a_clock_time_in_dutch_leaves_a_decimal_comma_text_decimal_comma():
    figures = extract("VELKA POST\nTarnow, 10-03-2026, 14.35 uur\n\nThe levy rises 6,8% and the budget is € 1,2 "
                      "billion.\n")
    assert [f.value for f in figures] == [6.8, 1.2e9]


def test_a_body_title_that_opens_a_paragraph_speaks_for_the_body_named_last(claims_of):
    claims = claims_of("The Tarn Water Board will spend €1.2 billion on dikes, the board said on Tuesday.\n\n"
                       "Dike warden Ana Ruiz said 38 km of the dikes failed the safety standard.")
    assert claims[-1].attribution == "Tarn Water Board"


def test_people_of_a_kind_are_no_body_another_text_names(write_sources):
    folder = write_sources({
        "a.txt": "About 610 hectares of farmland will be lost, the Tarn Farmers' Circle said on Monday.\n",
        "b.txt": "Velka tobacco sales\n\nOne buyer said farmers had already sold 212 million kilograms.\n"})
    claim = next(c for c in reecheck.check(folder).claims if c.figure.text == "212 million kilograms")
    assert claim.attribution != "Tarn Farmers' Circle"
