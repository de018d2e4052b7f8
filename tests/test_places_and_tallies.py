"""Places a text names that the rules do not know, speakers of a figure quoted inside another's sentence, names
with a plural possessive, and running tallies read on different days."""
from __future__ import annotations

import pytest

import reecheck
from reecheck.groups import _later, group_claims


def _claim(claims, text: str):
    (c,) = [c for c in claims if c.figure.text == text]
    return c


def test_a_name_before_a_place_noun_is_a_place_not_a_company(claims_of):
    claims = claims_of("Velmar Graphite's open pit in Ostland's Kavo Delga province moved 655 households. "
                       "Kavo Delga has 1.2 million residents. Velmar produced 96 kt in 2025, the company said.")
    assert _claim(claims, "1.2 million").entity == "Kavo Delga"
    # the place never becomes the company "the company" points back to
    assert _claim(claims, "96 kt").attribution != "Kavo Delga"


def test_a_local_council_names_its_place_and_the_city_points_back_to_it(claims_of):
    claims = claims_of("Tarnow City Council said 8,640 homes were completed across Tarnow in 2025. "
                       "The city's waiting list held 16,240 households in December.")
    assert _claim(claims, "8,640").entity == "Tarnow"
    assert _claim(claims, "8,640").attribution == "Tarnow City Council"
    assert _claim(claims, "16,240").entity == "Tarnow"


def test_a_place_that_opens_a_longer_name_is_not_a_place_there(claims_of):
    claims = claims_of("Tarnow City Council counted 900 homes in the city.\n\n"
                       "Tarnow Renters Voice went further. The group estimates that more than 22,000 households "
                       "are waiting.")
    assert _claim(claims, "more than 22,000").attribution == "Tarnow Renters Voice"


def test_a_figure_another_speaker_states_goes_to_that_speaker(claims_of):
    claims = claims_of("Velmar Mining employs 1,850 people, it says. The Kavo Miners Association says only about "
                       "1,100 are on its payroll, not the 1,850 the company cites.")
    assert _claim(claims, "about 1,100").attribution == "Kavo Miners Association"
    assert [c.attribution for c in claims if c.figure.text == "1,850"][-1] == "Velmar Mining"


def test_a_name_with_a_plural_possessive_is_read_whole(claims_of):
    claims = claims_of("Crews worked 16 hours a day, the Tarn Firefighters' Union said.")
    assert _claim(claims, "16 hours a day").attribution == "Tarn Firefighters' Union"


def test_a_common_word_after_a_dateline_dash_is_no_name(claims_of):
    claims = claims_of("TARNOW, Jan. 14, 2026 (Ostland Wire) - Builders finished 8,640 homes across the city "
                       "in 2025, the council said.")
    assert _claim(claims, "8,640").entity != "Builders"


def test_by_tuesday_dates_a_running_tally(claims_of):
    claims = claims_of("TARNOW, Sept. 3, 2025 - The Velmar Creek fire had burned 61,000 hectares by Tuesday, "
                       "the agency said.")
    assert _claim(claims, "61,000 hectares").period == "2025-09-02"


def test_a_tally_read_on_an_earlier_day_is_not_a_disagreement(write_sources):
    folder = write_sources({
        "a.txt": "TARNOW, Aug. 14, 2025 - The Velmar Creek fire has grown to 48,300 hectares, the agency said.\n",
        "b.txt": "TARNOW, Sept. 3, 2025 - The Velmar Creek fire had burned 61,000 hectares by Tuesday, "
                 "the agency said.\n",
    })
    report = reecheck.check(folder)
    together = [v for v in report.verdicts
                if {c.figure.text for c in v.group.claims} >= {"48,300 hectares", "61,000 hectares"}]
    assert not together


def test_the_same_tally_disputed_on_one_day_is_still_compared(claims_of, rules):
    claims = (claims_of("TARNOW, Sept. 3, 2025 - The Velmar Creek fire had burned 61,000 hectares by Tuesday, "
                        "the agency said.", "a.txt")
              + claims_of("TARNOW, Sept. 3, 2025 - The Velmar Creek fire had burned 75,000 hectares by Tuesday, "
                          "the union said.", "b.txt", start_index=10))
    groups, _ = group_claims(claims, rules)
    assert [g for g in groups if {c.figure.text for c in g.claims} == {"61,000 hectares", "75,000 hectares"}]


def test_later_compares_periods_as_precisely_as_both_are_written():
    assert _later("2025-09-02", "2025-08-14")
    assert _later("2025-09", "2025-08-14")
    assert not _later("2025-08", "2025-08-14")
    assert not _later("2025", "2025-08-14")
    assert not _later("2025-Q3", "2025-08-14")  # a quarter begins in its first month
    assert _later("2025-Q4", "2025-08-14")
    assert not _later("2024/25", "2024-12-04")  # a season, by the year it begins in


def test_currencies_of_mining_countries_are_read():
    got = [(f.value, f.unit) for f in reecheck.extract("Velmar owes 2.4 billion meticais and 40 million CFA francs.")]
    assert got == [(2.4e9, "MZN"), (4e7, "XOF")]


def test_the_company_after_an_owner_of_a_facility_is_that_owner(claims_of):
    claims = claims_of("The Kavo Land Forum says 655 households were moved for Velmar Graphite Mining's open pit in "
                       "Ostland's Kavo Delga province, far more than the 412 the company reports.")
    assert _claim(claims, "412").attribution == "Velmar Graphite Mining"


def test_an_outlet_line_is_not_what_the_company_points_back_to(claims_of):
    claims = claims_of("Velmar output rises\n\nOstland Resources Review\n\nTuesday, 24 March 2026\n\n"
                       "Velmar Graphite produced 96 kt in 2025. The company expects 115,000 tonnes this year.")
    assert _claim(claims, "115,000 tonnes").entity != "Ostland Resources Review"


def test_a_whose_clause_between_a_body_and_its_verb_is_skipped(claims_of):
    claims = claims_of("The Velmar Builders' Federation, whose count relies on occupancy certificates rather than "
                       "inspections, put completions for the year at 7,480.")
    assert _claim(claims, "7,480").attribution == "Velmar Builders' Federation"


def test_a_name_introduced_as_a_kind_of_body_speaks_and_is_no_topic(claims_of):
    claims = claims_of("Tarn Power has put the number of households that lost power at 3,800. The consumer "
                       "association Tarnovo Levante, which collected reports from its members, said the true number "
                       "was closer to 60,000.")
    got = _claim(claims, "closer to 60,000")
    assert got.attribution == "Tarnovo Levante"
    assert got.entity != "Tarnovo Levante"


def test_the_owner_of_a_document_speaks(claims_of):
    claims = claims_of("Tarnow City Council said it was on track. The council's annual report shows 8,050 homes were "
                       "completed. Velmar's annual report shows output of 5,000 tonnes. The Tarnow Statistics "
                       "Office's latest survey shows 12,000 jobs.")
    assert _claim(claims, "8,050").attribution == "Tarnow City Council"
    assert _claim(claims, "5,000 tonnes").attribution == "Velmar"
    assert _claim(claims, "12,000").attribution == "Tarnow Statistics Office"


def test_a_sum_it_says_is_owed_is_the_sentence_subjects(claims_of):
    claims = claims_of("Velmar Mining operates in Kavo Delga province. Kavo Delga has given Velmar Mining 30 days to "
                       "settle the $37.6m it says is owed, while the company puts the figure at about $11m.")
    assert _claim(claims, "$37.6m").attribution == "Kavo Delga"
    # a place the text names is no company "the company" points back to
    assert _claim(claims, "about $11m").attribution == "Velmar Mining"
    # "it says" names no metric, and the clause keeps the sum from inheriting one
    assert _claim(claims, "$37.6m").metric is None


def test_the_number_of_a_noun_put_at_a_figure_counts_that_noun(claims_of):
    claims = claims_of("Tarn Power has put the number of households that lost power on the night of July 15 at 3,800.")
    assert _claim(claims, "3,800").metric == "households"


def test_a_coordinator_named_with_her_role_is_a_person(rules):
    from reecheck.context import _person_names, context_reader

    people = _person_names(context_reader(rules), "Its coordinator, Amelia Chandra, said 230 families had moved.")
    assert "Amelia Chandra" in people


def test_a_speaker_of_one_quoted_figure_does_not_speak_for_the_next(claims_of):
    claims = claims_of("The Tarn Miners' Association says only about 1,100 people are on Velmar's payroll, not the "
                       "1,850 the company cites, and that barely 60 per cent of them are local.")
    assert _claim(claims, "60 per cent").attribution == "Tarn Miners' Association"


def test_a_capitalised_next_line_is_no_unit_but_a_wrapped_unit_is():
    headline = reecheck.extract("Heat toll disputed as admissions pass 2,900\nEuro-Med Health Report")
    assert [(f.value, f.unit) for f in headline] == [(2900.0, "dimensionless")]
    wrapped = reecheck.extract("Output rose to 2,900\ntonnes in 2024.")
    assert [(f.value, f.unit) for f in wrapped] == [(2900.0, "metric_ton")]


def test_a_count_two_texts_give_on_different_days_is_compared_beside_a_forecast(write_sources):
    # a forecast for next year is a stated period; the undated counts of two texts still meet each other
    folder = write_sources({
        "a.txt": "TARNOW, Oct. 16, 2025 - Velmar Transit carried 41.6 million passengers on its trams, the operator "
                 "said. Velmar Transit expects 44 million passengers in 2026.\n",
        "b.txt": "TARNOW, Nov. 12, 2025 - Velmar Transit carried 46.1 million passengers on its trams, the operator "
                 "said.\n",
    })
    report = reecheck.check(folder)
    assert [v for v in report.verdicts
            if {c.figure.text for c in v.group.claims} >= {"41.6 million", "46.1 million"}]


def test_a_campaign_that_speaks_counts_others_not_itself(claims_of):
    claims = claims_of("Tarnow City Council listed 16,240 households on its register. Tarnow Renters Voice says "
                       "more than 22,000 households are waiting. The Tarnow Transport Partnership counted 38.9 "
                       "million journeys.")
    assert _claim(claims, "more than 22,000").entity != "Tarnow Renters Voice"
    assert _claim(claims, "more than 22,000").attribution == "Tarnow Renters Voice"
    assert _claim(claims, "38.9 million").entity != "Tarnow Transport Partnership"


def test_a_figure_on_a_document_someone_owns_is_that_owners(claims_of):
    claims = claims_of("Tarnow City Council counted 900 homes. Tarnow Renters Voice estimates that more than 22,000 "
                       "households are waiting, against the 16,240 on the council's register.")
    assert _claim(claims, "16,240").attribution == "Tarnow City Council"
    assert _claim(claims, "more than 22,000").attribution == "Tarnow Renters Voice"


def test_a_name_where_a_place_goes_is_a_place(claims_of):
    claims = claims_of("Hospital admissions in Tarnovo Vale reached 2,910 by Thursday, the health department said.")
    assert _claim(claims, "2,910").entity == "Tarnovo Vale"


@pytest.mark.parametrize("text, figure", [
    # where a body or a person sits is not what the story counts
    ("Hartwell, a brokerage in Tarnovo Vale, expects 4,100 tonnes.", "4,100 tonnes"),
    ("Velmar's coordinator in Tarnovo Vale said 230 families had moved.", "230"),
    # a name that names a plant, or that acts, is no place
    ("Ertil opened its Tarnovo Vale smelter in Ostland. Output in Tarnovo Vale reached 210,000 tonnes.",
     "210,000 tonnes"),
])
def test_a_name_after_in_that_places_a_speaker_or_names_a_plant_is_no_place(claims_of, text, figure):
    assert _claim(claims_of(text), figure).entity != "Tarnovo Vale"


@pytest.mark.parametrize("text, figure, period", [
    ("TARNOW, April 9, 2026 - The outbreak had grown to 86 confirmed cases as of April 8, the county said.", "86",
     "2026-04-08"),
    ("TARNOW, April 23, 2026 - The county counted 141 confirmed cases by 21 April.", "141", "2026-04-21"),
    # a day later in the year than the text's date is last year's
    ("TARNOW, Feb. 2, 2026 - Cases in the county reached 410 by Dec. 30.", "410", "2025-12-30"),
])
def test_a_day_of_a_month_without_a_year_dates_a_tally(claims_of, text, figure, period):
    assert _claim(claims_of(text), figure).period == period


def test_a_tally_counted_on_two_days_is_two_readings_not_a_disagreement(write_sources):
    folder = write_sources({
        "a.txt": "TARNOW, April 9, 2026 - Measles cases in Tarnovo Vale reached 86 as of April 8, the county said.\n",
        "b.txt": "TARNOW, April 23, 2026 - Measles cases in Tarnovo Vale reached 141 as of April 21, the county "
                 "said.\n",
    })
    report = reecheck.check(folder)
    assert not [v for v in report.verdicts if {c.figure.text for c in v.group.claims} >= {"86", "141"}]


def test_this_school_year_is_the_split_year_under_way(claims_of):
    claims = claims_of("TARNOW, April 9, 2026 - Vaccination fell to 81.4 per cent this school year from 84.6 per "
                       "cent in 2024-25, the state said. Officials aim for at least 95 per cent.")
    assert _claim(claims, "81.4 per cent").period == "2025/26"
    assert _claim(claims, "at least 95 per cent").is_target


def test_a_figure_with_no_period_is_not_one_of_a_season_over_a_year_before(write_sources):
    # in a text of April 2026, a rate with no period is this year's, not the 2024-25 rate beside it
    folder = write_sources({
        "a.txt": "TARNOW, April 9, 2026 - Only 81.4 per cent of children entering school in Tarnovo Vale were "
                 "vaccinated, the state said.\n\nThe rate in Tarnovo Vale was 84.6 per cent in 2024-25, the state "
                 "said.\n",
    })
    report = reecheck.check(folder)
    assert not [v for v in report.verdicts
                if {c.figure.text for c in v.group.claims} >= {"81.4 per cent", "84.6 per cent"}]


def test_a_parents_group_described_in_an_aside_speaks_and_is_no_topic(claims_of):
    claims = claims_of("Tarnow Families First, a parents' group, says the true rate is nearly 88 per cent. "
                       "About 1,300 pupils in 14 schools had been excluded, the county said.")
    assert _claim(claims, "About 1,300").entity != "Tarnow Families First"


def test_over_before_reads_years_and_split_years_against_a_day():
    from reecheck.groups import _over_before
    assert _over_before("2024/25", "2026-04-09") and _over_before("2024", "2026-04-09")
    assert not _over_before("2025", "2026-04-09")  # last year's figure may be what an undated one means
    assert not _over_before("2025/26", "2026-04-09")


@pytest.mark.parametrize("sentence, figure, period", [
    ("TARNOW, 14 August 2025 (Wire) - The Tarn mine produced 9,400 tonnes of cobalt in the first half of the year, "
     "its operator Velmar said.", "9,400 tonnes", "2025-H1"),
    ("TARNOW, 3 March 2025 (Wire) - Velmar made 8,100 tonnes in the second half, the company said.",
     "8,100 tonnes", "2024-H2"),
    ("Output in H2 2024 was 8,100 tonnes.", "8,100 tonnes", "2024-H2"),
    ("Velmar made 4,000 tonnes in the first half of 2023.", "4,000 tonnes", "2023-H1"),
])
def test_a_half_year_is_a_period_of_its_own(claims_of, sentence, figure, period):
    c = _claim(claims_of(sentence), figure)
    assert c.period == period and c.entity not in ("H1", "H2")


def test_a_half_year_begins_in_january_or_july():
    assert _later("2025-H2", "2025-06-30") and not _later("2025-H2", "2025-07-01")
    assert not _later("2025-H1", "2025-01-15")


def test_a_project_in_a_possessed_district_is_the_project_s_figure(claims_of):
    c = _claim(claims_of("The cost of the Tarn hydroelectric project in Ostland's Kavo Delga district has risen to "
                         "64 billion rupees, Velmar Power said."), "64 billion rupees")
    assert c.entity == "Tarn"


def test_last_year_at_the_end_of_the_figure_s_phrase_dates_it(claims_of):
    claims = claims_of("TARNOW, March 9, 2026 - Velmar Graphite produced 96,000 tonnes of graphite concentrate at its "
                       "Tarn mine in the north of the country last year, roughly a third more than the 71,000 tonnes "
                       "it managed in 2024, the company said.")
    assert _claim(claims, "96,000 tonnes").period == "2025"
    assert _claim(claims, "71,000 tonnes").period == "2024"


def test_last_year_past_a_break_in_the_phrase_does_not_date_the_figure(claims_of):
    c = _claim(claims_of("TARNOW, March 9, 2026 - Velmar holds 96,000 tonnes of stock, which analysts at a large "
                         "broker in the capital first counted last year."), "96,000 tonnes")
    assert c.period is None


def test_a_figure_across_the_whole_province_is_not_the_fire_s(claims_of):
    claims = claims_of("The Tarn Creek fire has burned 48,300 hectares north of Tarnow. Across the province, 612,000 "
                       "hectares have burned so far this season.")
    assert _claim(claims, "48,300 hectares").entity == "Tarn Creek"
    assert _claim(claims, "612,000 hectares").entity == "the province"


def test_last_year_right_after_a_figure_dates_it_before_a_year_named_further_on(claims_of):
    claims = claims_of("VELKA, January 28, 2026 - Velmar, whose ferry carried an average of 9,800 vehicles a day "
                       "last year, forecasts about 9,300 a day in 2026 once a second berth opens, Ruiz said.")
    (carried,) = [c for c in claims if c.figure.text == "9,800"]
    assert carried.period == "2025"


def test_a_place_in_a_clause_of_its_own_after_the_figure_is_not_the_figures(claims_of):
    claims = claims_of("The Tarn Nurses Union counts 26 empty night-shift posts, against the board's 19, and "
                       "that one clinic in Velka has had no permanent nurse since May.")
    (c,) = [c for c in claims if c.figure.text == "19"]
    assert c.entity != "Velka"
