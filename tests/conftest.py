"""Shared fixtures: the shipped rules (loaded once), temp source folders and claims built from text."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

from reecheck.context import situate
from reecheck.figures import scan
from reecheck.rules import load_rules
from reecheck.sources import clean_text


# Property tests draw the same examples on every run (CI must not turn red on a draw it never made before); explore
# further locally with `pytest --hypothesis-seed=N`, which overrides this.
settings.register_profile("reecheck", derandomize=True, database=None)
settings.load_profile("reecheck")


@pytest.fixture(scope="session")
def rules():
    """The shipped rules/ folder (cached by load_rules, so cheap to ask for)."""
    return load_rules()


@pytest.fixture
def write_sources(tmp_path):
    """Write {file name: text} into a fresh folder under tmp_path and return the folder."""

    def _write(files: dict[str, str], folder: str = "sources") -> Path:
        root = tmp_path / folder
        root.mkdir(parents=True, exist_ok=True)
        for name, text in files.items():
            (root / name).write_text(text, encoding="utf-8")
        return root

    return _write


@pytest.fixture
def claims_of(rules):
    """Claims for every figure of one text, chained the way pipeline.check chains stages 1-3."""

    def _claims(text: str, name: str = "note.txt", start_index: int = 1):
        src = clean_text(text, rules, path=name, name=name)
        figs, _ = scan(src.text, rules)
        return situate(src, figs, rules, start_index=start_index)

    return _claims
