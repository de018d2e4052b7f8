"""Stage 1, sources: read files into clean article text, and say what was repaired or left out.

Reads: paths (files or folders, read recursively). Adds: one :class:`Source` per file, with the cleaned
text, front matter (title, publisher, url, date), the repairs made, the lines dropped and why, the tables
found (:mod:`reecheck.tables`), and a map from cleaned-text offsets back to where they are in the file.
A file that cannot be read becomes a Source with ``status="skipped"`` and a reason; the run goes on.

Formats (:mod:`reecheck.readers`, chosen by content, then by ending): plain text and Markdown in any common
encoding, web pages (main text through trafilatura), PDF (per page), Word (.docx), CSV and Excel tables.
:func:`discover` gives every file under a folder a fate: read, or passed over with the reason.

Repairs, in order: decoding (detected, reported when not UTF-8); mojibake through ftfy; a stray letter from
a foreign script standing where a lost apostrophe or dash was (restored by context); site furniture
(rules/furniture.toml); paragraphs repeated verbatim inside one source (kept once).
"""
from __future__ import annotations

import bisect
import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from . import readers
from .rules import Rules

#: File endings read as sources when a folder is checked (a file named explicitly is read whatever its ending).
SOURCE_SUFFIXES = tuple(readers.SOURCE_SUFFIXES)
#: Kept for callers of the first version: the plain-text endings.
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
#: Files larger than this are not read; the report says so (``--max-size`` changes it).
MAX_SOURCE_BYTES = 50_000_000
#: A repeated line shorter than this (a heading, "Highlights") is kept: only paragraphs count as repeats.
MIN_REPEAT_CHARS = 60
#: Share of a document's letters that may come from one stray script before it is treated as real text.
STRAY_SCRIPT_MAX_SHARE = 0.02
#: Reasons for passing a file over that are not problems (``--strict`` ignores them).
BENIGN_REASONS = ("hidden file", "hidden folder", "same file as one already read", "not a source file")


@dataclass(frozen=True)
class Source:
    """One input file, cleaned. ``lines[i]`` is the 1-based file line of cleaned line i.

    ``anchors`` (when the reader gives them) are ``(text offset, file line, file column, advances)``,
    sorted by offset: they point PDF text back to a line on its page, a table cell back to its row and
    column. ``pages[i]`` is the page of cleaned line i for paged formats.
    """

    path: str
    name: str
    text: str
    status: str = "read"  # read | skipped
    problem: str = ""
    meta: tuple[tuple[str, str], ...] = ()
    repairs: tuple[str, ...] = ()
    dropped: tuple[tuple[int, str], ...] = ()  # (file line, reason)
    lines: tuple[int, ...] = ()
    line_starts: tuple[int, ...] = ()
    format: str = "text"  # text | markdown | html | pdf | docx | csv | xlsx
    anchors: tuple[tuple[int, int, int, bool], ...] = ()
    pages: tuple[int, ...] = ()
    tables: tuple = ()  # reecheck.tables.Table records

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column) in the original file of an offset into :attr:`text` (both 1-based); for a PDF the
        line is counted on its page (:meth:`page_at`), for a spreadsheet it is the row and column."""
        if self.anchors:
            i = bisect.bisect_right(self.anchors, offset, key=lambda a: a[0]) - 1
            if i >= 0:
                at, line, col, advances = self.anchors[i]
                return line, col + (offset - at if advances else 0)
        i = max(bisect.bisect_right(self.line_starts, offset) - 1, 0)
        if not self.lines:
            return 1, offset + 1
        return self.lines[i], offset - self.line_starts[i] + 1

    def page_at(self, offset: int) -> int | None:
        """The page an offset into :attr:`text` is on (None for formats without pages)."""
        if not self.pages:
            return None
        i = max(bisect.bisect_right(self.line_starts, offset) - 1, 0)
        return self.pages[min(i, len(self.pages) - 1)]

    @property
    def metadata(self) -> dict[str, str]:
        return dict(self.meta)

    @property
    def fate(self) -> str:
        """What became of the file, in a few words for the coverage list."""
        if self.status != "read":
            return f"skipped: {self.problem}"
        parts = [self.format]
        if self.pages:
            parts.append(f"{max(self.pages)} page(s)")
        if self.tables:
            parts.append(f"{len(self.tables)} table(s)")
        return f"read ({', '.join(parts)})"


def discover(paths) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files to read under ``paths``, and (path, reason) for everything passed over.

    Folders are walked in name order; linked folders are followed once (a link loop is reported, not
    followed); sockets, pipes and devices are passed over, never opened.
    """
    files: list[Path] = []
    passed: list[tuple[str, str]] = []
    seen: set = set()
    for p in paths:
        p = Path(p)
        if p.is_dir():
            _walk(p, files, passed, seen, set())
        elif p.exists():
            _consider(p, files, passed, seen, explicit=True)
        elif p.is_symlink():
            passed.append((str(p), "broken link (points at nothing)"))
        else:
            passed.append((str(p), "does not exist"))
    return files, passed


def _walk(folder: Path, files, passed, seen, active: set) -> None:
    try:
        real = folder.resolve(strict=True)
    except (OSError, RuntimeError) as exc:
        passed.append((str(folder), f"link loop or unresolvable folder ({_why(exc)})"))
        return
    if real in active:
        passed.append((str(folder), "link loop (a folder that contains itself), not followed"))
        return
    if real in seen:
        passed.append((str(folder), "same folder as one already read"))
        return
    seen.add(real)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        passed.append((str(folder), f"folder cannot be listed: {_why(exc)}"))
        return
    for e in entries:
        q = Path(e.path)
        try:
            is_dir = e.is_dir()  # follows links
        except OSError:
            is_dir = False
        if is_dir:
            if e.name.startswith("."):
                passed.append((str(q), "hidden folder, not read"))
            else:
                _walk(q, files, passed, seen, active | {real})
        else:
            _consider(q, files, passed, seen)


def _why(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


def _consider(q: Path, files, passed, seen, explicit: bool = False) -> None:
    try:
        real = q.resolve(strict=True)
        mode = real.stat().st_mode
    except FileNotFoundError:
        passed.append((str(q), "broken link (points at nothing)"))
        return
    except (OSError, RuntimeError) as exc:
        passed.append((str(q), f"link loop or unresolvable link ({_why(exc)})"))
        return
    if real in seen:
        passed.append((str(q), "same file as one already read"))
        return
    seen.add(real)
    if not stat.S_ISREG(mode):
        passed.append((str(q), "not a regular file (a pipe, socket or device), not opened"))
    elif q.name.startswith(".") and not explicit:
        passed.append((str(q), "hidden file"))
    elif q.suffix.lower() in SOURCE_SUFFIXES or explicit:
        files.append(q)
    else:
        passed.append((str(q), f"not a source file ({q.suffix or 'no ending'}); readers: {', '.join(SOURCE_SUFFIXES)}"))


def is_problem(reason: str) -> bool:
    """Whether a passed-over file counts as skipped for ``--strict`` (a hidden file does not)."""
    return not reason.startswith(BENIGN_REASONS)


def read_source(path: Path, rules: Rules, root: Path | None = None, max_bytes: int = MAX_SOURCE_BYTES) -> Source:
    """Read and clean one file, whatever its format. Never raises for bad content: a Source with status
    'skipped' says why."""
    path = Path(path)
    name = str(path.relative_to(root)) if root and path.is_relative_to(root) else path.name
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Source(str(path), name, "", "skipped", f"{_mb(size)} over the {_mb(max_bytes)} limit (--max-size)")
        with open(path, "rb") as fh:
            raw = fh.read(max_bytes + 1)
    except OSError as exc:
        return Source(str(path), name, "", "skipped", f"cannot be read: {_why(exc)}")
    if len(raw) > max_bytes:
        return Source(str(path), name, "", "skipped", f"grew past the {_mb(max_bytes)} limit while read (--max-size)")
    if not raw.strip():
        return Source(str(path), name, "", "skipped", "empty file")
    try:
        reading = readers.read_bytes(raw, path.suffix)
    except readers.Unreadable as exc:
        return Source(str(path), name, "", "skipped", str(exc))
    except RecursionError:
        return Source(str(path), name, "", "skipped", "too deeply nested to read")
    except Exception as exc:  # a third-party parser failing on a malformed file must cost that file only
        return Source(str(path), name, "", "skipped", f"reader failed ({type(exc).__name__}: {str(exc)[:80]})")
    return clean_text(reading, rules, path=str(path), name=name)


def _mb(n: int) -> str:
    return f"{n / 1e6:.3g} MB" if n >= 1e6 else f"{n / 1e3:.3g} kB"


def decode(raw: bytes) -> tuple[str, list[str]]:
    """Text of ``raw`` and the repairs made (see :func:`reecheck.readers.decode`)."""
    return readers.decode(raw)


def clean_text(decoded: "readers.Reading | tuple[str, list[str]] | str", rules: Rules, path: str = "<text>",
               name: str = "<text>") -> Source:
    """Clean already-read text: front matter, mojibake, stray letters, furniture, repeated paragraphs; then
    find its tables. ``decoded`` is a :class:`~reecheck.readers.Reading`, a (text, repairs) pair or text."""
    reading = decoded if isinstance(decoded, readers.Reading) else None
    if reading is not None:
        text, repairs = reading.text, list(reading.notes)
    else:
        text, repairs = (decoded, []) if isinstance(decoded, str) else decoded
    repairs = list(repairs)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    raw_lines = text.split("\n")
    meta, body_from, fm_problem = _front_matter(raw_lines) if reading is None or reading.front_matter else ({}, 0, "")
    if reading is not None:
        meta = {**reading.meta, **meta}
    if fm_problem:
        repairs.append(fm_problem)
    body = raw_lines[body_from:]

    fixed = list(body)
    repairable = [i for i, line in enumerate(body) if _ftfy_may_change(line)]
    if repairable:
        import ftfy  # imported here: it costs ~0.1 s, and a text with nothing for it to repair does not need it

        for i in repairable:
            fixed[i] = ftfy.fix_text(body[i], normalization="NFC", uncurl_quotes=False)
    n_fixed = sum(a != b for a, b in zip(body, fixed))
    if n_fixed:
        repairs.append(f"mojibake repaired on {n_fixed} line(s) (ftfy)")
    fixed, n_stray, stray_char = _restore_stray_script("\n".join(fixed))
    if n_stray:
        repairs.append(f"{n_stray} stray '{stray_char}' (U+{ord(stray_char):04X}) restored as apostrophes or dashes")
    fixed_lines = fixed.split("\n")

    line_pats = [re.compile(p, re.I) for p in rules.furniture_lines]
    inline_pats = [re.compile(p, re.I) for p in rules.furniture_inline]
    kept: list[str] = []
    kept_lines: list[int] = []
    kept_raw: list[int] = []  # index into raw_lines of each kept line
    dropped: list[tuple[int, str]] = []
    seen_paras: set[str] = set()
    n_inline = 0
    for i, line in enumerate(fixed_lines):
        file_line = body_from + i + 1
        stripped = line.strip()
        if not stripped:
            continue
        if any(p.search(stripped) for p in line_pats):
            dropped.append((_file_line(reading, body_from + i), "site furniture"))
            continue
        for p in inline_pats:
            line, n = p.subn(lambda m: " " * len(m.group(0)), line)
            n_inline += n
        key = re.sub(r"\s+", " ", stripped)
        if len(key) >= MIN_REPEAT_CHARS and key in seen_paras:
            dropped.append((_file_line(reading, body_from + i), "paragraph repeated verbatim"))
            continue
        seen_paras.add(key)
        kept.append(line)
        kept_lines.append(file_line)
        kept_raw.append(body_from + i)
    if n_inline:
        repairs.append(f"{n_inline} inline link hint(s) blanked")
    n_rep = sum(1 for _, why in dropped if why.startswith("paragraph"))
    if n_rep:
        repairs.append(f"{n_rep} repeated paragraph(s) counted once")
    n_furn = sum(1 for _, why in dropped if why == "site furniture")
    if n_furn:
        repairs.append(f"{n_furn} line(s) of site furniture dropped")
    starts, pos = [], 0
    for line in kept:
        starts.append(pos)
        pos += len(line) + 1
    anchors: list[tuple[int, int, int, bool]] = []
    pages: tuple[int, ...] = ()
    if reading is not None and reading.anchors:
        for start, ri in zip(starts, kept_raw):
            anchors += [(start + col, ln, fc, adv) for col, ln, fc, adv in reading.anchors.get(ri, ((0, ri + 1, 1, True),))]
    if reading is not None and reading.pages:
        pages = tuple(reading.pages[ri] if ri < len(reading.pages) else reading.pages[-1] for ri in kept_raw)
    out = "\n".join(kept)
    status, problem = ("read", "") if out.strip() else ("skipped", "no article text after cleaning")
    from .tables import find_tables  # here, not at the top: tables imports the figure reader

    tables = tuple(find_tables(out)) if "|" in out else ()
    return Source(path, name, out, status, problem, tuple(meta.items()), tuple(repairs), tuple(dropped),
                  tuple(kept_lines), tuple(starts), reading.format if reading else "text", tuple(anchors), pages,
                  tables)


def _ftfy_may_change(line: str) -> bool:
    """Whether ftfy's repairs could change ``line``.

    Each of them needs a character that printable ASCII without "&" lacks: mojibake, C1 controls, ligatures,
    wide forms and surrogates are beyond ASCII; line breaks, terminal escapes and control characters are not
    printable; an HTML entity opens with "&"; NFC leaves ASCII alone. Such lines (most of an English text) are
    left as they are, which is much faster than asking ftfy.
    """
    return not (line.isascii() and line.isprintable() and "&" not in line)


def _file_line(reading, raw_index: int) -> int:
    """The file line of raw text line ``raw_index`` (for a reader with anchors, its first anchor's line)."""
    if reading is not None and reading.anchors.get(raw_index):
        return reading.anchors[raw_index][0][1]
    return raw_index + 1


_FM_LINE = re.compile(r"^([A-Za-z][\w-]*)\s*:\s*(.*)$")


def _front_matter(lines: list[str]) -> tuple[dict[str, str], int, str]:
    """Front matter between two '---' lines at the top: (fields, first body line index, problem)."""
    if not lines or lines[0].strip() != "---":
        return {}, 0, ""
    meta: dict[str, str] = {}
    for i in range(1, min(len(lines), 60)):
        line = lines[i].strip()
        if line in ("---", "..."):
            return meta, i + 1, ""
        m = _FM_LINE.match(line)
        if m:
            meta[m.group(1).lower()] = m.group(2).strip().strip("'\"")
        elif line and not line.startswith("#"):
            return {}, 0, f"front matter line {i + 1} is not 'key: value'; front matter ignored"
    return {}, 0, "front matter has no closing '---'; read as text"


#: A letter beyond the Latin blocks (U+0250 on), the only kind :func:`_restore_stray_script` looks at.
_NON_LATIN_LETTER = re.compile(r"(?![\x00-\u024f])[^\W\d_]")


def _restore_stray_script(text: str) -> tuple[str, int, str]:
    """Restore punctuation lost to a lossy re-encoding that left one foreign letter in its place.

    A curly apostrophe or dash decoded through the wrong single-byte code page can come out as one
    letter of another script (Thai, Cyrillic, Greek) wedged between Latin letters. When one such letter
    makes up a tiny share of the document's letters and sits next to Latin letters, it is broken
    punctuation: before s/t/re/ll/ve/d/m and a word end, or after a plural s, it was an apostrophe;
    elsewhere a dash.
    """
    if text.isascii() or not _NON_LATIN_LETTER.search(text):
        return text, 0, ""  # no letter of another script: nothing to restore (most texts; a fast check)
    counts: dict[str, int] = {}
    latin = 0
    for ch in text:
        if ch.isalpha():
            if ord(ch) < 0x250:
                latin += 1
            elif not unicodedata.name(ch, "").startswith("LATIN"):
                counts[ch] = counts.get(ch, 0) + 1
    if not counts or not latin:
        return text, 0, ""
    ch, n = max(counts.items(), key=lambda kv: kv[1])
    if n / latin > STRAY_SCRIPT_MAX_SHARE or sum(counts.values()) > n * 1.5:
        return text, 0, ""
    pat = re.compile(rf"(?<=[A-Za-z.)%]){re.escape(ch)}|{re.escape(ch)}(?=[A-Za-z])")
    hits = 0

    def fix(m: re.Match) -> str:
        nonlocal hits
        hits += 1
        i = m.start()
        after = text[i + 1:i + 4]
        before = text[max(0, i - 1):i]
        if re.match(r"(?:s|t|re|ll|ve|d|m)(?![A-Za-z])", after):
            return "\u2019"
        if before == "s" and not after[:1].isalpha():
            return "\u2019"
        return "\u2014"

    return pat.sub(fix, text), hits, ch
