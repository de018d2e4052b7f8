"""Stage 1, sources: read files into clean article text, and say what was repaired or left out.

Reads: paths (files or folders, read recursively). Adds: one :class:`Source` per file, with the cleaned
text, front matter (title, publisher, url, date), the repairs made, the lines dropped and why, and a map
from cleaned-text offsets back to line:column in the file. A file that cannot be read becomes a Source
with ``status="skipped"`` and a reason; the run goes on.

Repairs, in order: decoding (UTF-8, else a single-byte fallback, reported); mojibake through ftfy; a
stray letter from a foreign script standing where a lost apostrophe or dash was (restored by context);
site furniture (rules/furniture.toml); paragraphs repeated verbatim inside one source (kept once).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .rules import Rules

#: File endings read as text sources.
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
#: Files larger than this are not read whole; the report says so.
MAX_SOURCE_BYTES = 20 * 1024 * 1024
#: A repeated line shorter than this (a heading, "Highlights") is kept: only paragraphs count as repeats.
MIN_REPEAT_CHARS = 60
#: Share of a document's letters that may come from one stray script before it is treated as real text.
STRAY_SCRIPT_MAX_SHARE = 0.02


@dataclass(frozen=True)
class Source:
    """One input file, cleaned. ``lines[i]`` is the 1-based file line of cleaned line i."""

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

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column) in the original file of an offset into :attr:`text` (both 1-based)."""
        import bisect

        i = max(bisect.bisect_right(self.line_starts, offset) - 1, 0)
        if not self.lines:
            return 1, offset + 1
        return self.lines[i], offset - self.line_starts[i] + 1

    @property
    def metadata(self) -> dict[str, str]:
        return dict(self.meta)


def discover(paths) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files to read under ``paths``, and (path, reason) for everything passed over."""
    files: list[Path] = []
    passed: list[tuple[str, str]] = []
    seen: set[Path] = set()
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for q in sorted(p.rglob("*")):
                if q.is_dir():
                    continue
                _consider(q, files, passed, seen)
        elif p.exists():
            _consider(p, files, passed, seen, explicit=True)
        else:
            passed.append((str(p), "does not exist"))
    return files, passed


def _consider(q: Path, files, passed, seen, explicit: bool = False) -> None:
    try:
        real = q.resolve()
    except (OSError, RuntimeError):
        passed.append((str(q), "unresolvable link"))
        return
    if real in seen:
        passed.append((str(q), "same file as one already read"))
        return
    seen.add(real)
    if q.name.startswith(".") and not explicit:
        passed.append((str(q), "hidden file"))
    elif q.suffix.lower() in TEXT_SUFFIXES or explicit:
        files.append(q)
    else:
        passed.append((str(q), f"not a text source ({q.suffix or 'no ending'}); readers: {', '.join(TEXT_SUFFIXES)}"))


def read_source(path: Path, rules: Rules, root: Path | None = None) -> Source:
    """Read and clean one file. Never raises for bad content: a Source with status 'skipped' says why."""
    name = str(path.relative_to(root)) if root and path.is_relative_to(root) else path.name
    try:
        size = path.stat().st_size
        if size > MAX_SOURCE_BYTES:
            return Source(str(path), name, "", "skipped", f"larger than {MAX_SOURCE_BYTES // 2**20} MiB ({size} bytes)")
        raw = path.read_bytes()
    except OSError as exc:
        return Source(str(path), name, "", "skipped", f"cannot be read: {exc.strerror or exc}")
    if not raw.strip():
        return Source(str(path), name, "", "skipped", "empty file")
    if b"\x00" in raw[:8192]:
        return Source(str(path), name, "", "skipped", "binary file (NUL bytes), not text")
    if raw.startswith(b"%PDF"):
        return Source(str(path), name, "", "skipped", "a PDF named as text; no PDF reader yet")
    return clean_text(decode(raw), rules, path=str(path), name=name)


def decode(raw: bytes) -> tuple[str, list[str]]:
    """Text of ``raw`` and the repairs made: UTF-8 (with or without BOM), else Windows-1252."""
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return raw.decode("cp1252", errors="replace"), [f"not valid UTF-8 (first bad byte on line {line}); read as Windows-1252"]


def clean_text(decoded: tuple[str, list[str]] | str, rules: Rules, path: str = "<text>", name: str = "<text>") -> Source:
    """Clean already-decoded text: front matter, mojibake, stray letters, furniture, repeated paragraphs."""
    text, repairs = (decoded, []) if isinstance(decoded, str) else decoded
    repairs = list(repairs)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    raw_lines = text.split("\n")
    meta, body_from, fm_problem = _front_matter(raw_lines)
    if fm_problem:
        repairs.append(fm_problem)
    body = raw_lines[body_from:]

    import ftfy  # imported here: it costs ~0.1 s and only cleaning needs it

    fixed = [ftfy.fix_text(line, normalization="NFC", uncurl_quotes=False) for line in body]
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
    dropped: list[tuple[int, str]] = []
    seen_paras: set[str] = set()
    n_inline = 0
    for i, line in enumerate(fixed_lines):
        file_line = body_from + i + 1
        stripped = line.strip()
        if not stripped:
            continue
        if any(p.search(stripped) for p in line_pats):
            dropped.append((file_line, "site furniture"))
            continue
        for p in inline_pats:
            line, n = p.subn(lambda m: " " * len(m.group(0)), line)
            n_inline += n
        key = re.sub(r"\s+", " ", stripped)
        if len(key) >= MIN_REPEAT_CHARS and key in seen_paras:
            dropped.append((file_line, "paragraph repeated verbatim"))
            continue
        seen_paras.add(key)
        kept.append(line)
        kept_lines.append(file_line)
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
    out = "\n".join(kept)
    status, problem = ("read", "") if out.strip() else ("skipped", "no article text after cleaning")
    return Source(path, name, out, status, problem, tuple(meta.items()), tuple(repairs), tuple(dropped),
                  tuple(kept_lines), tuple(starts))


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


def _restore_stray_script(text: str) -> tuple[str, int, str]:
    """Restore punctuation lost to a lossy re-encoding that left one foreign letter in its place.

    A curly apostrophe or dash decoded through the wrong single-byte code page can come out as one
    letter of another script (Thai, Cyrillic, Greek) wedged between Latin letters. When one such letter
    makes up a tiny share of the document's letters and sits next to Latin letters, it is broken
    punctuation: before s/t/re/ll/ve/d/m and a word end, or after a plural s, it was an apostrophe;
    elsewhere a dash.
    """
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
