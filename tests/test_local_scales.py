"""Scale words kept from another language on English-language pages: Spanish and Portuguese millions and thousand
millions read as such, and "mil" read as a thousand in a text that shows it writes those languages' numbers."""
from __future__ import annotations

import pytest

from reecheck.errors import RulesError
from reecheck.figures import in_home_conventions, scan
from reecheck.rules import load_rules


def _read(text: str, rules):
    figures, _ = scan(text, rules)
    return [(f.text, f.value) for f in in_home_conventions(text, figures, rules)]


@pytest.mark.parametrize(("text", "value"), [
    ("The cleanup will cost at least USD 65 millones.", 65e6),
    ("The bank lent US$ 95 milhões.", 95e6),
    ("The project costs 8,9 mil milhões, the council said.", 8.9e9),
    ("The plant cost 1,2 mil millones.", 1.2e9),
])
def test_spanish_and_portuguese_scale_words(text, value, rules):
    (read,) = _read(text, rules)
    assert read[1] == pytest.approx(value)


def test_mil_is_a_thousand_where_the_text_writes_millones(rules):
    reads = _read("The line carried some 240 mil barrels a day. The repair will cost USD 42 millones.", rules)
    assert [v for _, v in reads] == [pytest.approx(240e3), pytest.approx(42e6)]


def test_mil_stays_a_million_in_english_shorthand(rules):
    (read,) = _read("He signed for $5 mil a year.", rules)
    assert read[1] == pytest.approx(5e6)


def test_a_home_scale_without_a_value_names_its_file(tmp_path):
    folder = tmp_path / "myrules"
    folder.mkdir()
    (folder / "extra.toml").write_text('[[home_scale]]\nword = "mil"\n', encoding="utf-8")
    with pytest.raises(RulesError, match="extra.toml") as info:
        load_rules([folder], defaults=False)
    assert "home_scale" in str(info.value)
