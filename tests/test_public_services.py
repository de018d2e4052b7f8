"""Stories about public services and farms: a utility's tariff and a household's bill are their own measures, a pipe
network's failures are counted, a body introduced by its kind ("the residents' association Velka Dom") is what
"the association" means later, and a figure rejected after a metric word measures what the figure it answers does."""
from __future__ import annotations

import reecheck


def test_a_role_after_a_sentence_end_names_no_owner(claims_of):
    claims = claims_of("Velka Heat JSC will replace 240 km of mains, the company said on Tuesday. Chief executive "
                       "Ana Ruiz said 71% of the network was worn.\n\nRuiz said the first 35 km would be laid this "
                       "year.")
    assert [c.attribution for c in claims] == ["Velka Heat JSC"] * 3


def test_the_association_is_the_one_the_text_introduced_by_its_kind(claims_of):
    claims = claims_of("Pipes failed more than 300 times, the residents' association Velka Dom said on Monday.\n\n"
                       "Volunteers measured 11°C in living rooms on 16 December, the association says.")
    assert [c.attribution for c in claims] == ["Velka Dom", "Velka Dom"]


def test_a_tariff_and_a_bill_are_different_measures(claims_of):
    claims = claims_of("The agency approved a rise in the heat tariff to 8,035 tenge per gigacalorie. The monthly "
                       "heating bill for a two-room flat will rise to about 11,400 tenge, it said.")
    assert [c.metric for c in claims] == ["tariff", "bill"]


def test_failures_are_counted(claims_of):
    (claim,) = claims_of("Residents logged 300 pipe bursts, and the company says its mains failed 146 times.")[1:]
    assert claim.metric == "failures"


def test_heat_lost_in_the_network_is_a_loss_not_output(claims_of):
    (claim,) = claims_of("About 31% of the heat leaving the plants is lost before it reaches homes, "
                         "the company said.")
    assert claim.metric == "share of leakage"


def test_half_the_catch_is_a_share_of_the_catch(claims_of):
    (claim,) = claims_of("The buyer bought nearly half the catch, the crabbers said.")
    assert claim.metric == "share of production"


def test_a_rejected_share_measures_what_the_share_it_answers_does(claims_of):
    claims = claims_of('The crabbers said the buyer took "nearly half the catch" at the reduced price, not the 36% '
                       'the company claimed.')
    assert [c.metric for c in claims] == ["share of production", "share of production"]


def test_every_figure_on_a_fact_row_speaks_with_its_label(write_sources):
    folder = write_sources({"a.txt": (
        "Deaths at the Tarn farm\n\nVelka Sea Ltd said 310,000 fish died at the farm last year. The Tarn Alliance "
        "said 520,000 fish died.\n\nDeaths at the farm, 2025\nVelka Sea Ltd: 310,000 fish (11.8%)\n"
        "Tarn Alliance: 520,000 fish (19%)\n")})
    claims = reecheck.check(folder).claims
    shares = [c for c in claims if c.figure.kind == "percent"]
    assert [(c.figure.text, c.attribution) for c in shares] == [("11.8%", "Velka Sea Ltd"), ("19%", "Tarn Alliance")]


def test_a_statement_made_on_a_weekday_does_not_date_its_figure(write_sources):
    folder = write_sources({"a.txt": "Tarn Bulletin\nTarnow | 19 March 2026 | 17.05\n\nThe alliance's coordinator, "
                                     "Ana Ruiz, told a packed meeting in the village hall on Tuesday that 19% of the "
                                     "fish stocked had died.\n"})
    (claim,) = [c for c in reecheck.check(folder).claims if c.figure.kind == "percent"]
    assert claim.period is None


def test_a_rejected_figure_the_chief_executive_quotes_is_the_company_s(claims_of):
    claims = claims_of('Velka Sea Ltd will spend £64 million on its farm, chief executive Fiona Ruiz said.\n\n'
                       'The Tarn Alliance said 19% of the fish stocked had died, "not the 11.8% the chief executive '
                       'keeps quoting".')
    assert claims[-1].attribution == "Velka Sea Ltd"


def test_a_rejected_promise_is_a_target_like_the_figure_that_answers_it(claims_of):
    claims = claims_of('The works released 900 tonnes of dust last year, residents say. She said the new filters '
                       'would at best bring dust down to about 400 tonnes a year, "not the 180 they promise".')
    assert [(c.metric, c.is_target) for c in claims[1:]] == [("emissions", True), ("emissions", True)]


def test_a_dateline_hour_after_a_date_in_words_is_no_figure():
    assert reecheck.extract("Tarnow | 19 March 2026 | 17.05") == []
    assert [f.text for f in reecheck.extract("In March 2026 output was 17.05 tonnes")] == ["17.05 tonnes"]


def test_times_something_happened_are_counted_not_a_multiple():
    figures = reecheck.extract("Pipes failed 146 times during the season and burst more than 300 times in all.")
    assert [(f.kind, f.qualifier, f.value) for f in figures] == [("count", "exact", 146.0), ("count", "at_least", 300.0)]
    (multiple,) = reecheck.extract("Its bill is three times the average.")
    assert multiple.kind == "multiple"


def test_relief_per_hectare_is_relief(claims_of):
    (claim,) = claims_of("The growers' union has asked for relief of 50,000 rupees a hectare for lost crops.")
    assert claim.metric == "relief"


def test_a_change_s_starting_level_is_an_earlier_value_and_keeps_the_metric(claims_of):
    claims = claims_of("Velka earned a record 156 billion rupees from coffee exports in 2025, up 31% from 119 "
                       "billion rupees, as high world prices made up for lower volumes, the authority said.")
    assert [(c.metric, c.period) for c in claims] == [
        ("exports", "2025"), ("rise in exports", "2025"), ("exports", "earlier value")]


def test_one_unit_and_a_half_is_one_and_a_half_of_it():
    figures = reecheck.extract('The pens would sit "less than a mile and a half from the river", and the work takes '
                               'an hour and a half.')
    assert [(f.value, f.unit, f.qualifier) for f in figures] == [(1.5, "mile", "at_most"), (1.5, "hour", "exact")]
    assert reecheck.extract("He was a man and a half.") == []


def test_a_clock_after_words_that_are_no_date_stays_a_figure():
    assert [f.text for f in reecheck.extract("It weighed 12 tonnes 2025 | 17.05")] == ["12 tonnes", "17.05"]
