"""``--format concise``: one line a finding, ``path:line:col: severity CODE message``."""
from __future__ import annotations

from . import RenderContext, summary


def render(reports, ctx: RenderContext) -> str:
    lines = []
    for r in reports:
        if r.error:
            lines.append(f"{r.path}: error: {r.error}")
        for f in r.findings:
            lines.append(f"{r.path}:{f.span.line}:{f.span.column}: {f.severity} {f.code} {f.message}")
    s = summary(reports)
    c = s["by_severity"]
    if ctx.lang == "vi":
        lines.append(f"{s['findings']} phát hiện ({c['error']} lỗi, {c['warning']} cảnh báo, {c['info']} thông tin) "
                     f"trong {s['files']} tệp")
    else:
        lines.append(f"{s['findings']} findings ({c['error']} errors, {c['warning']} warnings, {c['info']} info) "
                     f"in {s['files']} files")
    return "\n".join(lines) + "\n"
