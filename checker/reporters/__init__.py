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
    quiet: bool = False  # --quiet: text formats print the findings and nothing else
    fail_on: tuple = ()  # the --fail-on severity of each report, in order ("error" when absent)
    skipped: tuple = ()  # (path, reason) of files a folder scan passed over: a format it cannot read
    below_min_severity: int = 0  # findings left out of the output by --min-severity
    min_severity: str = ""
    baseline_stale: int = 0  # baseline entries of the checked files that matched nothing

    def fail_on_rank(self, index: int) -> int:
        """The rank from which a finding of the ``index``-th report fails the gate."""
        return SEVERITY_RANK[self.fail_on[index] if index < len(self.fail_on) else "error"]


def get(name: str):
    return importlib.import_module(f"{__name__}.{FORMATS[name]}")


def summary(reports, ctx: RenderContext | None = None) -> dict:
    ctx = ctx or RenderContext()
    counts = {"error": 0, "warning": 0, "info": 0}
    by_code: dict[str, int] = {}
    for r in reports:
        for f in r.findings:
            counts[f.severity] += 1
            by_code[f.code] = by_code.get(f.code, 0) + 1
    failed = sum(1 for r in reports if r.error)
    return {
        "files": len(reports),
        "files_checked": len(reports) - failed,
        "files_with_findings": sum(1 for r in reports if r.findings),
        "files_failed": failed,
        "files_skipped": len(ctx.skipped),
        "findings": sum(counts.values()),
        "by_severity": counts,
        "by_code": dict(sorted(by_code.items())),
        "suppressed": sum(len(r.suppressed) for r in reports),
        "suppressed_by_code": dict(sorted(_count_codes(f for r in reports for f in r.suppressed).items())),
        "baselined": sum(len(getattr(r, "baselined", ())) for r in reports),
        "baseline_stale": ctx.baseline_stale,
        "below_min_severity": ctx.below_min_severity,
    }


def summary_line(reports, ctx: RenderContext) -> str:
    """The closing line of the text formats: findings by severity, the files checked, and
    the files that could not be checked or were passed over (so that "0 findings" after an
    unreadable file never reads as a clean run)."""
    s = summary(reports, ctx)
    c = s["by_severity"]
    if ctx.lang == "en":
        line = (f"{s['findings']} findings ({c['error']} errors, {c['warning']} warnings, {c['info']} info) "
                f"in {s['files_checked']} files")
        if s["files_failed"]:
            line += f"; {s['files_failed']} files could not be checked"
        if s["files_skipped"]:
            line += f"; {s['files_skipped']} files skipped (format cannot be read)"
        return line
    line = (f"{s['findings']} phát hiện ({c['error']} lỗi, {c['warning']} cảnh báo, {c['info']} thông tin) "
            f"trong {s['files_checked']} tệp")
    if s["files_failed"]:
        line += f"; {s['files_failed']} tệp không kiểm tra được"
    if s["files_skipped"]:
        line += f"; {s['files_skipped']} tệp bị bỏ qua (định dạng không đọc được)"
    return line


def _count_codes(findings) -> dict[str, int]:
    out: dict[str, int] = {}
    for f in findings:
        out[f.code] = out.get(f.code, 0) + 1
    return out


def hidden_note(reports, lang: str, ctx: RenderContext | None = None) -> str:
    """One line for text formats: how many findings were suppressed, hidden by the baseline,
    or left out by --min-severity."""
    s = summary(reports, ctx)
    parts = []
    if s["suppressed"]:
        codes = ", ".join(f"{c}×{n}" for c, n in s["suppressed_by_code"].items())
        parts.append(f"{s['suppressed']} phát hiện bị tắt bằng chú thích ({codes})" if lang != "en"
                     else f"{s['suppressed']} findings suppressed by comments ({codes})")
    if s["baselined"]:
        parts.append(f"{s['baselined']} phát hiện đã có trong baseline bị ẩn" if lang != "en"
                     else f"{s['baselined']} findings hidden by the baseline")
    if s["below_min_severity"]:
        level = ctx.min_severity if ctx else ""
        parts.append(f"{s['below_min_severity']} phát hiện dưới mức {level} không hiển thị (--min-severity)"
                     if lang != "en" else f"{s['below_min_severity']} findings below {level} not shown (--min-severity)")
    return "; ".join(parts)


def statistics(reports) -> list[dict]:
    """Findings per rule, most frequent first (``--statistics``, as ruff's)."""
    rows: dict[str, dict] = {}
    for r in reports:
        for f in r.findings:
            row = rows.setdefault(f.code, {"code": f.code, "name": f.name, "severity": f.severity, "count": 0})
            row["count"] += 1
    return sorted(rows.values(), key=lambda row: (-row["count"], row["code"]))


def worst_rank(reports) -> int:
    return max((SEVERITY_RANK[f.severity] for r in reports for f in r.findings), default=0)
