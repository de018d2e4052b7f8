"""Stage 4, groups: figures of one subject whose sizes lie too far apart to be one measurement."""
from __future__ import annotations

import reecheck
from reecheck.groups import SAME_THING_MAX_RATIO, _scale_slip, find_group, group_claims


def test_a_fare_and_a_budget_both_called_cost_are_kept_apart(write_sources):
    folder = write_sources({
        "a.txt": "Harlow Tramways Ltd puts the cost of the line at £2.4bn.\n",
        "b.txt": "Harlow Tramways Ltd says a single ticket will cost £3.10.\n",
    })
    report = reecheck.check(folder)
    assert not [v for v in report.verdicts if v.status == "discrepancy"]
    costs = [v for v in report.verdicts if "cost" in v.group.subject]
    assert len(costs) == 2 and all(len(v.group.claims) == 1 for v in costs)


def test_a_slip_of_scale_stays_a_discrepancy(write_sources):
    folder = write_sources({
        "a.txt": "Harlow Tramways Ltd puts the cost of the line at £2.4bn.\n",
        "b.txt": "Harlow Tramways Ltd puts the cost of the line at £2.4m.\n",
    })
    assert _scale_slip(1_000) and not _scale_slip(SAME_THING_MAX_RATIO)  # million for billion is shown, not split away
    (v,) = [v for v in reecheck.check(folder).verdicts if "cost" in v.group.subject]
    assert v.status == "discrepancy" and len(v.group.claims) == 2


def test_a_later_claim_finds_the_size_band_nearest_it(claims_of, rules):
    claims = (claims_of("Harlow Tramways Ltd puts the cost of the line at £2.4bn.", "a.txt")
              + claims_of("Harlow Tramways Ltd says a single ticket will cost £3.10.", "b.txt", start_index=10))
    groups, _ = group_claims(claims, rules)
    assert len([g for g in groups if "cost" in g.subject]) == 2
    (late,) = [c for c in claims_of("Harlow Tramways Ltd puts the cost of the line at £2.6bn.", "c.txt", start_index=20)
               if c.figure.text == "£2.6bn"]
    hit = find_group(late, groups, rules)
    assert hit is not None and hit.claims[0].figure.text == "£2.4bn"


def test_sums_far_apart_by_no_slip_of_scale_are_kept_apart(write_sources):
    folder = write_sources({
        "a.txt": "Harlow Tramways Ltd puts the cost of the extension at £310 million.\n",
        "b.txt": "Harlow Tramways Ltd puts the cost of the ridership audit at £180,000.\n",
    })
    assert 1_000 * 1.25 < 310e6 / 180e3  # ×1,722: no misread scale word
    assert not [v for v in reecheck.check(folder).verdicts if v.status == "discrepancy"]


def test_sources_ten_times_apart_still_disagree(write_sources):
    folder = write_sources({
        "a.txt": "Harlow Tramways Ltd puts the cost of the line at £2.4bn.\n",
        "b.txt": "Harlow Tramways Ltd puts the cost of the line at £24bn.\n",
    })
    assert 10 < SAME_THING_MAX_RATIO
    assert [v for v in reecheck.check(folder).verdicts if v.status == "discrepancy"]
