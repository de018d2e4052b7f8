#!/usr/bin/env python3
"""Where reecheck's misses on the peer sets come from: what the sets label differently from reecheck by design.

Usage: python bench/extraction_ceiling.py [--also FILE ...]

The official numbers are score_extraction.py's (bench/extraction.py prints them). This script re-scores the
same predictions with the same pairing and prints, per set, value+unit F1 three ways:

  official      exactly as score_extraction.py counts it
  labelled      on the Recognizers-Text NumberWithUnit sets, which each label one type (currency, age, ...),
                only quantities of that type, predicted and gold: there every other figure a general extractor
                reads ("killing 14 people" in a currency set) counts as a false positive. The type is the unit
                kinds that make up at least MAIN_KIND_SHARE of the set's gold, bare counts and percents left
                out. Other sets label every quantity, so this column repeats the official one for them
  by-design     also leaving out gold quantities that the issue rules out or reecheck reads as two figures
                on purpose: four-digit years and decades ("in 2013", "the 1960s"), and "from X to Y" written as
                one quantity where reecheck reads a change and keeps the earlier and the later value apart (its
                comparison needs the later one); predictions pairing with a left-out quantity leave with it

It prints no verdict: the gap between the columns says how much of a shortfall is a labelling convention and
how much is a reading error left to fix.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PEERS = SHARED / "corpus" / "peers"
NOT_SETS = {"errors.json", "expand.json"}
#: Gold values read as years when the sentence writes them as a bare four-digit number (or a decade).
YEAR_SPAN = (1800, 2100)
#: A unit kind belongs to a one-type set's type when at least this share of its gold quantities has it.
MAIN_KIND_SHARE = 0.03
#: The folder of the one-type sets.
ONE_TYPE_SETS = "NumberWithUnit"
_FROM_TO = re.compile(r"\bfrom\s+(?:about\s+)?\S*?(?P<a>\d[\d,.]*)\S*(?:\s+\S+){0,3}?\s+to\s+\S*?(?P<b>\d[\d,.]*)", re.I)


def f1(tp: int, npred: int, ngold: int) -> float:
    p, r = (tp / npred if npred else 0.0), (tp / ngold if ngold else 0.0)
    return 2 * p * r / (p + r) if p + r else 0.0


def is_year_gold(g: dict, text: str) -> bool:
    v = g["lo"]
    return (g["lo"] == g["hi"] and v == int(v) and YEAR_SPAN[0] <= v <= YEAR_SPAN[1]
            and re.search(rf"(?<![\d,.]){int(v)}(?:s\b|(?![\d,.]\d))", text) is not None)


def is_from_to_gold(g: dict, text: str) -> bool:
    if g["lo"] == g["hi"]:
        return False
    for m in _FROM_TO.finditer(text):
        try:
            a, b = float(m.group("a").replace(",", "").rstrip(".")), float(m.group("b").replace(",", "").rstrip("."))
        except ValueError:
            continue
        if {round(a, 6), round(b, 6)} <= {round(g["lo"], 6), round(g["hi"], 6)}:
            return True
    return False


def score(se, path: Path, run) -> tuple[float, float, float]:
    cases = se.load(path)
    kinds = [g["kind"] for _, golds in cases for g in golds]
    main = {k for k in set(kinds) if kinds.count(k) >= MAIN_KIND_SHARE * len(kinds) and k not in ("count", "fraction")}
    one_type = ONE_TYPE_SETS in path.parts
    totals = {k: [0, 0, 0] for k in ("official", "labelled", "by-design")}
    for text, golds in cases:
        preds = run(text)
        labelled = [p for p in preds if p["kind"] in main] if one_type else preds
        golds_l = [g for g in golds if g["kind"] in main] if one_type else golds
        kept = [g for g in golds_l if not is_year_gold(g, text) and not (
            is_from_to_gold(g, text) and not any(se.value_match(p, g) for p in preds))]
        dropped = [g for g in golds_l if g not in kept]
        # predictions that pair with a dropped gold quantity (the two ends of a from-to) leave with it
        design_preds = [p for p in labelled
                        if not any(se.value_match(p, {"lo": e, "hi": e}) for g in dropped for e in (g["lo"], g["hi"]))]
        for key, ps, gs in (("official", preds, golds), ("labelled", labelled, golds_l),
                            ("by-design", design_preds, kept)):
            t = totals[key]
            t[0] += se.pair(ps, gs, True)
            t[1] += len(ps)
            t[2] += len(gs)
    return tuple(f1(*totals[k]) for k in ("official", "labelled", "by-design"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--also", nargs="*", default=[], type=Path, help="more set files in a format the scorer reads")
    args = ap.parse_args()
    sys.path.insert(0, str(SHARED / "eval"))
    import score_extraction as se  # noqa: PLC0415

    run, _ = se.reecheck_system()
    sets = sorted(p for p in PEERS.glob("**/*.json") if p.name not in NOT_SETS) + [p.resolve() for p in args.also]
    print(f"{'set (value+unit F1)':40}{'official':>10}{'labelled':>10}{'by-design':>11}")
    for path in sets:
        name = str(path.relative_to(PEERS)) if path.is_relative_to(PEERS) else path.name
        name = name if len(name) <= 39 else "…" + name[-38:]
        off, lab, des = score(se, path, run)
        print(f"{name:40}{off:>10.2f}{lab:>10.2f}{des:>11.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
