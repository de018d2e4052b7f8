"""ClaimReview JSON-LD, checked against what Google's fact-check markup documentation asks for.

Google's fact-check (ClaimReview) structured-data page lists as required: ``claimReviewed`` (text),
``reviewRating`` (a Rating whose ``alternateName`` is required: the textual verdict shown in results)
and ``url`` (the page with the full fact check, with an anchor when a page holds several). It
recommends the review's ``author`` (an Organization or Person with a name), ``datePublished`` and
``itemReviewed`` (a Claim with ``author``, ``appearance``/``firstAppearance`` and ``datePublished``).
Ratings with a numeric ``ratingValue`` need ``bestRating`` and ``worstRating``. JSON-LD needs the
schema.org ``@context``.
"""
from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

import reecheck
from reecheck.claimreview import claim_review, rating_words, report_claim_reviews, to_jsonld
from reecheck.cli import main
from reecheck.render_html import to_html

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
CONFLICT = {
    "a.md": "---\ntitle: Coal outlook for the steppe\npublisher: Steppe Wire\ndate: 2024-03-01\n"
            "url: https://example.org/steppe/coal\n---\n\n"
            "Mongolia's coal reserves are estimated at 3.8 million t, according to the USGS.\n",
    "b.txt": "Mongolia's coal reserves are estimated at 28.7 million t, according to Wood Mackenzie.\n",
}
#: A figure verdict as `reecheck draft` reports one (see the draft issue): the same helper must take it.
DRAFT_ITEM = {"id": "d3", "text": "12 Mt", "line": 4, "column": 17, "value": 12.0, "low": 12.0, "high": 12.0,
              "unit": "megametric_ton", "subject": "Ruritania · production · salt", "attribution": "Salt Board",
              "verdict": "contradicted",
              "evidence": [{"source": "b.txt", "sentence": "Output was 40 Mt.", "value": 40.0,
                            "unit": "megametric_ton", "attribution": "Brine Analytics"}],
              "advice": "Two sources give 40 Mt; check which year the draft means."}


def _named_org(value) -> list[str]:
    """Problems with an author value (an Organization/Person with a name, or a list of them)."""
    values = value if isinstance(value, list) else [value]
    return [f"author {v!r} is not a named Organization or Person" for v in values
            if not (isinstance(v, dict) and v.get("@type") in ("Organization", "Person") and v.get("name"))]


def validate_claim_review(review: dict) -> list[str]:
    """Every way ``review`` falls short of Google's required and recommended ClaimReview fields."""
    problems = []
    if review.get("@context") not in ("https://schema.org", "http://schema.org"):
        problems.append("@context must be schema.org")
    if review.get("@type") != "ClaimReview":
        problems.append("@type must be ClaimReview")
    # required
    if not isinstance(review.get("claimReviewed"), str) or not review["claimReviewed"].strip():
        problems.append("claimReviewed (text) is required")
    rating = review.get("reviewRating")
    if not isinstance(rating, dict) or rating.get("@type") != "Rating":
        problems.append("reviewRating must be a Rating")
    else:
        if not isinstance(rating.get("alternateName"), str) or not rating["alternateName"].strip():
            problems.append("reviewRating.alternateName (the textual rating) is required")
        if "ratingValue" in rating and not {"bestRating", "worstRating"} <= set(rating):
            problems.append("a numeric ratingValue needs bestRating and worstRating")
    url = review.get("url")
    if not isinstance(url, str) or "#" not in url or url.endswith("#"):
        problems.append("url (the fact check's page, with an anchor for this claim) is required")
    # recommended, and asked for by the issue
    problems += _named_org(review.get("author"))
    if not DATE.match(str(review.get("datePublished", ""))):
        problems.append("datePublished should be an ISO date")
    claim = review.get("itemReviewed")
    if not isinstance(claim, dict) or claim.get("@type") != "Claim":
        problems.append("itemReviewed must be a Claim")
    else:
        problems += [f"itemReviewed {p}" for p in _named_org(claim.get("author"))]
        apps = claim.get("appearance", [])  # where known: a draft not yet published has none
        apps = apps if isinstance(apps, list) else [apps]
        if not all(isinstance(a, dict) and a.get("@type") and (a.get("url") or a.get("name"))
                               for a in apps):
            problems.append("itemReviewed.appearance should name the work the claim appears in")
        if "datePublished" in claim and not DATE.match(str(claim["datePublished"])):
            problems.append("itemReviewed.datePublished should be an ISO date")
    return problems


@pytest.fixture
def conflict(write_sources):
    return reecheck.check(write_sources(CONFLICT)).as_dict()


def test_the_validator_catches_each_missing_required_field():
    good = claim_review(DRAFT_ITEM, url="https://example.org/check", date_published="2025-01-02")
    assert validate_claim_review(good) == []
    for field in ("claimReviewed", "reviewRating", "url", "author", "itemReviewed"):
        broken = {k: v for k, v in good.items() if k != field}
        assert validate_claim_review(broken), field
    no_words = {**good, "reviewRating": {"@type": "Rating", "ratingValue": 1}}
    assert any("alternateName" in p for p in validate_claim_review(no_words))
    assert any("bestRating" in p for p in validate_claim_review(no_words))


def test_one_valid_review_per_camp_of_each_discrepancy(conflict):
    reviews = report_claim_reviews(conflict, url="https://example.org/desk/coal", publisher="Steppe Desk",
                                   date_published="2025-01-02")
    assert len(reviews) == 2
    for r in reviews:
        assert validate_claim_review(r) == [], r
        assert r["author"] == {"@type": "Organization", "name": "Steppe Desk"}
        assert r["reviewRating"]["alternateName"] == "Disputed by other sources"
        assert r["datePublished"] == "2025-01-02"
    assert [r["claimReviewed"] for r in reviews] == ["Mongolia · reserves · coal: 3.8 million t",
                                                     "Mongolia · reserves · coal: 28.7 million t"]
    assert [r["itemReviewed"]["author"]["name"] for r in reviews] == ["USGS", "Wood Mackenzie"]
    first = reviews[0]["itemReviewed"]
    assert first["appearance"]["url"] == "https://example.org/steppe/coal"
    assert first["appearance"]["publisher"]["name"] == "Steppe Wire"
    assert first["datePublished"] == "2024-03-01"
    assert "28.7 million t" in reviews[0]["reviewRating"]["ratingExplanation"]
    # no numbers beyond the claim's own words: the figures stay in reecheck's JSON
    assert "ratingValue" not in reviews[0]["reviewRating"]


def test_each_review_url_points_at_an_anchor_the_html_report_has(conflict):
    reviews = report_claim_reviews(conflict, url="https://example.org/desk/coal", date_published="2025-01-02")
    anchors = [r["url"].split("#", 1)[1] for r in reviews]
    assert len(set(anchors)) == len(anchors)
    html = to_html(conflict, claim_reviews=reviews)
    for a in anchors:
        assert f'id="{a}"' in html


def test_a_draft_figure_verdict_makes_a_valid_review():
    draft = {"title": "Salt draft", "publisher": "Desk", "date": "2025-02-01", "url": "https://example.org/drafts/salt"}
    review = claim_review(DRAFT_ITEM, url="https://example.org/review", publisher="Desk Checks",
                          date_published="2025-02-02", appearances=[draft])
    assert validate_claim_review(review) == []
    assert review["url"] == "https://example.org/review#d3"
    assert review["claimReviewed"] == "Ruritania · production · salt: 12 Mt"
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "Contradicted by the sources",
                                      "ratingExplanation": DRAFT_ITEM["advice"]}
    assert review["itemReviewed"]["author"]["name"] == "Salt Board"
    assert review["itemReviewed"]["appearance"]["url"] == "https://example.org/drafts/salt"


@pytest.mark.parametrize(("verdict", "words"), [
    ("discrepancy", "Disputed by other sources"),
    ("supported", "Supported by the sources"),
    # a verdict this module does not know is shown in its own words, never dropped
    ("needs_context", "Needs context"),
])
def test_rating_words(verdict, words):
    assert rating_words(verdict) == words


def test_a_claim_with_no_known_author_gets_none_invented():
    review = claim_review({**DRAFT_ITEM, "attribution": None}, url="https://example.org/r",
                          appearances=[{"source": "draft.md"}])
    assert "author" not in review["itemReviewed"]
    assert review["itemReviewed"]["appearance"] == {"@type": "CreativeWork", "name": "draft.md"}


def test_an_unsafe_source_link_is_not_published(write_sources):
    files = dict(CONFLICT)
    files["a.md"] = files["a.md"].replace("https://example.org/steppe/coal", "javascript:alert(1)")
    data = reecheck.check(write_sources(files)).as_dict()
    text = to_jsonld(report_claim_reviews(data, date_published="2025-01-02"))
    assert "javascript:" not in text
    assert all(validate_claim_review(r) == [] for r in json.loads(text))


def test_check_format_claimreview_uses_the_publisher_and_review_url(write_sources):
    result = CliRunner().invoke(main, ["check", str(write_sources(CONFLICT)), "--format", "claimreview",
                                       "--publisher", "Steppe Desk", "--review-url", "https://example.org/c"])
    assert result.exit_code == 0, result.output
    reviews = json.loads(result.output)
    assert len(reviews) == 2
    assert all(validate_claim_review(r) == [] for r in reviews)
    assert {r["author"]["name"] for r in reviews} == {"Steppe Desk"}
    assert all(r["url"].startswith("https://example.org/c#g") for r in reviews)


def test_a_draft_report_gets_one_valid_review_per_figure_verdict():
    from reecheck.claimreview import draft_claim_reviews

    draft = {"draft": {"name": "salt.md", "title": "Salt in 2023", "url": "https://example.org/drafts/salt",
                       "date": "2025-02-01", "publisher": "Salt Desk"},
             "figures": [DRAFT_ITEM, {**DRAFT_ITEM, "id": "d4", "verdict": "supported", "attribution": None,
                                       "advice": ""}]}
    reviews = draft_claim_reviews(draft, url="https://example.org/review", date_published="2025-02-02")
    assert [r["url"] for r in reviews] == ["https://example.org/review#d3", "https://example.org/review#d4"]
    assert [validate_claim_review(r) for r in reviews] == [[], []]
    # a figure no body is named for is claimed by whoever publishes the draft
    assert [r["itemReviewed"]["author"]["name"] for r in reviews] == ["Salt Board", "Salt Desk"]
    assert reviews[1]["reviewRating"] == {"@type": "Rating", "alternateName": "Supported by the sources"}
    assert all(r["itemReviewed"]["appearance"]["url"] == "https://example.org/drafts/salt" for r in reviews)
    assert all(r["itemReviewed"]["datePublished"] == "2025-02-01" for r in reviews)
