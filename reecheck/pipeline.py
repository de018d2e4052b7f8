"""The whole check, stage by stage.

1. **sources** (:mod:`reecheck.sources`): paths → cleaned :class:`Source` texts, repairs noted.
2. **figures** (:mod:`reecheck.figures`): each text → :class:`Figure` records and skipped numbers.
3. **context** (:mod:`reecheck.context`): figures → :class:`Claim` records with subject, attribution,
   period, sentence and line:column.
4. **groups** (:mod:`reecheck.groups`): claims → :class:`Group` records by subject; the rest left out
   with a reason.
5. **comparison** (:mod:`reecheck.compare`): each group → :class:`Verdict` with camps, status, ratio
   and reasons; stated ratios ("ten-fold") checked against the camps.
6. **report** (:mod:`reecheck.report`): everything → :class:`Report`, coverage included.
"""
from __future__ import annotations

from pathlib import Path

from .compare import compare_group, ratio_claims
from .context import situate, unify_attributions
from .figures import scan
from .groups import group_claims
from .report import Report
from .rules import Rules, load_rules
from .sources import discover, read_source


def resolve_rules(rules) -> Rules:
    """Accept a :class:`Rules`, a folder (or list of folders) of extra rules, or None for the shipped ones."""
    if isinstance(rules, Rules):
        return rules
    if rules is None:
        return load_rules()
    if isinstance(rules, (str, Path)):
        return load_rules([rules])
    return load_rules(list(rules))


def check(paths, rules=None, progress=None) -> Report:
    """Check the sources under ``paths`` against each other and return the :class:`Report`.

    ``progress``, if given, is called with each file's path as it is read (the CLI's progress bar).
    """
    rules = resolve_rules(rules)
    if isinstance(paths, (str, Path)):
        paths = [paths]
    # 1. sources
    files, passed = discover(paths)
    roots = [Path(p) for p in paths if Path(p).is_dir()]
    sources = []
    for f in files:
        if progress:
            progress(f)
        root = next((r for r in roots if f.is_relative_to(r)), None)
        sources.append(read_source(f, rules, root))
    claims, skipped = [], []
    for src in sources:
        if src.status != "read":
            continue
        # 2. figures
        figs, skip = scan(src.text, rules)
        skipped += [(src.name, s) for s in skip]
        # 3. context
        claims += situate(src, figs, rules, start_index=len(claims) + 1)
    claims = unify_attributions(claims)
    # 4. groups
    groups, left = group_claims(claims, rules)
    # 5. comparison
    verdicts = [compare_group(g, rules) for g in groups]
    multiples = [c for c, why in left if c.figure.kind == "multiple"]
    notes = tuple((v.group.id, m.id, note) for v, m, note in ratio_claims(verdicts, multiples))
    # 6. report
    return Report(tuple(sources), tuple(passed), tuple(claims), tuple(verdicts), tuple(left), tuple(skipped),
                  notes, rules.files)
