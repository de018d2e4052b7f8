"""Syndicated copies: sources that share most of their text (one outlet republishing another's article).

A copy is not a second witness. :func:`origins_of` finds the copies among the sources read, so the
comparison stage counts each origin once when it says how many sources back a figure, and the report's
coverage says which source repeats which.

Method: word shingles (runs of :data:`SHINGLE_WORDS` words), a fixed 1-in-:data:`SAMPLE_EVERY` sample of
them by checksum (so long documents cost little and the answer is the same on every run), and an
inverted index so only sources that share a shingle are ever compared. Two sources are copies when the
shingles they share make up at least :data:`MIN_SHARED` of the shorter one's.
"""
from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

#: Words per shingle: long enough that two independent articles on one topic rarely share one.
SHINGLE_WORDS = 6
#: Keep one shingle in this many (chosen by checksum, so the same in every run).
SAMPLE_EVERY = 4
#: Share of the shorter text's shingles found in the other for the two to count as one origin.
MIN_SHARED = 0.6
#: Sources with fewer sampled shingles than this (a few sentences) are never called copies.
MIN_SHINGLES = 8

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Copy:
    """``source`` repeats ``origin``: ``shared`` is the share of the shorter text found in the other."""

    source: str
    origin: str
    shared: float


def shingles(text: str) -> set[int]:
    """The sampled shingle checksums of ``text`` (case and punctuation ignored)."""
    words = _WORD.findall(text.lower())
    out = set()
    for i in range(len(words) - SHINGLE_WORDS + 1):
        h = zlib.crc32(" ".join(words[i:i + SHINGLE_WORDS]).encode("utf-8"))
        if h % SAMPLE_EVERY == 0:
            out.add(h)
    return out


def origins_of(sources) -> list[Copy]:
    """The copies among ``sources`` (those read), each pointing at the source it repeats.

    In a cluster of copies the origin is the one dated first (front matter ``date``), else the longest,
    else the first by name.
    """
    read = [s for s in sources if s.status == "read"]
    sets = [shingles(s.text) for s in read]
    index: dict[int, list[int]] = {}
    for i, sh in enumerate(sets):
        if len(sh) < MIN_SHINGLES:
            continue
        for h in sh:
            index.setdefault(h, []).append(i)
    common: dict[tuple[int, int], int] = {}
    for posting in index.values():
        for a in range(len(posting)):
            for b in range(a + 1, len(posting)):
                key = (posting[a], posting[b])
                common[key] = common.get(key, 0) + 1
    parent = list(range(len(read)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    share: dict[tuple[int, int], float] = {}
    for (a, b), n in common.items():
        s = n / min(len(sets[a]), len(sets[b]))
        if s >= MIN_SHARED:
            share[(a, b)] = share[(b, a)] = s
            parent[root(a)] = root(b)
    clusters: dict[int, list[int]] = {}
    for i in range(len(read)):
        clusters.setdefault(root(i), []).append(i)
    out = []
    for members in clusters.values():
        if len(members) < 2:
            continue
        first = min(members, key=lambda i: (read[i].metadata.get("date") or "9999", -len(read[i].text), read[i].name))
        for i in sorted(members, key=lambda i: read[i].name):
            if i != first:
                s = share.get((i, first)) or max(share.get((i, j), 0.0) for j in members)
                out.append(Copy(read[i].name, read[first].name, round(s, 2)))
    return out
