"""``--format json``: the machine contract (version 1). Fields may be added, never renamed."""
from __future__ import annotations

import json

from . import RenderContext, summary


def finding_dict(f) -> dict:
    return {
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


def render(reports, ctx: RenderContext) -> str:
    files = []
    for r in reports:
        entry = {"path": r.path, "findings": [finding_dict(f) for f in r.findings]}
        if r.error:
            entry["error"] = r.error
        if r.suppressed:
            entry["suppressed"] = [finding_dict(f) for f in r.suppressed]
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
