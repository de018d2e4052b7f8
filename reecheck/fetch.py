"""Saving web sources to a folder: a page's main text with front matter, ready for ``reecheck check``.

:func:`save_url` downloads one address (http or https only), keeps a web page's main text and metadata
(title, publisher, date, url, fetched-at) as a Markdown file, and saves a PDF, Word, Excel or CSV file as
it came. It returns a :class:`Fetched` record and never raises for a bad address or a bad page: the
record says why nothing was saved. This is the only module that touches the network.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlparse

from . import readers

#: Seconds to wait for a server before giving up on an address.
FETCH_TIMEOUT = 20.0
#: Largest download kept (bytes); a larger one is cut off and not saved.
MAX_FETCH_BYTES = 50 * 1024 * 1024
#: Longest file name made from a page's title (characters, before the ending).
MAX_SLUG_CHARS = 60
USER_AGENT = "reecheck-fetch/0.1 (saves a page's main text for fact-checking)"

_SUFFIX_OF = {"pdf": ".pdf", "docx": ".docx", "xlsx": ".xlsx", "csv": ".csv"}


@dataclass(frozen=True)
class Fetched:
    """What became of one address: the file saved, or the problem."""

    url: str
    path: str | None
    problem: str = ""
    title: str = ""


def download(url: str, timeout: float = FETCH_TIMEOUT, max_bytes: int = MAX_FETCH_BYTES) -> tuple[bytes, str, str]:
    """(body, content type, final address) of ``url``. Raises OSError or ValueError with a plain message."""
    import urllib.error
    import urllib.request

    if urlparse(url).scheme not in ("http", "https"):
        raise ValueError("not an http or https address")
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/pdf,*/*"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 (scheme checked above)
            body = resp.read(max_bytes + 1)
            ctype = resp.headers.get("Content-Type", "")
            final = resp.geturl()
    except urllib.error.HTTPError as exc:
        raise OSError(f"HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise OSError(f"cannot reach the server ({exc.reason})") from None
    except TimeoutError:
        raise OSError(f"no answer within {timeout:g} s") from None
    if len(body) > max_bytes:
        raise ValueError(f"larger than the {max_bytes // 2**20} MB limit (--max-size)")
    return body, ctype, final


def page_markdown(raw: bytes | str, url: str, fetched_at: str) -> tuple[str, str]:
    """(Markdown text with front matter, title) for a web page's main text. Raises readers.Unreadable."""
    reading = readers.read_html(raw, url=url)
    meta = dict(reading.meta)
    meta.setdefault("url", url)
    meta["fetched-at"] = fetched_at
    lines = ["---"]
    for key in ("title", "publisher", "author", "date", "url", "fetched-at"):
        if meta.get(key):
            value = re.sub(r"\s+", " ", str(meta[key])).replace('"', "'")
            lines.append(f'{key}: "{value}"')
    lines.append("---")
    return "\n".join(lines) + "\n" + reading.text + "\n", meta.get("title", "")


def save_url(url: str, folder, *, timeout: float = FETCH_TIMEOUT, max_bytes: int = MAX_FETCH_BYTES,
             now: datetime | None = None) -> Fetched:
    """Download ``url`` into ``folder``; never raises for a bad address or page."""
    fetched_at = (now or datetime.now(timezone.utc)).replace(microsecond=0).isoformat()
    try:
        body, ctype, final = download(url, timeout, max_bytes)
    except (OSError, ValueError) as exc:
        return Fetched(url, None, str(exc))
    kind = readers.sniff(body[:readers.SNIFF_BYTES], Path(urlparse(final).path).suffix)
    if kind == "zip":
        kind = readers._zip_kind(body, "")
    if "html" in ctype.lower() or kind == "html":
        try:
            text, title = page_markdown(body, final, fetched_at)
        except readers.Unreadable as exc:
            return Fetched(url, None, str(exc))
        path = _free_path(Path(folder), _slug(title, final), ".md")
        path.write_text(text, encoding="utf-8")
        return Fetched(url, str(path), "", title)
    if kind in _SUFFIX_OF:
        path = _free_path(Path(folder), _slug("", final), _SUFFIX_OF[kind])
        path.write_bytes(body)
        return Fetched(url, str(path))
    if kind in ("text", "markdown"):
        text, _ = readers.decode(body)
        head = f'---\nurl: "{final}"\nfetched-at: "{fetched_at}"\n---\n'
        path = _free_path(Path(folder), _slug("", final), ".txt")
        path.write_text(head + text, encoding="utf-8")
        return Fetched(url, str(path))
    return Fetched(url, None, kind.removeprefix("binary: "))


def _slug(title: str, url: str) -> str:
    """A file name from the title, else the address's last path part, else its host."""
    p = urlparse(url)
    base = title or Path(p.path).stem or p.netloc
    slug = re.sub(r"[^a-z0-9]+", "-", base.lower()).strip("-")[:MAX_SLUG_CHARS].strip("-")
    return slug or "page"


def _free_path(folder: Path, stem: str, suffix: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{stem}{suffix}"
    n = 2
    while path.exists():
        path = folder / f"{stem}-{n}{suffix}"
        n += 1
    return path
