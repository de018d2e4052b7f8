"""Rules: the shipped TOML files load, pint accepts every unit, and a broken file names its file and line."""
from __future__ import annotations

from pathlib import Path

import dataclasses
import re
import pytest

import reecheck
from reecheck import extract
from reecheck import rules as rules_mod
from reecheck.errors import RulesError
from reecheck.rules import BUILTIN_TOLERANCES, DEFAULT_RULES_DIR, Rules, load_rules
from reecheck.units import base_of


def write_rules(tmp_path: Path, text: str, name: str = "extra.toml") -> Path:
    folder = tmp_path / "myrules"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def rules_error(folder: Path) -> RulesError:
    with pytest.raises(RulesError) as info:
        load_rules([folder], defaults=False)
    return info.value


# --- the shipped rules ---------------------------------------------------------------------------------

def test_shipped_rules_load_every_file(rules):
    shipped = sorted(str(p) for p in DEFAULT_RULES_DIR.rglob("*.toml"))
    assert sorted(rules.files) == shipped
    assert rules.units and rules.currency_prefixes and rules.qualifiers and rules.entities and rules.metrics


def test_load_rules_is_cached_and_returns_the_same_object():
    assert load_rules() is load_rules(None)


@pytest.mark.parametrize(("text", "expected"), [
    # the plainest hedge
    ("about", "approx"),
    # another approximation
    ("roughly", "approx"),
    # "nearly" stays below the figure
    ("nearly", "at_most"),
    # a ceiling
    ("up to", "at_most"),
    # a floor
    ("more than", "at_least"),
    # another floor
    ("at least", "at_least"),
])
def test_shipped_qualifiers(rules, text, expected):
    assert (text, expected) in rules.qualifiers


def _unit_ids(rules: Rules) -> list[str]:
    return sorted({u.pint for u in rules.units})


def _currency_ids(rules: Rules) -> list[str]:
    return sorted({u.pint for u in rules.currency_prefixes + rules.currency_names})


SHIPPED = load_rules()


@pytest.mark.parametrize("unit", _unit_ids(SHIPPED))
def test_every_unit_is_known_to_pint(unit):
    factor, dimension = base_of(unit, SHIPPED)
    assert factor > 0
    assert dimension


@pytest.mark.parametrize("code", _currency_ids(SHIPPED))
def test_every_currency_is_its_own_pint_dimension(code):
    """Each currency is its own dimension, so no two are ever compared; a currency the rules peg at par to another
    ("PAB = USD") is the one exception, and it takes the other's dimension one for one."""
    factor, dimension = base_of(code, SHIPPED)
    assert factor == pytest.approx(1.0)
    pegged = [d.split("=")[1].strip() for d, _ in SHIPPED.pint_defines if re.match(rf"{code}\s*=\s*[A-Z]{{3}}\s*=", d)]
    assert dimension == f"[currency_{(pegged[0] if pegged else code).lower()}]^1"


def test_a_currency_pegged_at_par_compares_with_its_anchor():
    assert base_of("PAB", SHIPPED) == base_of("USD", SHIPPED)


@pytest.mark.parametrize(("text", "expected"), [
    # tonnes and megatonnes share a dimension, a million apart
    (("metric_ton", "megametric_ton"), 1e6),
    # an annual rate meets the yearly amount
    (("metric_ton", "metric_ton / year"), 1.0),
    # a price per kilogram against a price per tonne
    (("USD / metric_ton", "USD / kilogram"), 1000.0),
])
def test_units_of_one_dimension_convert(rules, text, expected):
    (fa, da), (fb, db) = (base_of(u, rules) for u in text)
    assert da == db
    assert fb / fa == pytest.approx(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # percent is its own kind
    ("percent", "percent"),
    # a bare number is a count
    ("dimensionless", "count"),
    # basis points are percentages
    ("basis_point", "percent"),
    # dollars are a dimension of their own
    ("USD", "[currency_usd]^1"),
    # so are euros: the two never meet
    ("EUR", "[currency_eur]^1"),
])
def test_dimension_keys_keep_kinds_apart(rules, text, expected):
    assert base_of(text, rules)[1] == expected


# --- broken rules files --------------------------------------------------------------------------------

def test_malformed_toml_names_the_file_and_line(tmp_path):
    folder = write_rules(tmp_path, 'approx = ["circa"]\nat_most = ["shy of"\nat_least = ["north of"]\n',
                         "broken.toml")
    err = rules_error(folder)
    assert "broken.toml:" in str(err)
    assert err.line is not None
    assert f"broken.toml:{err.line}:" in str(err)
    assert "TOML" in str(err)


@pytest.mark.parametrize(("text", "expected"), [
    # an unknown table name
    ('approx = ["circa"]\n\n[widgets]\nsize = 3\n', (3, "unknown table or key 'widgets'")),
    # an alias list written as a string
    ('[[unit]]\npint = "metric_ton"\naliases = "tonnes"\n', (3, "'aliases' must be a list")),
    # a bad regular expression among furniture patterns
    ("[line]\npatterns = [\n  '^ok$',\n  '^(broken$',\n]\n", (4, "not a valid regular expression")),
    # a scale that is not positive
    ("[scales]\nzillion = -5\n", (2, "must be a positive number")),
    # an unknown tolerance
    ("[default]\nrelative = 0.1\nfudge = 0.2\n", (3, "unknown tolerance 'fudge'")),
    # a qualifier list that is not a list
    ('at_least = "over"\n', (1, "'at_least' must be a list")),
    # a unit with no pint name
    ('[[unit]]\naliases = ["bales"]\n', (1, "no pint unit")),
    # a currency with no code
    ('[[currency]]\nprefixes = ["N$"]\n', (1, "no pint code")),
    # shaped prefixes written as a string
    ('[[currency]]\npint = "GBP"\nshaped_prefixes = "PS"\n', (3, "'shaped_prefixes' must be a list")),
    # a metric tolerance that is negative
    ('[[metric]]\nname = "price"\nrelative = -0.1\n', (3, "non-negative")),
    # counting words for a glued scale letter written as one string
    ('[glued_scale]\nletters = ["m"]\ncounts = "people"\n', (3, "'counts' must be a list")),
    # a named figure with no number
    ('[named_figures]\n"room temperature" = "warm"\n', (2, "must be a number and a pint unit")),
    ('named_figures = ["absolute zero"]\n', (1, "must be a table")),
    # a metric kind the stages do not know (it would silently do nothing)
    ('[[metric]]\nname = "fare"\nwords = ["fare"]\nkind = "mony"\n', (4, "unknown kind 'mony'")),
    # a basis kind the stages do not know, and the words a generic noun points back to written as one string
    ('[[basis]]\nname = "rock"\nwords = ["rock"]\nkind = "dug"\n', (4, "unknown kind 'dug'")),
    ('[bodies.kin]\nunion = "Association"\n', (2, "'union' must be a list")),
    ('[[metric]]\nname = "outlay"\nwords = ["outlay"]\nkind = "sums"\n', (4, "unknown kind 'sums'")),
])
def test_a_bad_entry_names_the_file_and_line(tmp_path, text, expected):
    line, problem = expected
    err = rules_error(write_rules(tmp_path, text, "mine.toml"))
    assert err.line == line
    assert str(err).startswith(f"{tmp_path / 'myrules' / 'mine.toml'}:{line}: ")
    assert problem in str(err)


def test_a_rules_file_that_is_not_utf8_names_the_line(tmp_path):
    folder = tmp_path / "myrules"
    folder.mkdir()
    (folder / "latin.toml").write_bytes(b'approx = ["circa"]\nat_most = ["\xe0 peine"]\n')
    err = rules_error(folder)
    assert str(err).startswith(f"{folder / 'latin.toml'}:2: ")
    assert "UTF-8" in str(err)


def test_a_rules_folder_that_does_not_exist_is_an_error(tmp_path):
    with pytest.raises(RulesError, match="is not a folder of rules"):
        load_rules([tmp_path / "nowhere"])


def test_rules_error_is_a_value_error_with_a_fix(tmp_path):
    err = rules_error(write_rules(tmp_path, "[widgets]\n"))
    assert isinstance(err, ValueError)
    assert err.fix and err.fix in str(err)


# --- layering and empty rules --------------------------------------------------------------------------

def test_a_user_folder_adds_to_the_shipped_rules(tmp_path):
    folder = write_rules(tmp_path, 'approx = ["give or take"]\n\n[[unit]]\npint = "kilogram"\n'
                                   'aliases = ["sacks of a kilo"]\n\n[default]\nrelative = 0.2\n')
    rules = load_rules([folder])
    fig = extract("The barge held give or take 300 sacks of a kilo.", rules)[0]
    assert (fig.value, fig.unit, fig.qualifier) == (300.0, "kilogram", "approx")
    assert rules.tolerance("relative") == 0.2
    assert str(folder / "extra.toml") in rules.files
    assert len(rules.files) == len(load_rules().files) + 1
    # the shipped rules are still there
    assert extract("The barge held about 300 tonnes.", rules)[0].unit == "metric_ton"


def test_metric_tolerances_override_the_default(rules):
    assert rules.tolerance("relative", "price") == pytest.approx(0.10)
    assert rules.tolerance("relative", "production") == pytest.approx(0.02)


def test_empty_rules_have_nothing_but_builtin_tolerances():
    empty = load_rules([], defaults=False)
    assert dataclasses.astuple(empty) == dataclasses.astuple(Rules())  # Rules compare by identity; fields here
    assert empty.units == () and empty.entities == () and empty.files == ()
    assert dict(empty.tolerances) == BUILTIN_TOLERANCES


NORDAVIA_A = "In 2023 Nordavia produced 120,000 tonnes of nickel, the mining ministry said.\n"
NORDAVIA_B = "In 2023 Nordavia produced 240,000 tonnes of nickel, according to Harbour Analytics.\n"


def test_check_runs_on_a_topic_with_no_rules(write_sources):
    folder = write_sources({"a.txt": NORDAVIA_A, "b.txt": NORDAVIA_B})
    report = reecheck.check(folder, rules=load_rules([], defaults=False))
    d = report.as_dict()
    assert [s["status"] for s in d["sources"]] == ["read", "read"]
    assert sorted(f["value"] for f in d["figures"]) == [120000.0, 240000.0]
    assert all(f["unit"] == "dimensionless" for f in d["figures"])  # no unit rules: plain counts
    cov = d["coverage"]
    assert cov["numbers_seen"] == cov["figures_kept"] + cov["numbers_skipped"]
    assert cov["rules_files"] == []


@pytest.mark.parametrize(("text", "expected"), [
    # the country named before the verb, year first
    ((NORDAVIA_A, NORDAVIA_B), "discrepancy"),
    # the country opening the sentence
    (("Nordavia produced 120,000 tonnes of nickel in 2023.\n",
      "Nordavia produced 240,000 tonnes of nickel in 2023, according to Harbour Analytics.\n"), "discrepancy"),
    # a country the rules do not know, subject of "mines ... produced"
    (("The mines of Nordavia produced 120,000 tonnes of nickel last year.\n",
      "The mines of Nordavia produced 240,000 tonnes of nickel last year.\n"), "discrepancy"),
])
def test_a_made_up_country_with_conflicting_output_is_a_discrepancy(write_sources, text, expected):
    folder = write_sources({"a.txt": text[0], "b.txt": text[1]})
    d = reecheck.check(folder).as_dict()
    statuses = {g["subject"]: g["status"] for g in d["groups"]}
    assert expected in statuses.values(), d["groups"]
    group = next(g for g in d["groups"] if g["status"] == expected)
    assert "Nordavia" in group["subject"]
    assert len(group["camps"]) == 2


def test_a_user_entity_rule_teaches_the_pipeline_a_new_country(write_sources, tmp_path):
    folder = write_sources({
        "a.txt": "Nordavian nickel output reached 120,000 tonnes in 2023.\n",
        "b.txt": "Nordavian nickel output reached 240,000 tonnes in 2023.\n",
    })
    rules_dir = write_rules(tmp_path, '[[entity]]\nname = "Nordavia"\nkind = "country"\n'
                                      'aliases = ["Nordavia", "Nordavian"]\n')
    d = reecheck.check(folder, rules=rules_dir).as_dict()
    assert [(g["subject"], g["status"]) for g in d["groups"]] == [("Nordavia · production · nickel", "discrepancy")]


def test_issue_unknown_country_as_owner_or_place_is_grouped(tmp_path):
    """A name the rules do not know still anchors a subject: "Nordavia's output", "output in Nordavia"."""
    (tmp_path / "a.txt").write_text("Nordavia's nickel output was 120,000 tonnes in 2023, officials said.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Nickel output in Nordavia reached about 240,000 tonnes in 2023, the USGS estimates.\n",
                                    encoding="utf-8")
    report = reecheck.check(tmp_path)
    assert [(v.group.subject, v.status) for v in report.verdicts] == [("Nordavia · production · nickel", "discrepancy")]


# --- the parsed shipped rules kept on disk between runs ---------------------------------------------------

def same_rules(a: Rules, b: Rules) -> bool:
    """Field by field, records and all (repr tells a tuple from a record with the same values)."""
    return all(repr(getattr(a, f.name)) == repr(getattr(b, f.name)) for f in dataclasses.fields(Rules))


@pytest.fixture
def rules_copy(tmp_path, monkeypatch):
    """A copy of the shipped rules as the shipped folder, with its own cache folder; loads bypass the in-process
    cache (``_load.__wrapped__``) so each call reads the disk."""
    folder = tmp_path / "shipped"
    folder.mkdir()
    for p in DEFAULT_RULES_DIR.glob("*.toml"):
        (folder / p.name).write_bytes(p.read_bytes())
    monkeypatch.setattr(rules_mod, "DEFAULT_RULES_DIR", folder)
    monkeypatch.setattr(rules_mod, "CACHE_DIR", tmp_path / "cache")
    return folder


def load_fresh() -> Rules:
    return rules_mod._load.__wrapped__((), True)  # noqa: SLF001 - around the in-process cache on purpose


def test_cached_rules_are_the_parsed_rules(rules_copy, monkeypatch):
    parsed = load_fresh()  # parses and writes the cache
    assert list((rules_copy.parent / "cache").glob("rules-*.marshal"))

    def no_parsing(paths):
        raise AssertionError("the cache should have answered")

    monkeypatch.setattr(rules_mod, "_parse", no_parsing)
    cached = load_fresh()
    assert cached is not parsed and same_rules(cached, parsed)
    assert isinstance(cached.units[0], rules_mod.UnitAlias) and isinstance(cached.entities[0], rules_mod.Lexeme)


def test_an_edited_rules_file_is_read_again(rules_copy):
    load_fresh()
    units = rules_copy / "units.toml"
    units.write_text(units.read_text(encoding="utf-8") + '\n[[unit]]\npint = "metre"\naliases = ["zorbmetres"]\n',
                     encoding="utf-8")
    assert "zorbmetres" in {u.alias for u in load_fresh().units}


def test_a_damaged_cache_file_is_ignored(rules_copy):
    parsed = load_fresh()
    for f in (rules_copy.parent / "cache").glob("rules-*.marshal"):
        f.write_bytes(b"\x00not marshal data")
    assert same_rules(load_fresh(), parsed)


def test_a_cache_folder_that_cannot_be_written_costs_only_speed(rules_copy, monkeypatch):
    blocker = rules_copy.parent / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setattr(rules_mod, "CACHE_DIR", blocker / "cache")  # mkdir fails: a file is in the way
    first, second = load_fresh(), load_fresh()
    assert same_rules(first, second) and first.units


def test_rules_given_as_folders_are_not_cached(tmp_path, monkeypatch):
    monkeypatch.setattr(rules_mod, "CACHE_DIR", tmp_path / "cache")
    folder = write_rules(tmp_path, '[[unit]]\npint = "metre"\naliases = ["zorbmetres"]\n')
    rules_mod._load.__wrapped__((str(folder),), False)  # noqa: SLF001
    assert not (tmp_path / "cache").exists()
