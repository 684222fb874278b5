"""``--format github``: GitHub Actions workflow commands, one annotation a finding
(``::error file=…,line=…::message``); info findings are notices. Suppressed findings are
listed as notices too, so the reviewer sees them in the pull request."""
from __future__ import annotations

from . import RenderContext, hidden_note, is_word, rule_title, summary_line, where

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def _annotation(command: str, path: str, f, title: str, message: str, word: str = "") -> str:
    """``word``: for a .docx, where the finding is in Word's terms; the annotation is then on
    the file (a line of the rendering would point at nothing) and the title says the place."""
    props = [f"file={_prop(path)}"]
    if not word:
        props += [f"line={f.span.line}", f"col={f.span.column}"]
        if f.span.end_line != f.span.line or f.span.end_column > f.span.column:
            props += [f"endLine={f.span.end_line}", f"endColumn={f.span.end_column}"]
    else:
        title = f"{title} — {word}"
    props.append(f"title={_prop(title)}")
    return f"::{command} {','.join(props)}::{_data(message)}"


def render(reports, ctx: RenderContext) -> str:
    en = ctx.lang == "en"
    lines = []
    for r in reports:
        if r.error:
            lines.append(f"::error file={_prop(r.path)},title=draftcheck::{_data(r.error)}")
        for f in r.findings:
            msg = f.message + (f"\n{f.suggestion}" if f.suggestion else "")
            # the rule's name for a person, in the run's language (as full, concise and html say it)
            lines.append(_annotation(COMMAND[f.severity], r.path, f, f"{f.code} {rule_title(ctx, f.code, f.name, ctx.lang)}",
                                     msg,
                                     where(r, f, ctx.lang) if is_word(r) else ""))
        for f in r.suppressed:
            by = f.data.get("suppressed_by", {})
            reason = by.get("reason") or ("(no reason)" if en else "(không ghi lý do)")
            head = "suppressed" if en else "đã tắt"
            lines.append(_annotation("notice", r.path, f, f"{f.code} {rule_title(ctx, f.code, f.name, ctx.lang)} ({head})",
                                     f"{f.message}\n{'reason' if en else 'lý do'}: {reason}",
                                     where(r, f, ctx.lang) if is_word(r) else ""))
    if not ctx.quiet:
        for path, reason in ctx.skipped:
            lines.append(f"::warning file={_prop(path)},title=draftcheck::{_data(reason)}")
        note = hidden_note(reports, ctx.lang, ctx)
        lines.append("draftcheck: " + summary_line(reports, ctx) + (f"; {note}" if note else ""))
    return "\n".join(lines) + ("\n" if lines else "")
