"""The HTML report in a real headless Chromium: no console errors, discrepancies and plots visible,
filters and search working, a script planted in a source never running, nothing fetched.

Uses Debian's chromium (``/usr/bin/chromium``) through Playwright; no browser is ever downloaded. Without
that binary the test skips, unless ``REECHECK_REQUIRE_BROWSER=1`` (set by ``.ci/run``), where it fails.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import reecheck
from reecheck.claimreview import report_claim_reviews
from reecheck.render_html import to_html

CHROMIUM = "/usr/bin/chromium"
#: Flags for a quiet, offline, sandbox-free run inside CI containers.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
DATA = Path(__file__).resolve().parents[1] / "data" / "sources"
#: A source that tries to run script from its metadata, its link and its text.
HOSTILE = {
    "90_hostile.md": "---\ntitle: <script>window.pwned = 1</script> Salt notes\n"
                     "publisher: <img src=x onerror=\"window.pwned=2\">\ndate: 2024-03-01\n"
                     "url: javascript:window.pwned=3\n---\n\n"
                     "Ruritania's salt output reached 12 Mt in 2023 <img src=x onerror=\"window.pwned=4\">, "
                     "according to the Salt Board.\n",
    "91_hostile.txt": "Ruritania's salt output reached 40 Mt in 2023, according to Brine Analytics. "
                      "</script><script>window.pwned = 5</script>\n",
}


#: A draft report in the draft issue's shape, with a script in a source's sentence.
DRAFT = {"draft": "draft.md", "figures": [
    {"id": "d1", "text": "12 Mt", "line": 3, "column": 10, "value": 12.0, "low": 12.0, "high": 12.0,
     "unit": "megametric_ton", "subject": "Ruritania · production · salt", "attribution": "Salt Board",
     "verdict": "contradicted", "advice": "Two sources give about 40 Mt.",
     "evidence": [{"source": "b.txt", "sentence": "Output was 40 Mt <script>window.pwned=1</script>.",
                   "value": 40.0, "unit": "megametric_ton", "attribution": "Brine Analytics"}]},
    {"id": "d2", "text": "about 3 %", "line": 5, "column": 1, "value": 3.0, "low": 3.0, "high": 3.0,
     "unit": "percent", "subject": "Ruritania · share · salt", "attribution": None, "verdict": "unsupported",
     "evidence": [], "advice": ""}]}


def _browser_or_skip():
    required = os.environ.get("REECHECK_REQUIRE_BROWSER") == "1"
    if not Path(CHROMIUM).exists():
        if required:
            pytest.fail(f"REECHECK_REQUIRE_BROWSER=1 but {CHROMIUM} is missing (apt-get install chromium)")
        pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium); set REECHECK_REQUIRE_BROWSER=1 to fail instead")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if required:
            pytest.fail("REECHECK_REQUIRE_BROWSER=1 but playwright is not installed (pip install -e '.[test]')")
        pytest.skip("playwright not installed (pip install -e '.[test]')")
    return sync_playwright


@pytest.fixture(scope="module")
def report_file(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sources")
    for f in DATA.iterdir():
        shutil.copy(f, folder / f.name)
    for name, text in HOSTILE.items():
        (folder / name).write_text(text, encoding="utf-8")
    data = reecheck.check(folder).as_dict()
    page = tmp_path_factory.mktemp("report") / "report.html"
    page.write_text(to_html(data, claim_reviews=report_claim_reviews(data, date_published="2025-01-02")),
                    encoding="utf-8")
    return page, data


@pytest.fixture(scope="module")
def browser():
    sync_playwright = _browser_or_skip()
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, report_file):
    path, _ = report_file
    ctx = browser.new_context(viewport={"width": 1200, "height": 900})
    pg = ctx.new_page()
    pg.errors, pg.requests = [], []
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.goto(path.as_uri())
    yield pg
    ctx.close()


def visible_ids(pg, selector: str) -> list[str]:
    return pg.eval_on_selector_all(selector, "els => els.filter(e => e.offsetParent !== null).map(e => e.id)")


def test_the_page_loads_with_no_errors_and_fetches_nothing(page, report_file, tmp_path):
    assert page.title() == "reecheck report"
    assert page.errors == []
    assert page.requests == [report_file[0].as_uri()]
    shot = tmp_path / "report.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000


def test_each_discrepancy_and_its_plot_are_visible(page, report_file):
    _, data = report_file
    expected = [g["id"] for g in data["groups"] if g["status"] == "discrepancy"]
    assert len(expected) >= 2  # the demo's lithium dispute and the planted salt one
    for gid in expected:
        card = page.locator(f"article#{gid}")
        assert card.is_visible()
        plot = card.locator("svg.plot >> visible=true")
        assert plot.count() == 1  # the laptop layout; the phone layout is hidden
        box = plot.bounding_box()
        assert box["width"] > 500 and box["height"] > 60
        marks = plot.locator("g.mark")
        assert marks.count() == len(next(g for g in data["groups"] if g["id"] == gid)["figures"])
        assert card.locator("mark").first.is_visible()


def test_status_filter_hides_and_shows_groups(page, report_file):
    _, data = report_file
    disc = [g["id"] for g in data["groups"] if g["status"] == "discrepancy"]
    total = len(data["groups"])
    assert page.locator("#shown-count").inner_text() == f"{total} of {total} shown"
    page.locator("input[name=status][value=discrepancy]").uncheck()
    assert not set(disc) & set(visible_ids(page, ".item"))
    assert page.locator("#status-discrepancy").is_hidden()
    assert page.locator("#shown-count").inner_text() == f"{total - len(disc)} of {total} shown"
    page.locator("input[name=status][value=discrepancy]").check()
    assert set(disc) <= set(visible_ids(page, ".item"))


def test_source_filter_keeps_only_groups_citing_that_source(page, report_file):
    _, data = report_file
    figs = {f["id"]: f for f in data["figures"]}
    name = "05_cobalt_congo_dominance.md"
    expected = {g["id"] for g in data["groups"] if any(figs[i]["source"] == name for i in g["figures"])}
    assert expected and len(expected) < len(data["groups"])
    page.select_option("select[name=source]", name)
    assert set(visible_ids(page, ".item")) == expected
    page.select_option("select[name=source]", "")
    assert len(visible_ids(page, ".item")) == len(data["groups"])


def test_search_box_filters_by_text(page, report_file):
    _, data = report_file
    page.fill("input[name=q]", "brine analytics")
    shown = visible_ids(page, ".item")
    salt = {f["group"] for f in data["figures"] if f.get("attribution") == "Brine Analytics" and f["group"]}
    assert shown and set(shown) == salt
    page.fill("input[name=q]", "no such words anywhere")
    assert visible_ids(page, ".item") == []
    assert page.locator("#status-discrepancy .nomatch").is_visible()


def test_script_planted_in_a_source_does_not_run_and_shows_as_text(page):
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.locator("img").count() == 0
    body = page.inner_text("body")
    assert "<script>window.pwned = 1</script> Salt notes" in body
    assert '<img src=x onerror="window.pwned=4">' in body
    # the quote is still hovered, clicked and read without anything happening
    page.locator("text=Salt notes").first.hover()
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.errors == []


def test_on_a_phone_the_page_does_not_scroll_sideways(browser, report_file, tmp_path):
    path, _ = report_file
    ctx = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
    pg = ctx.new_page()
    pg.goto(path.as_uri())
    assert pg.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    plot = pg.locator("article.discrepancy svg.plot >> visible=true").first
    assert plot.is_visible()
    assert plot.get_attribute("viewBox").startswith("0 0 360.0 ")  # the phone layout, text near its size
    assert plot.bounding_box()["width"] <= 390
    pg.screenshot(path=str(tmp_path / "report-phone.png"))
    ctx.close()


def test_a_draft_report_page_works_the_same_way(browser, tmp_path):
    from reecheck.claimreview import draft_claim_reviews
    from reecheck.render_html import to_html_draft

    path = tmp_path / "draft.html"
    path.write_text(to_html_draft(DRAFT, claim_reviews=draft_claim_reviews(DRAFT)), encoding="utf-8")
    pg = browser.new_page()
    errors = []
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.goto(path.as_uri())
    assert pg.locator("article#d1 svg.plot >> visible=true").is_visible()
    pg.locator("input[name=status][value=contradicted]").uncheck()
    assert visible_ids(pg, ".item") == ["d2"]
    pg.select_option("select[name=source]", "b.txt")
    assert visible_ids(pg, ".item") == []
    assert pg.evaluate("typeof window.pwned") == "undefined"
    assert errors == []
    pg.close()


def test_a_missing_browser_skips_unless_ci_requires_it(monkeypatch, tmp_path):
    import sys

    module = sys.modules[__name__]
    monkeypatch.setattr(module, "CHROMIUM", str(tmp_path / "no-chromium"))
    monkeypatch.delenv("REECHECK_REQUIRE_BROWSER", raising=False)
    with pytest.raises(pytest.skip.Exception, match="not installed"):
        _browser_or_skip()
    monkeypatch.setenv("REECHECK_REQUIRE_BROWSER", "1")
    with pytest.raises(pytest.fail.Exception, match="REECHECK_REQUIRE_BROWSER=1"):
        _browser_or_skip()
