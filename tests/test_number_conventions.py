"""Texts that write decimals with a comma and group thousands with a point or a space (South African, continental
European, Latin American and Lusophone papers) are read as their writers mean them, and quoted as written."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import reecheck
from reecheck.figures import _in_point_decimals, in_home_conventions, scan


def read(text: str) -> list[tuple]:
    return [(f.text, pytest.approx(f.value), f.unit) for f in reecheck.extract(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Tarn mine will draw 3,1 million cubic metres a year.",
     [("3,1 million cubic metres a year", 3.1e6, "meter ** 3 / year")]),
    ("Velka mined 2,35 million tonnes last year.", [("2,35 million tonnes", 2.35e6, "metric_ton")]),
    ("The R6,8-billion shaft and the R14,5 million fund.",
     [("R6,8-billion", 6.8e9, "ZAR"), ("R14,5 million", 14.5e6, "ZAR")]),
    ("The board counts 162.000 tonnes, paid at US$1,15 a kilo.",
     [("162.000 tonnes", 162000.0, "metric_ton"), ("US$1,15 a kilo", 1.15, "USD per kilogram")]),
    ("Fees rose 4,5 % to 1.234,5 euros.", [("4,5 %", 4.5, "percent"), ("1.234,5 euros", 1234.5, "EUR")]),
])
def test_decimal_comma_texts(text, expected):
    assert read(text) == expected


def test_a_text_with_decimal_points_keeps_english_reading():
    # one decimal point makes the text English: "2,35" is then left as written, never a decimal
    assert _in_point_decimals("Output was 3.8 million tonnes, and 2,35 ...") is None
    assert [f.value for f in reecheck.extract("The city counts 2,500 homes along 3.5 km of road.")] == [2500.0, 3.5]


def test_a_datelines_hour_is_no_decimal_point():
    # the hour that ends a dateline ("16.05") neither makes the text English nor counts as a figure
    text = "VELKA WEEKLY\nTarnow | 15.4.2026 klo 16.05\n\nThe line will eat 8,1 million m³ of wood a year."
    figures, skipped = scan(text)
    assert [(f.text, f.value) for f in figures] == [("8,1 million m³", pytest.approx(8.1e6))]
    assert ("16.05", "time") in [(k.text, k.reason) for k in skipped]


def test_an_hour_in_running_text_or_with_a_unit_is_still_a_decimal():
    assert _in_point_decimals("Shares closed at 16.05 euros, and 8,1 million changed hands.") is None
    assert [f.value for f in reecheck.extract("The level stood at 16.05 metres.")] == [pytest.approx(16.05)]


def test_grouped_by_spaces_is_never_a_year_and_a_rand_amount_may_be():
    assert read("The Tarn mine's 2 100-odd workers were offered R85 000 each.") == [
        ("2 100-odd", 2100.0, "dimensionless"), ("R85 000", 85000.0, "ZAR")]


def test_the_metical_written_mt_where_the_text_counts_in_meticais():
    text = "Prices are set in meticais. Growers got 39 MT a kilo, and the port shipped 21,500 MT of nuts."
    figs = in_home_conventions(text, scan(text)[0])
    assert [(f.text, f.unit, f.kind) for f in figs] == [
        ("39 MT", "MZN", "money"), ("21,500 MT", "metric_ton", "quantity")]


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=99))
def test_a_decimal_comma_reads_as_its_decimal_point(whole, frac):
    comma = reecheck.extract(f"Output reached {whole},{frac:02d} million tonnes.")
    point = reecheck.extract(f"Output reached {whole}.{frac:02d} million tonnes.")
    assert [(f.value, f.unit) for f in comma] == [(f.value, f.unit) for f in point]
    assert comma[0].text == f"{whole},{frac:02d} million tonnes"


@pytest.mark.parametrize(("text", "expected"), [
    ("The state spent Rs 1,20,000 crore on roads.", [("Rs 1,20,000 crore", 1.2e12, "INR")]),
    ("The scheme cost 12,34,56,789 rupees.", [("12,34,56,789 rupees", 123456789.0, "INR")]),
    ("The Velka tunnel cost CHF 1'250'000.", [("CHF 1'250'000", 1250000.0, "CHF")]),
])
def test_indian_and_swiss_digit_grouping(text, expected):
    assert read(text) == expected


def _indian(n: int) -> str:
    s = str(n)
    head, tail = s[:-3], s[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ",".join(([head] if head else []) + groups + [tail])


@given(st.integers(min_value=100_000, max_value=99_99_99_99_999))
def test_any_number_in_indian_grouping_reads_whole(n):
    (fig,) = reecheck.extract(f"The board spent Rs {_indian(n)} on roads.")
    assert fig.value == n


def test_a_speakers_own_count_in_the_next_sentence_answers_in_the_same_unit():
    text = '"Velka says there are 178,000 hectares. We count more than 205,000, because farms were never registered."'
    assert read(text) == [("178,000 hectares", 178000.0, "hectare"), ("more than 205,000", 205000.0, "hectare")]
    # another sentence's count of something else keeps no unit
    assert read("The plant processed 1,200 tonnes. It hired 1,500.")[1][2] == "dimensionless"
