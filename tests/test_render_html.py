"""The HTML report: self-contained, escaped, and carrying every section the issue lists."""
from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser

import pytest

import reecheck
from reecheck.render_html import check_view, jsonld_text, quote_parts, safe_url, to_html

CONFLICT = {
    "a.md": "---\ntitle: Coal outlook for the steppe\npublisher: Steppe Wire\ndate: 2024-03-01\n"
            "url: https://example.org/steppe/coal\n---\n\n"
            "Mongolia's coal reserves are estimated at 3.8 million t, according to the USGS.\n",
    "b.txt": "Mongolia's coal reserves are estimated at 28.7 million t, according to Wood Mackenzie.\n"
             "Mongolia's copper output reached 1.2 million t in 2023.\n",
}
#: Hostile text in every place a source can put it: metadata, a link, the sentence around a figure.
HOSTILE = {
    "a.md": "---\ntitle: <script>window.pwned = 1</script> Zinc notes\npublisher: <img src=x onerror=\"window.pwned=2\">\n"
            "date: 2024-03-01\nurl: javascript:window.pwned=3\n---\n\n"
            "Mongolia's coal reserves are estimated at 3.8 million t <b onmouseover=alert(1)>bold</b>, according to the USGS.\n",
    "b.txt": "Mongolia's coal reserves are estimated at 28.7 million t, according to Wood Mackenzie. "
             "</script><script>window.pwned=5</script>\n",
}
MIXED_UNITS = {
    "a.txt": "Ruritania's salt output reached 12 Mt in 2023, according to the Salt Board.\n",
    "b.txt": "Ruritania's salt output reached 40,000,000 t in 2023, according to Brine Analytics.\n",
}


@pytest.fixture
def report_of(write_sources):
    def _report(files):
        return reecheck.check(write_sources(files)).as_dict()

    return _report


class _Tags(HTMLParser):
    """Every start tag with its attributes, and the text of each script element."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.scripts, self._in_script = [], [], None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = dict(attrs).get("type", "")
            self.scripts.append([self._in_script, ""])

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = None

    def handle_data(self, data):
        if self._in_script is not None:
            self.scripts[-1][1] += data


def parse(html: str) -> _Tags:
    p = _Tags()
    p.feed(html)
    return p


def test_each_discrepancy_has_its_subject_plain_verdict_ratio_plot_and_quotes(report_of):
    html = to_html(report_of(CONFLICT))
    art = html[html.index('<article class="item group discrepancy"'):]
    art = art[:art.index("</article>")]
    assert "Mongolia · reserves · coal" in art
    assert "Sources disagree" in art
    assert "×7.6" in art
    assert art.count("<svg class=\"plot\"") == 2  # one laid out for a laptop, one for a phone
    assert art.count("<g class=\"mark\"") == 2 * 2  # every figure is a point
    assert "(log scale)" in art  # 3.8 vs 28.7 spans more than ×3
    assert "<mark>3.8 million t</mark>" in art and "<mark>28.7 million t</mark>" in art
    # the source's title, publisher, date and link, and line:column
    assert '<a href="https://example.org/steppe/coal" rel="noopener noreferrer nofollow">Coal outlook for the steppe</a>' in art
    assert "Steppe Wire" in art and "<time>2024-03-01</time>" in art
    assert re.search(r"a\.md:\d+:\d+", art) and re.search(r"b\.txt:1:\d+", art)


def test_sections_come_in_order_and_coverage_accounts_for_every_source(report_of):
    html = to_html(report_of(CONFLICT))
    order = [html.index(f'id="status-{s}"') for s in ("discrepancy", "minor", "consistent", "single")]
    assert order == sorted(order)
    assert order[-1] < html.index('id="coverage"')
    cov = html[html.index('id="coverage"'):]
    assert "2 found, 2 read" in cov
    assert "<code>a.md</code>" in cov and "<code>b.txt</code>" in cov
    assert "Numbers seen" in cov and "skipped" in cov
    single = html[html.index('id="status-single"'):html.index('id="coverage"')]
    assert "Mongolia · production · copper" in single or "copper" in single


def test_filters_and_search_are_in_the_page_and_list_every_source(report_of):
    html = to_html(report_of(CONFLICT))
    tags = parse(html).tags
    boxes = [a["value"] for t, a in tags if t == "input" and a.get("name") == "status"]
    assert boxes == ["discrepancy", "minor", "consistent", "single"]
    options = [a["value"] for t, a in tags if t == "option"]
    assert options == ["", "a.md", "b.txt"]
    assert any(t == "input" and a.get("type") == "search" for t, a in tags)
    items = [a for t, a in tags if "item" in (a.get("class") or "").split()]
    assert items and all(a["data-status"] in boxes for a in items)
    assert all(isinstance(json.loads(a["data-sources"]), list) for a in items)


def test_the_page_is_self_contained(report_of):
    html = to_html(report_of(CONFLICT))
    tags = parse(html).tags
    # nothing is loaded from anywhere: no external scripts, styles, images, frames or fonts
    assert not [a for t, a in tags if t in ("script", "img", "iframe", "link", "object", "embed") and
                (a.get("src") or a.get("href") or a.get("data"))]
    assert "@import" not in html and "url(" not in html
    # the only links are the sources' own pages and in-page anchors
    hrefs = [a["href"] for t, a in tags if t == "a"]
    assert hrefs and all(h.startswith("#") or h == "https://example.org/steppe/coal" for h in hrefs)


def test_the_content_security_policy_allows_only_the_pages_own_script_and_style(report_of):
    html = to_html(report_of(CONFLICT))
    p = parse(html)
    csp = next(a["content"] for t, a in p.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp
    (js,) = [text for kind, text in p.scripts if kind == ""]
    digest = base64.b64encode(hashlib.sha256(js.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in csp
    style = html[html.index("<style>") + 7:html.index("</style>")]
    assert base64.b64encode(hashlib.sha256(style.encode()).digest()).decode() in csp


def test_text_from_a_source_is_always_escaped(report_of):
    html = to_html(report_of(HOSTILE))
    p = parse(html)
    # the only executable script is the page's own; nothing a source wrote became a tag or a handler
    assert [kind for kind, _ in p.scripts] in (["application/ld+json", ""], [""])
    assert "window.pwned" not in "".join(text for kind, text in p.scripts if kind == "")
    assert not any(t in ("img", "b") for t, _ in p.tags)
    assert not any(k.startswith("on") for _, a in p.tags for k in a)
    # ... and it is shown as text
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt; Zinc notes" in html
    assert "&lt;img src=x onerror=" in html
    # a javascript: link is never a link
    assert not any("javascript:" in (a.get("href") or "") for _, a in p.tags)
    assert "link not shown: javascript:window.pwned=3" in html


def test_the_json_ld_block_cannot_be_closed_by_a_source(report_of):
    from reecheck.claimreview import report_claim_reviews

    data = report_of(HOSTILE)
    html = to_html(data, claim_reviews=report_claim_reviews(data, date_published="2025-01-01"))
    (ld,) = [text for kind, text in parse(html).scripts if kind == "application/ld+json"]
    reviews = json.loads(ld)
    assert reviews and all(r["@type"] == "ClaimReview" for r in reviews)
    assert "</script" not in ld.lower()
    assert "<" not in jsonld_text({"a": "</script><b>"})


def test_figures_in_other_units_are_converted_onto_one_axis(report_of):
    view = check_view(report_of(MIXED_UNITS))
    (g,) = [g for g in view["by_status"]["discrepancy"]]
    plot, narrow = g["plot"]
    assert plot.unit in ("Mt", "t") and narrow.unit == plot.unit
    assert narrow.width < plot.width
    xs = sorted(m.x for m in plot.marks)
    # 12 Mt is 12,000,000 t: left of 40,000,000 t once both are in one unit
    twelve = next(m for m in plot.marks if m.label.startswith("12 Mt"))
    assert twelve.x == xs[0]
    assert not g["not_plotted"]


@pytest.mark.parametrize(("sentence", "text", "parts"), [
    ("Output reached 12 Mt in 2023.", "12 Mt", ("Output reached ", "12 Mt", " in 2023.")),
    # a figure not found verbatim is left unmarked, never dropped
    ("Output reached twelve Mt.", "12 Mt", ("Output reached twelve Mt.", "", "")),
])
def test_quote_parts_mark_the_figure(sentence, text, parts):
    assert quote_parts(sentence, text) == parts


@pytest.mark.parametrize(("url", "kept"), [
    ("https://example.org/a", True),
    ("http://example.org/a", True),
    ("mailto:desk@example.org", True),
    ("javascript:alert(1)", False),
    ("JavaScript:alert(1)", False),
    ("data:text/html,hi", False),
    ("https://example.org/a b", False),
    (None, False),
])
def test_only_web_and_mail_links_are_linked(url, kept):
    assert (safe_url(url) is not None) is kept


def test_a_report_with_no_figures_still_renders_its_coverage(write_sources):
    data = reecheck.check(write_sources({"empty.txt": "Nothing to count here.\n"})).as_dict()
    html = to_html(data)
    assert html.count('<p class="none">None.</p>') == 4
    assert "1 found, 1 read" in html


#: A draft report as `reecheck draft` gives it (the draft issue's shape): the same page machinery draws it.
DRAFT = {"draft": "draft.md", "figures": [
    {"id": "d1", "text": "12 Mt", "line": 3, "column": 10, "value": 12.0, "low": 12.0, "high": 12.0,
     "unit": "megametric_ton", "subject": "Ruritania · production · salt", "attribution": "Salt Board",
     "verdict": "contradicted",
     "evidence": [{"source": "b.txt", "sentence": "Output was 40 Mt <script>window.pwned=1</script>.", "value": 40.0,
                   "unit": "megametric_ton", "attribution": "Brine Analytics"},
                  {"source": "c.txt", "sentence": "Output was 41,000,000 t.", "value": 41e6, "unit": "metric_ton",
                   "attribution": None}],
     "advice": "Two sources give about 40 Mt."},
    {"id": "d2", "text": "about 3 %", "line": 5, "column": 1, "value": 3.0, "low": 3.0, "high": 3.0, "unit": "percent",
     "subject": "Ruritania · share · salt", "attribution": None, "verdict": "unsupported", "evidence": [],
     "advice": ""}]}


def test_a_draft_report_gets_the_same_page_plots_and_filters():
    from reecheck.claimreview import draft_claim_reviews
    from reecheck.render_html import draft_view, to_html_draft

    html = to_html_draft(DRAFT, claim_reviews=draft_claim_reviews(DRAFT, date_published="2025-01-02"))
    p = parse(html)
    assert [a["id"] for t, a in p.tags if t == "article"] == ["d1", "d2"]
    assert "Contradicted by the sources" in html and "Two sources give about 40 Mt." in html
    assert "draft.md:3:10" in html
    boxes = [a["value"] for t, a in p.tags if t == "input" and a.get("name") == "status"]
    assert boxes == ["contradicted", "unsupported"]
    assert [a["value"] for t, a in p.tags if t == "option"] == ["", "b.txt", "c.txt"]
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in html
    assert [kind for kind, _ in p.scripts] == ["application/ld+json", ""]
    # the draft's figure and both sources' on one axis, in one unit (41,000,000 t is 41 Mt)
    wide, _ = draft_view(DRAFT)["items"][0]["plot"]
    assert [m.label.split(" · ")[1] for m in wide.marks] == ["this draft", "Brine Analytics", "no body named"]
    assert [m.camp for m in wide.marks] == [1, 2, 2]
    xs = [m.x for m in wide.marks]
    assert xs[0] < xs[1] < xs[2]
    assert draft_view(DRAFT)["items"][1]["plot"] is None  # nothing to set it against


def test_a_figure_that_cannot_be_plotted_is_named_not_dropped():
    from reecheck.render_html import plot_for

    figs = [{"id": "a", "unit": "metric_ton", "value": None, "low": None, "high": None, "text": "x", "source": "s"},
            {"id": "b", "unit": "metric_ton", "value": 5.0, "low": 5.0, "high": 5.0, "text": "5 t", "source": "s",
             "qualifier": "exact"},
            {"id": "c", "unit": "no_such_unit_anywhere", "value": 7.0, "low": 7.0, "high": 7.0, "text": "7 zz",
             "source": "s", "qualifier": "exact"}]
    (wide, narrow), left = plot_for(figs, {"a": 1, "b": 1, "c": 1})
    assert sorted(left) == ["a", "c"]
    assert [m.anchor for m in wide.marks] == ["b"]
