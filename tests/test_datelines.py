"""A text's date read from datelines laid out every way papers lay them out; a figure with no period is "now"
only against its own text's old periods; a weekday read into a body's name is dropped."""
from __future__ import annotations

import pytest

import reecheck


@pytest.mark.parametrize(("top", "day"), [
    ("TARNOW (Velka Regional Wire), 5 March 2026 – The council said", "2026-03-05"),
    ("The Tarn Chronicle\nTarnow · Published 18 March 2026, 6.40pm\n\nThe council said", "2026-03-18"),
    ("THE VELKA HERALD\nTarnow (Velka district) — 19.03.2026\n\nThe council said", "2026-03-19"),
    ("SÃO VELKA, Ostland — April 14, 2026 (Tarn Wire): The council said", "2026-04-14"),
    ("TARN MONITOR\nVelkazinho, Tarn state · Tue Apr 28, 2026\n\nThe council said", "2026-04-28"),
])
def test_a_dateline_dates_the_text_however_it_is_laid_out(write_sources, top, day):
    folder = write_sources({"a.txt": f"Council counts homes\n\n{top} 4,120 homes were empty.\n"})
    (claim,) = reecheck.check(folder).claims
    assert claim.dated == day
    assert claim.written == int(day[:4])


def test_a_date_deep_in_a_paragraph_does_not_date_the_text(write_sources):
    folder = write_sources({"a.txt": "Council counts homes\n\nThe council said 4,120 homes were empty, and that a "
                                     "survey finished on 5 March 2019 had found more.\n"})
    (claim,) = [c for c in reecheck.check(folder).claims if c.figure.text == "4,120"]
    assert claim.dated is None


def test_a_period_only_another_text_states_does_not_split_an_undated_figure_off(write_sources):
    folder = write_sources({
        "a.txt": "Reserves survey\n\nOstland's rare earth reserves stood at 28.7 million tonnes as of January "
                 "2023, the ministry said.\n",
        "b.txt": "Ostland's rare earths\n\nNov 4, 2025\n\nOstland claims 28.7 million tonnes of reserves, but the "
                 "survey puts them at only 3.8 million tonnes.\n",
    })
    report = reecheck.check(folder)
    (group,) = [v for v in report.verdicts if len(v.group.claims) == 3]
    assert group.status == "discrepancy"


def test_a_weekday_after_a_body_is_when_it_spoke(claims_of):
    (c,) = claims_of("Cases reached 9,460 in January, according to figures published by the Tarn Courts Office on "
                     "Wednesday.")
    assert c.attribution == "Tarn Courts Office"


def test_a_half_year_named_by_the_month_it_ends(write_sources):
    folder = write_sources({"a.txt": "Iron ore shipments\n\nPERTH, 17 February 2026 - Velka Iron shipped 23.6 million "
                                     "tonnes in 2025. Shipments in the December half reached 12.4 million tonnes. In "
                                     "the June half of 2025 they were 11.2 million tonnes.\n"})
    periods = {c.figure.text: c.period for c in reecheck.check(folder).claims}
    assert periods["12.4 million tonnes"] == "2025-H2"
    assert periods["11.2 million tonnes"] == "2025-H1"
    assert periods["23.6 million tonnes"] == "2025"


def test_a_half_with_no_year_early_in_the_year_is_last_year_s(write_sources):
    folder = write_sources({"a.txt": "Tin output\n\nTRURO, 12 February 2026 - Velka Tin plc said its mine produced "
                                     "1,180 tonnes of tin in 2025. Output in the first half was 540 tonnes, so the "
                                     "second half alone yielded 640 tonnes.\n"})
    periods = {c.figure.text: c.period for c in reecheck.check(folder).claims}
    assert periods["540 tonnes"] == "2025-H1"
    assert periods["640 tonnes"] == "2025-H2"


def test_a_half_under_way_is_this_year_s(write_sources):
    folder = write_sources({"a.txt": "Tin output\n\nTRURO, 20 May 2026 - Velka Tin plc said output in the first "
                                     "half was running at 310 tonnes.\n"})
    (c,) = reecheck.check(folder).claims
    assert c.period == "2026-H1"


def test_a_datelines_year_is_no_end_of_a_range_with_the_first_figure():
    (fig,) = reecheck.extract("TARNOW, Wed 10 June 2026 –\nSixty-four people were killed on the roads.")
    assert (fig.text, fig.value) == ("Sixty-four", 64)


def test_the_place_a_dateline_opens_with_is_no_topic_even_when_named_later(write_sources):
    text = ("THE VELKA HERALD\nTarnow · Thursday 12 March 2026 · 16h30\n\nVelka Chrome will drink 3.1 million cubic "
            "metres a year, say villagers\n\nVillagers say the Velka Chrome mine will take 3.1 million cubic metres "
            "of water a year. The board will hold hearings in Tarnow.\n")
    claims = reecheck.check(write_sources({"a.txt": text})).claims
    assert "Tarnow" not in {c.entity for c in claims}
