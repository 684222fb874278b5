"""``--format concise``: one line a finding, ``path:line:col: severity CODE message``."""
from __future__ import annotations

from . import RenderContext, hidden_note, summary


def render(reports, ctx: RenderContext) -> str:
    lines = []
    for r in reports:
        if r.error:
            lines.append(f"{r.path}: error: {r.error}")
        for f in r.findings:
            lines.append(f"{r.path}:{f.span.line}:{f.span.column}: {f.severity} {f.code} {f.message}")
        for f in r.suppressed:
            reason = f.data.get("suppressed_by", {}).get("reason") or ("(no reason)" if ctx.lang == "en" else "(không ghi lý do)")
            label = "suppressed" if ctx.lang == "en" else "đã tắt"
            lines.append(f"{r.path}:{f.span.line}:{f.span.column}: {label} {f.code} {f.message} [{reason}]")
    s = summary(reports)
    c = s["by_severity"]
    if ctx.lang == "vi":
        lines.append(f"{s['findings']} phát hiện ({c['error']} lỗi, {c['warning']} cảnh báo, {c['info']} thông tin) "
                     f"trong {s['files']} tệp")
    else:
        lines.append(f"{s['findings']} findings ({c['error']} errors, {c['warning']} warnings, {c['info']} info) "
                     f"in {s['files']} files")
    note = hidden_note(reports, ctx.lang)
    if note:
        lines.append(note)
    return "\n".join(lines) + "\n"
