"""reecheck fetch: a page's main text saved with front matter, served by a local HTTP server only."""
from __future__ import annotations

import threading
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

from reecheck.cli import main
from reecheck.fetch import save_url
from reecheck.pipeline import check

ARTICLE = (
    "<!DOCTYPE html><html><head><title>Tin output climbs</title>"
    '<meta property="og:site_name" content="Harbour Gazette">'
    '<meta property="article:published_time" content="2024-05-02">'
    "</head><body><nav><a href='/'>Home</a> <a href='/m'>Markets</a></nav><article><h1>Tin output climbs</h1>"
    "<p>Nordavia mined 44,000 tonnes of tin in 2023, the mining ministry said on Tuesday, a record for the "
    "country's northern pits after a slow start to the year.</p>"
    "<p>Exports rose 12 % to 31,000 tonnes, customs data showed.</p></article>"
    "<div class='comments'><p>First! 99 % sure this is wrong.</p></div></body></html>"
).encode()


class _Handler(BaseHTTPRequestHandler):
    routes = {
        "/tin": ("text/html; charset=utf-8", ARTICLE),
        "/data.csv": ("text/csv", b"Country,Output 2023 (tonnes)\nNordavia,\"44,000\"\n"),
        "/image": ("image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 20),
    }

    def do_GET(self):  # noqa: N802 (http.server's name)
        if self.path not in self.routes:
            self.send_error(404, "Not Found")
            return
        ctype, body = self.routes[self.path]
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):  # keep test output quiet
        pass


@pytest.fixture
def server(monkeypatch):
    """A local HTTP server on 127.0.0.1 (a free port), stopped after the test; proxies bypassed."""
    for var in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_page_is_saved_as_its_main_text_with_front_matter(server, tmp_path, rules):
    when = datetime(2024, 6, 1, 8, 30, tzinfo=timezone.utc)
    got = save_url(f"{server}/tin", tmp_path, now=when)
    assert got.problem == "" and got.path.endswith("tin-output-climbs.md")
    text = open(got.path, encoding="utf-8").read()
    head, body = text.split("\n---\n", 1)
    assert head.splitlines()[1:] == [
        'title: "Tin output climbs"', 'publisher: "Harbour Gazette"', 'date: "2024-05-02"',
        f'url: "{server}/tin"', 'fetched-at: "2024-06-01T08:30:00+00:00"']
    assert "44,000 tonnes" in body and "Markets" not in body and "99 %" not in body
    report = check(tmp_path, rules)  # the saved file is a source like any other
    src = report.sources[0]
    assert src.metadata["publisher"] == "Harbour Gazette"
    assert {c.figure.text for c in report.claims} >= {"44,000 tonnes", "12 %", "31,000 tonnes"}


def test_a_second_fetch_of_the_same_page_does_not_overwrite_the_first(server, tmp_path):
    a = save_url(f"{server}/tin", tmp_path)
    b = save_url(f"{server}/tin", tmp_path)
    assert a.path != b.path and b.path.endswith("tin-output-climbs-2.md")


def test_a_data_file_is_saved_as_it_came(server, tmp_path):
    got = save_url(f"{server}/data.csv", tmp_path)
    assert got.path.endswith("data.csv")
    assert open(got.path, encoding="utf-8").read().startswith("Country,Output 2023")


@pytest.mark.parametrize(("path", "problem"), [
    ("/missing", "HTTP 404 Not Found"),
    ("/image", "a PNG image"),
])
def test_a_bad_address_is_reported_not_raised(server, tmp_path, path, problem):
    got = save_url(f"{server}{path}", tmp_path)
    assert (got.path, got.problem) == (None, problem)


def test_only_web_addresses_are_fetched(tmp_path):
    got = save_url("file:///etc/hostname", tmp_path)
    assert got.problem == "not an http or https address"


def test_the_fetch_command_saves_each_url_and_exits_1_when_one_failed(server, tmp_path):
    out = tmp_path / "sources"
    result = CliRunner().invoke(main, ["fetch", f"{server}/tin", f"{server}/missing", "-o", str(out)],
                                catch_exceptions=False)
    assert result.exit_code == 1
    assert f"saved {server}/tin → {out}/tin-output-climbs.md" in result.stdout
    assert f"skipped {server}/missing: HTTP 404 Not Found" in result.stderr
    assert [p.name for p in out.iterdir()] == ["tin-output-climbs.md"]
