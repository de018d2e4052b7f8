"""Unit reading beyond the plain "5 kg": scaled currency codes, currency codes before scale words, tokenised
dates and prefixes, units in brackets, quote marks as inches, kelvin beside other temperatures, signed amounts.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest

from reecheck import extract


def read(text: str) -> list[tuple]:
    return [(f.text, pytest.approx(f.value), f.unit) for f in extract(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # a scale letter on an ISO code: finance shorthand for millions and thousands
    ("Losses at the Varnholt unit passed 30 MUSD last spring.", [("30 MUSD", 30e6, "USD")]),
    ("The board expects turnover of MEUR 120 next year.", [("MEUR 120", 120e6, "EUR")]),
    ("The kiosk fit-out cost 450 kEUR.", [("450 kEUR", 450e3, "EUR")]),
    ("Grants totalled twenty MUSD.", [("twenty MUSD", 20e6, "USD")]),
    # a scale word after the code
    ("The ferry line lost 75 USD million over the winter.", [("75 USD million", 75e6, "USD")]),
    # a code that is not the currency of the number before it starts the next amount
    ("The fare was 10 EUR, the bus ticket 4 EUR.", [("10 EUR", 10.0, "EUR"), ("4 EUR", 4.0, "EUR")]),
    # a hyphenated amount before a noun
    ("The town council rejected the one-yen tender.", [("one-yen", 1.0, "JPY")]),
    ("She found a five-dollar note in the coat.", [("five-dollar", 5.0, "USD")]),
])
def test_currency_codes_with_scales(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("the depot was valued at c $ 16 million", [("c $ 16 million", 16e6, "CAD")]),
    ("Bids opened at NZ$ 40 each.", [("NZ$ 40", 40.0, "NZD")]),
    ("The tour costs Mex$ 900.", [("Mex$ 900", 900.0, "MXN")]),
    ("A ticket was aud$ 15.", [("aud$ 15", 15.0, "AUD")]),
    # the one-letter "A $" stays English
    ("They paid a $5 fee.", [("$5", 5.0, "USD")]),
])
def test_currency_prefixes_written_with_a_code_and_a_dollar_sign(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    "the notes fall due nov . 15 , and the coupon is fixed",
    "shares of record on sept . 30 , the trust said",
])
def test_a_tokenised_month_abbreviation_still_makes_a_date(text):
    assert extract(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The crate weighs 20 (kg) empty.", [("20 (kg)", 20.0, "kilogram")]),
    ("Load per axle: 8 [kg]", [("8 [kg]", 8.0, "kilogram")]),
    # one-letter units in brackets are too often list labels
    ("See the 20 (m) column.", [("20", 20.0, "dimensionless")]),
    # a year before a bracketed unit is a heading, not an amount
    ("Output 2024 (tonnes)", []),
])
def test_a_unit_in_brackets_after_the_number(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('The shelf is 30 " deep.', [('30 "', 30.0, "inch")]),
    ('a 12" pizza and two drinks', [('12"', 12.0, "inch"), ("two", 2.0, "dimensionless")]),
    # a quote that closes a quotation is not an inch mark
    ('He told us "we need 40" before noon.', [("40", 40.0, "dimensionless")]),
])
def test_a_double_quote_after_a_number_is_an_inch_when_it_quotes_nothing(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The rod is 3 in.", [("3 in", 3.0, "inch")]),
    ("The rod is 3 in, the pipe 5 in.", [("3 in", 3.0, "inch"), ("5 in", 5.0, "inch")]),
    ("They scored 3 in the first half.", [("3", 3.0, "dimensionless")]),
])
def test_in_ending_its_clause_is_the_inch(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The furnace runs at 400 °C (673.15K) all day.", [("400 °C", 400.0, "degree_Celsius"),
                                                      ("673.15K", 673.15, "kelvin")]),
    # no temperature scale named: the glued K is a thousand
    ("The stall sold 50K hot drinks.", [("50K", 50e3, "dimensionless")]),
])
def test_a_glued_k_beside_a_named_temperature_scale_is_the_kelvin(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The quarter closed at $-12.50 per unit.", [("$-12.50", -12.5, "USD")]),
    ("The signal lasts 40 ms.", [("40 ms", 40.0, "millisecond")]),
    ("Drift reached 3 meters per millisecond.", [("3 meters per millisecond", 3.0, "meter / millisecond")]),
    ("Traffic moved at 25kmph.", [("25kmph", 25.0, "kilometer / hour")]),
    ("A 250cc scooter.", [("250cc", 250.0, "centimeter ** 3")]),
    ("a 64 yo woman with a cough", [("64 yo", 64.0, "year")]),
])
def test_more_unit_spellings(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The arm turned 0.6rad at the joint.", [("0.6rad", 0.6, "radian")]),
    ("The link carried 64 kbps at best.", [("64 kbps", 64.0, "kilobit / second")]),
    # "kb" alone stays unread as a data size: in oil writing "kb/d" is thousand barrels a day
    ("Loadings averaged 1,300 kb/d.", [("1,300 kb/d", 1300.0, "thousand_oil_barrel / day")]),
])
def test_angle_and_bit_units(text, expected):
    assert read(text) == expected


def test_a_number_joined_to_the_next_word_takes_no_unit_from_an_earlier_figure():
    figs = extract("The port moved 8,000 tonnes, enough for a 300-berth marina.")
    assert [(f.value, f.unit) for f in figs] == [(8000.0, "metric_ton"), (300.0, "dimensionless")]


def test_a_quote_closing_in_a_later_paragraph_is_not_an_inch_mark():
    text = '"The yard will hire staff.\n\n"We want 40" by spring, she said.'
    assert [(f.value, f.unit) for f in extract(text)] == [(40.0, "dimensionless")]


def test_kb_per_second_is_a_data_rate():
    assert read("The probe sends two kb per second.") == [("two kb per second", 2.0, "kilobit / second")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Velka says the well field draws 14 million cubic metres a year, not 9.5.",
     [("14 million cubic metres a year", 14e6, "meter ** 3 / year"), ("9.5", 9.5e6, "meter ** 3 / year")]),
    ("Tarn's harvest rose to 3.2 million tonnes from 2.7 in 2024.",
     [("3.2 million tonnes", 3.2e6, "metric_ton"), ("2.7", 2.7e6, "metric_ton")]),
    ("Sales reached 2.1 billion euros, compared with 1.8 a year before.",
     [("2.1 billion euros", 2.1e9, "EUR"), ("1.8", 1.8e9, "EUR")]),
])
def test_a_bare_number_set_against_a_figure_takes_its_unit_and_scale(text, expected):
    assert read(text) == expected


def test_a_bare_number_that_counts_its_own_noun_takes_nothing():
    figs = extract("The district produced 14 million tonnes from 12 quarries.")
    assert [(f.value, f.unit) for f in figs] == [(14e6, "metric_ton"), (12.0, "dimensionless")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The permit sets an 11-million-cubic-metre ceiling.", [("11-million-cubic-metre", 11e6, "meter ** 3")]),
    ("They rent a 40-square-metre flat.", [("40-square-metre", 40.0, "meter ** 2")]),
    ("Lint sold near 66 US cents a pound.", [("66 US cents a pound", 66.0, "cent / pound")]),
])
def test_hyphenated_unit_words_and_us_cents(text, expected):
    assert [(t, v, u.replace(" per ", " / ")) for t, v, u in read(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the financial press writes the renminbi "Rmb", glued to the amount
    ("Farms spend Rmb4.10 per kilogram of milk.", [("Rmb4.10 per kilogram", 4.10, "CNY per kilogram")]),
    ("The rescue is worth Rmb1.2bn.", [("Rmb1.2bn", 1.2e9, "CNY")]),
    # the jin (half a kilogram) and the mu (a fifteenth of a hectare), the units of Chinese markets and farms
    ("Dairies pay 1.59 yuan a jin.", [("1.59 yuan a jin", 1.59, "CNY per jin")]),
    ("Herders sowed 200,000 mu of alfalfa on grassland.", [("200,000 mu", 200000, "mu")]),
    ("The mu meson lives 2.2 microseconds.", [("2.2 microseconds", 2.2, "microsecond")]),
])
def test_chinese_money_and_market_units(text, expected):
    assert read(text) == expected


def test_a_price_per_jin_is_the_price_per_kilogram_halved():
    from reecheck.rules import load_rules
    from reecheck.units import base_of

    per_jin, dim_jin = base_of("CNY / jin", load_rules())
    per_kg, dim_kg = base_of("CNY / kilogram", load_rules())
    assert dim_jin == dim_kg and per_jin == pytest.approx(2 * per_kg)


@pytest.mark.parametrize(("text", "expected"), [
    # a scale letter or an abbreviated scale word before the currency sign, as continental papers write them
    ("The board kept the 146 M€ budget.", [("146 M€", 146e6, "EUR")]),
    ("The plan costs 2,5 Mio. € in all.", [("2,5 Mio. €", 2.5e6, "EUR")]),
    ("The line costs 3 Mrd. euro.", [("3 Mrd. euro", 3e9, "EUR")]),
    # a range whose ends both carry a spaced prefix
    ("Ranchers got between US$ 3.90 and US$ 4.10 a kilo.", [("US$ 3.90 and US$ 4.10 a kilo", 4.0, "USD per kilogram")]),
    # a price set against a price per unit drops the "per kilogram" the second time
    ("The steer price hit $4.35 per kilogram in March, against $3.70 a year earlier.",
     [("$4.35 per kilogram", 4.35, "USD per kilogram"), ("$3.70", 3.70, "USD per kilogram")]),
])
def test_continental_scales_spaced_ranges_and_compared_prices(text, expected):
    assert read(text) == expected


def test_a_sum_beside_a_price_that_it_is_not_set_against_keeps_its_unit():
    assert read("It paid $4.35 per kilogram and $3.70 in fees.") == [
        ("$4.35 per kilogram", 4.35, "USD per kilogram"), ("$3.70", 3.70, "USD")]
