"""Units written the way a region's press writes them: "MT" for million tonnes where a text defines it so or
counts in lakh and crore; a range whose ends each carry a rupee sign; "year-round" as no unit."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import reecheck
from reecheck import extract
from reecheck.figures import in_home_units
from reecheck.rules import load_rules


def _fig(text: str, written: str):
    (f,) = [f for f in extract(text) if f.text == written]
    return f


def test_a_text_that_defines_mt_with_a_scale_means_million_tonnes():
    f = _fig("Output rose to 12.4 million tonnes (MT) in 2025. The plan lifts it to 18 MT by 2029.", "18 MT")
    assert (f.value, f.unit) == (18.0, "megametric_ton")


def test_a_text_that_also_writes_million_mt_keeps_mt_as_the_tonne():
    text = "Reserves are 3.8 million metric tons (MT), not nearly 29 million MT. Output was 2,600 MT."
    assert _fig(text, "2,600 MT").unit == "metric_ton"
    assert _fig(text, "nearly 29 million MT").value == 29e6


def _unit_in_report(write_sources, text: str, written: str) -> tuple[float, str]:
    report = reecheck.check(write_sources({"a.txt": text})).as_dict()
    (f,) = [f for f in report["figures"] if f["text"] == written]
    return f["value"], f["unit"]


def test_mt_in_a_text_that_counts_in_lakh_is_million_tonnes(write_sources):
    text = ("Velka mine row deepens\n\nThe Velka mine's output of 12.4 MT last year was within its clearance, the "
            "company said. Families were offered ₹6 lakh each.\n")
    assert _unit_in_report(write_sources, text, "12.4 MT") == (12.4, "megametric_ton")


def test_thousands_of_mt_stay_tonnes_even_in_a_text_that_counts_in_lakh(write_sources):
    text = "Grain stocks\n\nThe depot holds 5,000 MT of wheat worth ₹12 crore.\n"
    assert _unit_in_report(write_sources, text, "5,000 MT") == (5000.0, "metric_ton")


def test_mt_without_the_region_s_marks_stays_the_tonne(write_sources):
    text = "Lithium output\n\nThe ponds produced 310 MT of lithium carbonate in 2025.\n"
    assert _unit_in_report(write_sources, text, "310 MT") == (310.0, "metric_ton")


@given(st.floats(min_value=0.1, max_value=999, allow_nan=False).map(lambda v: round(v, 1)))
def test_the_home_reading_keeps_the_number_and_changes_only_the_unit(value):
    rules = load_rules()
    text = f"Output was {value} MT, worth ₹40 crore."
    figs = extract(text)
    homed = in_home_units(text, figs, rules)
    (mt,) = [f for f in homed if f.text.endswith("MT")]
    assert mt.value == value and mt.unit == "megametric_ton"
    assert [f for f in homed if f is not mt] == [f for f in figs if not f.text.endswith("MT")]


def test_a_range_whose_ends_each_carry_a_rupee_sign():
    (f,) = extract("Families were offered between ₹6 lakh and ₹8 lakh each.")
    assert (f.low, f.high, f.unit) == (6e5, 8e5, "INR")
    (g,) = extract("Growers were paid between Rs 6 lakh and Rs 8 lakh.")
    assert (g.low, g.high, g.unit) == (6e5, 8e5, "INR")


def test_year_round_posts_are_counted_not_years():
    f = _fig("The plant will keep about 9,000 year-round posts.", "about 9,000")
    assert f.unit == "dimensionless"
    assert _fig("The lease runs for 30 years.", "30 years").unit == "year"
