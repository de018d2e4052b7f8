#!/usr/bin/env python3
"""Score `reecheck draft` verdicts against a hand-written key.

Usage: python bench/draft_accuracy.py DRAFTS_DIR --sources SOURCES [-v]
DRAFTS_DIR holds the drafts and key.json: a list of
  {"draft": "a.md", "line": 7, "text": "38 million tonnes", "expected": "contradicted", "why": "..."}
  {"draft": "a.md", "lines": [5, 9], "expected": "inconsistent"}
Prints, per expected verdict, how many figures got it, then the share of planted errors caught (the
expected verdict is contradicted, misattributed or unsupported and reecheck agrees), the share of correct
figures left alone (expected supported or disputed, and reecheck says neither contradicted nor
misattributed) and the self-conflicts found.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reecheck import check_draft  # noqa: E402
from reecheck.rules import load_rules  # noqa: E402

ERRORS = ("contradicted", "misattributed", "unsupported")
FLAGS = ("contradicted", "misattributed")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("drafts")
    ap.add_argument("--sources", required=True)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    folder = Path(args.drafts)
    key = json.loads((folder / "key.json").read_text(encoding="utf-8"))
    rules = load_rules()
    reports = {}
    exact = Counter()
    total = Counter()
    caught = planted = left_alone = correct = 0
    conflicts_found = conflicts_expected = 0
    for item in key:
        name = item["draft"]
        if name not in reports:
            reports[name] = check_draft(folder / name, args.sources, rules=rules)
        r = reports[name]
        if item["expected"] == "inconsistent":
            conflicts_expected += 1
            a, b = sorted(item["lines"])
            hit = any({k.first.line, k.second.line} == {a, b} for k in r.conflicts)
            conflicts_found += hit
            if args.verbose and not hit:
                print(f"MISS {name}: lines {a} and {b} should conflict")
            continue
        got = next((f.verdict for f in r.findings if f.claim.line == item["line"]
                    and f.claim.figure.text.strip() == item["text"].strip()), None)
        if got is None:  # the figure may be read with other edges ("3.8m tonnes" vs "3.8m")
            got = next((f.verdict for f in r.findings if f.claim.line == item["line"]
                        and (item["text"] in f.claim.sentence) and (f.claim.figure.text in item["text"]
                                                                       or item["text"] in f.claim.figure.text)),
                       "not found")
        exp = item["expected"]
        total[exp] += 1
        exact[exp] += got == exp
        if exp in ERRORS:
            planted += 1
            caught += got == exp or (exp != "unsupported" and got in FLAGS)
        else:
            correct += 1
            left_alone += got not in FLAGS
        if args.verbose and got != exp:
            print(f"{name}:{item['line']}: {item['text']!r} expected {exp}, got {got}  ({item.get('why', '')})")
    for v in ("supported", "disputed", "contradicted", "misattributed", "unsupported"):
        if total[v]:
            print(f"{v:14} {exact[v]}/{total[v]} = {exact[v] / total[v]:.2f}")
    print(f"planted errors caught: {caught}/{planted}" + (f" = {caught / planted:.2f}" if planted else ""))
    print(f"correct figures not flagged: {left_alone}/{correct}" + (f" = {left_alone / correct:.2f}" if correct else ""))
    if conflicts_expected:
        print(f"self-conflicts found: {conflicts_found}/{conflicts_expected}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
