"""Readers: each format, made here in the test, gives the same figures as the same words in a text file;
the format is chosen by content first; text in any common encoding is decoded, and the decoding noted."""
from __future__ import annotations

import pytest

from reecheck.pipeline import check
from reecheck.readers import Unreadable, decode, read_bytes, read_pdf, sniff
from reecheck.sources import read_source

# Written for these tests; the wrapped first paragraph makes a PDF break it over several lines.
PARAS = [
    "Nordavia mined 44,000 tonnes of tin in 2023, the mining ministry said on Tuesday in its yearly review of "
    "the sector, adding that the new northern pits had opened ahead of plan.",
    "Exports rose 12 % to 31,000 tonnes.",
    "Ostland holds reserves of about 310,000 tonnes of tin, according to the geological survey.",
]


def make_pdf(paras, page_break_before: int | None = None, password: str | None = None) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for i, p in enumerate(paras):
        if i == page_break_before:
            pdf.add_page()
        pdf.multi_cell(100, 6, p, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    if password:
        pdf.set_encryption(owner_password="owner", user_password=password)
    return bytes(pdf.output())


def make_docx(paras) -> bytes:
    import io

    import docx

    d = docx.Document()
    d.core_properties.title = "Tin review"
    for p in paras:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def make_html(paras) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        "<!DOCTYPE html><html><head><title>Tin output climbs | Harbour Gazette</title>"
        '<meta property="og:site_name" content="Harbour Gazette">'
        '<meta property="article:published_time" content="2024-05-02T10:00:00Z">'
        '<link rel="canonical" href="https://gazette.example/tin-output"></head><body>'
        '<nav><ul><li><a href="/">Home</a></li><li><a href="/markets">Markets 24/7</a></li></ul></nav>'
        '<div class="advert">Advertisement: 3 issues for 1 dollar</div>'
        f"<article><h1>Tin output climbs</h1>{body}</article>"
        '<section id="comments" class="comments"><h3>Comments</h3><div class="comment"><p>Agree 100 %, and '
        "I think 90,000 tonnes is coming next year.</p></div></section>"
        "<footer>Copyright 2024 Harbour Gazette, 12 Pier Street.</footer></body></html>")


def figures_of(path, rules):
    report = check([path], rules)
    return sorted((c.figure.text, c.figure.value, c.figure.unit, c.subject) for c in report.claims), report


@pytest.fixture
def text_figures(rules, tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("\n".join(PARAS) + "\n", encoding="utf-8")
    figs, _ = figures_of(path, rules)
    assert len(figs) == 4
    return figs


@pytest.mark.parametrize("kind", ["pdf", "docx", "html", "md", "utf16.txt", "cp1252.txt"])
def test_every_format_gives_the_same_figures_as_plain_text(rules, tmp_path, text_figures, kind):
    path = tmp_path / f"doc.{kind}"
    if kind == "pdf":
        path.write_bytes(make_pdf(PARAS))
    elif kind == "docx":
        path.write_bytes(make_docx(PARAS))
    elif kind == "html":
        path.write_text(make_html(PARAS), encoding="utf-8")
    elif kind == "md":
        path.write_text("# Tin review\n\n" + "\n\n".join(PARAS) + "\n", encoding="utf-8")
    elif kind == "utf16.txt":
        path.write_bytes("\n".join(PARAS).encode("utf-16"))
    else:
        path.write_bytes("\n".join(PARAS).encode("cp1252"))
    figs, report = figures_of(path, rules)
    assert figs == text_figures
    assert report.sources[0].status == "read"


def test_a_web_page_keeps_metadata_and_leaves_out_navigation_ads_and_comments(rules, tmp_path):
    path = tmp_path / "page.html"
    path.write_text(make_html(PARAS), encoding="utf-8")
    src = read_source(path, rules)
    assert src.format == "html"
    assert src.metadata["title"] == "Tin output climbs"
    assert src.metadata["publisher"] == "Harbour Gazette"
    assert src.metadata["date"] == "2024-05-02"
    assert src.metadata["url"] == "https://gazette.example/tin-output"
    for boilerplate in ("Markets", "Advertisement", "90,000", "Copyright", "Comments"):
        assert boilerplate not in src.text


def test_pdf_lines_broken_inside_a_paragraph_are_joined_and_keep_page_and_line(rules, tmp_path):
    path = tmp_path / "review.pdf"
    path.write_bytes(make_pdf(PARAS, page_break_before=2))
    src = read_source(path, rules)
    assert src.format == "pdf"
    assert src.text.split("\n")[0] == PARAS[0]  # one paragraph, one line, as the pipeline reads
    at = src.text.index("310,000")
    assert src.page_at(at) == 2
    assert src.position(at) == (1, PARAS[2].index("310,000") + 1)  # first line of page 2
    said = src.text.index("ministry said")
    line, _ = src.position(said)
    assert line == 2  # "ministry" starts the PDF's second line on page 1
    report = check([path], rules)
    fig = next(f for f in report.as_dict()["figures"] if f["text"] == "about 310,000 tonnes")
    assert fig["page"] == 2


def test_an_encrypted_pdf_is_skipped_with_the_reason(rules, tmp_path):
    path = tmp_path / "locked.pdf"
    path.write_bytes(make_pdf(PARAS[:1], password="secret"))
    src = read_source(path, rules)
    assert (src.status, src.problem) == ("skipped", "encrypted PDF (a password is needed)")


def test_a_pdf_without_a_text_layer_is_skipped_with_the_reason(rules, tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 50, 50)
    path = tmp_path / "scan.pdf"
    path.write_bytes(bytes(pdf.output()))
    src = read_source(path, rules)
    assert src.status == "skipped"
    assert "no text layer" in src.problem


@pytest.mark.parametrize(("name", "make", "expected"), [
    # a real PDF named .txt is read as a PDF, and the report says so
    ("report.txt", lambda: make_pdf(PARAS[1:2]), ("pdf", "named .txt but is a PDF file; read as pdf")),
    # a Word file named .txt
    ("memo.txt", lambda: make_docx(PARAS[1:2]), ("docx", "named .txt but is a Word (.docx) file; read as docx")),
    # a web page saved as .txt
    ("page.txt", lambda: make_html(PARAS).encode(), ("html", "named .txt but is an HTML file; read as html")),
])
def test_the_format_is_chosen_by_content_before_the_ending(rules, tmp_path, name, make, expected):
    path = tmp_path / name
    path.write_bytes(make())
    src = read_source(path, rules)
    assert src.status == "read"
    assert (src.format, src.repairs[0]) == expected
    assert "31,000 tonnes" in src.text


@pytest.mark.parametrize(("head", "suffix", "expected"), [
    (b"%PDF-1.4\n", ".txt", "pdf"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", ".txt", "binary: a PNG image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1", ".doc", "binary: a legacy Office file (.doc/.xls); save it as .docx or .xlsx"),
    (b"  <!DOCTYPE html><html>", ".txt", "html"),
    ("Tin 4 Mt".encode("utf-16-le"), ".txt", "text"),  # UTF-16 without a byte-order mark is text
    (b"Tin,4\nLead,5\n", ".csv", "csv"),
    (b"plain words", ".pdf", "binary: named .pdf but not a PDF file (no PDF signature)"),
])
def test_sniff_chooses_the_reader_by_content_then_ending(head, suffix, expected):
    assert sniff(head, suffix) == expected


@pytest.mark.parametrize(("raw", "expected_text", "note"), [
    # Cyrillic in Windows-1251
    ("Олово: 44 000 тонн в 2023 году.".encode("cp1251"), "Олово: 44 000 тонн в 2023 году.", "CP1251"),
    # Japanese in Shift-JIS
    ("錫の生産量は4万4000トン。".encode("shift_jis"), "錫の生産量は4万4000トン。", "not valid UTF-8"),
    # Latin-1 accents: Windows-1252
    ("Caf\xe9 ore: 3 t\n".encode("latin-1"), "Café ore: 3 t\n", "Windows-1252"),
    # UTF-16 with a byte-order mark
    ("Tin: 4 Mt".encode("utf-16"), "Tin: 4 Mt", "UTF-16"),
])
def test_encodings_are_detected_not_assumed(raw, expected_text, note):
    text, notes = decode(raw)
    assert text == expected_text
    assert note in notes[0]


def test_mixed_encodings_are_decoded_line_by_line(rules, tmp_path):
    raw = "Nordavia’s output: 44,000 t.\n".encode("utf-8") + "Ostland’s output: 9,500 t.\n".encode("cp1252")
    path = tmp_path / "mixed.txt"
    path.write_bytes(raw)
    src = read_source(path, rules)
    assert src.text == "Nordavia’s output: 44,000 t.\nOstland’s output: 9,500 t."
    assert any("mixed encodings" in r and "line 2" in r for r in src.repairs)


def test_csv_in_a_legacy_encoding_and_with_semicolons_is_read(rules, tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes("Pays;Production 2023 (tonnes)\nCôte Nord;4 400\n".encode("cp1252"))
    src = read_source(path, rules)
    assert src.format == "csv" and src.status == "read"
    assert "Côte Nord" in src.text
    assert len(src.tables) == 1


def test_read_bytes_raises_unreadable_for_damaged_office_files():
    with pytest.raises(Unreadable, match="damaged ZIP"):
        read_bytes(b"PK\x03\x04 not really a zip", ".docx")
    with pytest.raises(Unreadable, match="damaged PDF|no pages|no text"):
        read_pdf(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF")
