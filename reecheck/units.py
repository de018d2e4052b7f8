"""Unit conversion through one pint registry, built lazily from the rules' definitions.

pint costs about half a second to import and build, so nothing imports this module until figures
are compared. :func:`base_of` answers "how many base units is one of these, and what kind of thing
does it measure" and caches the answer per unit string.
"""
from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache

from .errors import RulesError
from .rules import CACHE_DIR, Rules  # answers of base_of are kept there too, so a warm start never imports pint

#: Time units whose "per" a rate may carry and still meet plain amounts: an annual flow stated for one
#: year equals that year's amount ("2,500 tonnes annually" meets "2,500 t in 2024").
ANNUAL_RATE = "/ year"


@lru_cache(maxsize=4)
def registry(rules: Rules):
    """A pint UnitRegistry with the rules' extra definitions (currencies, basis points)."""
    import pint

    ureg = pint.UnitRegistry(cache_folder=None)
    for line, where in rules.pint_defines:
        try:
            ureg.define(line)
        except Exception as exc:  # noqa: BLE001 - pint raises several kinds; all mean a bad line
            path, _, lineno = where.rpartition(":")
            raise RulesError(path, int(lineno) if lineno.isdigit() else None,
                             f"pint rejects the definition {line!r}: {exc}", "use pint's definition syntax") from None
    return ureg


class _DiskCache:
    """A JSON file of unit answers, keyed by the rules' pint definitions and the pint version."""

    def __init__(self, rules: Rules) -> None:
        from importlib.metadata import version

        try:
            pint_version = version("pint")
        except Exception:  # noqa: BLE001
            pint_version = "?"
        digest = hashlib.sha256(("\n".join(d for d, _ in rules.pint_defines) + pint_version).encode()).hexdigest()[:16]
        self.path = CACHE_DIR / f"units-{digest}.json"
        try:
            self.data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.data = {}

    def save(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(self.data), encoding="utf-8")
            tmp.replace(self.path)
        except OSError:
            pass  # a read-only home only costs speed


@lru_cache(maxsize=4)
def _disk(rules: Rules) -> _DiskCache:
    return _DiskCache(rules)


@lru_cache(maxsize=1024)
def base_of(unit: str, rules: Rules) -> tuple[float, str]:
    """(factor to base units, dimension key) of a pint unit string; see :func:`_base_of`."""
    cache = _disk(rules)
    hit = cache.data.get(unit)
    if hit is not None:
        return float(hit[0]), str(hit[1])
    answer = _base_of(unit, rules)
    cache.data[unit] = list(answer)
    cache.save()
    return answer


def _base_of(unit: str, rules: Rules) -> tuple[float, str]:
    """(factor to base units, dimension key) of a pint unit string.

    The dimension key keeps percentages apart from bare counts and one currency apart from another, and
    drops a trailing "/ year" so an annual rate meets the amount for a year.
    """
    if unit in ("dimensionless", "", "count"):
        return 1.0, "count"
    if unit == "percent":
        return 1.0, "percent"
    if "degree_" in unit or unit in ("kelvin",):
        return 1.0, unit  # offset scales: compared only with the same scale
    core = unit[: -len(ANNUAL_RATE)].strip() if unit.endswith(ANNUAL_RATE) else unit
    ureg = registry(rules)
    try:
        q = ureg.Quantity(1.0, core).to_base_units()
    except Exception as exc:  # noqa: BLE001
        where = next((u.where for u in rules.units + rules.currency_names if u.pint == core), "rules")
        path, _, lineno = where.rpartition(":")
        raise RulesError(path or "rules", int(lineno) if lineno.isdigit() else None,
                         f"pint does not know the unit {core!r}: {exc}", "use a pint unit name or define it in [pint]") from None
    dims = dict(q.dimensionality)
    if not dims:
        if core in ("basis_point", "ppm", "permille"):
            return float(ureg.Quantity(1.0, core).to("percent").magnitude), "percent"
        return float(q.magnitude), "count"
    key = "*".join(f"{d}^{p:g}" for d, p in sorted(dims.items()))
    return float(q.magnitude), key
