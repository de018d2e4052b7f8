#!/usr/bin/env python3
"""Cold-start wall time of `reecheck draft`: a 2,000-word draft against 50 sources (target: under 2 s).

Usage: python bench/draft.py [--runs N] [--keep DIR]
The corpus is built from the project's own texts (data/sources and bench/corpus_other/sources): 50 sources
of about 800 words each, made of their paragraphs in a different order per file, and a draft of 2,000
words made the same way. Each run is a fresh interpreter (`python -m reecheck draft ... --format json`),
so imports count. Prints each run, the median and the best; exits 1 if the median is over the target.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The issue's target for a cold `reecheck draft` of 2,000 words against 50 sources.
TARGET_SECONDS = 2.0
SOURCES = 50
WORDS_PER_SOURCE = 800
DRAFT_WORDS = 2000


def paragraphs() -> list[str]:
    out = []
    for folder in (ROOT / "data" / "sources", ROOT / "bench" / "corpus_other" / "sources"):
        for f in sorted(folder.iterdir()):
            text = f.read_text(encoding="utf-8")
            if text.startswith("---"):  # front matter belongs to its file
                text = text.split("---", 2)[-1]
            out += [p.strip() for p in text.split("\n\n") if len(p.split()) >= 12]
    return out


def compose(paras: list[str], words: int, rng: random.Random) -> str:
    picked, n = [], 0
    while n < words:
        p = rng.choice(paras)
        picked.append(p)
        n += len(p.split())
    return "\n\n".join(picked) + "\n"


def build(folder: Path) -> tuple[Path, Path]:
    rng = random.Random(20261123)
    paras = paragraphs()
    src = folder / "sources"
    src.mkdir(parents=True, exist_ok=True)
    for i in range(SOURCES):
        (src / f"source_{i:02d}.md").write_text(compose(paras, WORDS_PER_SOURCE, rng), encoding="utf-8")
    draft = folder / "draft.md"
    draft.write_text(compose(paras, DRAFT_WORDS, rng), encoding="utf-8")
    return draft, src


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--keep", help="build the corpus in this folder and leave it there")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep or tmp)
        draft, src = build(folder)
        words = len(draft.read_text(encoding="utf-8").split())
        times = []
        for i in range(args.runs):
            t0 = time.perf_counter()
            proc = subprocess.run([sys.executable, "-m", "reecheck", "draft", str(draft), "--sources", str(src),
                                   "--format", "json", "--fail-on", "never"], capture_output=True, text=True, cwd=ROOT)
            dt = time.perf_counter() - t0
            if proc.returncode != 0:
                print(proc.stderr, file=sys.stderr)
                return 2
            times.append(dt)
            summary = json.loads(proc.stdout)["summary"]
            print(f"run {i + 1}: {dt:.3f} s  {summary}")
    med = statistics.median(times)
    print(f"draft of {words} words against {SOURCES} sources: median {med:.3f} s, best {min(times):.3f} s "
          f"(target < {TARGET_SECONDS} s)")
    return 0 if med < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
