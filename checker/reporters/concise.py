"""``--format concise``: one line a finding, ``path:line:col: severity CODE message``."""
from __future__ import annotations

from . import RenderContext, with_footer, is_word, where


def _position(r, f, lang: str) -> str:
    """``path:line:col`` for a text draft (what editors jump to); for a .docx, whose rendered
    lines point at nothing in Word, the place in Word's terms: ``path (đoạn 12 · mục II.2)``."""
    if is_word(r):
        return f"{r.path} ({where(r, f, lang)})"
    return f"{r.path}:{f.span.line}:{f.span.column}"


def render(reports, ctx: RenderContext) -> str:
    lines = []
    for r in reports:
        if r.error:
            lines.append(f"{r.path}: error: {r.error}")
        for f in r.findings:
            lines.append(f"{_position(r, f, ctx.lang)}: {f.severity} {f.code} {f.message}")
        for f in r.suppressed:
            reason = f.data.get("suppressed_by", {}).get("reason") or ("(no reason)" if ctx.lang == "en" else "(không ghi lý do)")
            label = "suppressed" if ctx.lang == "en" else "đã tắt"
            lines.append(f"{_position(r, f, ctx.lang)}: {label} {f.code} {f.message} [{reason}]")
    return with_footer(lines, reports, ctx)
