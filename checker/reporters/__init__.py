"""Output formats. One module a format, loaded only when used (rich is slow to import).

A reporter is ``render(reports, ctx) -> str`` for machine formats, or writes to a console
for ``full``. ``reports`` are :class:`checker.engine.Report` objects in the order checked.
"""
from __future__ import annotations

import importlib
from dataclasses import field
from typing import Any

from ..records import record
from ..model import SEVERITY_RANK, Span, heading_path_text

FORMATS = {
    "full": "full",
    "concise": "concise",
    "json": "json_format",
    "sarif": "sarif",
    "github": "github",
    "junit": "junit",
    "html": "html",
}
# formats written to files only (bytes, one output a checked file), never to standard output:
# "docx", a copy of each .docx draft with the findings as Word comments (needs -o)
FILE_FORMATS = {"docx": "docx_review"}


@record
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
    return importlib.import_module(f"{__name__}.{FORMATS.get(name) or FILE_FORMATS[name]}")


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


def with_footer(lines: list[str], reports, ctx: RenderContext) -> str:
    """The lines of a text report, then (unless quiet) the summary line and what was hidden."""
    if not ctx.quiet:
        lines = [*lines, summary_line(reports, ctx)]
        note = hidden_note(reports, ctx.lang, ctx)
        if note:
            lines.append(note)
    return "\n".join(lines) + ("\n" if lines else "")


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


# ----------------------------------------------------------------------------- where a finding is
SEVERITY_WORDS = {
    "vi": {"error": "lỗi", "warning": "cảnh báo", "info": "thông tin"},
    "en": {"error": "error", "warning": "warning", "info": "info"},
}
_WHERE = {
    "vi": {"paragraph": "đoạn", "table": "bảng", "row": "dòng", "cell": "ô", "textbox": "khung văn bản",
           "header": "tiêu đề trang", "doc": "toàn văn bản", "line": "dòng", "under": "mục"},
    "en": {"paragraph": "paragraph", "table": "table", "row": "row", "cell": "cell", "textbox": "text box",
           "header": "page header", "doc": "whole document", "line": "line", "under": "under"},
}


def _lang(lang: str) -> str:
    return "en" if lang == "en" else "vi"


def word_location_text(loc: dict | None, lang: str = "vi") -> str:
    """A Word location in the reviewer's terms: ``đoạn 12``, ``bảng 2, dòng 5, ô 3``,
    ``tiêu đề trang``, ``khung văn bản 1, đoạn 2`` (``paragraph 12``, ``table 2, row 5, cell 3``…)."""
    if not loc:
        return ""
    w = _WHERE[_lang(lang)]
    parts = []
    if "header" in loc:
        parts.append(w["header"])
    if "textbox" in loc:
        parts.append(f"{w['textbox']} {loc['textbox']}")
    if "table" in loc:
        parts.append(f"{w['table']} {loc['table']}")
        if "row" in loc:
            parts.append(f"{w['row']} {loc['row']}")
        if "cell" in loc:
            parts.append(f"{w['cell']} {loc['cell']}")
        if loc.get("paragraph", 1) > 1:  # a cell of a layout table with several paragraphs
            parts.append(f"{w['paragraph']} {loc['paragraph']}")
    elif "paragraph" in loc and ("header" not in loc or loc["paragraph"] > 1):
        parts.append(f"{w['paragraph']} {loc['paragraph']}")
    return ", ".join(parts)


def is_document_level(f) -> bool:
    """A finding about the whole draft (a missing section), not about a place in it."""
    return not f.excerpt and f.span == Span(1, 1, 1, 1)


def is_word(report) -> bool:
    doc = getattr(report, "document", None)
    return doc is not None and doc.meta.get("format") == "docx"


def heading_of(f) -> str:
    """``II.2 › c)``: the headings the finding stands under, or ""."""
    path = f.data.get("heading_path") if isinstance(f.data, dict) else None
    return heading_path_text(path) if path else ""


def where(report, f, lang: str = "vi", with_heading: bool = True) -> str:
    """Where the finding is, for a person: in a .docx in Word's terms (``đoạn 12 · mục II.2 ›
    c)``), in a text file its line and column (``dòng 97:11``); document-level: ``toàn văn bản``."""
    w = _WHERE[_lang(lang)]
    if is_document_level(f):
        return w["doc"]
    if is_word(report):
        text = word_location_text(f.data.get("location"), lang) or f"{w['line']} {f.span.line}"
    else:
        text = f"{w['line']} {f.span.line}:{f.span.column}"
    heading = heading_of(f) if with_heading else ""
    return f"{text} · {w['under']} {heading}" if heading else text


def computation(f) -> str:
    """The arithmetic behind a finding as a worked sum, from its data: ``1 + 1 + 3 + 5 + 5 =
    15 ≠ 11``; ``""`` when the finding has none."""
    d = f.data if isinstance(f.data, dict) else {}
    if d.get("computation"):
        return str(d["computation"])
    parts = d.get("parts")
    if isinstance(parts, list) and parts and d.get("computed") is not None:
        text = " + ".join(str(p) for p in parts).replace("+ -", "− ") + f" = {d['computed']}"
        if d.get("stated") is not None:
            text += f" ≠ {d['stated']}"
        return text
    for key in ("formula", "expression", "check"):
        if d.get(key):
            return str(d[key])
    if d.get("stated") is not None and d.get("computed") is not None:
        text = f"{d['stated']} ≠ {d['computed']}"
        if d.get("difference") not in (None, ""):
            text += f" (Δ {d['difference']})"
        return f"{d['relation']}: {text}" if d.get("relation") else text
    return ""


def rule_title(ctx: "RenderContext | None", code: str, name: str, lang: str = "vi") -> str:
    """The rule's name for a person, in the language asked (the rule file's ``title``), else its
    kebab-case name."""
    rules = getattr(ctx, "rules", None) if ctx is not None else None
    rule = rules.by_code(code) if rules is not None and hasattr(rules, "by_code") else None
    title = getattr(rule, "title", None) if rule is not None else None
    if isinstance(title, dict):
        return title.get(_lang(lang)) or title.get("vi") or name
    return name
