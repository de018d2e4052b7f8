"""Load the domain knowledge in ``rules/*.toml`` into one immutable :class:`Rules` object.

Layering works like pint's registry: the shipped ``rules/`` folder is read first, then every folder given
with ``--rules``; list entries are appended, single values ([default], [scales]) are overridden key by key.
``load_rules(None)`` gives the shipped rules, ``load_rules([], defaults=False)`` an empty set (the pipeline
still runs on it). A malformed file raises :class:`~reecheck.errors.RulesError` naming the file and line.
"""
from __future__ import annotations

import marshal
import os
import re
import sys
from dataclasses import dataclass, fields, is_dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import RulesError

#: Where the shipped rules live: ``rules/`` next to the package, or $REECHECK_RULES.
DEFAULT_RULES_DIR = Path(os.environ.get("REECHECK_RULES", Path(__file__).resolve().parent.parent / "rules"))

#: Where the parsed shipped rules are kept between runs (the folder units.py keeps pint's answers in): reading
#: the TOML files is about half of a first call's time, reading the parsed form back a few milliseconds.
CACHE_DIR = Path(os.environ.get("REECHECK_CACHE", Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "reecheck"))
#: Version of the cached form of :class:`Rules`; bump it when :func:`_freeze` changes.
RULES_CACHE_FORMAT = 5

#: Tolerances used when no rules file sets them (see rules/tolerances.toml for their meaning).
BUILTIN_TOLERANCES = {"relative": 0.02, "approx": 0.05, "nearly": 0.10, "minor_ratio": 1.05, "min_sig_digits": 2}


@dataclass(frozen=True)
class UnitAlias:
    """One way text writes a unit, and the pint unit it means."""

    alias: str
    pint: str
    where: str  # "file:line", for errors raised when pint rejects the unit
    context: tuple[str, ...] = ()  # words one of which must be in the sentence for this alias to count
    #: a currency prefix that is also the start of names ("PS" before "PS9"): it counts only before an amount
    #: written like money (decimals, thousands separators or a scale word: "PS2.7m", "PS21,700")
    shaped: bool = False


@dataclass(frozen=True)
class Lexeme:
    """A canonical name and the phrases that stand for it (entities, metrics, scopes, attributors)."""

    name: str
    words: tuple[str, ...]
    kind: str = ""


@dataclass(frozen=True, eq=False)
class Rules:
    """Everything the pipeline knows about a domain, as plain data.

    Compared and hashed by identity (``eq=False``): the stages cache their compiled patterns per Rules
    object, and hashing thousands of entries on every lookup cost a third of a cold start."""

    units: tuple[UnitAlias, ...] = ()
    currency_prefixes: tuple[UnitAlias, ...] = ()
    currency_names: tuple[UnitAlias, ...] = ()
    #: (ISO code, places): the currency a bare "$" means in a text written from one of the places; see
    #: ``home`` in rules/units.toml's [[currency]] entries
    home_currencies: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: (alias, pint unit, marks, below, unless): what a unit abbreviation means in a text that shows a region's
    #: conventions; see [[home_unit]] in rules/units.toml
    home_units: tuple[tuple[str, str, tuple[str, ...], float, tuple[str, ...]], ...] = ()
    pint_defines: tuple[tuple[str, str], ...] = ()  # (definition, "file:line")
    scales: tuple[tuple[str, float], ...] = ()
    #: scale words a region's press uses with another value; see [[home_scale]] in rules/units.toml
    home_scales: tuple[tuple[str, float, tuple[str, ...]], ...] = ()
    #: pint subunits that are the hundredth of whichever currency a text writes; see [[shared_subunit]]
    shared_subunits: tuple[str, ...] = ()
    currency_scales: tuple[tuple[str, float], ...] = ()
    rates: tuple[tuple[str, str], ...] = ()
    glued_scale_letters: tuple[str, ...] = ()  # scale letters that also name a unit ("m"): see [glued_scale]
    glued_scale_counts: tuple[str, ...] = ()
    glued_scale_sizes: tuple[str, ...] = ()
    glued_scale_things: tuple[str, ...] = ()
    age_nouns: tuple[str, ...] = ()  # people a number after "over"/"under" gives the age of: see [ages]
    named_figures: tuple[tuple[str, float, str], ...] = ()  # (phrase, value, pint unit): see [named_figures]
    metric_by_unit: tuple[tuple[str, str, str], ...] = ()  # (metric, pint unit, "file:line"): see [metric_by_unit]
    metric_when_none: tuple[tuple[str, str, str], ...] = ()  # the same, as a last resort: see [metric_when_none]
    qualifiers: tuple[tuple[str, str], ...] = ()  # (phrase, qualifier) before the number
    suffix_qualifiers: tuple[tuple[str, str], ...] = ()
    near_below: tuple[str, ...] = ()
    near_above: tuple[str, ...] = ()
    metrics: tuple[Lexeme, ...] = ()
    scopes: tuple[Lexeme, ...] = ()
    bases: tuple[Lexeme, ...] = ()
    aspects: tuple[Lexeme, ...] = ()  # "average", "peak": words that make a metric another quantity
    aspect_skips: tuple[tuple[str, str], ...] = ()  # (aspect, metric) pairs the aspect leaves alone
    entities: tuple[Lexeme, ...] = ()
    attributors: tuple[Lexeme, ...] = ()
    target_before: tuple[str, ...] = ()
    target_year_preps: tuple[str, ...] = ()
    target_cues: tuple[str, ...] = ()
    target_to_verbs: tuple[str, ...] = ()
    forecast_verbs: tuple[str, ...] = ()
    target_goals: tuple[str, ...] = ()
    actual_cues: tuple[str, ...] = ()
    period_year_preps: tuple[str, ...] = ()
    attribution_verbs: tuple[str, ...] = ()
    attribution_by: tuple[str, ...] = ()
    attribution_according: tuple[str, ...] = ()
    attribution_generic: tuple[str, ...] = ()
    attribution_speakers: tuple[str, ...] = ()
    attribution_titles: tuple[str, ...] = ()  # roles that name a person ("chief executive Ana Ruiz")
    attribution_org_nouns: tuple[str, ...] = ()  # "the carrier said": nouns that point back to a company
    attribution_company_titles: tuple[str, ...] = ()  # roles inside a company ("chief financial officer")
    attribution_body_titles: tuple[str, ...] = ()  # roles inside a public body ("education director")
    attribution_group_titles: tuple[str, ...] = ()  # officers of groups and unions ("coordinator")
    attribution_own_voice: tuple[str, ...] = ()  # "independent geologist Ana Ruiz": a role held for no one
    cue_ignore: tuple[str, ...] = ()  # words that say nothing of what a figure measures ([cues] in subjects.toml)
    attribution_mouthpieces: tuple[str, ...] = ()  # people who only speak for a body ("a spokeswoman said")
    attribution_documents: tuple[str, ...] = ()  # "Velmar's annual report shows": the document's owner speaks
    observer_words: tuple[str, ...] = ()
    body_words: tuple[str, ...] = ()
    company_words: tuple[str, ...] = ()
    facility_words: tuple[str, ...] = ()
    place_nouns: tuple[str, ...] = ()  # "Tarn province", "the city of Tarnow": see [places] in entities.toml
    place_bodies: tuple[tuple[str, str], ...] = ()  # ("City Council", "city"): "Tarnow City Council" names Tarnow
    body_kin: tuple[tuple[str, tuple[str, ...]], ...] = ()  # ("union", ("Association", ...)): "the union" → it
    furniture_lines: tuple[str, ...] = ()
    furniture_inline: tuple[str, ...] = ()
    tolerances: tuple[tuple[str, float], ...] = tuple(BUILTIN_TOLERANCES.items())
    metric_tolerances: tuple[tuple[str, tuple[tuple[str, float], ...]], ...] = ()
    files: tuple[str, ...] = ()

    def tolerance(self, key: str, metric: str | None = None, kind: str | None = None) -> float:
        """The tolerance ``key`` for ``metric`` (then for the kind of quantity, such as "percent"), falling
        back to [default] and then the built-in value."""
        for wanted in (metric, kind):
            for name, values in self.metric_tolerances:
                if wanted and name == wanted:
                    for k, v in values:
                        if k == key:
                            return v
        return dict(self.tolerances).get(key, BUILTIN_TOLERANCES[key])


_TOML_POS = re.compile(r"at line (\d+)")


def _line_of(text: str, needle: str) -> int | None:
    """The first line of ``text`` that mentions ``needle`` (for pointing at a bad entry)."""
    for n, line in enumerate(text.splitlines(), 1):
        if needle and needle in line:
            return n
    return None


class _Collector:
    """Accumulates entries from several files before freezing them into :class:`Rules`."""

    def __init__(self) -> None:
        self.lists: dict[str, list] = {}
        self.maps: dict[str, dict] = {"tolerances": dict(BUILTIN_TOLERANCES)}
        self.metric_tol: dict[str, dict] = {}
        self.files: list[str] = []

    def add(self, key: str, items) -> None:
        self.lists.setdefault(key, []).extend(items)

    def read(self, path: Path, raw: bytes) -> None:
        import tomllib  # only when the rules are parsed, not when they come from the cache

        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            raise RulesError(str(path), line, "is not valid UTF-8", "save the file as UTF-8") from None
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            m = _TOML_POS.search(str(exc))
            line = int(m.group(1)) if m else (text.count("\n") + 1 if "end of document" in str(exc) else None)
            raise RulesError(str(path), line, f"TOML syntax error: {exc}",
                             "see the comment header of any shipped rules file for the syntax") from None
        self.files.append(str(path))
        _Reader(self, path, text).read(data)


class _Reader:
    """Checks the shape of one parsed file and feeds the collector; every complaint names file and line."""

    KNOWN = {"pint", "unit", "cues", "home_unit", "home_scale", "shared_subunit", "currency", "scales", "currency_scales", "rates", "approx", "at_most", "at_least",
             "suffix", "metric", "scope", "basis", "entity", "attributor", "target", "actual",
             "period", "line", "inline", "default", "attribution", "near", "bodies", "companies", "glued_scale",
             "named_figures", "ages", "aspect", "metric_by_unit", "metric_when_none", "places"}

    def __init__(self, col: _Collector, path: Path, text: str) -> None:
        self.col, self.path, self.text = col, path, text

    def fail(self, needle: str, problem: str, fix: str = "") -> RulesError:
        return RulesError(str(self.path), _line_of(self.text, needle), problem, fix)

    def strings(self, value: Any, key: str) -> list[str]:
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self.fail(key, f"'{key}' must be a list of non-empty strings", f'write {key} = ["…", "…"]')
        return value

    def table_list(self, data: dict, key: str) -> list[dict]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.fail(f"{key}", f"'{key}' must be an array of tables", f"write each entry as [[{key}]]")
        return value

    def where(self, needle: str) -> str:
        if not hasattr(self, "_first_line"):  # one pass over the file instead of one per entry
            self._first_line: dict[str, int] = {}
            self._lines = self.text.splitlines()
        if needle not in self._first_line:
            self._first_line[needle] = next((n for n, line in enumerate(self._lines, 1) if needle in line), 0)
        return f"{self.path}:{self._first_line[needle] or '?'}"

    #: The kinds each table's entries may have (a kind the stages do not know would silently do nothing).
    KINDS = {"metric": ("whole", "after", "count", "measure", "money", "sum"), "entity": ("country", "region", "world"),
             "basis": ("mined",)}

    def lexemes(self, data: dict, key: str, words_key: str) -> list:
        out = []
        for entry in self.table_list(data, key):
            name = entry.get("name")
            if not isinstance(name, str) or not name:
                raise self.fail(f"[[{key}]]", f"a [[{key}]] entry has no name", 'add name = "…"')
            words = self.strings(entry.get(words_key, [name]), words_key)
            kind = entry.get("kind", "")
            if key in self.KINDS and kind and kind not in self.KINDS[key]:
                raise self.fail(f'"{kind}"', f"[[{key}]] '{name}' has an unknown kind '{kind}'",
                                "use one of " + ", ".join(f'"{k}"' for k in self.KINDS[key]) + " or leave kind out")
            out.append(Lexeme(name, tuple(words), str(kind)))
        return out

    def read(self, data: dict) -> None:  # noqa: C901 - one branch per table, flat on purpose
        col = self.col
        for key in data:
            if key not in self.KNOWN:
                raise self.fail(key, f"unknown table or key '{key}'",
                                "check the spelling against the headers of the shipped rules files")
        if "pint" in data:
            for d in self.strings(data["pint"].get("define", []), "define"):
                col.add("pint_defines", [(d, self.where(d))])
        for entry in self.table_list(data, "unit"):
            pint_name = entry.get("pint")
            if not isinstance(pint_name, str):
                raise self.fail("[[unit]]", "a [[unit]] entry has no pint unit", 'add pint = "metric_ton"')
            ctx = tuple(self.strings(entry["context"], "context")) if "context" in entry else ()
            for a in self.strings(entry.get("aliases", []), "aliases"):
                col.add("units", [UnitAlias(a, pint_name, self.where(pint_name), ctx)])
        for entry in self.table_list(data, "currency"):
            code = entry.get("pint")
            if not isinstance(code, str):
                raise self.fail("[[currency]]", "a [[currency]] entry has no pint code", 'add pint = "USD"')
            ctx = tuple(self.strings(entry["context"], "context")) if "context" in entry else ()
            for a in self.strings(entry.get("prefixes", []), "prefixes"):
                col.add("currency_prefixes", [UnitAlias(a, code, self.where(code), ctx)])
            for a in self.strings(entry.get("shaped_prefixes", []), "shaped_prefixes"):
                col.add("currency_prefixes", [UnitAlias(a, code, self.where(code), ctx, shaped=True)])
            for a in self.strings(entry.get("names", []), "names"):
                col.add("currency_names", [UnitAlias(a, code, self.where(code), ctx)])
            if "home" in entry:
                col.add("home_currencies", [(code, tuple(self.strings(entry["home"], "home")))])
        for entry in self.table_list(data, "home_unit"):
            alias, unit = entry.get("alias"), entry.get("pint")
            if not isinstance(alias, str) or not alias or not isinstance(unit, str) or not unit:
                raise self.fail("home_unit", "a [[home_unit]] needs an alias and a pint unit",
                                'write alias = "MT" and pint = "megametric_ton"')
            below = entry.get("below", float("inf"))
            if not isinstance(below, (int, float)) or below <= 0:
                raise self.fail("below", "'below' must be a positive number", "write below = 1000")
            col.add("home_units", [(alias, unit, tuple(self.strings(entry.get("marks", []), "marks")), float(below),
                                    tuple(w.lower() for w in self.strings(entry.get("unless", []), "unless")))])
        for entry in self.table_list(data, "home_scale"):
            word, mult = entry.get("word"), entry.get("value")
            if not isinstance(word, str) or not word or not isinstance(mult, (int, float)) or mult <= 0:
                raise self.fail("home_scale", "a [[home_scale]] needs a word and a positive value",
                                'write word = "mil" and value = 1e3')
            col.add("home_scales", [(word, float(mult), tuple(self.strings(entry.get("marks", []), "marks")))])
        for entry in self.table_list(data, "shared_subunit"):
            unit = entry.get("pint")
            if not isinstance(unit, str) or not unit:
                raise self.fail("shared_subunit", "a [[shared_subunit]] needs a pint unit", 'write pint = "centavo"')
            col.add("shared_subunits", [unit])
        for key in ("scales", "currency_scales"):
            for word, mult in data.get(key, {}).items():
                if not isinstance(mult, (int, float)) or mult <= 0:
                    raise self.fail(word, f"scale '{word}' must be a positive number", f"write {word} = 1e6")
                col.add(key, [(word, float(mult))])
        for phrase, unit in data.get("rates", {}).items():
            if not isinstance(unit, str):
                raise self.fail(phrase, f"rate '{phrase}' must name a pint time unit", f'"{phrase}" = "year"')
            col.add("rates", [(phrase, unit)])
        for key, attr in (("letters", "glued_scale_letters"), ("counts", "glued_scale_counts"),
                          ("sizes", "glued_scale_sizes"), ("things", "glued_scale_things")):
            if key in data.get("glued_scale", {}):
                col.add(attr, self.strings(data["glued_scale"][key], key))
        if "people" in data.get("ages", {}):
            col.add("age_nouns", self.strings(data["ages"]["people"], "people"))
        named = data.get("named_figures", {})
        if not isinstance(named, dict):
            raise self.fail("named_figures", "[named_figures] must be a table of phrase = \"value unit\"",
                            'write [named_figures] and then "absolute zero" = "0 kelvin"')
        for phrase, stated in named.items():
            value, _, unit = stated.partition(" ") if isinstance(stated, str) else ("", "", "")
            try:
                number = float(value)
            except ValueError:
                raise self.fail(phrase, f"named figure '{phrase}' must be a number and a pint unit",
                                f'write "{phrase}" = "0 kelvin"') from None
            col.add("named_figures", [(phrase, number, unit.strip() or "dimensionless")])
        for table in ("metric_by_unit", "metric_when_none"):
            by_unit = data.get(table, {})
            if not isinstance(by_unit, dict):
                raise self.fail(table, f"[{table}] must be a table of metric = [pint units]",
                                f'write [{table}] and then area = ["hectare"]')
            for metric, units in by_unit.items():
                col.add(table, [(metric, u, self.where(u)) for u in self.strings(units, metric)])
        for q in ("approx", "at_most", "at_least"):
            if q in data:
                col.add("qualifiers", [(p, q) for p in self.strings(data[q], q)])
        for key, attr in (("below", "near_below"), ("above", "near_above")):
            if key in data.get("near", {}):
                col.add(attr, self.strings(data["near"][key], key))
        for q, phrases in data.get("suffix", {}).items():
            col.add("suffix_qualifiers", [(p, q) for p in self.strings(phrases, q)])
        # [[metric]] entries with words name metrics (subjects.toml); entries with tolerances tune them
        col.add("metrics", [lx for lx, e in zip(self.lexemes(data, "metric", "words"), self.table_list(data, "metric"))
                            if "words" in e])
        for entry in data.get("metric", []) if isinstance(data.get("metric"), list) else []:
            tol = {k: v for k, v in entry.items() if k in BUILTIN_TOLERANCES}
            for k, v in tol.items():
                if not isinstance(v, (int, float)) or v < 0:
                    raise self.fail(k, f"tolerance '{k}' must be a non-negative number", f"write {k} = 0.05")
            if tol:
                col.metric_tol.setdefault(entry.get("name", ""), {}).update(tol)
        col.add("scopes", self.lexemes(data, "scope", "words"))
        col.add("bases", self.lexemes(data, "basis", "words"))
        col.add("aspects", self.lexemes(data, "aspect", "words"))
        for entry in self.table_list(data, "aspect"):
            col.add("aspect_skips", [(entry["name"], m) for m in self.strings(entry.get("skip", []), "skip")])
        col.add("entities", self.lexemes(data, "entity", "aliases"))
        col.add("attributors", self.lexemes(data, "attributor", "aliases"))
        target = data.get("target", {})
        for key, attr in (("before_figure", "target_before"), ("year_prepositions", "target_year_preps"),
                          ("sentence_cues", "target_cues"), ("to_verbs", "target_to_verbs"),
                          ("forecast_verbs", "forecast_verbs"), ("goals", "target_goals")):
            if key in target:
                col.add(attr, self.strings(target[key], key))
        att = data.get("attribution", {})
        for key, attr in (("verbs", "attribution_verbs"), ("by_phrases", "attribution_by"),
                          ("according", "attribution_according"), ("generic", "attribution_generic"),
                          ("speakers", "attribution_speakers"), ("titles", "attribution_titles"),
                          ("org_nouns", "attribution_org_nouns"), ("documents", "attribution_documents"),
                          ("company_titles", "attribution_company_titles"),
                          ("body_titles", "attribution_body_titles"), ("mouthpieces", "attribution_mouthpieces"),
                          ("group_titles", "attribution_group_titles"), ("own_voice", "attribution_own_voice")):
            if key in att:
                col.add(attr, self.strings(att[key], key))
        if "words" in data.get("companies", {}):
            col.add("company_words", self.strings(data["companies"]["words"], "words"))
        if "facilities" in data.get("companies", {}):
            col.add("facility_words", self.strings(data["companies"]["facilities"], "facilities"))
        if "words" in data.get("bodies", {}):
            col.add("body_words", self.strings(data["bodies"]["words"], "words"))
        if "observers" in data.get("bodies", {}):
            col.add("observer_words", self.strings(data["bodies"]["observers"], "observers"))
        kin = data.get("bodies", {}).get("kin", {})
        if not isinstance(kin, dict):
            raise self.fail("kin", "[bodies.kin] must map a generic noun to body words",
                            'write [bodies.kin] and then union = ["Association"]')
        col.add("body_kin", [(noun, tuple(self.strings(words, noun))) for noun, words in kin.items()])
        places = data.get("places", {})
        if not isinstance(places, dict):
            raise self.fail("places", "[places] must be a table", 'write [places] and then nouns = ["province"]')
        if "nouns" in places:
            col.add("place_nouns", self.strings(places["nouns"], "nouns"))
        bodies = places.get("bodies", {})
        if not isinstance(bodies, dict) or not all(isinstance(v, str) and v for v in bodies.values()):
            raise self.fail("bodies", "[places.bodies] must map a body's name to a place noun",
                            'write "City Council" = "city"')
        col.add("place_bodies", list(bodies.items()))
        if "ignore" in data.get("cues", {}):
            col.add("cue_ignore", self.strings(data["cues"]["ignore"], "ignore"))
        if "cues" in data.get("actual", {}):
            col.add("actual_cues", self.strings(data["actual"]["cues"], "cues"))
        if "year_prepositions" in data.get("period", {}):
            col.add("period_year_preps", self.strings(data["period"]["year_prepositions"], "year_prepositions"))
        for key, attr in (("line", "furniture_lines"), ("inline", "furniture_inline")):
            pats = self.strings(data.get(key, {}).get("patterns", []), "patterns") if key in data else []
            for p in pats:
                try:
                    re.compile(p)
                except re.error as exc:
                    raise self.fail(p, f"pattern {p!r} is not a valid regular expression: {exc}",
                                    "escape special characters with a backslash") from None
            col.add(attr, pats)
        for k, v in data.get("default", {}).items():
            if k not in BUILTIN_TOLERANCES:
                raise self.fail(k, f"unknown tolerance '{k}'", "known: " + ", ".join(BUILTIN_TOLERANCES))
            if not isinstance(v, (int, float)) or v < 0:
                raise self.fail(k, f"tolerance '{k}' must be a non-negative number", f"write {k} = 0.05")
            col.maps["tolerances"][k] = float(v)


def _rule_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise RulesError(str(folder), None, "is not a folder of rules", "pass a folder that holds *.toml files")
    return sorted(p for p in folder.rglob("*.toml") if p.is_file())


def load_rules(folders: list[str | Path] | tuple[str | Path, ...] | None = None, *, defaults: bool = True) -> Rules:
    """Read the shipped rules (unless ``defaults=False``) and then each folder in ``folders``."""
    # the figure reader asks for the shipped rules once per text: no path work when there are no folders
    return _load(tuple(str(Path(f).resolve()) for f in folders) if folders else (), defaults)


@lru_cache(maxsize=8)
def _load(folders: tuple[str, ...], defaults: bool) -> Rules:
    paths: list[Path] = []
    if defaults and DEFAULT_RULES_DIR.is_dir():
        paths += _rule_files(DEFAULT_RULES_DIR)
    for f in folders:
        paths += _rule_files(Path(f))
    cache = _RulesCache(paths) if defaults and not folders else None  # the shipped rules: the same every run
    rules = cache.load() if cache is not None else None
    if rules is None:
        rules = _parse(paths)
        if cache is not None:
            cache.save(rules)
    return rules


def _parse(paths: list[Path]) -> Rules:
    col = _Collector()
    for p in paths:
        col.read(p, p.read_bytes())
    lists = {k: tuple(v) for k, v in col.lists.items()}
    return Rules(
        **lists,
        tolerances=tuple(col.maps["tolerances"].items()),
        metric_tolerances=tuple((k, tuple(v.items())) for k, v in col.metric_tol.items()),
        files=tuple(col.files),
    )


#: The record types a :class:`Rules` holds, by name, for :func:`_thaw`.
_RECORDS = {"UnitAlias": UnitAlias, "Lexeme": Lexeme}


def _freeze(value):
    """``value`` as plain tuples, strings and numbers that ``marshal`` can write (records tagged by type)."""
    if is_dataclass(value):
        return ("@" + type(value).__name__, *(_freeze(getattr(value, f.name)) for f in fields(value)))
    if isinstance(value, tuple):
        return tuple(_freeze(v) for v in value)
    return value


def _thaw(value):
    """The inverse of :func:`_freeze`."""
    if isinstance(value, tuple):
        if value and isinstance(value[0], str) and value[0][:1] == "@" and value[0][1:] in _RECORDS:
            return _RECORDS[value[0][1:]](*(_thaw(v) for v in value[1:]))
        return tuple(_thaw(v) for v in value)
    return value


class _RulesCache:
    """The shipped rules as parsed on an earlier run, in one file per rules folder under :data:`CACHE_DIR`.

    Keyed by the path, size and modification time of every rules file and of this module (which decides what
    the files mean), the cache format and the Python version. Written with ``marshal``, which Python trusts for
    its own compiled files in the same way. Any problem reading or writing it (a missing, stale or damaged file,
    a read-only home) only means the files are parsed as usual.
    """

    def __init__(self, paths: list[Path]) -> None:
        try:
            stats = [(str(p), *_stamp(p)) for p in [Path(__file__), *paths]]
        except OSError:
            stats = None
        self.key = (RULES_CACHE_FORMAT, sys.version, stats)
        name = f"rules-{_fnv(str(DEFAULT_RULES_DIR)):016x}.marshal"
        self.path = CACHE_DIR / name if stats is not None else None

    def load(self) -> Rules | None:
        if self.path is None:
            return None
        try:
            key, frozen = marshal.loads(self.path.read_bytes())
            return Rules(**{name: _thaw(v) for name, v in frozen}) if key == self.key else None
        except Exception:  # noqa: BLE001 - a damaged cache of any kind: parse the files instead
            return None

    def save(self, rules: Rules) -> None:
        if self.path is None:
            return
        frozen = tuple((f.name, _freeze(getattr(rules, f.name))) for f in fields(rules))
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(marshal.dumps((self.key, frozen)))
            tmp.replace(self.path)
        except (OSError, ValueError):
            pass  # a read-only home only costs speed


def _stamp(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_size, st.st_mtime_ns


def _fnv(text: str) -> int:
    """A stable 64-bit hash of ``text`` (FNV-1a; ``hash()`` changes between runs and hashlib is slow to import)."""
    h = 0xCBF29CE484222325
    for b in text.encode():
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h
