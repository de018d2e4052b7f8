"""Stage 3, context: who states a figure, what it measures and for when, on invented news sentences."""
from __future__ import annotations

from dataclasses import replace

import pytest

from reecheck import check
from reecheck.context import situate
from reecheck.figures import scan
from reecheck.rules import Lexeme
from reecheck.sources import clean_text


def _one(claims, text):
    """The claim whose figure is written as ``text``."""
    hits = [c for c in claims if c.figure.text == text]
    assert len(hits) == 1, [c.figure.text for c in claims]
    return hits[0]


# -- a speaker described between commas -------------------------------------------------------------------

@pytest.mark.parametrize("text, figure, speaker", [
    ("Ostland pumped about 1.2 million b/d in March, the survey said.\n\n"
     "Halden Flows, a Tarnow consultancy that follows tanker loadings and pipeline flows at the coast, "
     "puts the March figure higher, at 1.35 million b/d.", "1.35 million b/d", "Halden Flows"),
    ("Nordavia mined 41,000 t of cobalt last year.\n\n"
     "Vessel Analytics, an independent research firm based in a former mill town near the river, estimates "
     "the output at 44,000 t.", "44,000 t", "Vessel Analytics"),
    ("Kerrow Data, one of the trackers that watch the northern fleet, reckons the catch reached 9,500 t.",
     "9,500 t", "Kerrow Data"),
])
def test_a_described_observer_speaks_and_is_not_what_the_figure_is_about(claims_of, text, figure, speaker):
    c = _one(claims_of(text), figure)
    assert c.attribution == speaker
    assert c.entity != speaker


def test_a_company_described_as_a_producer_may_still_speak_of_itself(claims_of):
    c = _one(claims_of("Acme Borax, a mid-sized producer, reported output of 3,100 t for the quarter."), "3,100 t")
    assert c.attribution == "Acme Borax"


# -- lower-case speakers with a description ---------------------------------------------------------------

@pytest.mark.parametrize("text, figure, speaker", [
    ("A Port Elda-based grain broker said exports were likely to reach about 12 million tonnes.",
     "about 12 million tonnes", "grain broker"),
    ("Clearing the backlog cost the utilities about 2.1 billion euros in 2023, regulators said.",
     "about 2.1 billion euros", "regulators"),
    ("Three diplomats, who spoke on condition of anonymity because the talks are private, said a rise of "
     "200,000 b/d was discussed.", "200,000 b/d", "diplomats"),
    ("The three pipeline system operators put the cost of the upgrade at €40 billion.", "€40 billion",
     "pipeline system operators"),
    ("Tarnow has a population of 1.9 million, according to the city's records division.", "1.9 million",
     "records division"),
])
def test_a_described_lower_case_speaker_is_named(claims_of, text, figure, speaker):
    assert speaker in (_one(claims_of(text), figure).attribution or "")


@pytest.mark.parametrize("text, figure, body", [
    ("The Ostland Statistical Office counted 52 million visitors in 2023.\n\n"
     "Ports handled 80.4 million tonnes of cargo in 2024, the statistics office said.", "80.4 million tonnes",
     "Ostland Statistical Office"),
    ("The Federal Mining Agency publishes output every month.\n\n"
     "Mines shipped 3.2 million tonnes in May, the mining agency said.", "3.2 million tonnes", "Federal Mining Agency"),
])
def test_a_speaker_named_after_the_figure_is_resolved_to_the_body_named_before(claims_of, text, figure, body):
    assert _one(claims_of(text), figure).attribution == body


@pytest.mark.parametrize("text, figure, company", [
    ("Most of the gas comes from Velka, the offshore field run by Norgaz.\n\n"
     "A new platform has added about 12 million cubic metres per day of capacity, the operator said.",
     "about 12 million cubic metres per day", "Norgaz"),
    ("The smelter is operated by Brannock Metals.\n\n"
     "Its output rose to 210,000 t last year, the company said.", "210,000 t", "Brannock Metals"),
])
def test_the_operator_that_speaks_is_the_company_named_last(claims_of, text, figure, company):
    assert _one(claims_of(text), figure).attribution == company


@pytest.mark.parametrize("text, figure, speaker", [
    ("Ostland is the largest producer, with the Crop Bureau forecasting a harvest of 13.6 million tonnes.",
     "13.6 million tonnes", "Crop Bureau"),
    ("Officials aim to reach 80 % coverage by 2027.", "80 %", "officials"),
])
def test_more_speaking_verbs(claims_of, text, figure, speaker):
    assert (_one(claims_of(text), figure).attribution or "").lower() == speaker.lower()


# -- a body's short name --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Ostland's harvest will be 30 million tonnes, the Bureau of Crop Economics (BOCE) said.\n\n"
     "BOCE put last season's harvest at 25.9 million tonnes.", "25.9 million tonnes"),
    ("The Northern Fisheries Agency (NFA) keeps the catch records.\n\n"
     "NFA forecasts exports of 1.2 million tonnes of cod for the season.", "1.2 million tonnes"),
])
def test_a_body_known_by_its_short_name_speaks_and_is_not_the_entity(claims_of, text, figure):
    c = _one(claims_of(text), figure)
    assert c.attribution in ("Bureau of Crop Economics (BOCE)", "Northern Fisheries Agency (NFA)")
    assert c.entity not in ("BOCE", "NFA") and c.entity != c.attribution


# -- periods: forecasts, dates and relative years --------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("TARNOW, November 3, 2024 - Ostland's barley harvest will reach 9.1 million tonnes in the 2024-25 season, "
     "the crop bureau said.", "9.1 million tonnes"),
    ("TARNOW, March 3, 2024 - Velka Ore expects output of 42,000 tonnes this year. It produced 38,000 t in "
     "2023.", "42,000 tonnes"),
])
def test_a_forecast_for_a_stated_year_is_an_estimate_of_that_year(claims_of, text, figure):
    c = _one(claims_of(text), figure)
    assert not c.is_target and c.period and c.period.startswith("2024")


@pytest.mark.parametrize("text, figure", [
    ("TARNOW, May 2, 2024 - The ministry aims to reach 12 GW of wind capacity in 2024.", "12 GW"),
    ("TARNOW, May 2, 2024 - Output is expected to reach 50,000 t by 2028.", "50,000 t"),
    ("TARNOW, February 4, 2025 - Velka Ore beat its guidance of 30,000-32,000 t for 2024 and produced "
     "33,500 t in 2024.", "30,000-32,000 t"),
])
def test_goals_deadlines_and_stale_forecasts_stay_targets(claims_of, text, figure):
    assert _one(claims_of(text), figure).is_target


@pytest.mark.parametrize("text, figure, period", [
    ("TARNOW, June 9, 2024 - Ostland produced 5.3 million tonnes last year.", "5.3 million tonnes", "2023"),
    ("PORT ELDA, 2 March 2025 - Last season the catch was 61,000 t.", "61,000 t", "2024"),
])
def test_a_year_named_relative_to_the_dateline(claims_of, text, figure, period):
    assert _one(claims_of(text), figure).period == period


def test_a_figure_without_a_year_takes_its_paragraph_year_for_the_same_metric(claims_of):
    claims = claims_of("Velka Ore said output reached 23,000 t in 2024. On a net basis, which counts only its "
                       "share, output was about 12,000 t.\n\nThe price was $80 a pound.")
    assert _one(claims, "about 12,000 t").period == "2024"
    assert _one(claims, "$80 a pound").period is None


def test_an_estimate_without_a_year_meets_this_seasons_forecast_not_last_seasons(write_sources):
    folder = write_sources({"a.txt": "TARNOW, November 3, 2024 - Ostland's barley harvest will reach 9.1 million "
                                     "tonnes in the 2024-25 season, the crop bureau said.\n\nThe bureau put the "
                                     "2023-24 harvest at 7.2 million tonnes.\n\nThe Barley Growers Union estimates "
                                     "the crop at 8.0 million tonnes.\n"})
    report = check(folder).as_dict()
    group_of = {f["text"]: f["group"] for f in report["figures"]}
    assert group_of["8.0 million tonnes"] == group_of["9.1 million tonnes"]
    assert group_of["7.2 million tonnes"] != group_of["8.0 million tonnes"]


# -- a figure that answers one named before ---------------------------------------------------------------

@pytest.mark.parametrize("text, first, second", [
    ("TARNOW, May 14, 2025 - Ostland pumped about 1.2 million b/d in April, the survey said.\n\n"
     "The country is allowed to pump 1.0 million b/d under the pact.\n\n"
     "Halden Flows, a consultancy that follows tankers, puts the April figure higher, at 1.45 million b/d.",
     "about 1.2 million b/d", "1.45 million b/d"),
    ("The three grid operators put the cost of the new lines needed by 2040 at €90 billion.\n\n"
     "The Tarnow Energy Institute, a think tank, estimates the bill at €130 billion.", "€90 billion",
     "€130 billion"),
    ("Ostland's mills produced 12.5 million tonnes of flour in 2024, the millers' federation said.\n\n"
     "Exports of flour rose 4 % in the year to March.\n\nThat total, about 12 million tonnes, was the lowest "
     "in a decade.", "12.5 million tonnes", "about 12 million tonnes"),
])
def test_the_figure_the_bill_that_total_take_the_subject_named_before(claims_of, text, first, second):
    claims = claims_of(text)
    a, b = _one(claims, first), _one(claims, second)
    assert (b.subject, b.period, b.is_target) == (a.subject, a.period, a.is_target)


# -- dates without a year ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure, period", [
    ("PORT ELDA, May 14, 2025 - Benchmark ore traded at $101.20 a tonne on Tuesday, its lowest level since 2021.",
     "$101.20 a tonne", "2025-05-13"),
    ("PORT ELDA, 3 February 2025 - Ostland exported 2.1 million tonnes of ore in December.", "2.1 million tonnes",
     "2024-12"),
    ("Ostland mined 4.4 million tonnes in 2024, more than in 2023.", "4.4 million tonnes", "2024"),
])
def test_dates_the_dateline_completes_and_years_only_compared_with(claims_of, text, figure, period):
    assert _one(claims_of(text), figure).period == period


def test_prices_on_different_days_are_different_subjects(write_sources):
    folder = write_sources({
        "a.txt": "PORT ELDA, May 7, 2025 - Ostland's benchmark ore traded at $101.20 a tonne on Tuesday.\n",
        "b.txt": "PORT ELDA, May 14, 2025 - Ostland's benchmark ore traded at $109.90 a tonne on Tuesday.\n",
        "c.txt": "PORT ELDA, May 14, 2025 - Ostland's benchmark ore traded at $109.50 a tonne on Tuesday, traders said.\n"})
    report = check(folder).as_dict()
    group_of = {f["text"]: f["group"] for f in report["figures"]}
    assert group_of["$101.20 a tonne"] != group_of["$109.90 a tonne"] == group_of["$109.50 a tonne"]


# -- entities: appositives, destinations -----------------------------------------------------------------

@pytest.mark.parametrize("text, figure, entity", [
    ("Tarnow, Ostland's second-largest city, has a population of 1.9 million, the census office said.",
     "1.9 million", "Tarnow"),
    ("Velka, a port on the northern coast, handled 42 million tonnes of cargo in 2024.", "42 million tonnes",
     "Velka"),
])
def test_a_place_named_in_an_appositive_is_not_the_figure_s_entity(rules, text, figure, entity):
    assert _one(_with_places(rules, text, "Tarnow", "Ostland", "Velka"), figure).entity == entity


@pytest.mark.parametrize("text, figure", [
    ("Ostland's barley exports will come in at about 9 million tonnes, with strong demand from Brisk, Velka and "
     "Tarnland.", "about 9 million tonnes"),
    ("Ostland shipped 3.1 million tonnes of ore, most of it to Velka.", "3.1 million tonnes"),
])
def test_a_place_goods_go_to_or_come_from_is_not_the_owner(rules, text, figure):
    claims = _with_places(rules, text, "Ostland", "Brisk", "Velka", "Tarnland")
    assert _one(claims, figure).entity == "Ostland"


def _with_places(rules, text, *places):
    """Claims of ``text`` with the invented ``places`` added to the rules' entities."""
    ours = replace(rules, entities=rules.entities + tuple(Lexeme(p, (p,)) for p in places))
    src = clean_text(text, ours, path="n.txt", name="n.txt")
    return situate(src, scan(src.text, ours)[0], ours)


@pytest.mark.parametrize("first, second", [
    ("Ostland pumped about 20 % more than its quota in May.", "Ostland pumped some 21 per cent above the "
     "quota it agreed in May."),
    ("Ostland's catch was 8 % over its quota.", "The catch ran 8 per cent above the quota, the ministry said."),
])
def test_a_percentage_above_a_level_measures_the_gap(claims_of, first, second):
    a = [c for c in claims_of(first) if c.figure.kind == "percent"][0]
    b = [c for c in claims_of(second) if c.figure.kind == "percent"][0]
    assert a.metric == b.metric and a.metric.startswith("share of excess over")


@pytest.mark.parametrize("text, figure, metric", [
    ("Residents of Tarnow paid $1,800 per visit last year.", "$1,800", None),
    ("The town's residents spent €4.5 million on heating.", "€4.5 million", None),
    ("Tarnow has 48,000 residents.", "48,000", "population"),
    ("Tarnow's population grew 2.5 % last year.", "2.5 %", "population"),
])
def test_a_metric_of_counted_things_never_measures_money(claims_of, text, figure, metric):
    c = _one(claims_of(text), figure)
    assert ("population" in (c.metric or "")) == (metric == "population")


@pytest.mark.parametrize("text, figure, capacity", [
    ("A $3.1 billion upgrade at the Valdor smelter added 90,000 tonnes a year of capacity.", "$3.1 billion", False),
    ("A $3.1 billion upgrade at the Valdor smelter added 90,000 tonnes a year of capacity.", "90,000 tonnes a year", True),
])
def test_a_metric_of_physical_amounts_never_measures_money(claims_of, text, figure, capacity):
    c = _one(claims_of(text), figure)
    assert ("capacity" in (c.metric or "")) == capacity


def test_a_speaker_who_puts_it_at_a_figure_is_not_its_entity(claims_of):
    text = ("The Lund Bureau estimates world output of tin at 310,000 tonnes, while an analyst at Corvel Metals "
            "puts it at 290,000 tonnes.")
    a, b = _one(claims_of(text), "310,000 tonnes"), _one(claims_of(text), "290,000 tonnes")
    assert a.entity == b.entity == "world"


@pytest.mark.parametrize("text, figure, not_entity", [
    # a fronted adverb is no company, and a word opening a quote is no name
    ("Worldwide, the industry lost 40,000 jobs in 2024.", "40,000", "Worldwide"),
    ('"Underground projects rarely come in on budget," he said. The mine employs 1,900 workers.', "1,900",
     "Underground"),
    # people who speak are not what the figure is about
    ("Critics say the bridge will cost about €3bn.", "about €3bn", "Critics"),
])
def test_sentence_openers_that_name_nothing(claims_of, text, figure, not_entity):
    assert _one(claims_of(text), figure).entity != not_entity


def test_a_change_named_after_its_size_is_a_change(claims_of):
    c = _one(claims_of("Every $5 fall in the copper price cuts Ostland's revenue by 2 %."), "$5")
    assert c.metric is None or c.metric.startswith("fall in")


@pytest.mark.parametrize("text, figure, entity", [
    # a person named with a role, or with an age, speaks and is never what a figure is about
    ("Chief executive Mara Lindqvist said Velmar Mining produced 4.1 million tonnes of coal in 2024.",
     "4.1 million tonnes", "Velmar Mining"),
    ("Velmar Mining produced 3.9 million tonnes of coal in 2023. Chief executive Mara Lindqvist said output rose to "
     "4.4 million tonnes in 2024.", "4.4 million tonnes", "Velmar Mining"),
])
def test_a_named_person_is_never_the_entity(claims_of, text, figure, entity):
    assert _one(claims_of(text), figure).entity == entity


def test_money_set_before_a_noun_is_a_cost(claims_of):
    c = _one(claims_of("Velmar Freight's €420m terminal upgrade will be finished next year."), "€420m")
    assert c.metric == "cost"


def test_a_short_name_joins_its_long_form(write_sources):
    folder = write_sources({
        "a.txt": "Porto Novo International Airport handled 21.4 million passengers in 2024, its operator said.\n",
        "b.txt": "Delays grew at Porto Novo, which handled 19.9 million passengers in 2024.\n",
    })
    report = check(folder)
    groups = [v for v in report.verdicts if "passengers" in v.group.subject]
    assert len(groups) == 1 and groups[0].status == "discrepancy"


def _claims_dated(write_sources, body: str):
    folder = write_sources({"a.txt": "Crop report\n\nTARNOW, March 12, 2025 - " + body + "\n"})
    return {c.figure.text: c for c in check(folder).claims}


def test_split_years_this_season_and_forecasts_share_one_period(write_sources):
    claims = _claims_dated(write_sources, (
        "Ostland will harvest 1.75 million tonnes of barley in the 2024-25 season, the Grain Board said on Tuesday. "
        "Traders estimate the 2024/25 crop at 1.6 million tonnes. The board forecasts a crop of 1.57 million tonnes "
        "this season. It expects the harvest to recover to 1.9 million tonnes from 1.4 million tonnes in 2023-24."))
    assert {claims[t].period for t in ("1.75 million tonnes", "1.6 million tonnes", "1.57 million tonnes",
                                       "1.9 million tonnes")} == {"2024/25"}
    assert not any(claims[t].is_target for t in ("1.57 million tonnes", "1.9 million tonnes"))


@pytest.mark.parametrize("text, entity", [
    ("Western Mongolia produced 3.1 million tonnes of coal in 2024.", "Western Mongolia"),
    ("Mongolia produced 3.1 million tonnes of coal in 2024.", "Mongolia"),
    # a longer name is a part of the place, which keeps its name
    ("The Tavan deposit in Far East Mongolia produced 3.1 million tonnes of coal in 2024.", "Mongolia"),
])
def test_a_compass_word_makes_a_region_of_its_own(claims_of, text, entity):
    assert claims_of(text)[0].entity == entity


def test_a_lone_capitalised_word_opening_a_sentence_is_a_name_only_if_the_text_uses_it_as_one(claims_of):
    text = ("Velmar Steel melted 2.1 million tonnes of steel in 2024. Local output elsewhere fell. "
            "Velmar said it employs 3,200 workers.")
    assert {c.entity for c in claims_of(text) if c.figure.text in ("2.1 million tonnes", "3,200")} <= {
        "Velmar Steel", "Velmar"}
    assert all(c.entity != "Local" for c in claims_of(text))


def test_a_one_word_name_joins_its_company_form(write_sources):
    folder = write_sources({
        "a.txt": "Velmar Mining produced 120,000 tonnes of nickel in 2024.\n",
        "b.txt": "Output at Velmar reached 150,000 tonnes of nickel in 2024.\n",
    })
    groups = [v for v in check(folder).verdicts if "production" in v.group.subject]
    assert len(groups) == 1 and groups[0].status == "discrepancy"

# -- speakers the text only points back to ---------------------------------------------------------------

@pytest.mark.parametrize("text, figure, company", [
    # the company named in the sentence itself
    ("PORT ELDA, March 5, 2025 - Brisk Air swung to a net profit of €85 million in 2024, the carrier said.",
     "€85 million", "Brisk Air"),
    # the company the text described with that noun, though another was named since
    ("Kessing airport is run by the state.\n\nIts operator Velmar Ports said traffic was a record.\n\n"
     "Tarnow Cargo, a freight forwarder, said it moved more goods.\n\n"
     "Cargo volumes rose to 212,000 tonnes last year, the operator said.", "212,000 tonnes", "Velmar Ports"),
    # what "the company" pointed to before
    ("Velmar Metals owns the Kessing mine.\n\nThe company reports 42 million tonnes of ore reserves, while a "
     "review by Corrow Geoconsult found only 18 million tonnes.\n\n"
     "The gap matters for the $640 million expansion the company wants to fund.", "$640 million", "Velmar Metals"),
])
def test_the_carrier_the_operator_the_company_point_back_to_a_company(claims_of, text, figure, company):
    assert _one(claims_of(text), figure).attribution == company


def test_it_opening_a_sentence_with_a_speech_verb_is_the_last_speaker(claims_of):
    claims = claims_of("The Kessing mine produced 231,000 tonnes of zinc in 2024, Velmar Metals said. It has guided "
                       "2025 output of between 240,000 and 260,000 tonnes.")
    assert _one(claims, "240,000 and 260,000 tonnes").attribution == "Velmar Metals"


@pytest.mark.parametrize("text, figure", [
    ("Tarnow Capital's analyst, Mira Holm, said she expects Ostland to harvest no more than 3.2 million tonnes.",
     "no more than 3.2 million tonnes"),
    ("Ostland will harvest no more than 3.2 million tonnes, Tarnow Capital's analyst, Mira Holm, said.",
     "no more than 3.2 million tonnes"),
])
def test_a_person_named_between_commas_after_a_role_speaks(claims_of, text, figure):
    c = _one(claims_of(text), figure)
    assert c.attribution == "Mira Holm"
    assert c.entity != "Mira Holm"  # a person speaks of others, never of themself


def test_its_operator_named_after_the_figure_speaks_not_the_place_before_it(claims_of):
    c = _one(claims_of("Kessing International Airport handled 12.4 million passengers in 2024, its operator Velmar "
                       "Ports said on Wednesday."), "12.4 million")
    assert c.attribution == "Velmar Ports"


def test_according_to_speaks_for_its_own_clause(claims_of):
    claims = claims_of("In Ostland, the Grain Marketing Board forecasts a crop of 3.1 million tonnes this season, "
                       "while exports are expected to recover to 900,000 tonnes, according to the Velka Port Authority.")
    assert _one(claims, "3.1 million tonnes").attribution == "Grain Marketing Board"
    assert _one(claims, "900,000 tonnes").attribution == "Velka Port Authority"


@pytest.mark.parametrize("text, figure, speaker", [
    ("Farmers delivered 410,000 tonnes of beans by March, according to exporters' estimates.", "410,000 tonnes",
     "exporters"),
    ("Critics say the bridge will cost €3 billion.", "€3 billion", "critics"),
    ("Velka welcomed the plan for a new port, which the transport ministry has costed at €8 billion.",
     "€8 billion", "transport ministry"),
])
def test_groups_of_people_and_costing_bodies_speak(claims_of, text, figure, speaker):
    assert (_one(claims_of(text), figure).attribution or "").lower() == speaker


def test_the_author_of_a_review_speaks_and_is_not_the_entity(claims_of):
    c = _one(claims_of("Velmar Metals reports 42 million tonnes of ore, while a lenders' review by Corrow Geoconsult "
                       "found only 18 million tonnes."), "18 million tonnes")
    assert c.attribution == "Corrow Geoconsult"
    assert c.entity != "Corrow Geoconsult"


def test_a_described_body_is_not_another_body_with_the_same_noun(claims_of):
    claims = claims_of("The Ostland Zinc Study Council expects a surplus of 90,000 tonnes.\n\n"
                       "The mine employs 2,400 workers, according to the regional council.")
    assert _one(claims, "2,400").attribution == "regional council"
    assert _one(claims, "90,000 tonnes").attribution == "Ostland Zinc Study Council"


def test_a_company_that_spoke_owns_its_later_plans_but_not_market_prices(claims_of):
    claims = claims_of("Velmar Metals said it mined 231,000 t of zinc in 2024.\n\n"
                       "Zinc traded at $2,850 a tonne on Monday.\n\n"
                       "Velmar plans a $640 million expansion.\n\n"
                       "Revenue rose 8 % and the company's net debt fell to $1.2 billion.")
    assert _one(claims, "$2,850 a tonne").attribution is None
    assert _one(claims, "$640 million").attribution == "Velmar Metals"
    assert _one(claims, "$1.2 billion").attribution == "Velmar Metals"


def test_a_sentence_that_goes_on_about_the_figure_keeps_its_speaker_and_others_do_not(claims_of):
    claims = claims_of("Farmers delivered 1.2 million tonnes, according to the Velka Exporters Circle. That is up "
                       "12 % from a year earlier. Cocoa traded at $8,150 a tonne on Tuesday.")
    assert _one(claims, "12 %").attribution == "Velka Exporters Circle"
    assert _one(claims, "$8,150 a tonne").attribution is None


# -- group8: scopes inside names, yardsticks, lengths, trips, a year that belongs to a later figure ------------

def test_a_scope_word_inside_a_company_name_is_no_scope(claims_of):
    c = _one(claims_of("Tarvel Copper Holdings said its smelter emitted 2.2 million tonnes of CO2 in 2024."),
             "2.2 million tonnes")
    assert c.scope == "greenhouse gases"


def test_a_company_name_does_not_set_the_scope_of_a_figure_that_names_none(claims_of):
    c = _one(claims_of("Marrow Steel Works employs 2,300 people at its plant."), "2,300")
    assert c.scope != "steel"


def test_carbon_dioxide_and_greenhouse_gases_are_one_scope(claims_of):
    a = _one(claims_of("The kiln emitted 1.1 million tonnes of carbon dioxide last year."), "1.1 million tonnes")
    b = _one(claims_of("The kiln released 1.1 Mt of greenhouse gases last year."), "1.1 Mt")
    assert a.scope == b.scope == "greenhouse gases"


def test_a_yardstick_named_before_a_figure_is_not_its_owner(rules):
    claims = _with_places(rules, "Ostland is the second-largest grower after Brisk and supplies about 28 % of "
                                 "world output.", "Ostland", "Brisk")
    assert _one(claims, "about 28 %").entity == "Ostland"


def test_a_yardstick_with_its_own_figure_keeps_it(rules):
    claims = _with_places(rules, "Ostland grew faster than Brisk's 3 Mt of output.", "Ostland", "Brisk")
    assert _one(claims, "3 Mt").entity == "Brisk"


@pytest.mark.parametrize("text, figure", [
    ("The Harlow tramway will run for 14 km when it opens.", "14 km"),
    ("Kestrel Rail says the 9-mile line opens next year.", "9-mile"),
])
def test_a_distance_with_no_metric_word_is_a_length(claims_of, text, figure):
    assert _one(claims_of(text), figure).metric == "length"


def test_a_stretch_of_a_length_is_a_part_of_it(claims_of):
    claims = claims_of("The Harlow tramway will run for 14 km, with 6 km of it underground.")
    assert _one(claims, "14 km").metric == "length"
    assert _one(claims, "6 km").metric == "part of length"


def test_journeys_are_counted_as_passengers(claims_of):
    c = _one(claims_of("Kestrel Rail expects the line to carry 3.2 million journeys a year."), "3.2 million")
    assert c.metric == "passengers"


def test_a_year_beyond_a_later_figure_belongs_to_that_figure(claims_of):
    claims = claims_of("The bill for the Harlow tramway has risen to £2.1bn, the council said, a sharp rise "
                       "on the £900m budgeted when it was approved in 2017.")
    assert _one(claims, "£900m").period == "2017"
    assert _one(claims, "£2.1bn").period != "2017"


def test_a_year_beyond_a_later_count_set_off_by_a_comma_is_that_counts(claims_of):
    claims = claims_of("Velka Fibre said the project would create 250 new permanent jobs at the mill, which employs "
                       "540 people, and up to 3,500 during the construction peak in 2027 and 2028.")
    assert _one(claims, "250").period != "2027"
    assert _one(claims, "up to 3,500").period == "2027"


def test_a_year_after_two_figures_in_one_phrase_is_both_figures(claims_of):
    claims = claims_of("Ostland mined 4 Mt of coal and 2 Mt of iron ore in 2023.")
    assert _one(claims, "4 Mt").period == _one(claims, "2 Mt").period == "2023"


def test_a_person_of_a_firm_who_speaks_is_never_the_entity(claims_of):
    claims = claims_of("Velmar Metals plans a $500 million expansion of its smelter.\n\n"
                       "Ilse Varga of Corvel Capital estimates the expansion will cost $610 million.")
    c = _one(claims, "$610 million")
    assert c.entity != "Ilse Varga of Corvel Capital" and "Varga" not in (c.entity or "")


def test_a_scope_word_past_the_figures_phrase_is_not_its_scope(claims_of):
    claims = claims_of("Velmar Metals mined 90,000 t of nickel last year.\n\n"
                       "Velmar Metals says the new shaft will cost $300 million, once higher copper prices are "
                       "taken into account.")
    assert _one(claims, "$300 million").scope != "copper"


def test_fish_killed_and_fish_that_died_are_deaths(claims_of):
    a = _one(claims_of("A storm off Kerrow has killed about 900 tonnes of farmed trout since May."), "about 900 tonnes")
    b = _one(claims_of("Divers say as much as 2,000 tonnes of fish died in the storm."), "as much as 2,000 tonnes")
    assert a.metric == b.metric == "deaths"


def test_a_figure_dated_earlier_this_month_is_no_earlier_value(claims_of):
    c = _one(claims_of("In Ostland, a storm that killed 900 tonnes of trout earlier this month has worried buyers."),
             "900 tonnes")
    assert c.period != "earlier value"


def test_tonnes_shipped_are_exports(claims_of):
    c = _one(claims_of("Ostland shipped 40,000 tonnes of trout last year."), "40,000 tonnes")
    assert c.metric == "exports"


def test_what_should_happen_once_a_plant_runs_is_no_actual(claims_of):
    text = ("MARROW, March 3, 2025 - Velmar Cement said the kiln emitted 1.2 million tonnes of CO2 in 2024. "
            "Once the new kiln runs, emissions should fall to about 0.4 million tonnes a year, the company said.")
    claims = claims_of(text)
    assert _one(claims, "1.2 million tonnes").period == "2024"
    assert _one(claims, "about 0.4 million tonnes a year").period != "2024"


def test_the_level_a_forecast_change_ends_at_is_a_forecast_too(claims_of):
    text = ("MARROW, March 3, 2025 - The kiln emitted 1.2 million tonnes of CO2 in 2024, Velmar Cement said. "
            "Emissions should fall by 60 per cent, to about 0.5 million tonnes a year, the company said.")
    claims = claims_of(text)
    change, level = _one(claims, "60 per cent"), _one(claims, "about 0.5 million tonnes a year")
    assert (level.period, level.is_target) == (change.period, change.is_target) and level.period != "2024"


def test_a_place_opening_a_bodys_name_is_not_whose_figure_it_is(rules):
    claims = _with_places(rules, "Velmar Ports said 31 % of ships left late. The Ostland Harbour Safety Office "
                                 "put the share at 38 %.", "Ostland")
    assert _one(claims, "38 %").entity != "Ostland"


def test_a_place_in_a_comparison_set_after_the_figure_is_not_its_owner(rules):
    claims = _with_places(rules, "Velmar Ports said the share of late departures reached 38 %, among the worst "
                                 "of any large Ostland port.", "Ostland")
    assert _one(claims, "38 %").entity != "Ostland"


def test_a_possessive_entity_is_the_owner_itself(claims_of):
    claims = claims_of("The study puts the plant's demand at 2.5 TWh a year, against Velmar Cement's estimate of "
                       "about 1.8 TWh.")
    assert _one(claims, "about 1.8 TWh").entity == "Velmar Cement"


@pytest.mark.parametrize("text, figure, metric", [
    ("The utility will replace its mains with the help of a $180 million loan from a development bank.",
     "$180 million", "financing"),
    ("Water losses in the city reached 44 per cent of supply in 2024.", "44 per cent", None),
    ("The plant employed 6,400 workers at its peak.", "6,400", "employment"),
])
def test_loans_losses_and_the_employed(claims_of, text, figure, metric):
    c = _one(claims_of(text), figure)
    if metric is None:
        assert "profit" not in (c.metric or "")
    else:
        assert metric in (c.metric or "")


@pytest.mark.parametrize("text, figure, cost", [
    ("Velmar Ports began a $2.4 billion expansion of the harbour in March.", "$2.4 billion", True),
    ("Velmar Ports signed a $41 million consultancy deal in March.", "$41 million", False),
])
def test_money_before_works_is_their_cost_but_not_before_any_noun(claims_of, text, figure, cost):
    assert (_one(claims_of(text), figure).metric == "cost") == cost


def test_the_rules_org_nouns_point_back_for_entities_too(claims_of):
    text = ("Velmar Mining produced 3.9 million tonnes of coal in 2023. The exporter's output rose to 4.4 million "
            "tonnes in 2024.")
    assert _one(claims_of(text), "4.4 million tonnes").entity == "Velmar Mining"
