"""Make docs/report.png, the README's picture of the HTML report, from data/sources.

Run from the repository root after ``pip install -e '.[test]'`` with Debian's chromium installed:
``python docs/make_screenshot.py``. It renders the report exactly as ``reecheck check data/sources
--format html`` does and photographs the top of the page (summary, filters, the first discrepancy).
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import reecheck  # noqa: E402
from reecheck.claimreview import report_claim_reviews  # noqa: E402
from reecheck.render_html import to_html  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
#: The picture: a laptop-width window, cut below the first discrepancy's plot and first quotes.
WIDTH, HEIGHT = 1000, 1250
#: The README's image budget.
MAX_BYTES = 300_000


def main(out: Path = ROOT / "docs" / "report.png") -> int:
    from playwright.sync_api import sync_playwright

    data = reecheck.check(ROOT / "data" / "sources").as_dict()
    with tempfile.TemporaryDirectory() as tmp:
        page_file = Path(tmp) / "report.html"
        page_file.write_text(to_html(data, claim_reviews=report_claim_reviews(data)), encoding="utf-8")
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT})
            page.goto(page_file.as_uri())
            page.screenshot(path=str(out), clip={"x": 0, "y": 0, "width": WIDTH, "height": HEIGHT})
            browser.close()
    size = out.stat().st_size
    print(f"{out.relative_to(ROOT)}: {size // 1000} KB")
    return 0 if size <= MAX_BYTES else 1


if __name__ == "__main__":
    sys.exit(main())
