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
    "sarif": "sarif",
    "github": "github",
    "junit": "junit",
    "html": "html",
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
        "suppressed_by_code": dict(sorted(_count_codes(f for r in reports for f in r.suppressed).items())),
        "baselined": sum(len(getattr(r, "baselined", ())) for r in reports),
    }


def _count_codes(findings) -> dict[str, int]:
    out: dict[str, int] = {}
    for f in findings:
        out[f.code] = out.get(f.code, 0) + 1
    return out


def hidden_note(reports, lang: str) -> str:
    """One line for text formats: how many findings were suppressed or hidden by the baseline."""
    s = summary(reports)
    parts = []
    if s["suppressed"]:
        codes = ", ".join(f"{c}×{n}" for c, n in s["suppressed_by_code"].items())
        parts.append(f"{s['suppressed']} phát hiện bị tắt bằng chú thích ({codes})" if lang != "en"
                     else f"{s['suppressed']} findings suppressed by comments ({codes})")
    if s["baselined"]:
        parts.append(f"{s['baselined']} phát hiện đã có trong baseline bị ẩn" if lang != "en"
                     else f"{s['baselined']} findings hidden by the baseline")
    return "; ".join(parts)


def worst_rank(reports) -> int:
    return max((SEVERITY_RANK[f.severity] for r in reports for f in r.findings), default=0)
