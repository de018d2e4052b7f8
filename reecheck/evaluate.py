"""Score a report against a hand-labelled answer key (the format of ``data/gold.json``).

Used by the accuracy gate in the tests and by ``bench/accuracy.py``. The answer key lists figures (the
document, an anchor fragment of the sentence, the stated number(s), the subject, who states it) and, per
subject, camps of figures that agree. The scores:

- figures: share of required key figures found (same file, anchor inside the sentence, number agrees)
- attribution: share of found, attributed key figures whose attribution names the same body
- grouping_recall / grouping_purity: same-subject pairs put together / different-subject pairs kept apart
- conflict_recall / conflict_precision: cross-camp pairs of the key found in discrepancy groups / share of
  reported cross-camp pairs that the key confirms
"""
from __future__ import annotations

import itertools
import re
import unicodedata
from pathlib import Path

#: Relative difference within which a reported number matches the key's.
NUMBER_MATCH = 0.005
#: Units the key uses and the pint unit each stands for.
KEY_UNITS = {"t": "metric_ton", "%": "percent", "USD/kg": "USD / kilogram", "USD": "USD", "AUD": "AUD",
             "EUR": "EUR", "JPY": "JPY", "KZT": "KZT", "bbl": "oil_barrel", "bbl/d": "oil_barrel / day",
             "USD/bbl": "USD / oil_barrel", "GW": "gigawatt", "TWh": "terawatt_hour", "pp": "percent",
             "count": "dimensionless", "AUD/kg": "AUD / kilogram", "GBP": "GBP", "lb": "pound", "km": "kilometer",
             "m": "meter", "kg": "kilogram", "ha": "hectare", "m3": "meter ** 3", "MW": "megawatt",
             "MWh": "megawatt_hour", "GWh": "gigawatt_hour", "day": "day", "h": "hour", "year": "year",
             "km/h": "kilometer / hour", "C": "degree_Celsius", "L": "liter", "CNY": "CNY", "INR": "INR",
             "BRL": "BRL", "CAD": "CAD", "ZAR": "ZAR", "MZN": "MZN"}


def _norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKC", s or "")
    s = s.translate({0x2019: "'", 0x2018: "'", 0x201C: '"', 0x201D: '"'})
    s = re.sub(r"[\u2010-\u2015]", "-", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def _letters(s: str | None) -> str:
    return re.sub(r"[^a-z]+", " ", _norm(s)).strip()


def _numbers(fig: dict, key_unit: str, rules) -> list[float]:
    from .units import base_of

    target = KEY_UNITS.get(key_unit)
    if target is None:
        raise ValueError(f"answer key unit {key_unit!r} is unknown; use one of {', '.join(KEY_UNITS)} "
                         "or add it to KEY_UNITS in reecheck/evaluate.py")
    try:
        f_from, d_from = base_of(fig.get("unit") or "dimensionless", rules)
        f_to, d_to = base_of(target, rules)
    except Exception:  # noqa: BLE001 - an unknown unit simply does not match
        return []
    if d_from != d_to:
        return []
    return [fig[k] * f_from / f_to for k in ("value", "low", "high") if fig.get(k) is not None]


def _matches(fig: dict, g: dict, rules) -> bool:
    if Path(str(fig.get("source", ""))).name != g["doc"]:
        return False
    if _norm(g["anchor"]) not in _norm(fig.get("sentence")):
        return False
    nums = _numbers(fig, g["unit"], rules)
    wanted = [g["value"]] if "value" in g else [g["low"], g["high"]]
    return all(any(abs(n - w) <= NUMBER_MATCH * max(abs(w), 1e-12) for n in nums) for w in wanted)


def score(report: dict, gold: dict, rules=None) -> dict[str, float]:
    """The six scores of ``report`` (a JSON report as a dict) against ``gold`` (an answer key)."""
    from .rules import load_rules

    rules = rules or load_rules()
    key = {g["id"]: g for g in gold["figures"]}
    found: dict[str, list[dict]] = {}
    to_key: dict[str, str] = {}
    for f in report["figures"]:
        for gid, g in key.items():
            if _matches(f, g, rules):
                found.setdefault(gid, []).append(f)
                to_key[str(f["id"])] = gid
                break
    required = [g for g in gold["figures"] if g.get("required", True)]
    n_found = sum(g["id"] in found for g in required)

    att_n = att_ok = 0
    for g in required:
        if g["id"] not in found or not g.get("attribution"):
            continue
        att_n += 1
        want = _letters(g["attribution"])
        got = [_letters(f.get("attribution")) for f in found[g["id"]]]
        att_ok += any(a and (want in a or a in want) for a in got)

    subject = {g["id"]: g["subject"] for g in gold["figures"]}
    may_merge = {frozenset(p) for p in gold.get("may_merge", [])}
    groups_of = {gid: {f.get("group") for f in fs if f.get("group")} for gid, fs in found.items()}
    same = same_ok = diff = diff_ok = 0
    for a, b in itertools.combinations(sorted(found), 2):
        together = bool(groups_of[a] & groups_of[b])
        if subject[a] == subject[b]:
            same += 1
            same_ok += together
        elif frozenset((subject[a], subject[b])) not in may_merge:
            diff += 1
            diff_ok += not together

    camp_of = {fid: (s, i) for s, spec in gold["subjects"].items() for i, camp in enumerate(spec["camps"]) for fid in camp}
    minor = {frozenset(p) for p in gold.get("minor", [])}
    gold_pairs = {frozenset((a, b)) for spec in gold["subjects"].values()
                  for c1, c2 in itertools.combinations(spec["camps"], 2) for a in c1 for b in c2
                  if key[a].get("required", True) and key[b].get("required", True)}
    tp, fp = set(), set()
    for grp in report["groups"]:
        if grp.get("status") != "discrepancy":
            continue
        for c1, c2 in itertools.combinations(grp.get("camps", []), 2):
            for x, y in itertools.product(c1, c2):
                gx, gy = to_key.get(str(x)), to_key.get(str(y))
                pair = frozenset((gx or f"?{x}", gy or f"?{y}"))
                if gx and gy and (gx == gy or pair in minor):
                    continue
                if gx and gy and camp_of.get(gx, (None,))[0] == camp_of.get(gy, (None,))[0] and camp_of[gx] != camp_of[gy]:
                    tp.add(pair)
                else:
                    fp.add(pair)
    return {
        "figures": n_found / max(len(required), 1),
        "attribution": att_ok / max(att_n, 1),
        "grouping_recall": same_ok / max(same, 1),
        "grouping_purity": diff_ok / max(diff, 1),
        "conflict_recall": len(tp & gold_pairs) / max(len(gold_pairs), 1),
        "conflict_precision": len(tp) / (len(tp) + len(fp)) if tp or fp else 0.0,
    }
