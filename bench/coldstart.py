#!/usr/bin/env python3
"""Cold-start wall time of `reecheck check` on a corpus (target: under 1 s on the seed corpus).

Usage: python bench/coldstart.py [SOURCES] [--runs N]
Each run is a fresh interpreter (`python -m reecheck check SOURCES --format json`), so imports count.
Prints each run, then the median and the best; exits 1 if the median is over the target.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The issue's target for a cold `reecheck check` on the five seed articles.
TARGET_SECONDS = 1.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    seeds = ROOT.parent / "shared" / "corpus" / "seeds" / "sources"
    ap.add_argument("sources", nargs="?", default=str(seeds if seeds.is_dir() else ROOT / "data" / "sources"))
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    times = []
    for i in range(args.runs):
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "reecheck", "check", args.sources, "--format", "json"],
                              capture_output=True, text=True, cwd=ROOT)
        dt = time.perf_counter() - t0
        if proc.returncode != 0:
            print(proc.stderr, file=sys.stderr)
            return 2
        times.append(dt)
        print(f"run {i + 1}: {dt:.3f} s")
    med = statistics.median(times)
    print(f"cold start on {args.sources}: median {med:.3f} s, best {min(times):.3f} s (target < {TARGET_SECONDS} s)")
    return 0 if med < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
