"""Which year a figure with no period belongs to, and why a quarter is no reading of its year, across the texts
of one run."""
from __future__ import annotations

from reecheck import check


def _groups(report, text: str) -> set[str]:
    return {v.group.id for c in report.claims if c.figure.text == text for v in report.verdicts
            if c in v.group.claims}


def test_a_quarters_output_is_no_reading_of_the_years(write_sources):
    folder = write_sources({
        "a.txt": "TARNOW, March 9, 2026 - Velmar Graphite produced 96,000 tonnes of graphite in 2025.",
        "b.txt": "TARNOW, March 24, 2026 - Velmar Graphite produced 27,000 tonnes of graphite in the fourth "
                 "quarter of 2025.",
    })
    report = check(folder)
    assert _groups(report, "27,000 tonnes").isdisjoint(_groups(report, "96,000 tonnes"))


def test_early_in_a_year_a_bare_figure_beside_last_years_and_a_forecast_is_last_years(write_sources):
    folder = write_sources({
        "a.txt": "TARNOW, March 9, 2026 - Velmar Graphite lifts output to 96,000 tonnes of graphite\n\n"
                 "Velmar Graphite produced 96,000 tonnes of graphite in 2025, the company said.",
        "b.txt": "TARNOW, March 24, 2026 - Velmar Graphite expects to produce 115,000 tonnes of graphite in 2026, "
                 "after 96,000 tonnes in 2025.",
    })
    report = check(folder)
    assert len(_groups(report, "96,000 tonnes")) == 1  # the headline's and the two texts' 2025 figures
    assert _groups(report, "96,000 tonnes").isdisjoint(_groups(report, "115,000 tonnes"))


def test_a_deadline_in_the_texts_own_year_beside_a_figure_is_read_without_error(claims_of):
    claims = claims_of("TARNOW, March 9, 2026 - She said 38 electric buses due by the end of 2026 would be "
                       "assigned to Tarnow, the Velka Transport Authority said.")
    assert [c.figure.text for c in claims] == ["38"]


def test_a_deadline_later_in_the_texts_own_year_is_a_target(claims_of):
    claims = claims_of("TARNOW, March 9, 2026 - She said 38 electric buses due by the end of 2026 would be "
                       "assigned to Tarnow, the Velka Transport Authority said.")
    assert (claims[0].period, claims[0].is_target) == ("by 2026", True)


def test_a_bare_figure_is_no_reading_of_a_half_year_even_when_no_figure_names_the_year(write_sources):
    folder = write_sources({
        "a.txt": "Velmar Gold pours 9.42 tonnes\n\nTARNOW, 16 February 2026 - Velmar Gold said 4,380 kg of gold was "
                 "poured in the first half of 2025.",
    })
    report = check(folder)
    assert _groups(report, "9.42 tonnes").isdisjoint(_groups(report, "4,380 kg"))
