"""What a tonnage is stated as, and which firm it belongs to, across the texts of one run: ore and what it
holds kept apart when a text gives both, a basis read only from the figure's own phrase, mine waste as its own
scope, and a firm named short in one text and in full (legal form first) in another."""
from __future__ import annotations

import pytest

from reecheck import check


def _claim(claims, text: str):
    (c,) = [c for c in claims if c.figure.text == text]
    return c


def _group_of(report, text: str) -> str:
    """The one group every claim written ``text`` is in."""
    (gid,) = {v.group.id for c in report.claims if c.figure.text == text for v in report.verdicts
              if c in v.group.claims}
    return gid


def test_ore_and_the_metal_it_holds_from_one_text_are_two_groups(write_sources):
    folder = write_sources({
        # a thousandfold gap reads as a slipped scale word unless the basis tells the two apart
        "a.txt": "Velmar Mining said it mined 51 million tonnes of ore at its Tarnow pit in 2024. Its smelter "
                 "produced 51,000 tonnes of copper in 2024.",
        "b.txt": "Velmar Mining said it produced 50,500 tonnes of copper in 2024.",
    })
    report = check(folder)
    assert _group_of(report, "51,000 tonnes") == _group_of(report, "50,500 tonnes")
    assert _group_of(report, "51 million tonnes") != _group_of(report, "51,000 tonnes")


def test_one_amount_given_bare_and_with_its_basis_stays_one_group(write_sources):
    folder = write_sources({
        "a.txt": "Velmar lifts output to 96,000 tonnes\n\nVelmar Mining produced 96,000 tonnes of graphite "
                 "concentrate in 2025, the company said.",
        "b.txt": "Velmar Mining said it produced 90,000 tonnes of graphite concentrate in 2025.",
    })
    report = check(folder)
    groups = {_group_of(report, t) for t in ("96,000 tonnes", "90,000 tonnes")}
    assert len(groups) == 1


@pytest.mark.parametrize("sentence, figure, basis", [
    ("The pit yielded 4.2 million tonnes of laterite ore last year.", "4.2 million tonnes", "ore"),
    ("The country holds about 49 million tonnes of lithium reserves measured as lithium carbonate equivalent.",
     "about 49 million tonnes", "carbonate equivalent"),
    ("Output fell to 1.3 million tonnes in 2024 as ore grades declined.", "1.3 million tonnes", None),
    ("Reserves stand at 190 million tonnes, a gap the board put down to how ore is classified.",
     "190 million tonnes", None),
    ("A deficit of 400,000 tonnes is likely, said an analyst at Tarnow Metals Research.", "400,000 tonnes", None),
])
def test_a_basis_after_a_figure_is_its_own_only_inside_its_phrase(claims_of, sentence, figure, basis):
    assert _claim(claims_of(sentence), figure).basis == basis


def test_a_basis_before_the_figure_yields_to_what_the_words_after_it_count(claims_of):
    c = _claim(claims_of("Its smelter turned that ore into 48,000 tonnes of nickel in matte."), "48,000 tonnes")
    assert c.basis is None and c.scope == "nickel"


def test_tailings_are_their_own_scope_not_the_metal_mined(claims_of):
    claims = claims_of("Velmar Mining produced 52,000 tonnes of nickel and stored 3.4 million tonnes of tailings "
                       "in 2025.")
    assert _claim(claims, "52,000 tonnes").scope == "nickel"
    assert _claim(claims, "3.4 million tonnes").scope == "tailings"


def test_a_firm_named_short_in_one_text_and_with_its_legal_form_in_another_is_one_entity(write_sources):
    folder = write_sources({
        "a.txt": "PT Velmar Nikel Tbk said it employs 6,400 people at its Tarnow site.",
        "b.txt": "Velmar says it employs 6,100 people, a union said it counted fewer.",
    })
    report = check(folder)
    entities = {_claim(report.claims, t).entity for t in ("6,400", "6,100")}
    assert entities == {"PT Velmar Nikel Tbk"}
    assert _group_of(report, "6,400") == _group_of(report, "6,100")


def test_a_place_the_rules_know_never_becomes_a_firm_of_its_name(write_sources, rules):
    country = next(lx.name for lx in rules.entities if lx.kind == "country" and " " not in lx.name)
    folder = write_sources({
        "a.txt": f"{country} Mining Holdings said it employs 2,100 people.",
        "b.txt": f"{country} produced 40,000 tonnes of copper in 2025.",
    })
    report = check(folder)
    assert _claim(report.claims, "40,000 tonnes").entity == country


@pytest.mark.parametrize("sentence, figure, metric", [
    ("The department had spent $1.85 million on the response so far.", "$1.85 million", "spending"),
    ("Velmar will spend €1.3bn replacing its furnaces.", "€1.3bn", "spending"),
    ("Copper spent much of the autumn at around $9,500 a tonne.", "around $9,500 a tonne", "price"),
    ("The regulator fined Velmar 1.9 billion tenge.", "1.9 billion tenge", "fine"),
    ("Donors have pledged $28 million in aid.", "$28 million", "pledges"),
    ("The miner paid R410 million in mineral royalties for 2025.", "R410 million", "royalties"),
    ("Velmar faces $212m royalty bill", "$212m", "royalties"),
    ("The department's budget for this financial year is A$4.8 billion.", "A$4.8 billion", "budget"),
    ("It paid a further R186 million in corporate income tax.", "R186 million", "tax"),  # no revenue ("income")
])
def test_money_spent_is_spending_but_a_price_a_tonne_stays_a_price(claims_of, sentence, figure, metric):
    assert _claim(claims_of(sentence), figure).metric == metric


def test_a_sum_restated_in_another_currency_is_the_same_subject(claims_of):
    claims = claims_of("Velmar will spend US$1.2 billion (about 610 billion tenge) to raise capacity at its smelter.")
    a, b = _claim(claims, "US$1.2 billion"), _claim(claims, "about 610 billion tenge")
    assert (b.entity, b.metric, b.period) == (a.entity, a.metric, a.period) and a.metric == "spending"


def test_a_word_capitalised_only_inside_a_centres_name_is_no_name_when_it_opens_a_sentence(claims_of):
    claims = claims_of("Ostland's prisons held 7,900 people on 2 March, the Velka Justice Department said.\n\n"
                       "Remand prisoners make up 41 per cent of the total, the department said.\n\n"
                       "Tarn Remand Centre was locked down on 22 days this year, the department said.")
    assert _claim(claims, "41 per cent").entity == "Ostland"


def test_a_names_first_word_opening_a_sentence_is_still_a_name(claims_of):
    claims = claims_of("Velmar said it produced 51,000 tonnes of copper in 2024.\n\n"
                       "The Velmar Workers Council disputes the figure.")
    assert _claim(claims, "51,000 tonnes").entity == "Velmar"


def test_a_mine_in_a_part_of_a_place_is_the_owners_not_the_places(claims_of):
    claims = claims_of("Velmar Uranium said on Tuesday that its Tarn Lake mine in northern Ostland produced 7.2 "
                       "million pounds of uranium concentrate last year.")
    assert _claim(claims, "7.2 million pounds of").entity == "Velmar Uranium"


def test_a_place_whose_mines_are_named_in_the_plural_stays_a_place(claims_of):
    claims = claims_of("Velmar Uranium said on Tuesday that its Tarn Lake mine in northern Velka produced 7.2 "
                       "million pounds of uranium concentrate last year.\n\n"
                       "By comparison, Velka mines produced about 38 million pounds of uranium in 2025.")
    assert _claim(claims, "7.2 million pounds of").entity == "Velmar Uranium"


def test_a_facility_a_sentence_opens_with_its_owner_is_the_owners(claims_of):
    claims = claims_of("Velmar Bauxite mined 4.6 million tonnes in 2025. Its Tarn refinery turned out 1.72 million "
                       "tonnes of alumina over the year.")
    assert _claim(claims, "1.72 million tonnes").entity == "Velmar Bauxite"


@pytest.mark.parametrize("amount", ["US$8.7 million", "A$96 million"])
def test_a_currency_mark_is_no_country_the_figure_is_about(claims_of, amount):
    claims = claims_of(f"Velmar Bauxite mined 4.6 million tonnes in 2025. It paid a levy of US$31.4 million to the "
                       f"government for 2025 and a further {amount} in corporate income tax, its finance chief said.")
    assert _claim(claims, amount).entity == "Velmar Bauxite"


def test_a_company_that_said_on_a_weekday_it_mined_a_tonnage_states_its_own_output(claims_of):
    claims = claims_of("Velmar Bauxite said on Tuesday it mined 4.6 million tonnes of bauxite in St Tarn last year.")
    assert _claim(claims, "4.6 million tonnes").entity == "Velmar Bauxite"
