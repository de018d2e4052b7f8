"""Who a story is about when a local government speaks, what a figure measures when only its unit says so, and
metrics a text names only to rule them out."""
from __future__ import annotations

from pathlib import Path

import pytest

import reecheck
from reecheck.context import ContextReader
from reecheck.errors import RulesError
from reecheck.rules import load_rules

FIRE = ("The Velmar Creek fire had burned 61,000 hectares by Tuesday, the Provincial Fire Agency said.\n\n"
        "The Ostland Regional District put the number of homes destroyed at 52, against the agency's count of 37. "
        "The district also said the evacuation at its peak covered closer to 15,000 people.\n")


def _claim(claims, text: str):
    (c,) = [c for c in claims if c.figure.text == text]
    return c


def test_a_body_that_gives_figures_about_something_else_does_not_become_the_topic(claims_of):
    claims = claims_of(FIRE)
    assert _claim(claims, "52").entity == "Velmar Creek"
    # the next sentence is still about the fire, not about the district that spoke before
    assert _claim(claims, "closer to 15,000").entity == "Velmar Creek"


def test_the_district_said_points_back_to_the_district_named_before(claims_of):
    claims = claims_of(FIRE)
    assert _claim(claims, "52").attribution == "Ostland Regional District"
    assert _claim(claims, "closer to 15,000").attribution == "Ostland Regional District"


def test_a_company_speaking_of_itself_still_becomes_the_topic(claims_of):
    claims = claims_of("Tarnow Mining reported output of 41,000 tonnes in 2024. It shipped 39,500 tonnes.")
    assert _claim(claims, "41,000 tonnes").entity == "Tarnow Mining"
    assert _claim(claims, "39,500 tonnes").entity == "Tarnow Mining"


@pytest.mark.parametrize("sentence, figure, metric", [
    ("The thermometer at Velmar airport reached 41.2C on Wednesday.", "41.2C", "temperature"),
    ("Gusts of up to 90 km/h fanned the Velmar Creek fire.", "up to 90 km/h", "speed"),
    ("Winds reached 90 km/h over the Velmar Creek fire.", "90 km/h", "speed"),
    ("The new line will run for 38 km through Velmar.", "38 km", "length"),
])
def test_a_figure_with_no_metric_word_takes_the_metric_of_its_unit(claims_of, sentence, figure, metric):
    assert _claim(claims_of(sentence), figure).metric == metric


def test_temperatures_on_two_scales_each_take_the_temperature_metric(claims_of):
    claims = claims_of("The heat in Velmar reached 41C, or about 106F, on Wednesday.")
    assert {_claim(claims, "41C").metric, _claim(claims, "about 106F").metric} == {"temperature"}


def test_a_volume_keeps_the_metric_named_before_it(claims_of):
    claims = claims_of("Ostland's oil reserves stand at 30 billion barrels, the ministry said.")
    assert _claim(claims, "30 billion barrels").metric == "reserves"


def test_a_metric_named_to_be_ruled_out_is_not_the_figure_metric(claims_of):
    claims = claims_of("The mines ministry, which counts resources rather than reserves, puts the Kolvik "
                       "deposit at 115 million tonnes of rock.")
    assert _claim(claims, "115 million tonnes").metric == "resources"
    claims = claims_of("Velmar counts exports instead of output, at 5,000 tonnes.")
    assert _claim(claims, "5,000 tonnes").metric == "exports"


def _folder(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "myrules"
    folder.mkdir()
    (folder / "units_by_kind.toml").write_text(text, encoding="utf-8")
    return folder


def test_metric_by_unit_is_read_from_a_user_rules_file(tmp_path, claims_of):
    rules = load_rules([_folder(tmp_path, '[metric_by_unit]\nvolume = ["litre"]\n')])
    assert ("volume", "litre") in {(m, u) for m, u, _ in rules.metric_by_unit}
    assert ContextReader(rules).metric_by_dimension["[length]^3"] == "volume"


def test_metric_by_unit_with_a_unit_pint_cannot_read_names_the_file_and_line(tmp_path):
    rules = load_rules([_folder(tmp_path, '# kinds of unit\n[metric_by_unit]\nvolume = ["litre"]\nweight = ["stoan"]\n')])
    with pytest.raises(RulesError) as info:
        ContextReader(rules)
    assert info.value.line == 4
    assert str(info.value).startswith(f"{tmp_path / 'myrules' / 'units_by_kind.toml'}:4: ")
    assert "stoan" in str(info.value)


@pytest.mark.parametrize("text, line, problem", [
    ('metric_by_unit = ["litre"]\n', 1, "must be a table"),
    ('[metric_by_unit]\nvolume = "litre"\n', 2, "must be a list"),
])
def test_a_malformed_metric_by_unit_table_names_the_line(tmp_path, text, line, problem):
    with pytest.raises(RulesError) as info:
        load_rules([_folder(tmp_path, text)], defaults=False)
    assert info.value.line == line
    assert problem in str(info.value)


def test_metric_when_none_with_a_unit_pint_cannot_read_names_the_table_file_and_line(tmp_path):
    rules = load_rules([_folder(tmp_path, '[metric_when_none]\nvolume = ["meter ** 3"]\nenergy = ["kwatthr"]\n')])
    with pytest.raises(RulesError) as info:
        ContextReader(rules)
    assert info.value.line == 3
    assert "[metric_when_none]" in str(info.value) and "kwatthr" in str(info.value)


def test_a_malformed_metric_when_none_table_names_the_line(tmp_path):
    with pytest.raises(RulesError) as info:
        load_rules([_folder(tmp_path, '[metric_when_none]\nvolume = "litre"\n')], defaults=False)
    assert info.value.line == 2


def test_a_figure_no_words_give_a_metric_measures_what_its_unit_measures(write_sources):
    folder = write_sources({
        "a.txt": "Velka Water's Tarn plant used 78 gigawatt-hours of electricity in 2025, Velka Water said.",
        "b.txt": "Velka Water's Tarn plant used 78 MWh of electricity in 2025, Velka Water said.",
    })
    report = reecheck.check(folder)
    (verdict,) = [v for v in report.verdicts if len(v.group.claims) == 2]
    assert verdict.status == "discrepancy"  # a thousandfold slip of the unit, found because both measure energy


def test_a_last_resort_metric_never_replaces_one_named_before(claims_of):
    claims = claims_of("Velmar holds reserves of 30 million cubic metres at Tarn. Another 2 million cubic metres "
                       "lie at Velka.")
    assert _claim(claims, "2 million cubic metres").metric == "reserves"
