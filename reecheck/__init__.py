"""reecheck: find the figures your sources disagree on.

The public API is small and returns plain data:

- :func:`extract` (text → list of :class:`~reecheck.figures.Figure`)
- :func:`check` (paths → :class:`~reecheck.report.Report`)
- :func:`check_draft` (a draft and its sources → :class:`~reecheck.draft.DraftReport`)

Heavy modules (pint, pandas, rich) are imported only when a stage needs them, so ``import reecheck``
and a first :func:`extract` call stay fast.
"""
from __future__ import annotations

from .figures import Figure, extract, scan

__all__ = ["Figure", "extract", "scan", "check", "check_draft", "__version__"]
__version__ = "0.1.0"


def check(paths, rules=None, **options):
    """Run the whole pipeline on ``paths`` (files or folders); see :func:`reecheck.pipeline.check`."""
    from .pipeline import check as _check

    return _check(paths, rules=rules, **options)


def check_draft(draft_path, sources, rules=None, **options):
    """Check every figure of a draft against its sources; see :func:`reecheck.pipeline.check_draft`."""
    from .pipeline import check_draft as _check_draft

    return _check_draft(draft_path, sources, rules=rules, **options)
