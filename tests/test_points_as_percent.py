"""A change in percentage points misquoted as per cent: "the local share rose 6 percentage points" in one text and
"local hires went up 6 per cent" in another are one subject in two camps, never a consistent pair."""
from __future__ import annotations

import reecheck
from reecheck.groups import POINTS_AS_PERCENT

COMPANY = ("Velka hiring report\n\nTARNOW, 12 May 2026 - Velka Potash Corp said 58 per cent of its 1,180 staff were "
           "hired locally, a share that has risen 6 percentage points since 2022.\n")
CRITIC = ("Union doubts hiring claim\n\nTARNOW, 28 May 2026 - The Tarn Workers Union disputed Velka Potash Corp's "
          "hiring figures. \"Local hires went up 6 per cent? We don't see it,\" an organiser said.\n")


def test_points_and_per_cent_of_one_change_meet_and_disagree(write_sources):
    report = reecheck.check(write_sources({"a.txt": COMPANY, "b.txt": CRITIC}))
    (v,) = [v for v in report.verdicts if any(c.figure.text == "6 percentage points" for c in v.group.claims)]
    assert {c.figure.text for c in v.group.claims} == {"6 percentage points", "6 per cent"}
    assert v.status == "discrepancy" and len(v.camps) == 2
    assert any("percentage points and per cent" in r for r in v.reasons)


def test_a_per_cent_figure_of_another_size_is_no_misquote_of_the_points(write_sources):
    report = reecheck.check(write_sources({"a.txt": COMPANY, "b.txt": CRITIC.replace("6 per cent", "9 per cent")}))
    assert not [v for v in report.verdicts if POINTS_AS_PERCENT in dict(v.group.linked).values()]
