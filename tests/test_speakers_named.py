"""Who speaks when a text names a person, an outlet or a short name: a company's officer speaks for the company
(also when only her surname comes back), a union's president for the union, a body defined with its initials
keeps its full name, and the outlet in a dateline is never the company a story is about."""
from __future__ import annotations

import pytest

from reecheck.figures import scan


def _claim(claims, text: str):
    (c,) = [c for c in claims if c.figure.text == text]
    return c


def test_an_officer_named_without_her_company_speaks_for_the_company_in_focus(claims_of):
    claims = claims_of("Velmar Manganese sold 3.1 million tonnes of ore last year, the company said. The miner paid "
                       "R380 million in royalties, chief financial officer Ana Ruiz told a briefing. The pit holds "
                       "190 million tonnes, Ruiz said.")
    assert _claim(claims, "R380 million").attribution == "Velmar Manganese"
    assert _claim(claims, "190 million tonnes").attribution == "Velmar Manganese"


def test_a_union_officer_named_with_a_bare_body_word_speaks_for_the_union_named_before(claims_of):
    claims = claims_of("The Tarnow Valley Residents' Forum opposes the dam. Forum convenor Ana Ruiz said about 1,700 "
                       "families would be displaced.")
    assert _claim(claims, "about 1,700").attribution == "Tarnow Valley Residents' Forum"


def test_an_officer_with_initials_after_the_owner_speaks_for_it(claims_of):
    claims = claims_of("Velmar Power Corporation (VPC) runs the plant. The dam will cost 12 billion rupees, VPC "
                       "managing director S. Ruiz told reporters. About 2,100 workers are on site, Ruiz said.")
    assert _claim(claims, "About 2,100").attribution == "Velmar Power Corporation (VPC)"


def test_a_minister_is_not_read_as_a_body_named_by_his_portfolio(claims_of):
    c = _claim(claims_of("Output fell to 860,000 tonnes, Agriculture Minister Ana Ruiz said."), "860,000 tonnes")
    assert c.attribution != "Agriculture"


def test_a_company_defined_with_its_initials_keeps_its_full_name(claims_of):
    claims = claims_of("The cost has risen to 64 billion rupees, state-run Velmar Power Generation Corporation (VPGC) "
                       "said on Tuesday.\n\nVPGC said 2,080 workers were on site.")
    assert _claim(claims, "64 billion rupees").attribution == "Velmar Power Generation Corporation (VPGC)"
    assert _claim(claims, "2,080").attribution == "Velmar Power Generation Corporation (VPGC)"


@pytest.mark.parametrize("sentence, speaker", [
    ("TARNOW, Jan 20 (Ostland Business Wire) - The estimated cost has risen to 64 billion rupees, Velmar Power "
     "said on Tuesday.", "Velmar Power"),
    ("TARNOW, 3 March 2026 (Ostland Resources Wire) - Velmar Manganese sold 3.4 million tonnes of ore from its pit "
     "near Tarnow in the Northern Velka, the company said on Tuesday.", "Velmar Manganese"),
])
def test_the_outlet_and_the_first_word_after_a_dateline_never_speak(claims_of, sentence, speaker):
    (c,) = [c for c in claims_of(sentence) if c.figure.kind != "count"]
    assert c.attribution == speaker


@pytest.mark.parametrize("text, value", [
    ("The miner paid R410 million in royalties.", 410e6),
    ("It pays R410m in royalties.", 410e6),
    ("Only R9.5 million of the money was spent.", 9.5e6),
    ("Each family got a R24,500 grant.", 24500),
])
def test_a_lone_r_before_an_amount_written_like_money_is_the_rand(rules, text, value):
    (f,) = scan(text, rules)[0]
    assert f.unit == "ZAR" and f.value == value


@pytest.mark.parametrize("text, skipped", [
    ("The R2 road is closed.", "R2"),
    ("Prices of U3O8 rose.", "U3O8"),
    ("The A380 flew.", "A380"),
])
def test_a_capital_glued_to_a_plain_number_stays_a_name(rules, text, skipped):
    figures, skips = scan(text, rules)
    assert not figures and [s.text for s in skips] == [skipped]


def test_a_statewide_figure_is_not_the_county_s_and_the_county_stays_the_topic(claims_of):
    claims = claims_of("Only 81.4 per cent of children in Tarnow County had both doses. The statewide rate is 92.7 "
                       "per cent. About 1,300 pupils were sent home.")
    assert _claim(claims, "81.4 per cent").entity == "Tarnow County"
    assert _claim(claims, "92.7 per cent").entity == "statewide"
    assert _claim(claims, "About 1,300").entity == "Tarnow County"


def test_a_company_s_own_count_before_a_figure_is_the_company_s(claims_of):
    claims = claims_of("The forum says about 1,700 families would be displaced, against Velmar Hydro's count of 1,140.")
    assert _claim(claims, "1,140").attribution == "Velmar Hydro"


@pytest.mark.parametrize("sentence, figure, speaker", [
    ("The expansion would cost close to $1.5 billion, analysts at Tarnow Metals Research said.",
     "close to $1.5 billion", "Tarnow Metals Research"),
    ("Output was 5 Mt, an economist at Velka Research said.", "5 Mt", "Velka Research"),
])
def test_a_speaker_placed_at_a_research_house_after_the_figure_is_that_house(claims_of, sentence, figure, speaker):
    assert _claim(claims_of(sentence), figure).attribution == speaker


def test_a_research_house_that_forecasts_is_never_the_topic_after_it(claims_of):
    claims = claims_of("Tarnow Energy Analytics expects closer to 950 GWh in an average year. The forest department "
                       "said 530 hectares had been approved.")
    assert _claim(claims, "closer to 950 GWh").entity != "Tarnow Energy Analytics"
    assert _claim(claims, "530 hectares").entity != "Tarnow Energy Analytics"


def test_a_unit_after_its_number_is_never_a_plant_s_name(claims_of):
    claims = claims_of("The 0.4 GW plant will generate 1,120 MWh a year.")
    assert all(c.entity != "GW" for c in claims)


def test_a_project_named_with_one_describing_word_is_a_facility_not_a_weekday(claims_of):
    claims = claims_of("The Tarn hydroelectric project will cost 64 billion rupees, Velmar Power said. On Tuesday the "
                       "project said 2,100 workers were on site.")
    assert _claim(claims, "64 billion rupees").entity == "Tarn"
    assert _claim(claims, "2,100").entity != "Tuesday"


def test_the_project_a_speaker_talks_about_is_the_project_named_before(claims_of):
    claims = claims_of("The Tarn hydroelectric project will cost 64 billion rupees, Velmar Power Corporation (VPC) "
                       "said. In 2024 VPC's stations generated 6,240 GWh. VPC says the project needs 412 hectares of "
                       "forest land.")
    assert _claim(claims, "6,240 GWh").entity == "VPC"
    assert _claim(claims, "412 hectares").entity == "Tarn"


def test_a_figure_a_described_body_states_after_it_is_that_body_s(claims_of):
    c = _claim(claims_of("The cost will be 80 billion rupees, Tarnow Energy Analytics said, well above the 46.2 billion "
                         "rupees the state-run Velmar Power Corporation now estimates."), "46.2 billion rupees")
    assert c.attribution == "Velmar Power Corporation"


def test_the_union_points_back_to_an_association_and_the_county_never_does(claims_of):
    claims = claims_of("The Tarn County Paramedics Association says its own count is 455. About 18 percent of posts "
                       "are vacant, according to the county. The union puts the vacancy rate at 27 percent.")
    assert _claim(claims, "27 percent").attribution == "Tarn County Paramedics Association"
    assert _claim(claims, "About 18 percent").attribution != "Tarn County Paramedics Association"


@pytest.mark.parametrize("sentence, figure, metric", [
    ("Roughly one in five calls from the rural north was handled by crews.", "Roughly one in five", "share of calls"),
    ("Three in ten riders did not own a car.", "Three in ten", "share of riders"),
    ("Two out of every ten mines are idle.", "Two out of every ten", "share of mines"),
])
def test_a_share_written_one_in_five_is_a_share_of_the_plural_after_it(claims_of, sentence, figure, metric):
    claims = claims_of("About 18 percent of paramedic positions are vacant. " + sentence)
    assert _claim(claims, figure).metric == metric


def test_the_company_past_a_body_is_the_last_company_not_the_body(claims_of):
    claims = claims_of("Velmar Manganese said it paid R38 million into the trust. Tarn Valley Watch, an environmental "
                       "group, says the mine drew 2.7 million m3 of groundwater. The forum says only R9.5 million has "
                       "reached projects, less than half the R24 million the company says has been spent.")
    assert _claim(claims, "R24 million").attribution == "Velmar Manganese"


@pytest.mark.parametrize("sentence, figure, speaker", [
    ("Analysts at Tarnow Metals Research in Velka were less sure, saying the expansion would cost close to "
     "$1.5 billion.", "close to $1.5 billion", "Tarnow Metals Research"),
    ("Tarnow Renters Voice disputes that count, saying only 690 affordable units were finished.", "690",
     "Tarnow Renters Voice"),
])
def test_a_participle_after_a_body_makes_the_body_the_speaker(claims_of, sentence, figure, speaker):
    assert _claim(claims_of(sentence), figure).attribution == speaker


def test_a_titled_person_before_a_participle_is_not_made_a_body(claims_of):
    c = _claim(claims_of("Energy Minister Ana Ruiz on Tuesday defended the plant, saying it ran at 1.5 GW."), "1.5 GW")
    assert c.attribution is None or "Tuesday" not in c.attribution


def test_a_speaker_opening_a_clause_after_a_semicolon_states_the_figure_after_its_verb(claims_of):
    claims = claims_of("Velmar says 1,460 hectares were cleared for the road; the Tarn Municipalities Association, "
                       "which represents the councils, puts the figure at about 1,900 hectares.")
    assert _claim(claims, "1,460 hectares").attribution == "Velmar"
    assert _claim(claims, "about 1,900 hectares").attribution == "Tarn Municipalities Association"


@pytest.mark.parametrize("name", ["Observatório das Obras", "Instituto de Estudos Velkanos", "Verband der Velka"])
def test_a_name_goes_on_across_the_particles_of_other_languages(claims_of, name):
    claims = claims_of(f"Tolls on the Tarn road reached €61 million in 2025, according to the {name}.")
    assert _claim(claims, "€61 million").attribution == name


def test_a_particle_is_no_name_connector_inside_a_longer_word(claims_of):
    claims = claims_of("Last year the Velmar mine produced 17,300 tonnes of cobalt, Velmar Cobalt said.")
    assert _claim(claims, "17,300 tonnes").attribution == "Velmar Cobalt"


def test_a_body_giving_its_estimate_of_a_firms_figure_states_it_and_is_no_topic(claims_of):
    claims = claims_of("A river charity says Velmar's nickel smelter exceeded its permit 27 times last year, far "
                       "above the 12 exceedances the company disclosed.\n\n"
                       "The Tarn Watershed Alliance based its count on monthly samples the smelter sends to the "
                       "regulator.\n\n"
                       "The alliance also restated its estimate that about 3.4 million m3 of cooling water flowed "
                       "into the estuary last year, not the 2.6 million cubic metres Velmar reports.")
    alliance, firm = _claim(claims, "about 3.4 million m3"), _claim(claims, "2.6 million cubic metres")
    assert (alliance.entity, alliance.attribution) == ("Velmar", "Tarn Watershed Alliance")
    assert (firm.entity, firm.attribution) == ("Velmar", "Velmar")


def test_a_company_officer_named_after_the_figure_speaks_for_the_company(claims_of):
    claims = claims_of("Velmar Uranium said its Tarn mine produced 7.2 million pounds of uranium last year.\n\n"
                       "The mine produced 3.1 million pounds in the first half, chief financial officer Ana Ruiz "
                       "told a briefing.")
    assert _claim(claims, "3.1 million pounds").attribution == "Velmar Uranium"


def test_a_body_whose_papers_show_anothers_spending_states_it_and_is_no_topic(claims_of):
    claims = claims_of("The Tarn Teachers Union says 247 posts are empty.\n"
                       "The union has also seen invoices showing the Velka Council spent £8.3m on agency staff "
                       "in 2024-25.")
    spent = _claim(claims, "£8.3m")
    assert spent.attribution == "Tarn Teachers Union"
    assert spent.entity != "Tarn Teachers Union"


def test_a_body_described_after_by_states_the_figure(claims_of):
    claims = claims_of("Surveyors from Tarn Watch say at least 14 hectares of wetland has dried out beside the "
                       "Velka quarry, far more than the 2.3 hectares reported by its operator, Velka Water Solutions.")
    assert _claim(claims, "2.3 hectares").attribution == "Velka Water Solutions"
    assert _claim(claims, "at least 14 hectares").attribution == "Tarn Watch"


def test_a_councils_officer_named_after_the_figure_speaks_for_the_council(claims_of):
    claims = claims_of("Tarn Council said on Monday it had 142 teaching posts unfilled on 2 March. Of the empty "
                       "posts, 19 are in special schools, education director Ana Ruiz said.")
    assert _claim(claims, "19").attribution == "Tarn Council"


def test_its_officer_speaks_for_the_body_named_before_not_for_herself(claims_of):
    claims = claims_of("The Velka Cocoa Board puts smuggling at 150,000 tonnes. The Tarn Growers Union disputes "
                       "that figure. Its general secretary, Ana Ruiz, said smuggling was between 50,000 and 80,000 "
                       "tonnes.")
    assert _claim(claims, "50,000 and 80,000 tonnes").attribution == "Tarn Growers Union"


def test_a_bodys_officials_speak_for_the_body_named_before(claims_of):
    claims = claims_of("Tarn Council said it had 151 vacancies. Council officials said the vacancy rate had risen "
                       "1.6% over the past year, to 5.8%.")
    assert _claim(claims, "5.8%").attribution == "Tarn Council"


def test_a_day_ending_a_sentence_never_speaks(claims_of):
    claims = claims_of("Tarn County Council recorded 341 events through March 24, county officials said Tuesday.")
    assert _claim(claims, "341").attribution != "Tuesday"


def test_a_chief_executive_opening_a_sentence_speaks_for_the_company_also_later_by_surname(claims_of):
    claims = claims_of("Velmar Gold Ltd said its Tarn mine produced 9,420 kilograms of gold in 2025. Chief executive "
                       "Ana Ruiz said Velmar aims to produce 11,000 kg a year by 2028.\n\n"
                       "The Tarn mine employs 7,240 people directly, Ruiz said.")
    assert _claim(claims, "7,240").attribution.startswith("Velmar")


def test_a_place_after_near_or_into_is_never_the_company_pointed_back_to(claims_of):
    claims = claims_of("Velmar Gold Ltd said on Monday its Tarn mine near Welkor produced 9,420 kilograms of gold in "
                       "2025. The company said 4,380 kg was poured in the first half. The mine discharged 2.4 million "
                       "cubic metres of water into the Tarn River last year, the company said.")
    assert _claim(claims, "4,380 kg").attribution == "Velmar Gold Ltd"
    assert _claim(claims, "2.4 million cubic metres").attribution == "Velmar Gold Ltd"


def test_a_describing_word_before_a_title_is_no_owner(claims_of):
    claims = claims_of("The Tarn Mineworkers' Union disputes the figures. Regional secretary Ana Ruiz said more than "
                       "2,500 people now work underground for contractors at the mine.")
    assert _claim(claims, "more than 2,500").attribution == "Tarn Mineworkers' Union"


def test_a_title_opening_a_sentence_is_not_part_of_the_speakers_name(claims_of):
    claims = claims_of("Coordinator Ana Ruiz said the mine was nearly a third over its 3,000,000 m3 licence limit.")
    assert _claim(claims, "3,000,000 m3").attribution == "Ana Ruiz"


def test_a_named_group_with_its_kind_after_the_name_speaks_and_is_no_topic(claims_of):
    claims = claims_of("Velmar Gold said its Tarn mine discharged 2.4 million m3 last year. The Tarn Water Action "
                       "group says the mine released 3.9 million m3 into the river last year.")
    group = _claim(claims, "3.9 million m3")
    assert (group.attribution, group.entity) == ("Tarn Water Action", "Velmar Gold")


@pytest.mark.parametrize("person", ["Ciarán Ó Velkarta", "Jo de Vries", "Seán O'Brien", "Zoë Øster"])
def test_a_company_officer_with_an_accented_or_particled_name_speaks_for_the_company(claims_of, person):
    claims = claims_of(f"Velmar Bus plans cuts. The company employs 212 drivers and has 46 vacancies, managing "
                       f"director {person} said.")
    assert _claim(claims, "212").attribution == "Velmar Bus"


def test_the_figure_the_company_gave_is_the_companys(claims_of):
    claims = claims_of("Velmar Bus cut 910 departures a week. The Tarn Drivers' Union says 71 driver posts are empty, "
                       "not the 46 the company gave this month.")
    assert _claim(claims, "46").attribution == "Velmar Bus"
    assert _claim(claims, "71").attribution == "Tarn Drivers' Union"


def test_she_said_is_the_speaker_of_the_sentence_before(claims_of):
    claims = claims_of("Velmar Gold Ltd said its Tarn mine produced 9,420 kg of gold in 2025. The mine employs 7,240 "
                       "people directly, chief executive Ana Ruiz said. She said lost-time injuries fell to 48 in "
                       "2025 from 57 a year earlier.")
    assert _claim(claims, "48").attribution == "Velmar Gold Ltd"


def test_a_pronoun_never_overrides_the_speaker_the_sentence_names(claims_of):
    claims = claims_of("The Velka Cocoa Board expects a crop of 650,000 tonnes, the board said. Tarnow Research's "
                       "analyst, Ana Ruiz, said she expects Velka to produce no more than 560,000 tonnes.")
    assert _claim(claims, "no more than 560,000 tonnes").attribution != "Velka Cocoa Board"


def test_a_capitalised_body_word_that_opens_a_name_is_the_whole_name(claims_of):
    claims = claims_of("Tolls on the Tarn road reached €61 million in 2025, according to the Ministry of Velka Mines.")
    assert _claim(claims, "€61 million").attribution == "Ministry of Velka Mines"
