"""The word-start scanner in ContextReader.mentions finds exactly what the lexeme alternation finds."""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reecheck.context import context_reader
from reecheck.rules import load_rules

ROOT = Path(__file__).resolve().parent.parent
CR = context_reader(load_rules())
TABLES = [(CR.re_entity, CR.entities), (CR.re_attr, CR.attributors), (CR.re_metric, CR.metrics),
          (CR.re_scope, CR.scopes), (CR.re_basis, CR.bases)]


def _by_regex(regex, table, text, s, e):
    out = []
    for m in regex.finditer(text, s, e):
        lx = table.get(m.group(0)) or table.get(m.group(0).lower())
        if lx:
            out.append((m.start(), m.end(), lx.name))
    return out


def _same(text, s=0, e=None):
    e = len(text) if e is None else e
    for regex, table in TABLES:
        fast = [(m.start, m.end, m.name) for m in CR.mentions(regex, table, text, s, e)]
        assert fast == _by_regex(regex, table, text, s, e)


def test_same_mentions_on_the_project_texts():
    texts = [p.read_text(encoding="utf-8") for folder in ("data/sources", "bench/corpus_other/sources", "tests/drafts")
             for p in sorted((ROOT / folder).iterdir())]
    assert len(texts) >= 10
    for t in texts:
        _same(t)
        _same(t, 17, len(t) // 2)


_WORDS = ["Russia", "russia", "China", "world", "World", "US Geological Survey", "USGS", "reserves", "Reserves",
          "output", "rare earths", "rare-earth", "lithium", "LCE", "oxide", "Ministry", "of", "the", "-", "’s", " ",
          ", ", ".", "Congo", "DR Congo", "DRC", "mine production", "U.S.", "x", "production"]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_WORDS), max_size=30), st.integers(0, 5))
def test_same_mentions_on_generated_text(parts, cut):
    text = "".join(p if p in (" ", ", ", ".", "-", "’s") else p + " " * (len(p) % 2) for p in parts)
    _same(text)
    _same(text, min(cut, len(text)), len(text))


def _spans(m):
    return None if m is None else (m.start(), m.end(), m.group(0))


def _same_as_whole(text):
    """Every LexemePattern method gives what the whole compiled alternation gives."""
    for regex, _ in TABLES:
        full = regex.full()
        assert [_spans(m) for m in regex.finditer(text)] == [_spans(m) for m in full.finditer(text)]
        for pos in range(0, len(text), 3):
            assert _spans(regex.match(text, pos)) == _spans(full.match(text, pos))
            assert _spans(regex.search(text, pos, len(text) - 1)) == _spans(full.search(text, pos, len(text) - 1))
        for piece in text.split(" "):
            assert _spans(regex.fullmatch(piece)) == _spans(full.fullmatch(piece))


def test_lexeme_pattern_matches_as_the_whole_alternation():
    _same_as_whole("The Ministry said world output in DR Congo rose; RUSSIA and russia, ſtate Kelvin K reserves.")


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_WORDS + ["Ünited", "ſ", "İ", "K"]), max_size=20))
def test_lexeme_pattern_on_generated_text(parts):
    _same_as_whole(" ".join(parts))


def test_remembered_canonical_attributor_is_the_one_worked_out(monkeypatch):
    from reecheck.context import ContextReader, context_reader
    from reecheck.rules import load_rules

    cr = context_reader(load_rules())
    phrases = ["The Geological Survey", "Nordavia's Producers Council", "Velmar Ports", "the agency", "Acme Mining's",
               "Geological Survey of Ostland", "Tarnoil", "The Tarnoil"]
    worked_out = [cr._canonical_attributor(p) for p in phrases]
    monkeypatch.setattr(ContextReader, "MAX_CANONICAL", 3)  # the memory is emptied on the way
    assert [cr.canonical_attributor(p) for p in phrases * 2] == worked_out * 2
    assert len(cr._canonical) <= 3


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Velmar Ports", ", the ", "its ", "operator ", "carrier", " ", "Acme", "said", "'s",
                                 "the operator", ".", "2024", "a"]), max_size=10).map("".join))
def test_cheap_tests_before_whole_text_scans_of_the_context_stage(text):
    from reecheck.context import _MID_CAP, _org_role

    for noun in ("operator", "carrier"):
        for end in range(0, len(text) + 1, 7):
            if list(_org_role(noun).finditer(text, 0, end)):
                assert text.find(noun, 0, end) >= 0
    assert _MID_CAP.findall(text) == [m.group(1) for m in _MID_CAP.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["by ", "BY ", "By the ", "according to ", "said ", "nearby ", "the ", " ", "  ",
                                 "estimated by ", "Acme", ",", "ſ", "stand-by "]), max_size=6).map("".join))
def test_speaker_cues_matched_backwards_are_the_searched_ones(before):
    import re

    cr = context_reader(load_rules())
    assert bool(cr.re_by_before.search(before)) == bool(cr.re_by.search(before))
    according = cr.re_according.pattern
    assert bool(cr.re_according_before.search(before)) == bool(re.search(rf"(?:{according})$", before, re.I))
    assert bool(cr.re_according_the_before.search(before)) == bool(
        re.search(rf"(?:{according})(?:the\s+)?$", before, re.I))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["in ", "at ", "of ", "the ", "IN ", "within ", "Acme", " ", "-", "(", "\n", "cat "]),
                max_size=6).map("".join))
def test_place_word_matched_backwards_is_the_searched_one(before):
    import re

    from reecheck.context import _PLACE_BEFORE

    assert bool(_PLACE_BEFORE.search(before)) == bool(re.search(r"(?:^|\W)(?:in|at|of)\s+(?:the\s+)?$", before))
