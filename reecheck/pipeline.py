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

from dataclasses import replace
from pathlib import Path

from .compare import compare_group, ratio_claims
from .context import situate, unify_attributions
from .figures import scan
from .groups import group_claims
from .report import Report
from .rules import Rules, load_rules
from .sources import MAX_SOURCE_BYTES, discover, read_source
from .syndication import origins_of
from .tables import mask, table_claims


def resolve_rules(rules) -> Rules:
    """Accept a :class:`Rules`, a folder (or list of folders) of extra rules, or None for the shipped ones."""
    if isinstance(rules, Rules):
        return rules
    if rules is None:
        return load_rules()
    if isinstance(rules, (str, Path)):
        return load_rules([rules])
    return load_rules(list(rules))


def check(paths, rules=None, progress=None, max_bytes: int = MAX_SOURCE_BYTES) -> Report:
    """Check the sources under ``paths`` against each other and return the :class:`Report`.

    ``progress``, if given, is called with each file's path as it is read (the CLI's progress bar);
    files larger than ``max_bytes`` are skipped with a note.
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
        sources.append(read_source(f, rules, root, max_bytes=max_bytes))
    syndicated = origins_of(sources)
    claims, skipped = [], []
    for src in sources:
        if src.status != "read":
            continue
        # 2-3. table cells: figures whose context is their row and column headings
        cells, cell_skips, spans = table_claims(src, rules, start_index=len(claims) + 1, id_prefix="t")
        prose = replace(src, text=mask(src.text, spans)) if spans else src
        # 2. figures (the prose, table cells blanked)
        figs, skip = scan(prose.text, rules)
        skipped += [(src.name, s) for s in skip] + cell_skips
        # 3. context
        claims += situate(prose, figs, rules, start_index=len(claims) + 1)
        claims += cells
    claims = _renumber(unify_attributions(claims))
    # 4. groups
    groups, left = group_claims(claims, rules)
    # 5. comparison
    origin = {copy.source: copy.origin for copy in syndicated}
    verdicts = [compare_group(g, rules, origins=origin) for g in groups]
    multiples = [c for c, why in left if c.figure.kind == "multiple"]
    notes = tuple((v.group.id, m.id, note) for v, m, note in ratio_claims(verdicts, multiples))
    # 6. report
    return Report(tuple(sources), tuple(passed), tuple(claims), tuple(verdicts), tuple(left), tuple(skipped),
                  notes, rules.files, tuple(syndicated))


def _renumber(claims):
    """Claim ids f1, f2, ... in reading order (table cells were numbered apart while read)."""
    return [c if c.id == f"f{i}" else replace(c, id=f"f{i}") for i, c in enumerate(claims, 1)]
