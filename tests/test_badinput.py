"""Bad input never costs a run or a figure: every file under the folder gets a fate in the coverage, the
rest of the run goes on, and the exit status says whether anything was skipped (--strict: 3)."""
from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

from reecheck import sources
from reecheck.cli import main
from reecheck.pipeline import check
from reecheck.sources import discover, read_source

GOOD = "Nordavia mined 44,000 tonnes of tin in 2023.\n"


def fates(report) -> dict[str, str]:
    return {os.path.basename(f["file"]): f["fate"] for f in report.coverage()["files"]}


@pytest.fixture
def messy(tmp_path):
    """A folder with one good source and one of each kind of bad input."""
    root = tmp_path / "messy"
    root.mkdir()
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.md").write_bytes(b"\n  \n\t\n")
    (root / "noise.txt").write_bytes(bytes(range(256)) * 4)
    (root / "fake.pdf").write_text("this is not a PDF at all", encoding="utf-8")
    (root / "latin.txt").write_bytes("Ostland mined 9,500 tonnes of tin at the caf\xe9 pit.\n".encode("latin-1"))
    (root / "frontmatter.md").write_text("---\ntitle: Broken\nthis line is no key\n---\nLead output: 700 t.\n",
                                         encoding="utf-8")
    (root / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 50)
    (root / ".hidden.txt").write_text(GOOD, encoding="utf-8")
    (root / "loop").symlink_to(root, target_is_directory=True)  # a folder that contains itself
    (root / "self.txt").symlink_to(root / "self.txt")  # a link to itself
    (root / "gone.txt").symlink_to(root / "nowhere.txt")  # a broken link
    os.mkfifo(root / "pipe.txt")  # never opened: reading a pipe would block the run
    with open(root / "huge.txt", "wb") as fh:  # 200 MB, sparse: costs no disk and is never read
        fh.truncate(200 * 1000 * 1000)
    return root


def test_every_file_gets_a_fate_and_the_good_one_is_still_read(rules, messy):
    report = check(messy, rules)
    f = fates(report)
    assert f["good.txt"] == "read (text)"
    assert f["empty.txt"] == "skipped: empty file"
    assert f["blank.md"] == "skipped: empty file"
    assert f["noise.txt"] == "skipped: NUL bytes, not text"
    assert f["fake.pdf"] == "skipped: named .pdf but not a PDF file (no PDF signature)"
    assert f["latin.txt"] == "read (text)"
    assert f["frontmatter.md"] == "read (markdown)"
    assert f["photo.png"].startswith("passed over: not a source file (.png)")
    assert f[".hidden.txt"] == "passed over: hidden file"
    assert f["loop"] == "skipped: link loop (a folder that contains itself), not followed"
    assert f["self.txt"].startswith("skipped: link loop or unresolvable link")
    assert f["gone.txt"] == "skipped: broken link (points at nothing)"
    assert f["pipe.txt"] == "skipped: not a regular file (a pipe, socket or device), not opened"
    assert f["huge.txt"] == "skipped: 200 MB over the 50 MB limit (--max-size)"
    assert len(f) == 14  # every entry of the folder, nothing silently dropped
    texts = {c.figure.text for c in report.claims}
    assert {"44,000 tonnes", "9,500 tonnes", "700 t"} <= texts
    assert report.coverage()["files_skipped"] == 9


def test_repairs_say_what_was_wrong_with_a_file_that_was_still_read(rules, messy):
    report = check(messy, rules)
    repairs = report.coverage()["repairs"]
    assert any("not valid UTF-8" in r for r in repairs["latin.txt"])
    assert any("front matter line 3" in r for r in repairs["frontmatter.md"])


def test_an_unreadable_file_is_skipped_with_the_system_reason(rules, tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text(GOOD, encoding="utf-8")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(sources, "open", refuse, raising=False)
    src = read_source(path, rules)
    assert (src.status, src.problem) == ("skipped", "cannot be read: Permission denied")


def test_a_folder_named_like_a_file_is_walked_not_read(rules, tmp_path):
    (tmp_path / "notes.txt").mkdir()
    (tmp_path / "notes.txt" / "a.md").write_text(GOOD, encoding="utf-8")
    files, passed = discover([tmp_path])
    assert [p.name for p in files] == ["a.md"] and passed == []


def test_a_reader_that_crashes_costs_only_its_file(rules, tmp_path, monkeypatch):
    from reecheck import readers

    def boom(raw):
        raise KeyError("/Root")

    monkeypatch.setitem(readers._READERS, "markdown", boom)
    (tmp_path / "a.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    report = check(tmp_path, rules)
    f = fates(report)
    assert f["a.md"] == "skipped: reader failed (KeyError: '/Root')"
    assert f["b.txt"] == "read (text)"


def test_a_folder_of_ten_thousand_files_is_listed_whole(rules, tmp_path):
    root = tmp_path / "many"
    root.mkdir()
    for i in range(10_000):
        (root / f"n{i:05d}.txt").write_bytes(b"" if i % 100 else f"Mine {i} shipped {i + 5},000 tonnes.\n".encode())
    report = check(root, rules)
    cov = report.coverage()
    assert len(cov["files"]) == 10_000
    assert cov["sources_read"] == 100
    assert cov["files_skipped"] == 9_900
    assert sum(f["fate"] == "skipped: empty file" for f in cov["files"]) == 9_900


# --- exit status ------------------------------------------------------------------------------------------

def test_skipped_files_keep_exit_0_and_strict_makes_them_exit_3(messy):
    runner = CliRunner()
    plain = runner.invoke(main, ["check", str(messy), "--format", "json"], catch_exceptions=False)
    assert plain.exit_code == 0
    assert "9 file(s) skipped" in plain.stderr
    report = json.loads(plain.stdout)
    assert report["coverage"]["files_skipped"] == 9
    strict = runner.invoke(main, ["check", str(messy), "--strict"], catch_exceptions=False)
    assert strict.exit_code == 3
    assert "skipped empty.txt: empty file" in strict.stdout  # the coverage lists each file's fate
    assert "read good.txt (text)" in strict.stdout


def test_strict_passes_when_nothing_was_skipped(write_sources):
    folder = write_sources({"a.txt": GOOD, ".b.txt": GOOD})  # a hidden file is passed over, not skipped
    result = CliRunner().invoke(main, ["check", str(folder), "--strict"], catch_exceptions=False)
    assert result.exit_code == 0


def test_max_size_sets_the_limit(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD * 100, encoding="utf-8")  # 4.5 kB
    result = CliRunner().invoke(main, ["check", str(tmp_path), "--max-size", "0.002", "--format", "md"],
                                catch_exceptions=False)
    assert "skipped a.txt: 4.5 kB over the 2 kB limit (--max-size)" in result.stdout
