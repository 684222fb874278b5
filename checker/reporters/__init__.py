"""Output formats. One module a format, loaded only when used (rich is slow to import).

A reporter is ``render(reports, ctx) -> str`` for machine formats, or writes to a console
for ``full``. ``reports`` are :class:`checker.engine.Report` objects in the order checked.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any

from ..model import SEVERITY_RANK

FORMATS = {
    "full": "full",
    "concise": "concise",
    "json": "json_format",
}


@dataclass
class RenderContext:
    lang: str = "vi"
    tool_version: str = ""
    color: bool = False
    rules: Any = None  # the RuleSet used
    extra: dict = field(default_factory=dict)


def get(name: str):
    return importlib.import_module(f"{__name__}.{FORMATS[name]}")


def summary(reports) -> dict:
    counts = {"error": 0, "warning": 0, "info": 0}
    by_code: dict[str, int] = {}
    for r in reports:
        for f in r.findings:
            counts[f.severity] += 1
            by_code[f.code] = by_code.get(f.code, 0) + 1
    return {
        "files": len(reports),
        "files_with_findings": sum(1 for r in reports if r.findings),
        "files_failed": sum(1 for r in reports if r.error),
        "findings": sum(counts.values()),
        "by_severity": counts,
        "by_code": dict(sorted(by_code.items())),
        "suppressed": sum(len(r.suppressed) for r in reports),
    }


def worst_rank(reports) -> int:
    return max((SEVERITY_RANK[f.severity] for r in reports for f in r.findings), default=0)
