"""Format readers for stage 1: bytes of a file → text a person would read, one paragraph per line.

Each reader returns a :class:`Reading`: the text (tables rendered as Markdown pipe tables, so every table
goes through :mod:`reecheck.tables` the same way), metadata (title, publisher, date, url), notes on how
the file was read, and *anchors* that point each line (or table cell) back to where it is in the file:
a line of a text file, a line on a page of a PDF, a paragraph of a Word file, a row and column of a
spreadsheet.

The format is chosen by content first (:func:`sniff`: a PDF named ``.txt`` is read as a PDF), then by the
file ending. A file that cannot be read raises :class:`Unreadable` with a reason meant for the report
("encrypted PDF (a password is needed)"); nothing else escapes a reader.

Libraries: trafilatura (web pages: main text and metadata, without navigation, ads and comments), pypdf
(PDF text per page), python-docx, openpyxl, charset-normalizer (the encoding of plain text). Each is
imported only when a file of its kind is read.
"""
from __future__ import annotations

import csv
import io
import logging
import re
import zipfile
from dataclasses import dataclass, field

#: Endings read as sources when a folder is checked (a file named on the command line is read whatever
#: its ending, by content).
SOURCE_SUFFIXES = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".pdf": "pdf", ".docx": "docx", ".csv": "csv", ".tsv": "csv", ".xlsx": "xlsx", ".xlsm": "xlsx",
}
#: How many leading bytes :func:`sniff` looks at.
SNIFF_BYTES = 8192
#: A spreadsheet sheet is read up to this many cells; the rest is cut with a note (a report, not a database).
MAX_SHEET_CELLS = 200_000
#: Share of lines that must be valid UTF-8 for a file that is not to be read as UTF-8 with a few stray lines
#: (mixed encodings: most lines UTF-8, some pasted from a Windows-1252 document).
MIXED_UTF8_MIN_SHARE = 0.5

#: Magic numbers of binary files that are not documents, so the report can say what they are.
_MAGIC = (
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"), (b"BZh", "a bzip2 archive"), (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"), (b"\x7fELF", "a program (ELF)"), (b"MZ", "a Windows program"),
    (b"RIFF", "a RIFF media file"), (b"OggS", "an Ogg media file"), (b"ID3", "an MP3 file"),
    (b"SQLite format 3", "an SQLite database"),
)
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S)


class Unreadable(Exception):
    """A file no reader can use; ``str(exc)`` is the reason the report prints."""


@dataclass(frozen=True)
class Reading:
    """A document's text and where each part of it came from.

    ``anchors`` maps text lines to the file: ``anchors[i]`` is a tuple of ``(column in text line i,
    file line, file column, advances)`` for line i; ``advances`` False means every character from there
    on points at the same place (a spreadsheet cell). Lines with no entry map to themselves. ``pages``
    gives, for paged formats, the page of each text line (empty otherwise).
    """

    text: str
    format: str
    meta: dict = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    anchors: dict = field(default_factory=dict)
    pages: tuple[int, ...] = ()
    front_matter: bool = False  # the text may open with a '---' front matter block


def sniff(head: bytes, suffix: str = "") -> str:
    """The format of a file from its first bytes, then its ending.

    Returns one of the reader names (text, markdown, html, pdf, docx, xlsx, csv) or ``binary: <what>``.
    """
    suffix = suffix.lower()
    if head.startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "zip"  # docx or xlsx: :func:`read_bytes` looks inside
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "binary: a legacy Office file (.doc/.xls); save it as .docx or .xlsx"
    for bom, _ in _BOMS:
        if head.startswith(bom):
            return _text_kind(suffix, head)
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return f"binary: {what}"
    if b"\x00" in head:
        return "text" if _utf16_without_bom(head) else "binary: NUL bytes, not text"
    return _text_kind(suffix, head)


def _text_kind(suffix: str, head: bytes) -> str:
    if _HTML_START.match(head.replace(b"\x00", b"")[:2048].lstrip(b"\xef\xbb\xbf")):
        return "html"
    kind = SOURCE_SUFFIXES.get(suffix, "text")
    if kind in ("pdf", "docx", "xlsx"):
        return f"binary: named {suffix} but not a {kind.upper()} file (no {kind.upper()} signature)"
    return kind


def _utf16_without_bom(head: bytes) -> bool:
    """UTF-16 text without a byte-order mark: NUL bytes in every other position."""
    sample = head[:2048]
    if len(sample) < 8:
        return False
    evens, odds = sample[0::2], sample[1::2]
    return (evens.count(0) > 0.4 * len(evens)) != (odds.count(0) > 0.4 * len(odds))


def read_bytes(raw: bytes, suffix: str = "") -> Reading:
    """Read a whole file's bytes with the reader its content calls for. Raises :class:`Unreadable`."""
    kind = sniff(raw[:SNIFF_BYTES], suffix)
    named = SOURCE_SUFFIXES.get(suffix.lower())
    if kind == "zip":
        kind = _zip_kind(raw, suffix)
    if kind.startswith("binary: "):
        raise Unreadable(kind.removeprefix("binary: "))
    reading = _READERS[kind](raw)
    if named and named != kind and not (named in ("text", "markdown") and kind in ("text", "markdown")):
        reading = _with_note(reading, f"named {suffix} but is {_ARTICLE.get(kind, 'a ' + kind)} file; read as {kind}")
    return reading


_ARTICLE = {"html": "an HTML", "pdf": "a PDF", "docx": "a Word (.docx)", "xlsx": "an Excel (.xlsx)", "csv": "a CSV"}


def _with_note(r: Reading, note: str) -> Reading:
    return Reading(r.text, r.format, r.meta, (note,) + r.notes, r.anchors, r.pages, r.front_matter)


def _zip_kind(raw: bytes, suffix: str) -> str:
    try:
        names = set(zipfile.ZipFile(io.BytesIO(raw)).namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        return f"binary: a damaged ZIP file ({exc})"
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if any(n.startswith("ppt/") for n in names):
        return "binary: a PowerPoint file; export its text or save as PDF"
    if "content.xml" in names:
        return "binary: an OpenDocument file; save it as .docx or .xlsx"
    return "binary: a ZIP archive, not a document; unpack it first"


# --- plain text ----------------------------------------------------------------------------------------

def decode(raw: bytes) -> tuple[str, list[str]]:
    """Text of ``raw`` and how it was decoded: a byte-order mark, else UTF-8, else line by line when most
    lines are UTF-8 (mixed encodings), else the encoding charset-normalizer detects."""
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            text = raw.decode(enc, errors="replace")
            return text, ([] if enc == "utf-8-sig" else [f"decoded as {enc.upper()} (byte-order mark)"])
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        first_bad = raw[: exc.start].count(b"\n") + 1
    if b"\x00" in raw[:SNIFF_BYTES] and _utf16_without_bom(raw[:SNIFF_BYTES]):
        enc = "utf-16-le" if raw[1:2] == b"\x00" else "utf-16-be"
        return raw.decode(enc, errors="replace"), [f"decoded as {enc.upper()} (no byte-order mark)"]
    lines = raw.split(b"\n")
    bad = []
    for i, line in enumerate(lines):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            bad.append(i)
    if len(bad) <= (1 - MIXED_UTF8_MIN_SHARE) * len(lines) and any(_has_utf8_multibyte(x) for x in lines):
        fallback = _detect(b"\n".join(lines[i] for i in bad)) or "cp1252"
        out = [ln.decode(fallback, errors="replace") if i in set(bad) else ln.decode("utf-8") for i, ln in enumerate(lines)]
        return "\n".join(out), [f"mixed encodings: {len(bad)} line(s) not valid UTF-8 (first on line {first_bad}); "
                                f"those read as {_label(fallback)}"]
    enc = _detect(raw) or "cp1252"
    return raw.decode(enc, errors="replace"), [f"not valid UTF-8 (first bad byte on line {first_bad}); read as "
                                               f"{_label(enc)} (detected)"]


def _has_utf8_multibyte(line: bytes) -> bool:
    try:
        return any(b > 0x7f for b in line) and bool(line.decode("utf-8"))
    except UnicodeDecodeError:
        return False


#: Encodings charset-normalizer may answer that are really Windows-1252 for Western text.
_WESTERN = {"latin_1", "iso8859_1", "iso8859_15", "ascii", "cp1252"}
#: Multi-byte encodings: when charset-normalizer names one, the bytes fit it (single-byte guesses are weak).
_MULTIBYTE = ("cp932", "shift_jis", "euc_jp", "euc_kr", "cp949", "gb", "gbk", "big5", "hz", "iso2022", "utf")
#: charset-normalizer's "chaos" (0-1) above which its guess is garbled text, and "coherence" (0-1) below
#: which a single-byte guess is no better than Windows-1252.
DETECT_MAX_CHAOS = 0.1
DETECT_MIN_COHERENCE = 0.2
#: Text whose bytes are at most this share non-ASCII is Western text with a few stray bytes (Windows-1252).
MOSTLY_ASCII_SHARE = 0.05
#: Read as Windows-1252, Western text has at most this share of accented letters; more means another script.
WESTERN_MAX_ACCENTED = 0.3


def _detect(raw: bytes) -> str | None:
    """The encoding of ``raw``: Windows-1252 when the text reads as Western text in it (the usual source of
    stray bytes in English, and a superset of Latin-1), else charset-normalizer's answer."""
    sample = raw[:1_000_000]
    try:
        western = sample.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    plausible = western is not None and _plausibly_western(western)
    if plausible and sum(b > 0x7f for b in sample) <= MOSTLY_ASCII_SHARE * len(sample):
        return "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(sample).best()
    if best is None:
        return "cp1252" if western is not None else None
    enc = best.encoding
    if enc in _WESTERN or "cp1252" in (best.could_be_from_charset or []):
        return "cp1252" if plausible or western is not None and enc in _WESTERN else enc
    if plausible and (best.chaos > DETECT_MAX_CHAOS or (best.coherence < DETECT_MIN_COHERENCE
                                                         and not enc.startswith(_MULTIBYTE))):
        return "cp1252"
    return enc


def _plausibly_western(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(ord(c) > 0x7f for c in letters) <= WESTERN_MAX_ACCENTED * len(letters)


def _label(enc: str) -> str:
    return {"cp1252": "Windows-1252"}.get(enc, enc.replace("_", "-").upper())


def read_text(raw: bytes, kind: str = "text") -> Reading:
    text, notes = decode(raw)
    return Reading(text, kind, notes=tuple(notes), front_matter=True)


def read_markdown(raw: bytes) -> Reading:
    return read_text(raw, "markdown")


# --- web pages -----------------------------------------------------------------------------------------

def read_html(raw: bytes | str, url: str | None = None) -> Reading:
    """Main text and metadata of a web page with trafilatura; navigation, ads and comment boxes left out.
    Tables come out as pipe tables. Lines are lines of the extracted text (the page has no line numbers
    a reader would use)."""
    import trafilatura

    html = raw if isinstance(raw, str) else decode(raw)[0]
    notes = []
    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_tables=True,
                                          include_comments=False)
        body = trafilatura.extract(html, url=url, output_format="markdown", include_tables=True,
                                   include_comments=False, with_metadata=False)
    except Exception as exc:  # trafilatura raises assorted lxml and parser errors on broken markup
        doc, body = None, None
        notes.append(f"main-text extraction failed ({type(exc).__name__}); page text read whole")
    meta: dict[str, str] = {}
    if doc is not None:
        d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
        for key, ours in (("title", "title"), ("sitename", "publisher"), ("date", "date"), ("url", "url"),
                          ("author", "author")):
            if d.get(key):
                meta[ours] = str(d[key]).strip()
    if not body:
        try:
            _, body, _ = trafilatura.baseline(html)
        except Exception:  # same as above: a page lxml cannot parse at all
            body = ""
        if body:
            notes.append("no main article found; all visible text read (trafilatura baseline)")
    body = re.sub(r"\n{2,}", "\n", body or "").strip()
    if not body:
        raise Unreadable("a web page with no readable text")
    return Reading(body, "html", meta, tuple(notes))


# --- PDF -----------------------------------------------------------------------------------------------

#: A line that ends a paragraph in PDF text: it ends a sentence, or is short (a heading, a table row).
_PARA_END = re.compile(r"[.!?:;)\]\"”’]\s*$")
#: PDF lines shorter than this (in characters) are kept as lines of their own (headings, table rows).
PDF_SHORT_LINE = 40


def read_pdf(raw: bytes) -> Reading:
    """Text per page with pypdf. Lines broken inside a paragraph are joined (the pipeline reads one
    paragraph per line); anchors keep each piece's page and line on that page."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # pypdf logs every oddity it tolerates
    try:
        reader = PdfReader(io.BytesIO(raw), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception as exc:  # pypdf needs an extra library for some ciphers
                raise Unreadable(f"encrypted PDF ({exc})") from None
            if not ok:
                raise Unreadable("encrypted PDF (a password is needed)")
        pages = list(reader.pages)
    except Unreadable:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError, RecursionError) as exc:
        raise Unreadable(f"damaged PDF ({type(exc).__name__}: {str(exc)[:80]})") from None
    meta = {}
    try:
        info = reader.metadata or {}
        for key, ours in (("/Title", "title"), ("/Author", "author")):
            if info.get(key):
                meta[ours] = str(info[key]).strip()
        created = info.get("/CreationDate")
        m = re.match(r"D:(\d{4})(\d{2})?(\d{2})?", str(created or ""))
        if m:
            meta["date"] = "-".join(x for x in m.groups() if x)
    except Exception:  # metadata is a nicety; a broken info dictionary must not cost the text
        pass
    out_lines: list[str] = []
    anchors: dict[int, tuple] = {}
    page_of: list[int] = []
    notes = []
    bad_pages = []
    for pno, page in enumerate(pages, 1):
        try:
            text = page.extract_text() or ""
        except Exception as exc:  # one unreadable page must not cost the others
            bad_pages.append(f"{pno} ({type(exc).__name__})")
            continue
        buf, anc, last = "", [], ""
        for lno, line in enumerate(text.replace("\r", "\n").split("\n"), 1):
            stripped = line.strip()
            if not stripped:
                buf, anc = _flush(out_lines, anchors, page_of, buf, anc, pno)
                continue
            lead = len(line) - len(line.lstrip())
            continues = stripped[:1].islower() and not _PARA_END.search(last)
            if buf and _ends_paragraph(last) and not continues:
                buf, anc = _flush(out_lines, anchors, page_of, buf, anc, pno)
            if buf and not buf.endswith("-"):  # a word hyphenated across lines keeps its hyphen, no space
                buf += " "
            anc.append((len(buf), lno, lead + 1, True))
            buf += stripped
            last = stripped
        _flush(out_lines, anchors, page_of, buf, anc, pno)
    if bad_pages:
        notes.append(f"{len(bad_pages)} page(s) could not be read: {', '.join(bad_pages[:5])}")
    if not any(ln.strip() for ln in out_lines):
        raise Unreadable("a PDF with no text layer (scanned pages?); run OCR first" if pages else "a PDF with no pages")
    return Reading("\n".join(out_lines), "pdf", meta, tuple(notes), anchors, tuple(page_of))


def _ends_paragraph(line: str) -> bool:
    """A PDF line after which a new paragraph starts unless the next line plainly continues it: a
    sentence end, a short line (heading), or a table row (a label and two or more numbers)."""
    return (len(line) < PDF_SHORT_LINE or bool(_PARA_END.search(line)) or "|" in line
            or bool(_TABLE_ROW.search(line)))


#: A line of a table as PDF text gives it: ends with two or more numbers.
_TABLE_ROW = re.compile(r"\d[\d,.]*\s+[\d,.]*\d[a-z]?\s*$")


def _flush(out_lines, anchors, page_of, buf, anc, pno):
    """End a PDF paragraph: one text line, its anchors and its page."""
    if buf:
        anchors[len(out_lines)] = tuple(anc)
        out_lines.append(buf)
        page_of.append(pno)
    return "", []


# --- Word ----------------------------------------------------------------------------------------------

def read_docx(raw: bytes) -> Reading:
    """Paragraphs and tables of a .docx in document order; a line is a paragraph or a table row, and its
    number is its place in the document."""
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        d = docx.Document(io.BytesIO(raw))
        lines: list[str] = []
        for child in d.element.body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                text = Paragraph(child, d).text.strip()
                if text:
                    lines.append(text)
            elif tag == "tbl":
                rows = [[c.text.strip().replace("\n", " ") for c in row.cells] for row in Table(child, d).rows]
                lines.extend(pipe_rows(rows))
        cp = d.core_properties
        meta = {k: str(v).strip() for k, v in (("title", cp.title), ("author", cp.author)) if v}
        if cp.created:
            meta["date"] = cp.created.date().isoformat()
    except Unreadable:
        raise
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors on damaged files
        raise Unreadable(f"damaged Word file ({type(exc).__name__}: {str(exc)[:80]})") from None
    if not lines:
        raise Unreadable("a Word file with no text")
    return Reading("\n".join(lines), "docx", meta)


def pipe_rows(rows: list[list[str]]) -> list[str]:
    """Rows of cells as Markdown pipe-table lines, a separator after the first row."""
    width = max((len(r) for r in rows), default=0)
    if not width:
        return []
    out = []
    for i, row in enumerate(rows):
        cells = [c.replace("|", "/") for c in row] + [""] * (width - len(row))
        out.append("| " + " | ".join(cells) + " |")
        if i == 0:
            out.append("|" + "---|" * width)
    return out


# --- tables: CSV and spreadsheets -----------------------------------------------------------------------

def read_csv(raw: bytes) -> Reading:
    """A CSV or TSV file as one pipe table; each cell keeps its file line and column."""
    text, notes = decode(raw)
    text = text.lstrip("\ufeff")
    sample = text[:SNIFF_BYTES]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel_tab if sample.count("\t") > sample.count(",") else csv.excel
    file_lines = text.split("\n")
    rows: list[list[str]] = []
    origins: list[tuple[int, list[int]]] = []
    try:
        reader = csv.reader(io.StringIO(text, newline=""), dialect)
        line_no = 1
        for row in reader:
            if any(c.strip() for c in row):
                src = file_lines[line_no - 1] if line_no <= len(file_lines) else ""
                cols, pos = [], 0
                for c in row:
                    at = src.find(c, pos) if c else -1
                    cols.append(at + 1 if at >= 0 else pos + 1)
                    if at >= 0:
                        pos = at + len(c)
                rows.append([c.strip() for c in row])
                origins.append((line_no, cols))
            line_no = reader.line_num + 1
    except csv.Error as exc:
        notes.append(f"CSV read stopped at line {line_no}: {exc}")
    if not rows:
        raise Unreadable("a CSV file with no rows")
    return _table_reading(rows, origins, "csv", {}, notes, advances=True)


def read_xlsx(raw: bytes) -> Reading:
    """Every sheet of a workbook as a pipe table (values as last calculated); a cell's line and column are
    its row and column number in the sheet, and the sheet's name opens its table."""
    try:
        import openpyxl

        wb = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on damaged workbooks
        raise Unreadable(f"damaged Excel file ({type(exc).__name__}: {str(exc)[:80]})") from None
    lines: list[str] = []
    anchors: dict[int, tuple] = {}
    notes: list[str] = []
    try:
        for ws in wb.worksheets:
            rows, origins, n = [], [], 0
            for row in ws.iter_rows():
                cells = [(c.row, c.column, _cell_text(c.value)) for c in row if getattr(c, "column", None)]
                if not any(t for _, _, t in cells):
                    continue
                n += len(cells)
                if n > MAX_SHEET_CELLS:
                    notes.append(f"sheet '{ws.title}' cut after {MAX_SHEET_CELLS} cells")
                    break
                rows.append([t for _, _, t in cells])
                origins.append((cells[0][0], [c for _, c, _ in cells]))
            if not rows:
                continue
            lines.append(f"Sheet: {ws.title}")
            sub = _table_reading(rows, origins, "xlsx", {}, [], advances=False)
            for i, anc in sub.anchors.items():
                anchors[len(lines) + i] = anc
            lines.extend(sub.text.split("\n"))
    except Exception as exc:  # a sheet openpyxl cannot walk
        notes.append(f"workbook read stopped: {type(exc).__name__}: {str(exc)[:80]}")
    finally:
        wb.close()
    if not lines:
        raise Unreadable("an Excel file with no cells")
    return Reading("\n".join(lines), "xlsx", {}, tuple(notes), anchors)


def _cell_text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, float):
        return format(v, ".15g") if v != int(v) or abs(v) >= 1e15 else str(int(v))
    return str(v).strip().replace("\n", " ")


def _table_reading(rows, origins, kind, meta, notes, advances: bool) -> Reading:
    """Rows rendered as a pipe table, with an anchor at each cell pointing to its origin."""
    lines = pipe_rows(rows)
    anchors: dict[int, tuple] = {}
    li = 0
    for i, (row, (line_no, cols)) in enumerate(zip(rows, origins)):
        rendered = lines[li]
        pos, anc = 2, []
        for cell, col in zip(row, cols):
            anc.append((pos, line_no, col, advances))
            pos += len(cell.replace("|", "/")) + 3
        anchors[li] = tuple(anc)
        li += 2 if i == 0 else 1
        del rendered
    return Reading("\n".join(lines), kind, meta, tuple(notes), anchors)


_READERS = {
    "text": read_text, "markdown": read_markdown, "html": read_html, "pdf": read_pdf, "docx": read_docx,
    "csv": read_csv, "xlsx": read_xlsx,
}
