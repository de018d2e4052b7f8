"""The whole check, stage by stage.

1. **sources** (:mod:`reecheck.sources`): paths → cleaned :class:`Source` texts, repairs noted.
2. **figures** (:mod:`reecheck.figures`): each text → :class:`Figure` records and skipped numbers; a bare
   "$" and an "MT" read as the place the text is written from writes them.
3. **context** (:mod:`reecheck.context`): figures → :class:`Claim` records with subject, attribution,
   period, sentence and line:column; then, across the run, one name per body and per firm (a firm named
   short in one text and in full in another), a person's surname credited to the body other texts tie them
   to (and never a figure's topic), and for a figure its own text gave no entity, the one entity of the run's other texts that its text
   names, else the entity its own text's figures give most.
4. **groups** (:mod:`reecheck.groups`): claims → :class:`Group` records by subject; then figures the subject
   rules left alone joined by the words around them (:func:`~reecheck.groups.link_by_cues`, marked in the
   group), and a per cent change beside the percentage points it misquotes
   (:func:`~reecheck.groups.link_points_as_percent`); the rest left out with a reason.
5. **comparison** (:mod:`reecheck.compare`): each group → :class:`Verdict` with camps, status, ratio
   and reasons; stated ratios ("ten-fold") checked against the camps.
6. **report** (:mod:`reecheck.report`): everything → :class:`Report`, coverage included.
7. **draft** (:mod:`reecheck.draft`, only for :func:`check_draft`): a draft read through stages 1-3 on its
   own, each of its claims matched to the sources' groups → :class:`~reecheck.draft.Finding` verdicts and
   the draft's conflicts with itself, in a :class:`~reecheck.draft.DraftReport`.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .compare import compare_groups, ratio_claims
from .context import entities_from_the_run, people_from_the_run, situate, unify_attributions, unify_company_names
from .figures import in_home_conventions, scan
from .groups import group_claims, link_by_cues, link_points_as_percent
from .report import Report
from .rules import Rules, load_rules
from .sources import MAX_SOURCE_BYTES, Source, discover, read_source
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


def check(paths, rules=None, progress=None, max_bytes: int = MAX_SOURCE_BYTES, exclude=()) -> Report:
    """Check the sources under ``paths`` against each other and return the :class:`Report`.

    ``progress``, if given, is called with each file's path as it is read (the CLI's progress bar);
    files larger than ``max_bytes`` are skipped with a note; files in ``exclude`` are not read (a draft
    that sits in its own sources folder).
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
        sources.append(read_source(f, rules, root, max_bytes=max_bytes))
    syndicated = origins_of(sources)
    claims, skipped = [], []
    for src in sources:
        # 2-3. figures and their context
        found, skip = read_claims(src, rules, start_index=len(claims) + 1)
        claims += found
        skipped += skip
    texts = {src.name: src.text for src in sources}
    claims = people_from_the_run(unify_company_names(unify_attributions(claims), rules), rules, texts)
    # (once more: a person another text ties to a body may bring that text's common noun for it, "the council")
    claims = _renumber(entities_from_the_run(unify_attributions(claims), texts, rules))
    # 4. groups
    groups, left = group_claims(claims, rules)
    groups, left = link_by_cues(groups, left, rules)
    groups, left = link_points_as_percent(groups, left, rules)
    # 5. comparison
    origin = {copy.source: copy.origin for copy in syndicated}
    verdicts = compare_groups(groups, rules, origins=origin)
    multiples = [c for c, why in left if c.figure.kind == "multiple"]
    notes = tuple((v.group.id, m.id, note) for v, m, note in ratio_claims(verdicts, multiples))
    # 6. report
    return Report(tuple(sources), tuple(passed), tuple(claims), tuple(verdicts), tuple(left), tuple(skipped),
                  notes, rules.files, tuple(syndicated))


def _renumber(claims):
    """Claim ids f1, f2, ... in reading order (table cells were numbered apart while read)."""
    return [c if c.id == f"f{i}" else replace(c, id=f"f{i}") for i, c in enumerate(claims, 1)]


def read_claims(source: Source, rules: Rules, id_prefix: str = "f", start_index: int = 1):
    """Stages 2-3 for one read source: its claims (table cells first read by their headings, then the
    prose with the cells blanked) and its skipped numbers as (source name, Skipped) pairs."""
    if source.status != "read":
        return [], []
    # 2-3. table cells: figures whose context is their row and column headings
    cells, cell_skips, spans = table_claims(source, rules, start_index=start_index, id_prefix="t")
    prose = replace(source, text=mask(source.text, spans)) if spans else source
    # 2. figures (the prose, table cells blanked), a bare "$" or "MT" read as the place the text is from writes it
    figs, skip = scan(prose.text, rules)
    figs = in_home_conventions(source.text, figs, rules)
    if cells:
        homed = in_home_conventions(source.text, [c.figure for c in cells], rules)
        cells = [c if c.figure is f else replace(c, figure=f) for c, f in zip(cells, homed)]
    # 3. context
    claims = situate(prose, figs, rules, id_prefix=id_prefix, start_index=start_index + len(cells)) + cells
    return claims, [(source.name, s) for s in skip] + list(cell_skips)


def check_draft(draft_path, sources, rules=None, progress=None, max_bytes: int = MAX_SOURCE_BYTES):
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
    report = check(list(sources), rules, progress=progress, max_bytes=max_bytes, exclude=[draft_path])
    # 1-3. the draft on its own
    draft = read_source(draft_path, rules, max_bytes=max_bytes)
    draft_claims, skipped = read_claims(draft, rules, id_prefix="d")
    draft_claims = [c if c.id.startswith("d") else replace(c, id=f"d{c.id}") for c in draft_claims]
    draft_claims.sort(key=lambda c: (c.line, c.column))
    # 7. each draft figure against the sources' groups, and the draft against itself
    unified = entities_from_the_run(unify_company_names(unify_attributions(list(report.claims) + draft_claims), rules),
                                    {draft.name: draft.text}, rules)
    draft_claims = unified[len(report.claims):]
    findings, conflicts = check_figures(draft_claims, report, rules)
    return DraftReport(draft, tuple(findings), tuple(conflicts), report, tuple(s for _, s in skipped))
