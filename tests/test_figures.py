"""Stage 2: reading figures (value, bounds, unit, qualifier) and skipping numbers that are not figures.

Every sentence here is invented for the test; each table row states one promise of the figure reader.
"""
from __future__ import annotations

import math

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from reecheck import extract, scan
from reecheck.figures import QUALIFIERS, Figure
from reecheck.numbers import digit_step, format_number, parse_numeral, words_to_number


def only_figure(text: str) -> Figure:
    figs = extract(text)
    assert len(figs) == 1, f"expected one figure in {text!r}, got {[f.text for f in figs]}"
    return figs[0]


def assert_fields(fig: Figure, expected: dict) -> None:
    for key, want in expected.items():
        got = getattr(fig, key)
        if isinstance(want, float):
            assert got == pytest.approx(want), f"{key}: {got!r} != {want!r} for {fig.text!r}"
        else:
            assert got == want, f"{key}: {got!r} != {want!r} for {fig.text!r}"


# --- digits, separators, decimals ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # comma thousands separator
    ("The Karsk mine shipped 2,600 tonnes of nickel last quarter.",
     {"value": 2600.0, "unit": "metric_ton", "text": "2,600 tonnes", "qualifier": "exact", "kind": "quantity"}),
    # a plain space between groups of three
    ("The harbour handled 816 000 tonnes of grain.", {"value": 816000.0, "unit": "metric_ton"}),
    # a no-break space between groups of three
    ("The silo took in 816\u00a0000 tonnes of barley.", {"value": 816000.0, "unit": "metric_ton"}),
    # a decimal
    ("The quarry cut 3.75 tonnes of marble.", {"value": 3.75, "step": 0.01}),
    # a decimal after a thousands separator
    ("Dockers unloaded 1,250.5 tonnes of steel.", {"value": 1250.5, "step": 0.1}),
    # a leading decimal point
    ("The ferry carried .5 tonnes of mail.", {"value": 0.5}),
    # a plain number with no unit is a count
    ("The port authority bought 12 tugboats.", {"value": 12.0, "unit": "dimensionless", "kind": "count"}),
])
def test_digits_with_separators_and_decimals_are_read(text, expected):
    assert_fields(only_figure(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # "million" multiplies the number before it
    ("The port moved 4.2 million tonnes of coal.", {"value": 4.2e6, "unit": "metric_ton", "text": "4.2 million tonnes"}),
    # "billion" without a unit stays a count
    ("The budget sets aside 12 billion for roads.", {"value": 12e9, "unit": "dimensionless"}),
    # "thousand"
    ("The ministry spent 350 thousand on consultants.", {"value": 350e3}),
    # "bn" glued to the number
    ("The fleet burned 3bn litres of diesel.", {"value": 3e9, "unit": "liter"}),
    # "k" after a currency
    ("The startup raised $40k from angel investors.", {"value": 40e3, "unit": "USD", "kind": "money"}),
    # "bn" after a currency
    ("The council approved a $3bn harbour bond.", {"value": 3e9, "unit": "USD"}),
    # "m" after a currency is millions, not metres
    ("The ferry operator booked $2.5m in revenue.", {"value": 2.5e6, "unit": "USD"}),
    # "m" after a pound sign
    ("The lighthouse refit cost £7m in total.", {"value": 7e6, "unit": "GBP"}),
    # scale precision follows the digits: 4.2 million is precise to 0.1 million
    ("Silt dredged: 4.2 million tonnes.", {"step": 1e5}),
])
def test_scale_words_multiply_the_value(text, expected):
    assert_fields(only_figure(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # hyphenated tens and units
    ("The survey counted twenty-five drilling rigs.", {"value": 25.0, "text": "twenty-five"}),
    # "a dozen"
    ("The warehouse holds a dozen forklifts.", {"value": 12.0, "text": "a dozen"}),
    # "and" inside a number phrase
    ("The smelter employs three hundred and twelve workers.", {"value": 312.0}),
    # a number word with a thousand
    ("The city planted forty-two thousand trees along the canal.", {"value": 42000.0}),
    # "a hundred"
    ("The regatta drew a hundred yachts.", {"value": 100.0}),
    # a number word before a currency name
    ("The town spent two million dollars on the pier.", {"value": 2e6, "unit": "USD", "kind": "money"}),
    # a number word before a unit
    ("The crane lifted seven tonnes in one swing.", {"value": 7.0, "unit": "metric_ton"}),
])
def test_number_words_are_read(text, expected):
    fig = only_figure(text)
    assert_fields(fig, expected)


# --- ranges --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # hyphen range with a unit after the second number
    ("Output was 2,500-2,600 metric tons in the quarter.",
     {"value": 2550.0, "low": 2500.0, "high": 2600.0, "unit": "metric_ton", "qualifier": "range"}),
    # en dash range
    ("The quarry shipped 2,500–2,600 metric tons last month.", {"low": 2500.0, "high": 2600.0, "unit": "metric_ton"}),
    # percent range
    ("Harbour fees widened 10-12 % this season.", {"low": 10.0, "high": 12.0, "unit": "percent", "qualifier": "range"}),
    # "to" range
    ("Tariffs at the border rose 10 to 12 % this season.", {"low": 10.0, "high": 12.0, "unit": "percent"}),
    # "between ... and" with the scale carried back to the first number
    ("Officials put the rebuild at between 10 and 20 billion in total.", {"low": 10e9, "high": 20e9, "value": 15e9}),
    # the same with a currency name at the end
    ("The dam project will cost between 10 and 20 billion dollars.", {"low": 10e9, "high": 20e9, "unit": "USD"}),
    # currency signs on both ends
    ("Repairs could cost between $10 and $20 billion.", {"low": 10e9, "high": 20e9, "unit": "USD"}),
    # scale word only after the second number
    ("Dredging will remove 2-3 million tonnes of silt.", {"low": 2e6, "high": 3e6, "unit": "metric_ton"}),
    # scale word after both numbers
    ("Dredging will shift 2 million to 3 million tonnes of sand.", {"low": 2e6, "high": 3e6}),
    # the unit written at both ends
    ("Each capsule holds 44 mg to 50 mg of zinc.", {"low": 44.0, "high": 50.0, "unit": "milligram"}),
    # a tonne symbol at both ends of a hyphen range
    ("The quarry shipped 2,500 t-2,600 t last month.", {"low": 2500.0, "high": 2600.0, "unit": "metric_ton"}),
    # a monthly price range with the currency at both ends
    ("Dock rents run between $350 and $680 a month.", {"low": 350.0, "high": 680.0, "unit": "USD per month"}),
])
def test_ranges_carry_scale_and_unit_to_both_ends(text, expected):
    fig = only_figure(text)
    assert fig.qualifier == "range"
    assert_fields(fig, expected)


# --- qualifiers ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # about
    ("The refinery made about 500 tonnes of tin.", "about"),
    # around
    ("The refinery made around 500 tonnes of tin.", "around"),
    # some
    ("The refinery made some 500 tonnes of tin.", "some"),
    # roughly
    ("The refinery made roughly 500 tonnes of tin.", "roughly"),
    # approximately
    ("The refinery made approximately 500 tonnes of tin.", "approximately"),
])
def test_approximate_qualifiers_keep_both_bounds(text, expected):
    fig = only_figure(text)
    assert_fields(fig, {"qualifier": "approx", "value": 500.0, "low": 500.0, "high": 500.0, "hedge": expected})
    assert fig.text.startswith(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # nearly
    ("The smelter poured nearly 500 tonnes of zinc.", "nearly"),
    # almost
    ("The smelter poured almost 500 tonnes of zinc.", "almost"),
    # under
    ("The smelter poured under 500 tonnes of zinc.", "under"),
    # less than
    ("The smelter poured less than 500 tonnes of zinc.", "less than"),
    # below
    ("The smelter poured below 500 tonnes of zinc.", "below"),
    # up to
    ("The smelter can pour up to 500 tonnes of zinc.", "up to"),
])
def test_upper_bound_qualifiers_have_no_low(text, expected):
    fig = only_figure(text)
    assert_fields(fig, {"qualifier": "at_most", "value": 500.0, "high": 500.0, "hedge": expected})
    assert fig.low is None


@pytest.mark.parametrize(("text", "expected"), [
    # over
    ("The terminal stacked over 500 containers a day.", "over"),
    # more than
    ("The mill ground more than 500 tonnes of wheat.", "more than"),
    # above
    ("The mill ground above 500 tonnes of wheat.", "above"),
    # at least
    ("The mill ground at least 500 tonnes of wheat.", "at least"),
    # a "+" right after a percentage
    ("Turnout reached 80%+ in the northern wards.", "+"),
])
def test_lower_bound_qualifiers_have_no_high(text, expected):
    fig = only_figure(text)
    assert fig.qualifier == "at_least"
    assert fig.high is None
    assert fig.low == pytest.approx(fig.value)
    assert fig.hedge == expected


# --- units ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # tonne (singular)
    ("The mill crushed 9 tonne of ore before noon.", {"unit": "metric_ton", "value": 9.0}),
    # metric tons
    ("The barge carried 900 metric tons of gravel.", {"unit": "metric_ton", "text": "900 metric tons"}),
    # t
    ("The barge carried 900 t of gravel.", {"unit": "metric_ton"}),
    # t glued to the number
    ("The crane lifts 40t at full reach.", {"unit": "metric_ton", "value": 40.0}),
    # kt
    ("The pit yields 45 kt of zinc.", {"unit": "kilometric_ton"}),
    # Mt is the megatonne
    ("The basin holds 12 Mt of iron ore.", {"unit": "megametric_ton", "value": 12.0}),
    # megatonnes spelt out
    ("The basin holds 12 megatonnes of iron ore.", {"unit": "megametric_ton"}),
    # MT is the metric ton in commodity writing
    ("The exporter sold 300 MT of cocoa.", {"unit": "metric_ton", "unit_from": "stated"}),
    # kilograms
    ("Each sack weighs 25 kg when full.", {"unit": "kilogram"}),
    # a non-mass unit
    ("The new breakwater is 1,400 metres long.", {"unit": "meter", "value": 1400.0}),
])
def test_mass_and_other_units_map_to_pint_names(text, expected):
    assert_fields(only_figure(text), {"kind": "quantity", **expected})


def test_a_document_defined_abbreviation_wins_for_that_document():
    text = "Exports reached 2.4 million metric tons (MT) last year. Rival ports handled 1.1 MT."
    figs = extract(text)
    assert [f.text for f in figs] == ["2.4 million metric tons", "1.1 MT"]
    # the definition takes in its scale word: ports handle 1.1 million tonnes, not 1.1 tonnes (a text that also
    # writes "29 million MT" keeps MT for the tonne: see tests/test_indian_conventions.py)
    assert figs[1].unit == "megametric_ton"
    assert figs[1].unit_from == "defined"
    assert figs[0].unit_from == "stated"


@pytest.mark.parametrize(("text", "expected"), [
    # percent sign
    ("Unemployment in the valley rose to 7 %.", {"unit": "percent", "kind": "percent", "value": 7.0}),
    # percent sign glued
    ("Copper ore graded 0.75% at the pit.", {"unit": "percent", "value": 0.75}),
    # "per cent"
    ("Unemployment stood at 7 per cent in the valley.", {"unit": "percent", "text": "7 per cent"}),
    # "percent"
    ("Unemployment stood at 7 percent in the valley.", {"unit": "percent", "text": "7 percent"}),
    # percentage points are a difference between percentages
    ("The jobless rate fell by 2 percentage points.", {"unit": "percent", "kind": "points"}),
])
def test_percentages_in_every_spelling(text, expected):
    assert_fields(only_figure(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # dollar sign
    ("The bridge cost $450 million to build.", {"unit": "USD", "value": 450e6, "text": "$450 million"}),
    # US$
    ("The bridge cost US$450 million to build.", {"unit": "USD", "text": "US$450 million"}),
    # USD before the number
    ("The bridge cost USD 450 million to build.", {"unit": "USD", "value": 450e6}),
    # euro sign
    ("The tram line cost €2.1 billion.", {"unit": "EUR", "value": 2.1e9}),
    # pound sign
    ("The sea wall cost £800 million.", {"unit": "GBP", "value": 800e6}),
    # Australian dollar
    ("The pier cost A$95 million.", {"unit": "AUD", "value": 95e6}),
    # currency name after the number
    ("The licence cost 40 euros a month.", {"unit": "EUR per month"}),
    # a price per unit of mass
    ("Saffron fetched $11 per kg at the market.", {"unit": "USD per kilogram", "value": 11.0, "text": "$11 per kg"}),
    # "a tonne" after a price is per tonne
    ("Scrap prices climbed to £1,200 a tonne.", {"unit": "GBP per metric_ton", "text": "£1,200 a tonne"}),
])
def test_currencies_before_and_after_the_number(text, expected):
    assert_fields(only_figure(text), {"kind": "money", **expected})


@pytest.mark.parametrize(("text", "expected"), [
    # annually
    ("The colliery digs 30,000 tonnes annually.", "metric_ton / year"),
    # per year
    ("The colliery digs 30,000 tonnes per year.", "metric_ton / year"),
    # a year
    ("The colliery digs 30,000 tonnes a year.", "metric_ton / year"),
    # a year after kt
    ("The mill turns out 150 kt a year.", "kilometric_ton / year"),
    # a money rate
    ("The port pays $2 million a year in rent.", "USD per year"),
    # per day
    ("The wells pump 4,000 barrels per day.", "oil_barrel / day"),
])
def test_rates_get_a_time_denominator(text, expected):
    fig = only_figure(text)
    assert fig.unit == expected
    assert fig.unit.replace(" per ", " / ").split(" / ")[-1] in ("year", "day")


# --- units carried within a sentence ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # a scale word and no unit: takes the unit of the earlier figure in the sentence
    ("Reserves stand at 28.7 million tonnes of copper, but the agency estimates only 3.8 million.",
     [("28.7 million tonnes", 28.7e6, "metric_ton", "stated"), ("3.8 million", 3.8e6, "metric_ton", "carried")]),
    # a large bare number near a tonnage
    ("Nickel output of 120,000 t compares with 95,000 at the rival mine.",
     [("120,000 t", 120e3, "metric_ton", "stated"), ("95,000", 95e3, "metric_ton", "carried")]),
    # a list: the first number takes the unit of the one it is listed with
    ("Crates of 5 and 6 kg were stacked at the dock.",
     [("5", 5.0, "kilogram", "carried"), ("6 kg", 6.0, "kilogram", "stated")]),
    # a list joined by "or"
    ("Bags of 10 or 20 kg are sold at the quay.",
     [("10", 10.0, "kilogram", "carried"), ("20 kg", 20.0, "kilogram", "stated")]),
])
def test_elided_units_are_carried_within_the_sentence(text, expected):
    figs = extract(text)
    assert [(f.text, f.unit, f.unit_from) for f in figs] == [(t, u, how) for t, _, u, how in expected]
    assert [f.value for f in figs] == pytest.approx([v for _, v, _, _ in expected])


def test_units_are_not_carried_across_sentences():
    figs = extract("The mine shipped 28.7 million tonnes of ore. The town has 3.8 million residents.")
    assert figs[1].unit == "dimensionless"
    assert figs[1].unit_from == "stated"


# --- proportions and multiples ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # "three of every four" is the fraction 0.75 (the context stage makes it a 75 % share)
    ("Three of every four tonnes shipped went abroad.", {"value": 0.75, "text": "Three of every four"}),
    # "one in five"
    ("One in five dockers works nights.", {"value": 0.2}),
    # digits with "in", and an approximate hedge
    ("Some 3 in 10 households own a boat.", {"value": 0.3, "qualifier": "approx"}),
    # two thirds
    ("Two of every three ships fly a foreign flag.", {"value": 2.0 / 3}),
])
def test_proportions_are_fractions(text, expected):
    fig = only_figure(text)
    assert_fields(fig, {"unit": "dimensionless", "kind": "count", **expected})


@pytest.mark.parametrize(("text", "expected"), [
    # a hyphenated number word
    ("Exports grew ten-fold over the decade.", {"value": 10.0, "text": "ten-fold"}),
    # a decimal followed by x
    ("The harbour operator trades at 7.6x earnings.", {"value": 7.6, "text": "7.6x"}),
    # digits with -fold
    ("Cargo volume rose 2.5-fold after dredging.", {"value": 2.5}),
    # digits with "times"
    ("Traffic is 4 times what the quay was built for.", {"value": 4.0}),
])
def test_multiples_are_their_own_kind(text, expected):
    fig = only_figure(text)
    assert_fields(fig, {"kind": "multiple", "unit": "dimensionless", **expected})


# --- numbers that are not figures ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # a year after "in"
    ("The harbour reopened in 2024 after repairs.", ("2024", "year")),
    # a year range with a two-digit end
    ("The drought of 2012-13 emptied the reservoir.", ("2012-13", "year range")),
    # a year range with a four-digit end
    ("The canal was dug in 1890-1895 by hand.", ("1890-1895", "year range")),
    # month before day
    ("The tender closes on March 14 at noon.", ("14", "date")),
    # day before month
    ("The tender closes on 14 March at noon.", ("14 March", "date")),
    # day before an abbreviated month
    ("The tender closes on 3 Oct without fail.", ("3 Oct", "date")),
    # a time with pm
    ("The ferry leaves at 2.15pm from pier B.", ("2.15pm", "time")),
    # a time with a colon
    ("The ferry leaves at 10:30 from pier B.", ("10:30", "time")),
    # an hour with am
    ("The ferry leaves at 9am from pier B.", ("9am", "time")),
    # an ordinal
    ("The mine ranked 3rd in the province.", ("3rd", "ordinal")),
    # another ordinal
    ("The mine ranked 21st in the survey.", ("21st", "ordinal")),
    # a decade
    ("The smelter was built in the 1990s.", ("1990s", "decade")),
    # letters after the number
    ("Towers for 5G were raised near the quay.", ("5G", "identifier")),
    # a non-ASCII letter glued after the number
    ("The crate was stencilled 50Ø on its lid.", ("50Ø", "identifier")),
    # letters and a hyphen before the number
    ("Shipping slowed during COVID-19 lockdowns.", ("COVID-19", "identifier")),
    # a page reference
    ("The tariff schedule is on page 12 of the annex.", ("12", "reference")),
    # a section reference
    ("The levy is set out in section 4 of the act.", ("4", "reference")),
    # a version number
    ("The port software was upgraded to 3.2.1 last week.", ("3.2.1", "version")),
    # a model number after a capitalised name
    ("The airline flew a Boeing 737 to the island.", ("737", "name or model")),
])
def test_non_figures_are_skipped_with_a_reason(text, expected):
    figs, skipped = scan(text)
    want_text, keyword = expected
    assert figs == []
    assert [s.text for s in skipped] == [want_text]
    assert keyword in skipped[0].reason


@pytest.mark.parametrize(("text", "expected"), [
    # a year next to a real figure: only the tonnage is a figure
    ("In 2024 the port moved 300 tonnes of fish.", (["300 tonnes"], ["year"])),
    # a date with a year: the whole date is skipped once
    ("The audit is due on March 14, 2024 at the latest.", ([], ["date"])),
    # a year after a price: the price stays
    ("The berth fee was $2,050 in 2050.", (["$2,050"], ["year"])),
])
def test_figures_and_skipped_numbers_are_told_apart_in_one_sentence(text, expected):
    figs, skipped = scan(text)
    want_figs, want_reasons = expected
    assert [f.text for f in figs] == want_figs
    assert [s.reason for s in skipped] == want_reasons


@pytest.mark.parametrize(("text", "expected"), [
    # G7 is a name, not seven of anything
    ("Ministers met at the G7 summit by the harbour.", []),
    # letters glued on both sides
    ("The B2B portal for freight went live.", []),
])
def test_identifiers_with_letters_before_the_digits_are_not_figures(text, expected):
    assert [f.text for f in extract(text)] == expected


def test_extract_returns_the_figures_of_scan():
    text = "About 2,500 tonnes left the port in 2023, up from 1,900 tonnes."
    assert extract(text) == scan(text)[0]
    assert [f.text for f in extract(text)] == ["About 2,500 tonnes", "1,900 tonnes"]


def test_signed_changes_record_their_direction():
    figs = extract("Grain exports rose 5 % while coal shipments fell 3 %.")
    assert [(f.value, f.direction) for f in figs] == [(5.0, "up"), (3.0, "down")]


def test_figure_rejects_an_unknown_qualifier():
    with pytest.raises(ValueError, match="unknown qualifier"):
        Figure(1.0, 1.0, 1.0, "percent", "roughly", "1 %", 0, 3)


# --- numbers.py ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # comma separators: value and a step of the last non-zero digit
    ("2,500", (2500.0, 100.0, False)),
    # space separators
    ("816 000", (816000.0, 1000.0, False)),
    # decimals: step of the last decimal
    ("3.8", (3.8, 0.1, False)),
    # at least two significant digits: 200 is precise to 10
    ("200", (200.0, 10.0, False)),
    # a number word is exact to one
    ("twenty-five", (25.0, 1.0, True)),
    # a dozen
    ("a dozen", (12.0, 1.0, True)),
])
def test_parse_numeral_reads_value_step_and_kind(text, expected):
    num = parse_numeral(text)
    assert (num.value, num.step, num.is_word) == (pytest.approx(expected[0]), pytest.approx(expected[1]), expected[2])


@pytest.mark.parametrize(("text", "expected"), [
    # an ordinary word is not a number
    ("harbour", None),
    # an empty string
    ("", None),
    # a lone "and"
    ("and", None),
    # "a" alone is not a number
    ("a", None),
])
def test_words_to_number_rejects_non_numbers(text, expected):
    assert words_to_number(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # trailing zeros are rounding
    ("2500", 100.0),
    # one significant digit is widened to two
    ("3000", 100.0),
    # no trailing zeros: exact to one
    ("2613", 1.0),
    # decimals
    ("0.25", 0.01),
    # zero
    ("0", 1.0),
])
def test_digit_step_is_one_unit_of_the_last_stated_digit(text, expected):
    assert digit_step(text) == pytest.approx(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # millions get a word
    (3_800_000, "3.8 million"),
    # billions
    (12_000_000_000, "12 billion"),
    # thousands get separators
    (2550, "2,550"),
    # small numbers as they are
    (0.5, "0.5"),
    # negative millions
    (-4_200_000, "-4.2 million"),
])
def test_format_number_is_compact(text, expected):
    assert format_number(text) == expected


# --- properties ----------------------------------------------------------------------------------------

_UNITS = [("tonnes", "metric_ton"), ("kg", "kilogram"), ("km", "kilometer"), ("MW", "megawatt"),
          ("barrels", "oil_barrel"), ("metric tons", "metric_ton"), ("Mt", "megametric_ton")]
_SCALES = [("thousand", 1e3), ("million", 1e6), ("billion", 1e9)]

_numbers = st.one_of(
    st.integers(min_value=0, max_value=10**9),
    st.floats(min_value=0.01, max_value=1e9, allow_nan=False, allow_infinity=False).map(lambda x: round(x, 2)),
)


@settings(deadline=None, max_examples=300)
@given(n=_numbers, scale=st.one_of(st.none(), st.sampled_from(_SCALES)),
       unit=st.one_of(st.none(), st.sampled_from(_UNITS)))
def test_round_trip_formatted_number_scale_and_unit(n, scale, unit):
    written = f"{n:,}"
    assume("e" not in written)  # only plain decimal notation is a numeral
    parts = [written] + ([scale[0]] if scale else []) + ([unit[0]] if unit else [])
    text = f"The depot stored {' '.join(parts)} last season."
    if unit is None and scale is None and isinstance(n, int) and 1800 <= n <= 2100:
        return  # a bare four-digit number in the year range is read as a year, by design
    figs = extract(text)
    assert len(figs) == 1, (text, figs)
    fig = figs[0]
    assert fig.value == pytest.approx(float(n) * (scale[1] if scale else 1.0), rel=1e-9, abs=1e-9)
    assert fig.unit == (unit[1] if unit else "dimensionless")
    assert fig.qualifier == "exact"
    assert text[fig.start:fig.end] == fig.text


def _check_spans(text: str) -> None:
    figs, skipped = scan(text)
    for item in list(figs) + list(skipped):
        assert 0 <= item.start < item.end <= len(text)
        assert text[item.start:item.end] == item.text
    for f in figs:
        assert f.qualifier in QUALIFIERS
        assert not math.isnan(f.value)
        if f.low is not None and f.high is not None:
            assert f.low <= f.high


@settings(deadline=None, max_examples=300)
@given(st.text())
def test_scan_never_raises_and_spans_match_text(text):
    _check_spans(text)


_NUMBERISH = st.lists(st.sampled_from(
    ["0", "1", "7", "12", "2,500", "816 000", "3.8", ".5", "-", "–", " ", " ", ",", ".", "%", "$", "US$", "€",
     "£", "A$", "k", "m", "bn", "t", "Mt", "MT", "kg", "tonnes", "metric tons", "million", "billion",
     "thousand", "about", "nearly", "over", "up to", "between", "and", "to", "from", "per", "a year",
     "annually", "of every", "in", "fold", "x", "+", "pm", ":", "th", "s", "page", "March", "(", ")", "\n",
     "twenty-five", "a dozen", "one", "hundred", "percent", "per cent", "percentage points", "2024", "G",
     "COVID-", "â€™", "โ"]), max_size=25).map("".join)


@settings(deadline=None, max_examples=300)
@given(_NUMBERISH)
def test_scan_never_raises_on_number_heavy_text(text):
    _check_spans(text)


_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen " \
        "sixteen seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _below_thousand(n: int, sep: str) -> str:
    hundreds, rest = divmod(n, 100)
    words = []
    if hundreds:
        words.append(f"{_ONES[hundreds]} hundred")
    if rest or not hundreds:
        if rest < 20:
            small = _ONES[rest]
        else:
            tens, ones = divmod(rest, 10)
            small = _TENS[tens] + (f"{sep}{_ONES[ones]}" if ones else "")
        words.append(("and " if hundreds else "") + small)
    return " ".join(words)


def to_words(n: int, sep: str = "-") -> str:
    """English words for 0 <= n <= 999,999 ("three hundred and twelve thousand and five")."""
    if n == 0:
        return "zero"
    thousands, rest = divmod(n, 1000)
    parts = []
    if thousands:
        parts.append(f"{_below_thousand(thousands, sep)} thousand")
    if rest:
        parts.append(_below_thousand(rest, sep))
    return " ".join(parts)


@pytest.mark.parametrize(("text", "expected"), [
    # zero has its own word (the helper is tested so a failure below points at the right side)
    (0, "zero"),
    # hundreds joined to the rest with "and"
    (312, "three hundred and twelve"),
    # thousands, then a lone unit
    (42_005, "forty-two thousand five"),
    # the largest number the helper writes
    (999_999, "nine hundred and ninety-nine thousand nine hundred and ninety-nine"),
])
def test_local_number_to_words_helper(text, expected):
    assert to_words(text) == expected


@settings(deadline=None, max_examples=300)
@given(n=st.integers(min_value=0, max_value=999_999), sep=st.sampled_from(["-", " "]))
def test_words_to_number_round_trips(n, sep):
    assert words_to_number(to_words(n, sep)) == n


@settings(deadline=None, max_examples=300)
@given(n=st.integers(min_value=2, max_value=999_999))
def test_number_words_in_a_sentence_are_read_whole(n):
    words = to_words(n)
    fig = only_figure(f"The ledger lists {words} crates of pepper.")
    assert fig.value == n
    assert fig.text == words


# --- general news forms: fractions, scientific notation, more units, ambiguous letters -------------------
def vu(text: str) -> list[tuple[float, str]]:
    return [(round(f.value, 4), f.unit) for f in extract(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # a mixed number with a unit
    ("The pallet boards are 1 3/4 inches thick.", [(1.75, "inch")]),
    # a plain fraction before a unit
    ("The ferry stops 3/4 mile from the pier.", [(0.75, "mile")]),
    # a vulgar-fraction character
    ("Stir in ¾ cup of stock.", [(0.75, "cup")]),
    # a whole number glued to a vulgar fraction
    ("The rope was 3½ metres long.", [(3.5, "meter")]),
    # a fraction in words
    ("Roughly three fifths of the harvest was sold.", [(0.6, "dimensionless")]),
    # a whole number and a half, with a unit
    ("The hikers walked four and a half miles.", [(4.5, "mile")]),
    # half of a scale word
    ("The port handled half a million containers.", [(500_000.0, "dimensionless")]),
    # a quarter with a scale word and a currency name
    ("The grant was worth a quarter million dollars.", [(250_000.0, "USD")]),
])
def test_fractions_are_read(text, expected):
    assert vu(text) == expected


@pytest.mark.parametrize("text", [
    # an ordinal, not a fraction
    "The mayor won a third term last spring.",
    # 24/7 is a phrase, not a fraction
    "The clinic is open 24/7 for walk-ins.",
    # an improper "fraction" with a zero denominator
    "Dividing 5/0 is undefined.",
])
def test_ordinals_and_slashes_that_are_not_fractions(text):
    assert [f for f in extract(text) if f.value < 1 or f.value == 24] == []


@pytest.mark.parametrize(("text", "expected"), [
    # e-notation
    ("The beam carried 3e12 protons per pulse.", 3e12),
    # times ten to the power, with a Unicode minus
    ("The drift was 4.1×10−6 per hour.", 4.1e-6),
    # caret form
    ("Roughly 2.5x10^9 cells were counted.", 2.5e9),
])
def test_scientific_notation(text, expected):
    assert extract(text)[0].value == pytest.approx(expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("The collider ran at 6.8 TeV per beam.", "teraelectron_volt"),
    ("The new chip is clocked at 3.2 GHz.", "gigahertz"),
    ("The battery stores 90 Wh of energy.", "watt_hour"),
    ("A chest scan delivers about 7 mSv.", "millisievert"),
    ("Add 250 ml of milk and 2 tbsp of sugar.", "milliliter"),
    ("The storm's gusts reached 70 knots offshore.", "knot"),
    ("The tyres were pumped to 32 psi.", "psi"),
    ("Mill output rose to 900 tpd.", "metric_ton / day"),
    ("The lake holds 12 cubic kilometres of water.", "kilometer ** 3"),
])
def test_more_units(text, expected):
    assert extract(text)[0].unit == expected


@pytest.mark.parametrize(("text", "expected"), [
    # spelled-out scale names, any case
    ("Inland it will reach 38 celsius by noon.", "degree_Celsius"),
    ("A reading of 101 degrees f means a fever.", "degree_Fahrenheit"),
    # a bare letter is a temperature where the sentence speaks of the weather
    ("The weather turned and it hit 41F in the valley.", "degree_Fahrenheit"),
])
def test_temperatures(text, expected):
    assert extract(text)[0].unit == expected


@pytest.mark.parametrize("text", [
    # a bare letter without temperature words is part of a name
    "The fund's 13F report lists its holdings.",
    # a model suffix
    "The carrier ordered a 767F for its cargo arm.",
])
def test_a_bare_letter_without_context_is_not_a_temperature(text):
    assert all("degree" not in f.unit for f in extract(text))


@pytest.mark.parametrize(("text", "expected"), [
    # a weight by default
    ("The puppy now weighs 30 pounds.", ("pound", "quantity")),
    # money when the sentence is about money
    ("The club paid 40 pounds for each ticket.", ("GBP", "money")),
    # money with a scale word
    ("The council borrowed 12 million pounds.", ("GBP", "money")),
    # subunits are money
    ("A loaf rose by 30 cents.", ("cent", "money")),
    ("Stamps now cost 85 pence.", ("penny", "money")),
])
def test_pounds_by_context_and_subunits(text, expected):
    f = extract(text)[0]
    assert (f.unit, f.kind) == expected


def lh(text: str) -> list[tuple]:
    return [(f.low, f.high, f.unit, f.qualifier) for f in extract(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # a range verb makes "from X to Y" a range, negative ends included
    ("Night lows ranged from -12 °C to -3 °C last week.", [(-12.0, -3.0, "degree_Celsius", "range")]),
    # "through" and "~" join the ends of a range
    ("Lots 40 through 60 kg were weighed.", [(40.0, 60.0, "kilogram", "range")]),
    ("The bags hold 20~25 kg each.", [(20.0, 25.0, "kilogram", "range")]),
    # a stated uncertainty
    ("The sample weighed 4.20 ± 0.05 grams.", [(4.15, 4.25, "gram", "range")]),
    # a lower and an upper bound joined by "and" are one range
    ("Turnout was more than 40 % and less than 55 %.", [(40.0, 55.0, "percent", "range")]),
    ("The trucks carry over 10 but under 14 tonnes.", [(10.0, 14.0, "metric_ton", "range")]),
])
def test_ranges_in_more_forms(text, expected):
    got = lh(text)
    assert [(pytest.approx(a), pytest.approx(b), u, q) for a, b, u, q in expected] == got


def test_a_change_from_one_value_to_another_stays_two_figures():
    assert len(extract("Output fell from 75 % to 45 % in a year.")) == 2


@pytest.mark.parametrize("text", [
    # numbers in a web address
    "Figures are posted at https://example.org/stats/2024/05/table-3 for readers.",
    # a year after "in" is not a denominator
    "Only 1 in 2019 was refused.",
])
def test_addresses_and_years_are_not_proportions_or_figures(text):
    assert all(f.unit != "percent" and f.value not in (2024, 5, 3) for f in extract(text))


@pytest.mark.parametrize(("text", "expected"), [
    # whole units and subunits written out are one amount
    ("The ferry fare is 4 dollars 75 cents.", [(4.75, "USD")]),
    ("A coffee came to six dollars and twenty cents.", [(6.2, "USD")]),
    # a count after "and" that is not a subunit stays apart
    ("She paid 30 dollars and 12 guests came.", [(30.0, "USD"), (12.0, "dimensionless")]),
    # a sign word before a number
    ("Overnight it fell to minus 7 degrees Celsius.", [(-7.0, "degree_Celsius")]),
    ("The index ended at negative one.", [(-1.0, "dimensionless")]),
])
def test_money_compounds_and_sign_words(text, expected):
    assert vu(text) == expected


def test_a_hyphenated_pound_adjective_is_a_weight_even_near_prices():
    figs = extract("He bought a 25-pound sack of flour for $18.")
    assert [(f.value, f.unit) for f in figs] == [(25.0, "pound"), (18.0, "USD")]
