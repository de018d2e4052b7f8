"""The HTML report: one self-contained page (inline CSS, a few lines of inline JS, SVG plots, no fetches).

Public functions take plain data, so any report that can be put as a dict can reuse them:

- :func:`to_html` (a check report's ``as_dict()`` → the page); :func:`to_html_draft` (a draft report's)
- :func:`check_view`, :func:`draft_view` (those dicts → the view a template draws)
- :func:`plot_for` (figure dicts → a :class:`~reecheck.render_plot.Plot` in one display unit)
- :func:`quote_parts`, :func:`safe_url`, :func:`source_info` (small helpers a draft view reuses)
- :func:`render_page` (any template under ``templates/`` that extends ``base.html.j2``, with a view)

Safety: Jinja's autoescape is on for every template, so text from a source is always text; links keep
only http(s) and mailto addresses; the page's Content-Security-Policy allows no network access and runs
only the page's own script (by hash), so even markup that slipped through could not run or fetch.
"""
from __future__ import annotations

import base64
import hashlib
import json
import math
import statistics
from collections import Counter
from functools import lru_cache
from pathlib import Path

from .render_plot import NARROW_WIDTH, PALETTE, WIDTH, Point, strip_plot

TEMPLATES = Path(__file__).with_name("templates")

#: Plain words for each group status, as a heading an editor reads first.
STATUS_WORDS = {
    "discrepancy": "Sources disagree",
    "minor": "Sources differ slightly",
    "consistent": "Sources agree",
    "single": "Only one source gives this",
}
STATUS_TITLES = {
    "discrepancy": "Discrepancies",
    "minor": "Minor variances",
    "consistent": "Consistent",
    "single": "Uncorroborated (one source only)",
}
#: Link schemes a report may point to; anything else (javascript:, data:) is shown as text only.
SAFE_SCHEMES = ("http://", "https://", "mailto:")


@lru_cache(maxsize=1)
def environment():
    """The Jinja environment: autoescape on for every template, undefined names are errors."""
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["jsonld"] = jsonld_text
    env.filters["plural"] = lambda n, word, many=None: f"{n} {word if n == 1 else (many or word + 's')}"
    return env


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def jsonld_text(data) -> str:
    """JSON for a ``<script type="application/ld+json">`` block: ``<``, ``>`` and ``&`` escaped, so a
    string from a source cannot close the block."""
    from markupsafe import Markup

    text = json.dumps(data, ensure_ascii=False, indent=1)
    return Markup(text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e"))


def render_page(template: str, view: dict) -> str:
    """Draw ``template`` with ``view`` plus the shared CSS and JS (and their CSP hashes)."""
    css = (TEMPLATES / "report.css").read_text(encoding="utf-8")
    js = (TEMPLATES / "report.js").read_text(encoding="utf-8")
    return environment().get_template(template).render(
        view=view, css=css, js=js, csp=f"default-src 'none'; img-src data:; style-src {_csp_hash(css)}; "
                                     f"script-src {_csp_hash(js)}; base-uri 'none'; form-action 'none'")


def safe_url(url) -> str | None:
    """``url`` if it is an http(s) or mailto address, else None (shown as text, never linked)."""
    if not isinstance(url, str):
        return None
    u = url.strip()
    return u if u.lower().startswith(SAFE_SCHEMES) and not any(ch in u for ch in "\r\n\t ") else None


def quote_parts(sentence: str, text: str) -> tuple[str, str, str]:
    """(before, figure, after) so the template can mark the figure; figure is '' if not found."""
    i = sentence.find(text) if text else -1
    if i < 0:
        return sentence, "", ""
    return sentence[:i], text, sentence[i + len(text):]


def source_info(meta_by_source: dict[str, dict], source: str) -> dict:
    """Title, publisher, date and a safe link for one source file (empty strings where unknown)."""
    m = meta_by_source.get(source) or {}
    return {"name": source, "title": m.get("title") or "", "publisher": m.get("publisher") or "",
            "date": m.get("date") or "", "url": safe_url(m.get("url")), "raw_url": m.get("url") or ""}


def _unit_label(unit: str, rules) -> str:
    """A short label for a pint unit string ('megametric_ton' → 'Mt'); currency codes kept as written."""
    if unit in ("dimensionless", ""):
        return ""
    try:
        from .units import registry

        ureg = registry(rules)
        parts = []
        for tok in unit.split(" / "):
            tok = tok.strip()
            parts.append(tok if tok.isupper() else f"{ureg.Unit(tok):~P}")
        return "/".join(parts)
    except Exception:  # noqa: BLE001 - a label is cosmetic: fall back to the unit's own name
        return unit.replace("_", " ")


def _factor(unit: str, rules) -> float | None:
    try:
        from .units import base_of

        return base_of(unit, rules)[0]
    except Exception:  # noqa: BLE001 - pint or rules errors: the figure is listed but not plotted
        return None


def plot_for(figures: list[dict], camp_of: dict[str, int], rules=None, label=None):
    """A strip plot of ``figures`` (JSON figure dicts) in their most common unit.

    Figures in other units are converted through the rules' pint registry; one that cannot be
    converted is left off the plot (it is still quoted below it). Returns ((wide, narrow), left_off_ids):
    the same plot laid out for a laptop column and for a phone, or (None, ids) when nothing can be
    plotted.
    """
    if rules is None:
        from .rules import load_rules

        rules = load_rules()
    units = Counter(f["unit"] for f in figures)
    display = units.most_common(1)[0][0]
    base = _factor(display, rules) if len(units) > 1 else 1.0
    points, left = [], []
    ordered = sorted(figures, key=lambda f: (camp_of.get(f["id"], 0),
                                             f["value"] if isinstance(f["value"], (int, float)) else math.inf))
    for f in ordered:
        k = 1.0 if f["unit"] == display else (_factor(f["unit"], rules) or math.nan) / (base or math.nan)
        if not math.isfinite(k) or not isinstance(f["value"], (int, float)) or not math.isfinite(f["value"]):
            left.append(f["id"])
            continue

        def conv(v, k=k):
            return None if v is None else v * k

        low, high = conv(f["low"]), conv(f["high"])
        if f.get("qualifier") in ("exact", "approx"):
            low = high = conv(f["value"])  # rounding is the comparison's business; the plot shows what was said
        who = label(f) if label else f"{f['text']} · {f.get('attribution') or 'no body named'} · {f['source']}"
        points.append(Point(value=f["value"] * k, low=low, high=high, camp=camp_of.get(f["id"], 1), label=who,
                            text=f["text"], anchor=f["id"]))
    if not points:
        return None, left
    unit = _unit_label(display, rules)
    return (strip_plot(points, unit, WIDTH), strip_plot(points, unit, NARROW_WIDTH)), left


def _figure_view(f: dict, sources: dict[str, dict]) -> dict:
    pre, mark, post = quote_parts(f["sentence"], f["text"])
    return {**f, "pre": pre, "mark": mark, "post": post, "src": source_info(sources, f["source"])}


def camp_wording(figs: list[dict]) -> str:
    """The camp's most common wording of its figure (ties: nearest the median, then the first listed),
    as :func:`reecheck.compare.camp_text` words it, from plain dicts."""
    pool = [f for f in figs if f.get("qualifier") in ("exact", "approx", "range")] or figs
    texts = [f["text"] for f in pool]
    mid = statistics.median(f["value"] for f in pool)
    return min(pool, key=lambda f: (-texts.count(f["text"]), abs(f["value"] - mid)))["text"]


def check_view(data: dict, *, rules=None, title: str = "reecheck report", claim_reviews=None) -> dict:
    """Everything the check template draws, from a check report's ``as_dict()``."""
    figs = {f["id"]: f for f in data["figures"]}
    meta = {s["source"]: s.get("metadata") or {} for s in data.get("sources", [])}
    notes: dict[str, list[str]] = {}
    for rc in data.get("ratio_claims", []):
        notes.setdefault(rc["group"], []).append(rc["note"])
    groups = []
    for g in data["groups"]:
        camp_of = {fid: i for i, camp in enumerate(g["camps"], 1) for fid in camp}
        camps = []
        for i, ids in enumerate(g["camps"], 1):
            members = [figs[fid] for fid in ids if fid in figs]
            detail = (g.get("camp_details") or [{}] * len(g["camps"]))[i - 1]
            camps.append({"n": i, "anchor": f"{g['id']}-camp{i}", "colour": PALETTE[(i - 1) % len(PALETTE)],
                          "wording": camp_wording(members) if members else "",
                          "attributions": detail.get("attributions", []),
                          "figures": [_figure_view(f, meta) for f in members]})
        members = [figs[fid] for fid in g["figures"] if fid in figs]
        plot, left = (None, [])
        if g["status"] != "single" and members:
            plot, left = plot_for(members, camp_of, rules)
        sources = sorted({f["source"] for f in members})
        groups.append({"id": g["id"], "subject": g["subject"], "status": g["status"],
                       "words": STATUS_WORDS.get(g["status"], g["status"]), "summary": g["summary"],
                       "ratio": g.get("ratio"), "reasons": g.get("reasons", []), "notes": notes.get(g["id"], []),
                       "camps": camps, "plot": plot, "not_plotted": [figs[i]["text"] for i in left],
                       "sources": sources})
    cov = data.get("coverage", {})
    left_out = [{"reason": lo["reason"], **_figure_view(figs[lo["figure"]], meta)}
                for lo in data.get("left_out", []) if lo["figure"] in figs]
    sources = [{**source_info(meta, s["source"]), "status": s["status"], "problem": s.get("problem") or "",
                "repairs": s.get("repairs", []), "dropped": s.get("lines_dropped", []),
                "figures": sum(f["source"] == s["source"] for f in data["figures"])}
               for s in data.get("sources", [])]
    by_status = {s: [g for g in groups if g["status"] == s] for s in STATUS_TITLES}
    return {"title": title, "kind": "check", "statuses": STATUS_TITLES, "by_status": by_status,
            "counts": cov.get("groups_by_status", {s: len(v) for s, v in by_status.items()}),
            "coverage": cov, "sources": sources, "left_out": left_out,
            "source_names": sorted({s["source"] for s in data.get("sources", [])} | {f["source"] for f in figs.values()}),
            "claim_reviews": claim_reviews or []}


def to_html(data: dict, *, rules=None, title: str = "reecheck report", claim_reviews=None) -> str:
    """The self-contained HTML page for a check report's ``as_dict()``.

    ``claim_reviews`` (from :func:`reecheck.claimreview.report_claim_reviews`), if given, are embedded as
    JSON-LD so the page can be published as it is.
    """
    return render_page("check.html.j2", check_view(data, rules=rules, title=title, claim_reviews=claim_reviews))


def _draft_meta(draft) -> dict:
    """The draft's name and whatever metadata the draft report gives (a file name, or a dict)."""
    if isinstance(draft, dict):
        name = draft.get("name") or draft.get("source") or draft.get("path") or draft.get("title") or "draft"
        return {"source": name, **{k: draft.get(k) or "" for k in ("title", "publisher", "date", "url")}}
    return {"source": str(draft or "draft"), "title": "", "publisher": "", "date": "", "url": ""}


def draft_view(data: dict, *, rules=None, title: str = "reecheck draft check", claim_reviews=None) -> dict:
    """Everything the draft template draws, from a draft report's ``as_dict()``: one card per figure of
    the draft with its verdict, advice, a strip plot (the draft's figure against each source's) and the
    sources' sentences."""
    from .claimreview import rating_words
    from .render_plot import fmt_number

    if rules is None:
        from .rules import load_rules

        rules = load_rules()
    meta = _draft_meta(data.get("draft"))
    name = meta["source"]
    items, verdicts = [], {}
    for f in data.get("figures", []):
        verdict = f.get("verdict") or "unrated"
        verdicts.setdefault(verdict, rating_words(verdict))
        mine = {"id": f["id"], "text": f["text"], "unit": f.get("unit") or "", "value": f.get("value"),
                "low": f.get("low"), "high": f.get("high"), "qualifier": None, "source": name,
                "attribution": f.get("attribution")}
        evidence = []
        for i, e in enumerate(f.get("evidence") or [], 1):
            v, unit = e.get("value"), e.get("unit") or mine["unit"]
            said = "" if v is None else f"{fmt_number(v)} {_unit_label(unit, rules)}".strip()
            evidence.append({"id": f"{f['id']}-e{i}", "text": e.get("text") or said, "unit": unit, "value": v, "low": v, "high": v,
                             "qualifier": "exact", "source": e.get("source") or "", "attribution": e.get("attribution"),
                             "sentence": e.get("sentence") or ""})
        plot, left = None, []
        plottable = [x for x in [mine, *evidence] if isinstance(x["value"], (int, float))]
        if plottable and evidence:
            camp_of = {mine["id"]: 1, **{e["id"]: 2 for e in evidence}}
            plot, left = plot_for(plottable, camp_of, rules, label=lambda x, draft=mine["id"]: (
                f"{x['text']} · {'this draft' if x['id'] == draft else (x.get('attribution') or 'no body named')}"
                f" · {x['source']}"))
        items.append({"id": f["id"], "subject": f.get("subject") or "", "text": f["text"], "verdict": verdict,
                      "words": verdicts[verdict], "advice": f.get("advice") or "", "line": f.get("line"),
                      "column": f.get("column"), "attribution": f.get("attribution"), "plot": plot,
                      "sources": sorted({e["source"] for e in evidence if e["source"]}),
                      "evidence": [{**e, "pre": e["sentence"], "mark": "", "post": "", "line": None, "column": None,
                                    "period": None,
                                    "src": {"name": e["source"], "title": "", "publisher": "", "date": "", "url": None}}
                                   for e in evidence]})
    return {"title": title, "kind": "draft", "draft": meta, "statuses": verdicts, "items": items, "colours": PALETTE,
            "source_names": sorted({s for it in items for s in it["sources"]}), "claim_reviews": claim_reviews or []}


def to_html_draft(data: dict, *, rules=None, title: str = "reecheck draft check", claim_reviews=None) -> str:
    """The self-contained HTML page for a draft report's ``as_dict()`` (same page, filters and safety as
    :func:`to_html`)."""
    return render_page("draft.html.j2", draft_view(data, rules=rules, title=title, claim_reviews=claim_reviews))
