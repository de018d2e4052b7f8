"""A bare count that restates another voice's counted figure in its sentence counts the same thing, so the two
meet in one group and their disagreement is found; a bare count in one voice's own sentence stays apart."""
from __future__ import annotations

import pytest

from reecheck import check


def _claim(claims, text: str):
    (c,) = [c for c in claims if c.figure.text == text]
    return c


def _groups(report, text: str) -> set[str]:
    return {v.group.id for c in report.claims if c.figure.text == text for v in report.verdicts
            if c in v.group.claims}


@pytest.mark.parametrize("sentence, figure, noun", [
    ("There were 142 assaults on guards at Tarnow prison in 2025, according to the Velka Justice Department; "
     "the Guards Union says its members reported more than 200 over the same period.", "more than 200", "assaults"),
    ("The Guards Union said 212 assaults on guards were reported at Tarnow prison in 2025, well above the "
     "Velka Justice Department's 142.", "142", "assaults"),
])
def test_a_bare_count_in_another_voice_echoes_the_counted_noun(claims_of, sentence, figure, noun):
    assert _claim(claims_of(sentence), figure).figure.noun == noun


@pytest.mark.parametrize("sentence, figure", [
    # one voice: a part of the houses counted, not another count of them
    ("The Velka Relief Agency has recorded 18,300 houses damaged in Tarnow, of which 4,700 were destroyed.", "4,700"),
    # an acronym after the number is a unit the rules lack, not an elided noun
    ("Tarn Box Research estimates that Tarnow port handled about 3.1 million TEU last year, the throughput of "
     "its two terminals, says the Velka Port Authority.", "about 3.1 million"),
])
def test_a_bare_count_that_is_no_echo_keeps_no_noun(claims_of, sentence, figure):
    assert _claim(claims_of(sentence), figure).figure.noun == ""


def test_an_echoed_count_meets_the_counted_figure_in_one_group(write_sources):
    folder = write_sources({
        "a.txt": "TARNOW, 9 March 2026 - Tarnow Prison saw 142 assaults on guards in 2025, according to "
                 "the Velka Justice Department; the Guards Union says its members reported more than 200 over "
                 "the same period.",
    })
    report = check(folder)
    assert _groups(report, "142") == _groups(report, "more than 200")
    (verdict,) = [v for v in report.verdicts if any(c.figure.text == "142" for c in v.group.claims)]
    assert verdict.status == "discrepancy"
