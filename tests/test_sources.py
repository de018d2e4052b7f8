"""Stage 1: reading files into clean article text, with every repair and dropped line reported."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reecheck.sources import Source, clean_text, decode, discover, read_source


def clean(text: str, rules) -> Source:
    return clean_text(text, rules, path="note.md", name="note.md")


# --- front matter --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # key: value lines between two '---' lines become metadata, quotes stripped
    ("---\ntitle: \"Velmar port review\"\npublisher: Harbour Gazette\ndate: 2024-05-02\n---\nThe port moved 4 Mt.\n",
     {"title": "Velmar port review", "publisher": "Harbour Gazette", "date": "2024-05-02"}),
    # keys are lower-cased, and '...' may close the block
    ("---\nURL: https://example.org/velmar\n...\nThe port moved 4 Mt.\n", {"url": "https://example.org/velmar"}),
    # no front matter: no metadata
    ("The port moved 4 Mt.\n", {}),
])
def test_front_matter_becomes_metadata_and_leaves_the_body(rules, text, expected):
    src = clean(text, rules)
    assert src.metadata == expected
    assert src.text == "The port moved 4 Mt."
    assert src.status == "read"


def test_unclosed_front_matter_is_read_as_text_and_reported(rules):
    src = clean("---\ntitle: Velmar\nThe port moved 4 Mt.\n", rules)
    assert src.metadata == {}
    assert "The port moved 4 Mt." in src.text
    assert any("front matter" in r for r in src.repairs)


def test_body_line_numbers_count_the_front_matter(rules):
    src = clean("---\ntitle: Velmar\n---\nThe port moved 4 Mt.\n", rules)
    assert src.position(src.text.index("4 Mt")) == (4, 16)


# --- mojibake and stray letters ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # UTF-8 read as Windows-1252: a curly apostrophe
    ("Chileâ€™s copper exports climbed to 120,000 tonnes.", "Chile’s copper exports climbed to 120,000 tonnes."),
    # an em dash
    ("The quay â€” rebuilt in stone â€” reopened.", "The quay — rebuilt in stone — reopened."),
    # an accented letter
    ("The cafÃ© on the pier sold 300 coffees.", "The café on the pier sold 300 coffees."),
])
def test_mojibake_is_repaired_with_ftfy_and_reported(rules, text, expected):
    src = clean(text, rules)
    assert src.text == expected
    assert any("mojibake" in r and "ftfy" in r for r in src.repairs)


@pytest.mark.parametrize(("text", "expected"), [
    # before "s" and a word end: an apostrophe
    ("Russiaโs ore shipments were delayed by ice in the northern ports this spring.",
     "Russia’s ore shipments were delayed by ice in the northern ports this spring."),
    # between two words: a dash
    ("The reservesโestimated by surveyors last yearโwere revised down by the ministry after a long "
     "review of the drilling records from the northern coast.",
     "The reserves—estimated by surveyors last year—were revised down by the ministry after a long "
     "review of the drilling records from the northern coast."),
    # after a plural s: an apostrophe
    ("The dockersโ union signed the new pay deal with the harbour board on Monday.",
     "The dockers’ union signed the new pay deal with the harbour board on Monday."),
])
def test_a_rare_stray_thai_letter_is_restored_as_punctuation(rules, text, expected):
    src = clean(text, rules)
    assert src.text == expected
    assert any("stray" in r and "U+0E42" in r for r in src.repairs)


def test_a_stray_letter_that_is_not_rare_is_left_alone(rules):
    text = "Oreโs grade: 4โ5 %; Portโs fee."  # 3 stray letters among 17 Latin letters: too many to be noise
    src = clean(text, rules)
    assert src.text == text
    assert not any("stray" in r for r in src.repairs)


def test_a_foreign_script_that_is_real_text_is_left_alone(rules):
    text = "The sign at the pier read ท่าเรือโดยสาร and the ferry left at noon."
    src = clean(text, rules)
    assert src.text == text
    assert not any("stray" in r for r in src.repairs)


def test_clean_text_reports_nothing_for_clean_text(rules):
    src = clean("The harbour board approved 14 new berths for the ferry fleet.", rules)
    assert src.repairs == ()
    assert src.dropped == ()


# --- furniture, link hints, repeats --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # an ad label on its own line
    ("The port moved 4 Mt of coal.\nAdvertisement\nCoal prices fell 3 %.", [2]),
    # a comment counter
    ("The port moved 4 Mt of coal.\n0 Comments\nCoal prices fell 3 %.", [2]),
    # several kinds, surrounded by spaces
    ("  Share this article  \nThe port moved 4 Mt of coal.\nRead more\n12 comments\nCoal prices fell 3 %.", [1, 3, 4]),
])
def test_furniture_lines_are_dropped_and_listed(rules, text, expected):
    src = clean(text, rules)
    assert src.text == "The port moved 4 Mt of coal.\nCoal prices fell 3 %."
    assert [line for line, _ in src.dropped] == expected
    assert all(why == "site furniture" for _, why in src.dropped)
    assert any("site furniture dropped" in r for r in src.repairs)


def test_a_furniture_word_inside_a_sentence_is_kept(rules):
    text = "The advertisement for the ferry promised 30 % off, with 0 comments from the board."
    assert clean(text, rules).text == text


def test_an_inline_link_hint_is_blanked_and_columns_are_kept(rules):
    text = "Intro line.\nSee the tariff table (opens in a new tab) for 3,400 tonnes of tin.\n"
    src = clean(text, rules)
    assert "opens in a new tab" not in src.text
    line = src.text.split("\n")[1]
    assert len(line) == len("See the tariff table (opens in a new tab) for 3,400 tonnes of tin.")
    original_col = text.split("\n")[1].index("3,400") + 1
    assert src.position(src.text.index("3,400")) == (2, original_col)
    assert any("inline link hint" in r for r in src.repairs)


def test_a_paragraph_repeated_verbatim_is_counted_once(rules):
    para = "The harbour board said the new crane lifted 300 containers an hour on its first day of work."
    src = clean(f"{para}\nA short heading\n{para}\n", rules)
    assert src.text.count(para) == 1
    assert src.dropped == ((3, "paragraph repeated verbatim"),)
    assert any("repeated paragraph" in r for r in src.repairs)


def test_a_repeated_short_line_is_kept(rules):
    src = clean("Highlights\nThe port moved 4 Mt.\nHighlights\nCoal fell 3 %.", rules)
    assert src.text.count("Highlights") == 2
    assert src.dropped == ()


def test_a_file_of_only_furniture_is_skipped(rules):
    src = clean("Advertisement\n0 Comments\n", rules)
    assert src.status == "skipped"
    assert "no article text" in src.problem


# --- positions -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # first line, first column
    ("Ore: 4 Mt.\nCoal: 9 Mt.", ("4 Mt", (1, 6))),
    # second line
    ("Ore: 4 Mt.\nCoal: 9 Mt.", ("9 Mt", (2, 7))),
    # blank lines in the file are counted
    ("Ore: 4 Mt.\n\n\nCoal: 9 Mt.", ("9 Mt", (4, 7))),
    # a dropped furniture line is counted
    ("Ore: 4 Mt.\nAdvertisement\nCoal: 9 Mt.", ("9 Mt", (3, 7))),
    # Windows line ends
    ("Ore: 4 Mt.\r\nCoal: 9 Mt.\r\n", ("9 Mt", (2, 7))),
])
def test_position_maps_cleaned_offsets_to_file_line_and_column(rules, text, expected):
    needle, where = expected
    src = clean(text, rules)
    assert src.position(src.text.index(needle)) == where


# --- reading files -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # an empty file
    (b"", "empty"),
    # a file of white space only
    (b"  \n\n\t\n", "empty"),
    # a ZIP signature with no archive behind it
    (b"PK\x03\x04\x00\x00binary zip body", "damaged ZIP"),
    # NUL bytes: binary
    (b"\x01\x02\x00\x00\x07binary body\x00\x00\x00", "NUL bytes"),
    # a broken PDF named as .txt: read as a PDF (by content), found damaged
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
])
def test_unreadable_files_become_skipped_sources(rules, tmp_path, text, expected):
    path = tmp_path / "dispatch.txt"
    path.write_bytes(text)
    src = read_source(path, rules, tmp_path)
    assert src.status == "skipped"
    assert expected in src.problem
    assert src.text == ""
    assert src.name == "dispatch.txt"


def test_invalid_utf8_is_read_as_windows_1252_with_a_note(rules, tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("The pier cost 5 million.\nCaf\xe9 prices rose 3 %.\n".encode("latin-1"))
    src = read_source(path, rules, tmp_path)
    assert src.status == "read"
    assert src.text == "The pier cost 5 million.\nCafé prices rose 3 %."
    assert any("not valid UTF-8" in r and "line 2" in r for r in src.repairs)


def test_a_utf8_bom_is_dropped(rules, tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffThe pier cost 5 million.".encode("utf-8"))
    src = read_source(path, rules, tmp_path)
    assert src.text == "The pier cost 5 million."
    assert src.repairs == ()


@pytest.mark.parametrize(("text", "expected"), [
    # plain UTF-8: no repair
    ("Tonnage: 4 Mt".encode("utf-8"), ("Tonnage: 4 Mt", 0)),
    # Windows-1252 bytes: decoded, one repair note
    (b"Tonnage \x96 4 Mt", ("Tonnage \u2013 4 Mt", 1)),
])
def test_decode_reports_a_fallback(text, expected):
    decoded, repairs = decode(text)
    assert (decoded, len(repairs)) == expected


def test_read_source_names_a_file_relative_to_its_root(rules, tmp_path):
    (tmp_path / "wire").mkdir()
    path = tmp_path / "wire" / "a.md"
    path.write_text("The ferry carried 900 passengers.", encoding="utf-8")
    assert read_source(path, rules, tmp_path).name == "wire/a.md"
    assert read_source(path, rules).name == "a.md"


def test_discover_reads_source_files_and_says_why_others_are_passed_over(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("a.txt", "b.md", "sub/c.markdown", "d.pdf", ".hidden.txt", "e.csv", "f.png", "g.json"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    files, passed = discover([tmp_path, tmp_path / "missing"])
    assert sorted(p.relative_to(tmp_path).as_posix() for p in files) == [
        "a.txt", "b.md", "d.pdf", "e.csv", "sub/c.markdown"]
    why = {p.rsplit("/", 1)[-1]: reason for p, reason in passed}
    assert why["f.png"].startswith("not a source file (.png)")
    assert why["g.json"].startswith("not a source file (.json)")
    assert why[".hidden.txt"] == "hidden file"
    assert why["missing"] == "does not exist"


def test_discover_reads_a_file_named_explicitly_whatever_its_ending(tmp_path):
    path = tmp_path / "notes.log"
    path.write_text("x", encoding="utf-8")
    files, passed = discover([path])
    assert files == [path]
    assert passed == []


def test_discover_lists_a_file_given_twice_once(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("x", encoding="utf-8")
    files, passed = discover([path, tmp_path])
    assert files == [path]
    assert passed == [(str(path), "same file as one already read")]


# -- lines ftfy is not asked about (sources._ftfy_may_change) --------------------------------------------------

_PRINTABLE_ASCII_NO_AMP = "".join(chr(c) for c in range(32, 127) if chr(c) != "&")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_PRINTABLE_ASCII_NO_AMP, max_size=80))
def test_lines_left_to_themselves_are_lines_ftfy_leaves_unchanged(line):
    import ftfy

    from reecheck.sources import _ftfy_may_change

    assert not _ftfy_may_change(line)
    assert ftfy.fix_text(line, normalization="NFC", uncurl_quotes=False) == line


@pytest.mark.parametrize("line", ["Fish &amp; chips", "caf\u00c3\u00a9 prices", "tab\there", "bell\x07", "\x1b[1mbold",
                                  "wide \uff11\uff12", "line\u2028break"])
def test_lines_ftfy_may_repair_are_still_given_to_it(line):
    from reecheck.sources import _ftfy_may_change

    assert _ftfy_may_change(line)
