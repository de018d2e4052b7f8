"""Stage 5: rounding-aware agreement between figures, and the verdict for a group."""
from __future__ import annotations

import math

import pytest

import reecheck
from reecheck.compare import agree, compare_group, interval
from reecheck.groups import group_claims


def claim(claims_of, text):
    claims = claims_of(text)
    assert len(claims) == 1, [c.figure.text for c in claims]
    return claims[0]


def agrees(claims_of, rules, a_text, b_text) -> bool:
    a, b = claim(claims_of, a_text), claim(claims_of, b_text)
    rel = rules.tolerance("relative", a.metric)
    ia, ib = interval(a, rules), interval(b, rules)
    assert agree(ia, ib, rel) == agree(ib, ia, rel)  # agreement is symmetric
    return agree(ia, ib, rel)


@pytest.mark.parametrize(("text", "expected"), [
    # "about 2,500" is widened by the approx share and reaches 2,600
    (("Peru's zinc refineries produced about 2,500 t in 2022.", "Peru's zinc refineries produced 2,600 t in 2022."), True),
    # a seven-fold gap never agrees
    (("Mongolia's coal reserves are estimated at 3.8 million t.", "Mongolia's coal reserves are estimated at 28.7 million t."), False),
    # 28.5 and 28.7 million agree within the default 5 %
    (("Mongolia's coal reserves are estimated at 28.5 million t.", "Mongolia's coal reserves are estimated at 28.7 million t."), True),
    # "less than 1 %" covers 1 %
    (("Kenya supplies less than 1 % of global tea exports.", "Kenya supplies 1 % of global tea exports."), True),
    # "over 90 %" cannot be "about 69 %"
    (("Over 90 % of Ghana's cocoa exports go to Europe.", "About 69 % of Ghana's cocoa exports go to Europe."), False),
    # the same number in tonnes and megatonnes
    (("Mongolia's coal output was 45 Mt last year.", "Mongolia's coal output was 45 million tonnes last year."), True),
    # an annual rate meets the amount for a year
    (("Peru's zinc mines produce 1,400 tonnes a year.", "Peru's zinc mines produced 1,400 t in 2022."), True),
    # a range meets a figure inside it
    (("Peru's tin output was 2,500-2,600 t in 2022.", "Peru's tin output was 2,580 t in 2022."), True),
    # a range does not meet a figure far outside it
    (("Peru's tin output was 2,500-2,600 t in 2022.", "Peru's tin output was 4,100 t in 2022."), False),
    # "nearly 29 million" reaches down only 10 %
    (("Mongolia's coal reserves are nearly 29 million t.", "Mongolia's coal reserves are 20 million t."), False),
    # "nearly 29 million" covers 28.7 million
    (("Mongolia's coal reserves are nearly 29 million t.", "Mongolia's coal reserves are 28.7 million t."), True),
    # "at least 500" meets a larger number
    (("Peru's smelter poured at least 500 t of tin.", "Peru's smelter poured 900 t of tin."), True),
    # "up to 500" does not meet a much larger one
    (("Peru's smelter poured up to 500 t of tin.", "Peru's smelter poured 900 t of tin."), False),
])
def test_agreement_is_rounding_aware(claims_of, rules, text, expected):
    assert agrees(claims_of, rules, *text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # exact: half a unit of the last digit each side (2,500 t = 2,450-2,550 t), in kilograms
    ("Peru's smelter poured 2,500 t of tin.", (2_450_000.0, 2_550_000.0, True)),
    # approx: widened by 5 % of the value
    ("Peru's smelter poured about 2,500 t of tin.", (2_375_000.0, 2_625_000.0, True)),
    # a range: both ends, each with half a step
    ("Peru's smelter poured 2,500-2,600 t of tin.", (2_450_000.0, 2_650_000.0, True)),
    # "nearly": from 10 % below up to the figure (and half a step)
    ("Peru's smelter poured nearly 2,500 t of tin.", (2_250_000.0, 2_550_000.0, True)),
    # "less than": from zero, an open bound
    ("Peru's smelter poured less than 2,500 t of tin.", (0.0, 2_550_000.0, False)),
    # "over": no upper end
    ("Peru's smelter poured over 2,500 t of tin.", (2_450_000.0, math.inf, False)),
    # "over" a percentage stops at 100 %
    ("Over 90 % of Ghana's cocoa exports go to Europe.", (89.5, 100.0, False)),
])
def test_interval_is_in_base_units(claims_of, rules, text, expected):
    iv = interval(claim(claims_of, text), rules)
    assert (iv.lo, iv.hi, iv.closed) == (pytest.approx(expected[0]), pytest.approx(expected[1]), expected[2])


@pytest.mark.parametrize(("text", "expected"), [
    # nominal ranges that touch only after the relative stretch
    ((100.0, 100.0, 104.0, 104.0), (0.05, True)),
    # the same ranges without stretch
    ((100.0, 100.0, 104.0, 104.0), (0.0, False)),
    # overlapping ranges need no stretch
    ((90.0, 110.0, 105.0, 120.0), (0.0, True)),
])
def test_agree_stretches_each_interval_by_its_own_size(text, expected):
    from reecheck.compare import Interval

    alo, ahi, blo, bhi = text
    rel, want = expected
    a = Interval(alo, ahi, (alo + ahi) / 2, True)
    b = Interval(blo, bhi, (blo + bhi) / 2, True)
    assert agree(a, b, rel) is want


def _verdict(write_sources, files):
    report = reecheck.check(write_sources(files))
    assert len(report.verdicts) == 1, [(v.group.subject, v.status) for v in report.verdicts]
    return report.verdicts[0]


@pytest.mark.parametrize(("text", "expected"), [
    # two sources within rounding
    (("Peru's zinc refineries produced about 2,500 t in 2022.", "Peru's zinc refineries produced 2,600 t in 2022."),
     ("consistent", 1, None)),
    # a seven-fold gap
    (("Mongolia's coal reserves are estimated at 3.8 million t.", "Mongolia's coal reserves are estimated at 28.7 million t."),
     ("discrepancy", 2, 28.7 / 3.8)),
    # a bound against an approximate figure
    (("Over 90 % of Ghana's cocoa exports go to Europe.", "About 69 % of Ghana's cocoa exports go to Europe."),
     ("discrepancy", 2, 90 / 69)),
    # 28.7 and 29.2 million still overlap once each is stretched by 2 %
    (("Mongolia's coal reserves are estimated at 28.7 million t.", "Mongolia's coal reserves are estimated at 29.2 million t."),
     ("consistent", 1, None)),
    # 28.7 and 30.0 million do not overlap, but differ by less than the minor ratio (x1.05): a minor variance
    (("Mongolia's coal reserves are estimated at 28.7 million t.", "Mongolia's coal reserves are estimated at 30.0 million t."),
     ("minor", 2, 30 / 28.7)),
    # 28.7 and 31 million differ by 8 %, more than the minor ratio: a discrepancy
    (("Mongolia's coal reserves are estimated at 28.7 million t.", "Mongolia's coal reserves are estimated at 31 million t."),
     ("discrepancy", 2, 31 / 28.7)),
])
def test_group_verdicts(write_sources, text, expected):
    status, n_camps, ratio = expected
    v = _verdict(write_sources, {"a.txt": text[0] + "\n", "b.txt": text[1] + "\n"})
    assert v.status == status
    assert len(v.camps) == n_camps
    if ratio is None:
        assert v.ratio is None
    else:
        assert v.ratio == pytest.approx(ratio, rel=0.02)
    assert v.camps == tuple(sorted(v.camps, key=lambda c: c.value))


def test_a_gap_within_the_minor_ratio_is_a_minor_variance(write_sources, tmp_path):
    rules_dir = tmp_path / "looser"
    rules_dir.mkdir()
    (rules_dir / "tolerances.toml").write_text("[default]\nminor_ratio = 1.2\n", encoding="utf-8")
    folder = write_sources({"a.txt": "Mongolia's coal reserves are estimated at 28.7 million t.\n",
                            "b.txt": "Mongolia's coal reserves are estimated at 32.0 million t.\n"})
    (v,) = reecheck.check(folder, rules=rules_dir).verdicts
    assert v.status == "minor"
    assert v.ratio == pytest.approx(32 / 28.7, rel=0.01)
    assert "differ slightly" in v.summary


def test_an_approximate_figure_does_not_bridge_two_that_disagree(write_sources):
    # "about 1.8" agrees with 1.77 and with 1.95, but 1.77 and 1.95 disagree: two camps, not one
    v = _verdict(write_sources, {
        "a.txt": "Mongolia's coal output was 1.77 million t in May.\n",
        "b.txt": "Mongolia's coal output was about 1.8 million t in May.\n",
        "c.txt": "Mongolia's coal output was 1.95 million t in May.\n",
    })
    assert v.status == "discrepancy"
    assert [sorted(c.sources) for c in v.camps] == [["a.txt", "b.txt"], ["c.txt"]]


def test_a_figure_from_one_source_is_single(write_sources):
    v = _verdict(write_sources, {"a.txt": "Mongolia's coal reserves are estimated at 3.8 million t.\n"})
    assert v.status == "single"
    assert "a.txt" in v.summary


def test_a_discrepancy_names_the_bodies_that_disagree(write_sources):
    v = _verdict(write_sources, {
        "a.txt": "Mongolia's coal reserves are 3.8 million t, according to the USGS.\n",
        "b.txt": "Mongolia's coal reserves are 28.7 million t, according to Wood Mackenzie.\n",
    })
    assert v.status == "discrepancy"
    assert any(r.startswith("different bodies") and "USGS" in r and "Wood Mackenzie" in r for r in v.reasons)


def test_a_discrepancy_with_no_bodies_says_so(write_sources):
    v = _verdict(write_sources, {
        "a.txt": "Mongolia's coal reserves are estimated at 3.8 million t.\n",
        "b.txt": "Mongolia's coal reserves are estimated at 28.7 million t.\n",
    })
    assert "no source names who measured these figures" in v.reasons


def test_compare_group_on_claims_built_by_hand(claims_of, rules):
    claims = (claims_of("Mongolia's coal reserves are estimated at 3.8 million t.", "a.txt")
              + claims_of("Mongolia's coal reserves are estimated at 28.7 million t.", "b.txt", start_index=2))
    groups, left = group_claims(claims, rules)
    assert left == []
    v = compare_group(groups[0], rules)
    assert v.status == "discrepancy"
    assert [c.source for cp in v.camps for c in cp.claims] == ["a.txt", "b.txt"]


def test_a_count_of_those_already_named_is_a_part_not_the_whole(claims_of):
    claims = claims_of("The town of Harlow Vale has a population of 86,000. "
                       "About 21,000 of those residents live alone.")
    whole, part = claims
    assert whole.metric == "population"
    assert part.metric == "part of population"
    assert whole.subject != part.subject


def test_a_past_record_is_an_earlier_value_but_a_new_record_is_today(claims_of):
    old = claims_of("The harvest will fall short of the record 52 million tonnes gathered in 2019.")[0]
    new = claims_of("The harvest reached a record 55 million tonnes.")[0]
    assert old.period == "earlier value"
    assert new.period != "earlier value"


# -- one named body giving two numbers in one text ----------------------------------------------------------

_TWICE = ("Ostland mined 41,000 t of cobalt in 2024, the Kerrow Mining Board said. "
          "Ostland mined 52,000 t of cobalt in 2024, the Kerrow Mining Board said.\n")


def test_one_body_twice_in_one_text_is_two_subjects_not_a_conflict(write_sources):
    report = reecheck.check(write_sources({"a.txt": _TWICE}))
    cobalt = [v for v in report.verdicts if "cobalt" in v.group.subject]
    assert len(cobalt) == 2 and all(v.status == "single" for v in cobalt)
    assert [v.group.id for v in report.verdicts] == [f"g{i}" for i in range(1, len(report.verdicts) + 1)]


def test_the_same_numbers_from_two_bodies_or_two_texts_stay_a_conflict(write_sources):
    two_bodies = _TWICE.replace("Board said.\n", "Institute said.\n")
    for files in ({"a.txt": two_bodies}, {"a.txt": _TWICE.split(". ")[0] + ".\n",
                                          "b.txt": _TWICE.split(". ", 1)[1]}):
        report = reecheck.check(write_sources(files, folder=str(len(files))))
        (v,) = [v for v in report.verdicts if "cobalt" in v.group.subject]
        assert v.status == "discrepancy"


def test_a_figure_its_text_rejects_never_shares_a_camp_with_the_one_that_rejects_it(write_sources):
    # 4.35 lies within the 10 % price tolerance of 4.10, but the text says the growers got 3.90-4.10, not 4.35
    folder = write_sources({"a.txt": "Tarn growers were paid US$ 3.90 to 4.10 a kilo, not the "
                                     "board's 4.35, the federation said.\n"})
    verdicts = [v for v in reecheck.check(folder).verdicts if len(v.group.claims) > 1]
    assert len(verdicts) == 1 and verdicts[0].status == "discrepancy" and len(verdicts[0].camps) == 2
    assert any(r.startswith("rejected in its own text: a.txt gives US$ 3.90 to 4.10 a kilo, not 4.35")
               for r in verdicts[0].reasons)


def test_a_price_repeated_without_its_per_unit_is_the_same_price(write_sources):
    folder = write_sources({
        "a.txt": "Growers in Tarnow province were paid 39 meticais per kilogram this season, not the 47 meticais the "
                 "Tarn Processors Association says its members paid, the growers' union said.\n\n"
                 "Velkarta told the Bulletin the 47 meticais was an average across all purchases.\n"})
    report = reecheck.check(folder)
    by_text = {}
    for c in report.claims:
        by_text.setdefault(c.figure.text, []).append(c.id)
    groups = {cid: v.group.id for v in report.verdicts for cid in (c.id for c in v.group.claims)}
    first, again = by_text["47 meticais"]
    assert groups.get(first) is not None and groups.get(first) == groups.get(again)
