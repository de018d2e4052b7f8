"""Errors that say what went wrong, where, and what to do about it.

Every error reecheck raises on purpose derives from :class:`ReecheckError`; each also inherits the builtin it
resembles, so callers that catch ``ValueError`` keep working.
"""
from __future__ import annotations

from dataclasses import dataclass


class ReecheckError(Exception):
    """Base class of reecheck's own errors."""


@dataclass
class RulesError(ReecheckError, ValueError):
    """A rules file cannot be used: names the file, the line and the fix."""

    path: str
    line: int | None
    problem: str
    fix: str = ""

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        tail = f" ({self.fix})" if self.fix else ""
        return f"{where}: {self.problem}{tail}"


@dataclass
class SourceError(ReecheckError, OSError):
    """A source cannot be read at all; the run goes on without it and the report says why."""

    path: str
    problem: str

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"
