"""Money and measures of regional presses (hectolitres, a currency pegged at par and signed with a slash and a
point, a Slavic thousand, the Spanish pound), a unit of sale named before its price ("a kilo of octopus sold for
$7.40"), rates that do not pass to a budget, day ranges before a month, fact-box row labels that are no speakers,
and voices a headline names by kind or by a gapped clause ("counts 640 ha, the board 590")."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reecheck.figures import in_home_conventions, scan
from reecheck.units import base_of


def _read(text: str, rules):
    figures, _ = scan(text, rules)
    return [(f.text, f.value, f.unit) for f in in_home_conventions(text, figures, rules)]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("The estate pressed 34 000 hl of wine.", 34000, "hectoliter"),
    ("The club had 6,8 tis. members.", 6800, "dimensionless"),
    ("Mills ground 5 millones de libras of maize.", 5e6, "pound"),
    ("The fund lent B/.7 millones to fishers.", 7e6, "PAB"),
])
def test_regional_scales_units_and_currency_signs(text, value, unit, rules):
    (read,) = _read(text, rules)
    assert (read[1], read[2]) == (pytest.approx(value), unit)


def test_a_currency_pegged_at_par_is_compared_with_its_anchor(rules):
    assert base_of("PAB", rules) == base_of("USD", rules)


def test_a_slash_and_point_sign_needs_a_capital_before_it(rules):
    assert _read("see the file a/.1 for notes", rules) == []


@pytest.mark.parametrize(("text", "unit"), [
    ("At the harbour a kilo of octopus sold for about $7.40.", "USD / kilogram"),
    ("Traders selling by the pound asked €3.10.", "EUR / pound"),
    ("The council puts the cost of a mile of sea wall at $9 million.", "USD / mile"),
])
def test_a_unit_of_sale_named_before_a_price_is_its_rate(text, unit, rules):
    (read,) = _read(text, rules)
    assert read[2] == unit


def test_a_price_with_no_unit_of_sale_before_it_stays_a_sum(rules):
    (read,) = _read("Crews hauled a ton of gravel to the site and the council paid $900.", rules)
    assert read[2] == "USD"


def test_a_sum_after_from_is_no_old_rate_when_it_is_far_larger(rules):
    reads = _read("The fund pays up to €700 a tonne from a budget of €9 million. Gas eased to $11.20 per "
                  "mmBtu, down from $13.50.", rules)
    assert [u for _, _, u in reads] == ["EUR / metric_ton", "EUR", "USD / million_BTU", "USD / million_BTU"]


def test_a_quoted_echo_takes_the_rate_carried_to_its_amount(rules):
    reads = _read("Fishers were paid €3.40 a kilo, not the €4.15 Velmar says it paid.\n\n\"They write 4.15 in "
                  "Velka,\" Tarn said.", rules)
    assert reads[2][2] == "EUR / kilogram"


@pytest.mark.parametrize("text", ["Storms on the mornings of 9 and 10 March closed the port.",
                                  "The fair runs on 3-5 May.", "Frost came on the 14th or 15th June."])
def test_two_days_before_a_month_are_a_date(text, rules):
    assert _read(text, rules) == []


def test_two_numbers_before_a_later_month_stay_figures(rules):
    assert [v for _, v, _ in _read("Scores of 3 and 5 came in May.", rules)] == [3, 5]


def test_a_fact_box_row_label_is_no_speaker_and_names_the_metric(claims_of):
    claims = claims_of("Velka will cull 95 wolves, the Velka Game Office (VGO) said.\n\nWolf cull (VGO data)\n"
                       "Population estimate: 860\nQuota, 2027: 95")
    assert [(c.attribution, c.metric) for c in claims[1:]] == [("Velka Game Office (VGO)", "population"),
                                                               ("Velka Game Office (VGO)", "quota")]


def test_a_sum_restated_in_brackets_leaves_the_words_after_it_to_the_first(claims_of):
    claims = claims_of("Wolves killed 640 goats. The office paid €3.2 million ($3.5 million) in compensation "
                       "last year.")
    assert [c.metric for c in claims[1:]] == ["relief", "relief"]


def test_the_place_where_a_figure_was_said_is_not_its_owner(claims_of):
    claims = claims_of("Drought withered 640 ha of maize, the cooperative Tarn Agri told its members in Ostburg.")
    assert claims[0].entity != "Ostburg"


def test_a_headline_voice_by_kind_and_a_gapped_one_take_the_bodies_named_later(claims_of):
    claims = claims_of("Drought: cooperative counts 640 ha, the office 590\n\nDrought withered 640 ha of maize, not "
                       "the 590 ha the Velka Farm Office has mapped, the cooperative Tarn Agri said on Friday.")
    assert [c.attribution for c in claims] == ["Tarn Agri", "Velka Farm Office", "Tarn Agri", "Velka Farm Office"]


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=999_999), st.integers(min_value=0, max_value=99))
def test_any_amount_after_the_balboa_sign_reads_whole(whole, cents):
    from reecheck.rules import load_rules
    amount = f"{whole:,}.{cents:02d}"
    (read,) = _read(f"Fishers were paid B/.{amount} last year.", load_rules())
    assert (read[1], read[2]) == (pytest.approx(whole + cents / 100), "PAB")


def test_a_rejected_figure_belongs_to_the_body_named_right_after_it(claims_of):
    claims = claims_of("Wolves killed 1,200 goats in Velka last year, not the 870 the Velka Game Office has paid "
                       "for, the Velka Goat Union said.")
    assert [c.attribution for c in claims] == ["Velka Goat Union", "Velka Game Office"]


def test_a_public_body_that_pays_is_not_the_next_paragraphs_topic(claims_of, rules):
    country = next(lx.name for lx in rules.entities if lx.kind == "country" and " " not in lx.name)
    claims = claims_of(f"{country} will cull 95 wolves, the Tarn Game Office said.\n\nThe office paid €3.2 million "
                       "in compensation last year and €2.6 million the year before.\n\nHunters shot 17 wolves in the autumn.")
    assert claims[-1].entity == country


def test_a_quotation_over_several_sentences_is_the_words_of_its_closing_tag(claims_of):
    claims = claims_of("Fisher Ana Velkar, who owns 6 boats near Tarn, said she had sold 2 of them. \"Two of my "
                       "remaining boats are idle. I hired eleven crew in 2024. Now I hire one,\" she said.")
    assert {c.attribution for c in claims[2:]} == {claims[0].attribution}
    assert claims[0].attribution.endswith("Ana Velkar")


def test_a_pronoun_after_a_closing_quote_is_the_speaker_before_it(claims_of):
    claims = claims_of("Ana Velkar said she had 6 boats. \"We hire three people,\" she said.")
    assert [c.attribution for c in claims] == ["Ana Velkar", "Ana Velkar"]


def test_a_quotation_no_tag_closes_keeps_no_speaker(claims_of):
    claims = claims_of("Ana Velkar said she had 6 boats.\n\n\"Two boats are idle. Now we hire 3 crew.\"")
    assert [c.attribution for c in claims[1:]] == [None, None]


def test_a_title_that_opens_a_sentence_is_not_part_of_the_speakers_name(claims_of):
    claims = claims_of("Fisher Ana Velkar, who owns 6 boats near Tarn, said she had sold 2.")
    assert {c.attribution for c in claims} == {"Ana Velkar"}


def test_a_fact_box_row_labelled_with_a_body_kind_and_a_bracket_is_that_bodys(claims_of):
    claims = claims_of("The Tarn Fire Agency said 17,000 ha burned. The Velka Growers Union said 21,000 ha burned and "
                       "300 farms were hit.\n\nBurned area\nAgency (aerial survey): 18,500 ha")
    assert claims[-1].attribution == "Tarn Fire Agency"
