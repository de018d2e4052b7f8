"""A bare "$" is the currency of the place a text is written from, when its headline or dateline says where."""
from __future__ import annotations

from reecheck import check
from reecheck.figures import in_home_currency, scan
from reecheck.rules import load_rules

RULES = load_rules()


def units(text: str) -> list[tuple[str, str]]:
    figures = in_home_currency(text, scan(text, RULES)[0], RULES)
    return [(f.text, f.unit) for f in figures if f.kind == "money"]


def test_canadian_dateline_makes_bare_dollars_canadian():
    text = ("Tarn Valley clinic to shut ward as $14-million shortfall grows\n\n"
            "KENORA, Ont., May 4, 2026 (Lakeland Wire) - The Tarn Valley clinic faces a $14.5-million shortfall "
            "and will spend $3 million a year less on agency staff, its chief executive said.")
    assert units(text) == [("$14-million", "CAD"), ("$14.5-million", "CAD"), ("$3 million a year", "CAD / year")]


def test_australian_outlet_line_makes_bare_dollars_australian():
    text = ("VELKA DAILY NEWS\nHobart | Monday 2 March 2026\n\nThe Velka shire council will borrow $8.2 million, "
            "it said, while the US$2 million loan from Ostland Bank stays in US dollars.")
    assert units(text) == [("$8.2 million", "AUD"), ("US$2 million", "USD")]


def test_text_that_writes_the_local_prefix_keeps_bare_dollars_american():
    text = ("TORONTO, May 4, 2026 - Velmar Mining raised C$40 million and will repay a $25 million loan, "
            "the company said.")
    assert units(text) == [("C$40 million", "CAD"), ("$25 million", "USD")]


def test_commodity_prices_stay_in_us_dollars():
    text = "ADELAIDE, 3 June 2026 - Velkor Metals sold ore at $112 a tonne and paid $6 million in royalties."
    assert units(text) == [("$112 a tonne", "USD / metric_ton"), ("$6 million", "AUD")]


def test_no_home_or_two_homes_leave_the_dollar_alone():
    plain = "TARNOW, May 4, 2026 - Velmar paid $25 million for the site."
    both = "Canadian and Australian miners bid for Velkarta\n\nTARNOW, May 4 - The bids total $90 million."
    assert units(plain) == [("$25 million", "USD")]
    assert units(both) == [("$90 million", "USD")]


def test_a_place_named_only_deep_in_the_story_is_not_its_home():
    text = ("Velmar to expand Tarnow works\n\nTARNOW, May 4, 2026 - Velmar will spend $40 million on its plant. "
            + "It has no other sites. " * 12 + "Its rival sells mostly in Canada.")
    assert units(text) == [("$40 million", "USD")]


def test_dollars_spelled_out_follow_the_home_but_named_ones_do_not():
    text = "HALIFAX, N.S., May 4, 2026 - The port paid 3 million dollars, and 2 million US dollars for cranes."
    assert units(text) == [("3 million dollars", "CAD"), ("2 million US dollars", "USD")]


def test_pipeline_reports_the_home_currency(tmp_path):
    (tmp_path / "a.txt").write_text("CALGARY, Alta., May 4, 2026 - The Velka ward will cost $12 million, "
                                    "the health authority said.\n", encoding="utf-8")
    report = check(tmp_path).as_dict()
    assert [(f["value"], f["unit"]) for f in report["figures"]] == [(12_000_000.0, "CAD")]


def test_dollars_named_by_an_adjective_keep_their_country():
    text = "HALIFAX, N.S., May 4, 2026 - The port paid 4 million American dollars for two cranes."
    assert units(text) == [("4 million American dollars", "USD")]
