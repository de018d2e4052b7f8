"""Figures the subject rules leave alone get a second chance by the words around them (groups.link_by_cues):
two texts' "seasonal workers" meet even when one text names no company, and the verdict says why. Far-apart
values, one text's own figures and two places the rules know stay apart."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import reecheck
from reecheck.groups import CUE_MIN_SHARED, cue_overlap, figure_cue
from reecheck.errors import RulesError
from reecheck.rules import load_rules

PLAN = ("Velka Mining plans new pit\n\nTARNOW, 3 March 2026 - Velka Mining Ltd said on Tuesday it would clear "
        "2,400 hectares of scrub for a new pit. About 140 seasonal workers will be hired for the build, the "
        "company said.\n")
REPLY = ("Residents fight Velka pit\n\nTARNOW, 20 March 2026 - The Tarnow Habitat Trust says planning papers show "
         "3,100 hectares of scrub would be cleared near Tarnow. It counted {n} seasonal workers on the existing "
         "site.\n")


def _group_of(report: dict, text: str) -> dict | None:
    (fig,) = [f for f in report["figures"] if f["text"] == text]
    return next((g for g in report["groups"] if fig["id"] in g["figures"]), None)


def test_lone_figures_meet_by_the_words_around_them(write_sources):
    report = reecheck.check(write_sources({"plan.txt": PLAN, "reply.txt": REPLY.format(n=310)}))
    d = report.as_dict()
    group = _group_of(d, "About 140")
    assert group is not None and group is _group_of(d, "310")
    assert group["status"] == "discrepancy"
    (verdict,) = [v for v in report.verdicts if v.group.id == group["id"]]
    assert any(r.startswith("matched by wording, not by subject: ") and "'seasonal'" in r and "'worker'" in r
               for r in verdict.reasons)


def test_far_apart_values_are_not_linked_by_words_alone(write_sources):
    d = reecheck.check(write_sources({"plan.txt": PLAN, "reply.txt": REPLY.format(n="1,900")})).as_dict()
    assert _group_of(d, "About 140") is not _group_of(d, "1,900") or _group_of(d, "1,900") is None


def test_one_text_never_links_its_own_figures(write_sources):
    text = PLAN + "\nIt counted 310 seasonal workers on the existing site.\n"
    d = reecheck.check(write_sources({"plan.txt": text})).as_dict()
    assert not any({"About 140", "310"} <= {f["text"] for f in d["figures"] if f["id"] in g["figures"]}
                   for g in d["groups"])


def test_two_places_the_rules_know_stay_apart(write_sources):
    a = "Chile hired about 140 seasonal workers for the grape harvest, the ministry said.\n"
    b = "Peru hired 310 seasonal workers for the grape harvest, the agency said.\n"
    d = reecheck.check(write_sources({"a.txt": a, "b.txt": b})).as_dict()
    assert _group_of(d, "about 140") is not _group_of(d, "310") or _group_of(d, "310") is None
    assert all(g["status"] != "discrepancy" for g in d["groups"])


def test_a_cue_leaves_out_names_the_figure_and_empty_words(claims_of, rules):
    (c,) = [c for c in claims_of("The Tarnow Habitat Trust counted 310 seasonal workers on the old site.")
            if c.figure.text == "310"]
    ignore = frozenset(rules.cue_ignore)
    cue = figure_cue(c, ignore)
    assert {"seasonal", "worker", "counted"} <= cue  # "workers" made singular
    assert not cue & {"310", "tarnow", "habitat", "trust", "the", "on"}


def test_the_cue_words_to_ignore_come_from_the_rules(tmp_path):
    folder = tmp_path / "myrules"
    folder.mkdir()
    (folder / "cues.toml").write_text('[cues]\nignore = ["seasonal"]\n', encoding="utf-8")
    assert load_rules([folder], defaults=False).cue_ignore == ("seasonal",)
    bad = tmp_path / "badrules"
    bad.mkdir()
    (bad / "cues.toml").write_text('[cues]\nignore = "seasonal"\n', encoding="utf-8")
    with pytest.raises(RulesError) as info:
        load_rules([bad], defaults=False)
    assert info.value.line == 2 and "must be a list" in str(info.value)


_WORDS = st.frozensets(st.sampled_from(["rail", "spur", "port", "worker", "seasonal", "bed", "fee", "debt"]), max_size=6)


@given(_WORDS, _WORDS)
def test_cue_overlap_is_a_symmetric_share(a, b):
    score = cue_overlap(a, b)
    assert score == cue_overlap(b, a)
    assert 0.0 <= score <= 1.0
    assert (score > 0) == (len(a & b) >= CUE_MIN_SHARED)


def test_a_headline_figure_joins_the_figure_its_own_text_repeats(write_sources):
    plan = ("Velka Mining plans A$1.8 billion expansion\n\nTARNOW, 3 March 2026 - Velka Mining Ltd will spend "
            "A$1.8 billion to widen its pit, the company said.\n")
    reply = ("Pit row\n\nTARNOW, 20 March 2026 - The Tarnow Residents Association says the A$2.4 billion plan for "
             "the pit is too big.\n")
    report = reecheck.check(write_sources({"plan.txt": plan, "reply.txt": reply}))
    d = report.as_dict()
    heads = [f for f in d["figures"] if f["text"] == "A$1.8 billion"]
    assert len(heads) == 2
    (group,) = {g["id"] for g in d["groups"] for f in heads if f["id"] in g["figures"]}
    (verdict,) = [v for v in report.verdicts if v.group.id == group]
    assert any(r.startswith("matched as a repeat: ") for r in verdict.reasons)


def test_a_headline_figure_that_differs_from_its_text_stays_apart(write_sources):
    plan = ("Velka Mining plans A$2 billion expansion\n\nTARNOW, 3 March 2026 - Velka Mining Ltd will spend "
            "A$1.8 billion to widen its pit, the company said.\n")
    d = reecheck.check(write_sources({"plan.txt": plan})).as_dict()
    assert not [g for g in d["groups"] if len(g["figures"]) > 1]


def test_two_groups_holding_one_text_s_figure_twice_are_one_subject(write_sources):
    # the text calls its A$1.8 billion both spending and cost; an analyst's A$2.6 billion cost meets the spending
    a = ("Velka Mining to spend A$1.8 billion on new pit\n\nTARNOW, 3 March 2026 - Velka Mining Ltd said on Tuesday "
         "it would spend A$1.8 billion to widen its Tarn pit. The company expects the expansion to cost A$1.8 "
         "billion in all.\n")
    c = ("Velka expansion cost\n\nTARNOW, 21 March 2026 - Analysts at Tarn Capital put the cost of the Velka "
         "Mining expansion at A$2.6 billion.\n")
    report = reecheck.check(write_sources({"a.txt": a, "c.txt": c}))
    (v,) = [v for v in report.verdicts if any(x.figure.text == "A$2.6 billion" for x in v.group.claims)]
    assert [x.figure.text for x in v.group.claims].count("A$1.8 billion") == 3
    assert v.status == "discrepancy"
    assert any(r.startswith("matched as a repeat: ") for r in v.reasons)


def test_two_groups_sharing_only_a_percentage_stay_apart(write_sources):
    a = ("Velka results\n\nTARNOW, 3 March 2026 - Velka Mining Ltd said output rose 12 per cent. Its workforce grew "
         "12 per cent as well, the company said.\n")
    b = ("Velka jobs\n\nTARNOW, 9 March 2026 - The Tarn Miners Union said Velka Mining's workforce grew 30 per cent.\n")
    report = reecheck.check(write_sources({"a.txt": a, "b.txt": b}))
    for v in report.verdicts:
        assert len({x.metric for x in v.group.claims}) == 1 or v.status != "discrepancy"


def test_an_undated_headline_figure_joins_its_dated_lead(write_sources):
    text = ("Tarnow snow bill heads for record ¥31.4 billion\n\nTARNOW, 18 March 2026 - Tarnow expects to spend a "
            "record ¥31.4 billion clearing snow in fiscal 2025, the Tarnow Roads Bureau said.\n")
    report = reecheck.check(write_sources({"a.txt": text}))
    (head, lead) = [c for c in report.claims if c.figure.text == "¥31.4 billion"]
    group_of = report.group_of()
    assert group_of.get(head.id) is not None and group_of.get(head.id) == group_of.get(lead.id)
