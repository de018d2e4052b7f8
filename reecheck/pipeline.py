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
7. **draft** (:mod:`reecheck.draft`, only for :func:`check_draft`): a draft read through stages 1-3 on its
   own, each of its claims matched to the sources' groups → :class:`~reecheck.draft.Finding` verdicts and
   the draft's conflicts with itself, in a :class:`~reecheck.draft.DraftReport`.
"""
from __future__ import annotations

from pathlib import Path

from .compare import compare_group, ratio_claims
from .context import situate, unify_attributions
from .figures import scan
from .groups import group_claims
from .report import Report
from .rules import Rules, load_rules
from .sources import Source, discover, read_source


def resolve_rules(rules) -> Rules:
    """Accept a :class:`Rules`, a folder (or list of folders) of extra rules, or None for the shipped ones."""
    if isinstance(rules, Rules):
        return rules
    if rules is None:
        return load_rules()
    if isinstance(rules, (str, Path)):
        return load_rules([rules])
    return load_rules(list(rules))


def check(paths, rules=None, progress=None, exclude=()) -> Report:
    """Check the sources under ``paths`` against each other and return the :class:`Report`.

    ``progress``, if given, is called with each file's path as it is read (the CLI's progress bar);
    files in ``exclude`` are not read (a draft that sits in its own sources folder).
    """
    rules = resolve_rules(rules)
    if isinstance(paths, (str, Path)):
        paths = [paths]
    # 1. sources
    files, passed = discover(paths)
    if exclude:
        gone = {Path(p).resolve() for p in exclude}
        passed += [(str(f), "the draft being checked") for f in files if f.resolve() in gone]
        files = [f for f in files if f.resolve() not in gone]
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


def check_draft(draft_path, sources, rules=None, progress=None):
    """Check every figure of the draft at ``draft_path`` against the sources under ``sources``.

    Returns a :class:`~reecheck.draft.DraftReport`: one finding per draft figure (supported,
    contradicted, disputed, misattributed or unsupported, with evidence and advice) and the draft's
    disagreements with itself. A draft inside its own sources folder is not read as a source.
    """
    from .draft import DraftReport, check_figures

    rules = resolve_rules(rules)
    if isinstance(sources, (str, Path)):
        sources = [sources]
    draft_path = Path(draft_path)
    # 1-6. the sources, as for a check
    report = check(list(sources), rules, progress=progress, exclude=[draft_path])
    # 1-3. the draft on its own
    draft = read_source(draft_path, rules)
    draft_claims, skipped = read_claims(draft, rules, id_prefix="d")
    # 7. each draft figure against the sources' groups, and the draft against itself
    unified = unify_attributions(list(report.claims) + draft_claims)
    draft_claims = unified[len(report.claims):]
    findings, conflicts = check_figures(draft_claims, report, rules)
    return DraftReport(draft, tuple(findings), tuple(conflicts), report, tuple(skipped))


def read_claims(source: Source, rules: Rules, id_prefix: str = "f", start_index: int = 1):
    """Stages 2-3 for one read source: its claims and its skipped numbers (none for a skipped source)."""
    if source.status != "read":
        return [], []
    figs, skipped = scan(source.text, rules)
    return situate(source, figs, rules, id_prefix=id_prefix, start_index=start_index), skipped
