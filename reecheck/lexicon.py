"""Common English words: telling a name from an ordinary word that is capitalised only because it opens a sentence.

"Velmar produced 3 Mt" opens with a name; "Smaller provinces lag behind" and "Counting the backlog, ..." open
with ordinary words. When a text never capitalises such a word inside a sentence, how common the word is in
English decides. wordfreq's frequency lists (built from many corpora) know "smaller" as common and an invented or
rare name as unknown, which no hand-kept list of sentence openers could match.

Reading wordfreq's English list takes about half a second, so the set of common words is built once and kept in
the cache folder the rules use (:data:`.rules.CACHE_DIR`), keyed by wordfreq's version and
the threshold; when that folder cannot be written the set is built in memory for the run.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from .rules import CACHE_DIR

#: Zipf frequency (log10 of uses per billion words) from which a word counts as common English. "counting" is 4.3,
#: "auditor" 3.5, "orthopaedic" 2.9; invented names score 0 and most company names 1-3. A real name above it
#: ("Apple") is still a name wherever the text capitalises it inside a sentence.
COMMON_ZIPF = 3.0


def _cache_file(version: str) -> Path:
    return CACHE_DIR / f"common-words-en-{version}-zipf{COMMON_ZIPF:g}.txt"


def _build() -> frozenset[str]:
    from wordfreq import get_frequency_dict  # noqa: PLC0415 - slow to import, needed only to build the cache

    floor = 10 ** (COMMON_ZIPF - 9)  # the Zipf threshold as a share of all words
    return frozenset(w for w, share in get_frequency_dict("en", wordlist="large").items() if share >= floor)


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The lower-case English words at or above :data:`COMMON_ZIPF` (cached on disk after the first build)."""
    from importlib.metadata import version  # noqa: PLC0415

    path = _cache_file(version("wordfreq"))
    try:
        return frozenset(path.read_text(encoding="utf-8").split("\n"))
    except (OSError, UnicodeDecodeError):
        pass
    words = _build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text("\n".join(sorted(words)), encoding="utf-8")
        tmp.replace(path)  # atomic: a parallel run reads the old file or the whole new one
    except OSError:
        pass  # a read-only home: the set was built in memory and serves this run
    return words


def is_common(word: str) -> bool:
    """Whether ``word`` (any case) is a common English word."""
    return word.lower() in common_words()


def is_common_form(word: str) -> bool:
    """Whether ``word`` or the singular it is a plural of is common English: plurals are rarer than their
    singulars ("completions" falls below :data:`COMMON_ZIPF`, "completion" does not)."""
    w = word.lower()
    if w in common_words():
        return True
    if w.endswith("ies") and w[:-3] + "y" in common_words():
        return True
    return w.endswith("s") and (w[:-1] in common_words() or (w.endswith("es") and w[:-2] in common_words()))
