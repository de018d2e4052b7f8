"""Subjects that two texts name in slightly different words still meet, and metrics that do not fit a figure
are not handed to it: a narrower metric, a quoted place, a duration after a sum, a sum after a price."""
from __future__ import annotations

import reecheck
from reecheck.groups import _narrower, group_claims


def _claim(claims, text: str):
    (c,) = [c for c in claims if c.figure.text == text]
    return c


def test_a_metric_with_a_narrowing_word_meets_the_plain_one(write_sources):
    folder = write_sources({
        "a.txt": "Velmar Water serves 412,000 household connections, the utility said.\n",
        "b.txt": "Velmar Water has 380,000 connections, the audit office said.\n",
    })
    (v,) = [v for v in reecheck.check(folder).verdicts if "connections" in v.group.subject]
    assert {c.figure.text for c in v.group.claims} == {"412,000", "380,000"}
    assert v.status == "discrepancy"


def test_a_text_giving_both_keeps_the_narrower_metric_apart(claims_of, rules):
    claims = (claims_of("Velmar Water has 380,000 connections and 240,000 household connections.", "a.txt")
              + claims_of("Velmar Water serves 412,000 household connections.", "b.txt", start_index=10))
    groups, _ = group_claims(claims, rules)
    together = [g for g in groups if {c.figure.text for c in g.claims} >= {"380,000", "412,000"}]
    assert not together


def test_frame_and_aspect_words_are_not_narrowing_words(rules):
    frame = frozenset({"rise", "in", "share", "of", "average"})
    assert _narrower("smallholder tea farmers", "smallholder farmers", frame)
    assert not _narrower("rise in exports", "exports", frame)
    assert not _narrower("average production", "production", frame)
    assert not _narrower("exports", "exports", frame)
    assert not _narrower("tea farmers", "coffee growers", frame)


def test_a_place_in_a_quotation_does_not_become_what_the_text_is_about(claims_of):
    claims = claims_of('Tarnow Offshore said its wind farm would cost 3.1 billion euros.\n\n'
                       '"Every project in Europe is paying more than it planned," she said.\n\n'
                       'The scheme will use 73 turbines.')
    assert _claim(claims, "73").entity != "Europe"


def test_a_duration_does_not_take_the_sum_before_it_as_its_metric(claims_of):
    claims = claims_of("Velmar Rail put the cost at £1.3 billion. Work is running at least 280 days late.")
    assert _claim(claims, "£1.3 billion").metric == "cost"
    assert _claim(claims, "at least 280 days").metric != "cost"


def test_a_sum_after_a_price_is_no_price(claims_of):
    claims = claims_of("Nickel fetched $16,400 a tonne in May. Velmar Nickel spent $1.1 billion building the smelter.")
    assert _claim(claims, "$16,400 a tonne").metric == "price"
    assert _claim(claims, "$1.1 billion").metric != "price"


def test_a_sum_with_no_metric_word_is_named_by_the_words_after_it(claims_of):
    claims = claims_of("The ministry says Velmar owes $212 million in royalties. "
                       "Ostland approved a $1.2 billion rescue package in May.")
    assert _claim(claims, "$212 million").metric == "royalties"
    assert _claim(claims, "$1.2 billion").metric == "rescue package"


def test_a_known_place_running_on_into_another_name_is_not_that_place(claims_of):
    claims = claims_of("Rainfall in the European Velmaria basin reached 640 millimetres, the observatory said. "
                       "Europe used 412 TWh of power.")
    assert _claim(claims, "640 millimetres").entity != "Europe"
    assert _claim(claims, "412 TWh").entity == "Europe"  # the place alone is still the place


def test_a_sum_restated_as_a_figure_is_not_named_by_its_verb(claims_of):
    claims = claims_of("A ministry spokesman said the $212 million figure stands.")
    assert _claim(claims, "$212 million").metric != "figure stands"


def test_an_area_with_no_metric_word_is_an_area(claims_of):
    claims = claims_of("Velmar Copper said its profit rose. The fire near Tarnow has grown to 48,300 hectares.")
    assert _claim(claims, "48,300 hectares").metric == "area"


def test_a_named_event_is_what_its_figures_are_about(write_sources):
    folder = write_sources({
        "a.txt": "The Tarn Valley wildfire has burned 48,300 hectares, the fire agency said.\n",
        "b.txt": "Local officials say the Tarn Valley wildfire has burned 61,000 hectares.\n",
    })
    (v,) = [v for v in reecheck.check(folder).verdicts if "area" in v.group.subject]
    assert v.group.subject.startswith("Tarn Valley") and len(v.group.claims) == 2


def test_a_state_after_counted_things_is_what_the_count_measures(claims_of):
    claims = claims_of("At least 37 homes have been destroyed in Tarnow, officials said.")
    assert _claim(claims, "At least 37").metric == "destroyed"


def test_a_body_putting_a_number_on_something_speaks_of_it_not_of_itself(claims_of):
    claims = claims_of("The Tarn Valley wildfire has burned 48,300 hectares. "
                       "The Velmar Regional District put the number of homes destroyed at 52.")
    assert _claim(claims, "52").entity != "Velmar Regional District"
    assert _claim(claims, "52").attribution == "Velmar Regional District"


def test_a_money_metric_never_measures_a_count(claims_of):
    claims = claims_of("Sales of electric cars in Ostland rose 31 per cent to 128,400 last year. "
                       "Velmar Motors said sales reached $2.1 billion.")
    assert _claim(claims, "128,400").metric != "revenue"
    assert _claim(claims, "$2.1 billion").metric == "revenue"
    assert "revenue" in _claim(claims, "31 per cent").metric
