"""``--format json``: the machine contract (version 1). Fields may be added, never renamed."""
from __future__ import annotations

import json

from . import RenderContext, heading_of, summary, where


def finding_dict(f, report=None, lang: str = "vi") -> dict:
    """One finding. ``where`` says where it is for a person (in a .docx in Word's terms:
    "đoạn 12", "bảng 2, dòng 5, ô 3"), ``heading`` the headings it stands under ("II.2 › c)");
    ``line``/``column`` stay those of the text as read."""
    out = {
        "code": f.code,
        "name": f.name,
        "category": f.category,
        "severity": f.severity,
        "message": f.message,
        "line": f.span.line,
        "column": f.span.column,
        "end_line": f.span.end_line,
        "end_column": f.span.end_column,
        "excerpt": f.excerpt,
        "suggestion": f.suggestion,
        "data": f.data,
    }
    if report is not None:
        out["where"] = where(report, f, lang, with_heading=False)
    out["heading"] = heading_of(f)
    return out


def render(reports, ctx: RenderContext) -> str:
    files = []
    for r in reports:
        entry = {"path": r.path, "findings": [finding_dict(f, r, ctx.lang) for f in r.findings]}
        if r.error:
            entry["error"] = r.error
        if r.suppressed:
            entry["suppressed"] = [finding_dict(f, r, ctx.lang) for f in r.suppressed]
        files.append(entry)
    doc = {
        "version": 1,
        "tool": {"name": "draftcheck", "version": ctx.tool_version},
        "files": files,
        "summary": summary(reports, ctx),
        # files a folder scan passed over because their format cannot be read (.doc, .pdf, .odt)
        "skipped": [{"path": path, "reason": reason} for path, reason in ctx.skipped],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
