#!/usr/bin/env python3
"""Quantity extraction on the peer test sets, reecheck and quantulum3 side by side (same run, same machine).

Usage: python bench/extraction.py [--install] [--sets GLOB]

Runs ../shared/eval/score_extraction.py on every peer set under ../shared/corpus/peers/ (the extraction
sets: quantulum3's quantities*.json and the Recognizers-Text model files) once with --system reecheck and,
when quantulum3 can be imported by this interpreter, once with --system quantulum3. Prints value F1,
value+unit F1 and throughput (kchar/s) for each, and the speed ratio reecheck / quantulum3.

quantulum3 is not a dependency of reecheck: --install pip-installs it into the running interpreter's
environment first; without --install a missing quantulum3 is reported as missing.
"""
from __future__ import annotations

import argparse
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score_extraction.py"
PEERS = SHARED / "corpus" / "peers"
#: Files under peers/ that are not sentence-level extraction sets (quantulum3's error and expansion lists).
NOT_SETS = {"errors.json", "expand.json"}


def peer_sets(pattern: str) -> list[Path]:
    return sorted(p for p in PEERS.glob(pattern) if p.name not in NOT_SETS and p.is_file())


def run(dataset: Path, system: str) -> dict | None:
    proc = subprocess.run([sys.executable, str(SCORER), str(dataset), "--system", system],
                          capture_output=True, text=True, cwd=ROOT)
    out = proc.stdout
    f1 = re.findall(r"^(value|value\+unit)\s+P=\S+ R=\S+ F1=([\d.]+)", out, re.M)
    speed = re.search(r"^speed\s+([\d.]+) kchar/s", out, re.M)
    if proc.returncode != 0 or len(f1) != 2 or not speed:
        tail = (proc.stderr or out).strip().splitlines()[-1:] or ["no output"]
        return {"error": tail[0][:80]}
    scores = dict(f1)
    return {"v": float(scores["value"]), "vu": float(scores["value+unit"]), "kcs": float(speed.group(1))}


def have_quantulum() -> bool:
    return importlib.util.find_spec("quantulum3") is not None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--install", action="store_true", help="pip install quantulum3 into this environment first")
    ap.add_argument("--sets", default="**/*.json", help="glob under the peers folder (default: every set)")
    args = ap.parse_args()
    if not SCORER.is_file():
        print(f"scorer not found: {SCORER}", file=sys.stderr)
        return 2
    if args.install and not have_quantulum():
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "quantulum3"], check=False)
    q3 = have_quantulum()
    sets = peer_sets(args.sets)
    if not sets:
        print(f"no peer sets under {PEERS}", file=sys.stderr)
        return 2

    head = f"{'peer set':34}{'reecheck v':>11}{'v+u':>7}{'kchar/s':>9}"
    head += f"{'quantulum3 v':>14}{'v+u':>7}{'kchar/s':>9}{'speed x':>9}" if q3 else ""
    print(head)
    ratios = []
    for ds in sets:
        name = str(ds.relative_to(PEERS))
        name = name if len(name) <= 33 else "…" + name[-32:]
        r = run(ds, "reecheck")
        line = f"{name:34}" + (f"{r['v']:>11.2f}{r['vu']:>7.2f}{r['kcs']:>9.0f}" if "error" not in r
                               else f"{'error: ' + r['error']:>27}")
        if q3:
            q = run(ds, "quantulum3")
            if "error" in q:
                line += f"{'error: ' + q['error']:>30}"
            else:
                line += f"{q['v']:>14.2f}{q['vu']:>7.2f}{q['kcs']:>9.0f}"
                if "error" not in r and q["kcs"] > 0:
                    ratios.append(r["kcs"] / q["kcs"])
                    line += f"{ratios[-1]:>8.1f}x"
        print(line)
    if q3 and ratios:
        ratios.sort()
        print(f"speed ratio reecheck/quantulum3: median {ratios[len(ratios) // 2]:.1f}x "
              f"(min {ratios[0]:.1f}x, max {ratios[-1]:.1f}x)")
    elif not q3:
        print("quantulum3: missing (not importable here); run with --install to pip-install it for the comparison")
    return 0


if __name__ == "__main__":
    sys.exit(main())
