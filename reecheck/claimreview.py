"""schema.org ClaimReview JSON-LD, so a fact-checking site can publish reecheck's verdicts.

- :func:`claim_review` (one claim item → one ClaimReview dict)
- :func:`report_claims` (a check report's ``as_dict()`` → claim items, one per camp of each discrepancy)
- :func:`report_claim_reviews` (the two together), :func:`draft_claim_reviews` (one per figure verdict
  of a draft report's ``as_dict()``) and :func:`to_jsonld` (the list as text)

A claim item is a plain dict, the shape of a draft report's figure verdict: ``id`` (the anchor),
``subject``, ``text`` (the figure as written), ``attribution`` (a name or a list of names), ``verdict``,
and optionally ``advice`` (why), ``appearances`` (where the claim was published: dicts with source,
title, publisher, date, url) and ``date``. Google's fact-check markup requires ``claimReviewed``,
``reviewRating.alternateName`` and ``url``, and recommends the review's ``author``, ``datePublished`` and
an ``itemReviewed`` Claim with its author, appearance and date; all are filled where known. The numbers
themselves stay in reecheck's JSON: a rating here is words, not a score.
"""
from __future__ import annotations

import json
from datetime import date as _date

#: Rating words per verdict: check statuses and the verdicts a draft check gives. A verdict not listed
#: is shown as its own words.
RATING_WORDS = {
    "discrepancy": "Disputed by other sources",
    "minor": "Slightly different in other sources",
    "consistent": "Consistent with other sources",
    "single": "Not corroborated by other sources",
    "supported": "Supported by the sources",
    "contradicted": "Contradicted by the sources",
    "unsupported": "Not found in the sources",
    "disputed": "Disputed among the sources",
    "misattributed": "Attributed to the wrong source",
    "uncorroborated": "Not corroborated by other sources",
}
SCHEMA = "https://schema.org"


def rating_words(verdict: str) -> str:
    """The words a reader sees for ``verdict`` (Google shows ``alternateName``)."""
    return RATING_WORDS.get(verdict, verdict.replace("_", " ").strip().capitalize() or "Unrated")


def _org(name: str) -> dict:
    return {"@type": "Organization", "name": name}


def _creative_work(app: dict) -> dict:
    """An appearance: the published work the claim is in (a URL only when the source gives one)."""
    from .render_html import safe_url

    work = {"@type": "CreativeWork"}
    url = safe_url(app.get("url"))
    if url:
        work["url"] = url
    if app.get("title"):
        work["headline"] = app["title"]
    work["name"] = app.get("title") or app.get("source") or "unnamed source"
    if app.get("publisher"):
        work["publisher"] = _org(app["publisher"])
    if app.get("date"):
        work["datePublished"] = app["date"]
    return work


def claim_review(item: dict, *, url: str = "", publisher: str = "reecheck", date_published: str | None = None,
                 appearances: list[dict] | None = None) -> dict:
    """One ClaimReview for a claim item (see the module docstring for the item's keys).

    ``url`` is the page the review is published on; the review's url is ``url#<item id>``. ``publisher``
    is the reviewing organisation. ``appearances`` (e.g. the draft being checked) are used when the
    item has none of its own.
    """
    anchor = item.get("anchor") or item["id"]
    claim_text = f"{item['subject']}: {item['text']}" if item.get("subject") else item["text"]
    apps = list(item.get("appearances") or appearances or [])
    names = item.get("attribution") or []
    if isinstance(names, str):
        names = [names]
    authors = [_org(n) for n in names] or [_org(a["publisher"]) for a in apps[:1] if a.get("publisher")]
    claim: dict = {"@type": "Claim"}
    if authors:
        claim["author"] = authors[0] if len(authors) == 1 else authors
    dates = sorted(a["date"] for a in apps if a.get("date"))
    if item.get("date") or dates:
        claim["datePublished"] = item.get("date") or dates[0]
    if apps:
        works = [_creative_work(a) for a in apps]
        claim["appearance"] = works[0] if len(works) == 1 else works
        first = min(apps, key=lambda a: a.get("date") or "9999")
        claim["firstAppearance"] = _creative_work(first)
    rating = {"@type": "Rating", "alternateName": rating_words(item.get("verdict") or "")}
    if item.get("advice"):
        rating["ratingExplanation"] = item["advice"]
    return {
        "@context": SCHEMA,
        "@type": "ClaimReview",
        "url": f"{url}#{anchor}",
        "claimReviewed": claim_text,
        "author": _org(publisher),
        "datePublished": date_published or _date.today().isoformat(),
        "itemReviewed": claim,
        "reviewRating": rating,
    }


def report_claims(data: dict) -> list[dict]:
    """Claim items for a check report: one per camp of every discrepancy, anchored ``<group>-camp<n>``
    (the HTML report gives each camp that id)."""
    from .render_html import camp_wording

    figs = {f["id"]: f for f in data["figures"]}
    meta = {s["source"]: s.get("metadata") or {} for s in data.get("sources", [])}
    items = []
    for g in data["groups"]:
        if g["status"] != "discrepancy":
            continue
        details = g.get("camp_details") or [{} for _ in g["camps"]]
        for i, ids in enumerate(g["camps"], 1):
            members = [figs[fid] for fid in ids if fid in figs]
            if not members:
                continue
            wording = camp_wording(members)
            others = [camp_wording([figs[x] for x in other if x in figs])
                      for j, other in enumerate(g["camps"], 1) if j != i and any(x in figs for x in other)]
            seen, apps = set(), []
            for f in members:
                if f["source"] not in seen:
                    seen.add(f["source"])
                    apps.append({"source": f["source"], **meta.get(f["source"], {})})
            ratio = f" (×{g['ratio']:.1f} apart)" if g.get("ratio") else ""
            items.append({
                "id": f"{g['id']}-camp{i}", "subject": g["subject"], "text": wording,
                "attribution": details[i - 1].get("attributions") or
                sorted({f["attribution"] for f in members if f.get("attribution")}),
                "verdict": "discrepancy",
                "advice": f"Other sources give {' and '.join(others)}{ratio}. " + " ".join(
                    r[0].upper() + r[1:] + "." for r in g.get("reasons", [])),
                "appearances": apps,
            })
    return items


def report_claim_reviews(data: dict, *, url: str = "", publisher: str = "reecheck",
                         date_published: str | None = None) -> list[dict]:
    """ClaimReviews for every discrepancy of a check report's ``as_dict()``."""
    return [claim_review(it, url=url, publisher=publisher, date_published=date_published)
            for it in report_claims(data)]


def draft_claim_reviews(data: dict, *, url: str = "", publisher: str = "reecheck",
                        date_published: str | None = None) -> list[dict]:
    """ClaimReviews for every figure verdict of a draft report's ``as_dict()``; the draft is where each
    claim appears."""
    from .render_html import _draft_meta

    draft = _draft_meta(data.get("draft"))
    return [claim_review(f, url=url, publisher=publisher, date_published=date_published, appearances=[draft])
            for f in data.get("figures", [])]


def to_jsonld(reviews: list[dict]) -> str:
    """The reviews as one JSON-LD document (a list; each review carries its own ``@context``)."""
    return json.dumps(reviews, ensure_ascii=False, indent=2) + "\n"
