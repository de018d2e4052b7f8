"""Syndicated copies: a republished article is said to be one, and counts as one origin when the report
tells how many sources back a figure."""
from __future__ import annotations

from reecheck.pipeline import check
from reecheck.syndication import MIN_SHARED, origins_of, shingles
from reecheck.sources import clean_text

ARTICLE = (
    "Chile produced 44,000 tonnes of lithium in 2023, the mining ministry said in its annual "
    "review, as new pits in the northern hills came on stream ahead of plan. The ministry expects output to keep "
    "rising while the port at Velmar is dredged and a second rail line to the coast is built by the state "
    "railway, which has already ordered wagons from two foreign suppliers for the new service.\n"
)
COPY = "---\ndate: 2024-05-03\n---\n" + ARTICLE + "This story first ran in the Harbour Gazette.\n"
ORIGINAL = "---\ndate: 2024-05-02\n---\n" + ARTICLE
OTHER = ("Ostland's smelters took in 44,000 tonnes of tin concentrate last year as well, a trade group said, "
         "though its members complain that power prices have doubled and several furnaces stood idle for weeks "
         "over the winter months while repairs dragged on.\n")


def test_a_republished_article_is_a_copy_of_the_one_dated_first(rules):
    srcs = [clean_text(t, rules, name=n) for n, t in (("b_copy.md", COPY), ("a_orig.md", ORIGINAL), ("c.md", OTHER))]
    (copy,) = origins_of(srcs)
    assert (copy.source, copy.origin) == ("b_copy.md", "a_orig.md")
    assert copy.shared >= MIN_SHARED


def test_two_articles_on_one_subject_in_their_own_words_are_not_copies(rules):
    srcs = [clean_text(t, rules, name=n) for n, t in (("a.md", ARTICLE), ("c.md", OTHER))]
    assert origins_of(srcs) == []


def test_shingles_are_the_same_on_every_run():
    assert shingles(ARTICLE) == shingles(ARTICLE.upper())  # case does not matter
    assert len(shingles(ARTICLE)) > 5


def test_a_figure_backed_only_by_an_article_and_its_copy_is_single_and_the_report_says_so(rules, write_sources):
    folder = write_sources({"a_orig.md": ORIGINAL, "b_copy.md": COPY})
    report = check(folder, rules)
    d = report.as_dict()
    g = next(g for g in d["groups"] if g["subject"] == "Chile · production · lithium")
    assert g["status"] == "single"
    assert g["summary"] == "only a_orig.md gives this figure (b_copy.md republishes it)"
    assert d["coverage"]["syndicated"] == [{"source": "b_copy.md", "origin": "a_orig.md",
                                            "shared": d["coverage"]["syndicated"][0]["shared"]}]


def test_an_independent_source_still_counts_beside_a_copy(rules, write_sources):
    third = "Chile produced 44,000 tonnes of lithium in 2023, a port official told us.\n"
    folder = write_sources({"a_orig.md": ORIGINAL, "b_copy.md": COPY, "c_own.md": third})
    report = check(folder, rules)
    g = next(v for v in report.verdicts if len(v.group.claims) == 3)
    assert g.status == "consistent"
    assert g.summary == "3 sources (2 independent (b_copy.md republishes it)) agree within rounding"
