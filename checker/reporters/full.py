"""``--format full``: rich output for a reviewer — each finding with its code, coloured
severity, position, the quoted line with the span marked, message and suggestion; a
summary table at the end."""
from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from . import RenderContext, hidden_note, is_word, rule_title, summary, summary_line, where

STYLE = {"error": "bold red", "warning": "bold yellow", "info": "bold cyan"}
LABEL = {
    "vi": {"error": "lỗi", "warning": "cảnh báo", "info": "thông tin"},
    "en": {"error": "error", "warning": "warning", "info": "info"},
}
WORDS = {
    "vi": {"suggest": "Gợi ý", "clean": "không có phát hiện nào", "file": "Tệp", "total": "Tổng",
           "summary": "Tổng hợp", "read_error": "không kiểm tra được", "code": "Mã"},
    "en": {"suggest": "Suggestion", "clean": "no findings", "file": "File", "total": "Total",
           "summary": "Summary", "read_error": "could not be checked", "code": "Code"},
}


def _source_lines(report) -> dict[int, str]:
    doc = getattr(report, "document", None)
    return {} if doc is None else doc


def write(reports, ctx: RenderContext, console: Console) -> None:
    lang = ctx.lang if ctx.lang in WORDS else "vi"
    w, lab = WORDS[lang], LABEL[lang]
    for r in reports:
        if ctx.quiet and not (r.error or r.findings or r.suppressed):
            continue  # --quiet: the findings, nothing else
        console.print(Text(r.path, style="bold underline"))
        if r.error:
            console.print(Text(f"  {w['read_error']}: {r.error}", style="bold red"))
            console.print()
            continue
        if not r.findings:
            _write_suppressed(r, lang, console)
            if not ctx.quiet:
                console.print(Text(f"  ✓ {w['clean']}", style="green"))
                console.print()
            continue
        doc = getattr(r, "document", None)
        word = is_word(r)  # a .docx: places in Word's terms, not lines of the rendering
        for f in r.findings:
            head = Text("  ")
            head.append(where(r, f, lang) if word else f"{f.span.line}:{f.span.column}", style="dim")
            head.append("  ")
            head.append(f"{lab[f.severity]}", style=STYLE[f.severity])
            head.append(f" {f.code}", style="bold")
            head.append(f" [{rule_title(ctx, f.code, f.name, lang)}]", style="dim")
            console.print(head)
            console.print(Text("    " + f.message))
            if doc is not None and f.excerpt:
                line_text = doc.source_line(f.span.line)
                if line_text:
                    col = f.span.column - 1
                    end = f.span.end_column - 1 if f.span.end_line == f.span.line else len(line_text)
                    lo = max(0, col - 60)
                    hi = min(len(line_text), max(end, col + 1) + 40)
                    snippet = Text("    │ ", style="dim")
                    if lo > 0:
                        snippet.append("…", style="dim")
                    snippet.append(line_text[lo:col])
                    snippet.append(line_text[col:end], style="reverse " + STYLE[f.severity].split()[-1])
                    snippet.append(line_text[end:hi])
                    if hi < len(line_text):
                        snippet.append("…", style="dim")
                    gutter = "     " if word else f"{f.span.line:>4} "
                    console.print(Text(f"    {gutter}", style="dim") + snippet[4:])
            if f.suggestion:
                console.print(Text(f"    {w['suggest']}: {f.suggestion}", style="green"))
        _write_suppressed(r, lang, console, word)
        console.print()
    if ctx.quiet:
        return
    s = summary(reports, ctx)
    table = Table(title=w["summary"], show_lines=False, title_justify="left")
    table.add_column(w["file"])
    for sev in ("error", "warning", "info"):
        table.add_column(lab[sev], justify="right", style=STYLE[sev].split()[-1])
    for r in reports:
        c = {sev: r.count(sev) for sev in ("error", "warning", "info")}
        table.add_row(escape(r.path) + (f" ({w['read_error']})" if r.error else ""),
                      str(c["error"]), str(c["warning"]), str(c["info"]))
    if len(reports) > 1:
        c = s["by_severity"]
        table.add_row(w["total"], str(c["error"]), str(c["warning"]), str(c["info"]), style="bold")
    console.print(table)
    for path, reason in ctx.skipped:
        console.print(Text(f"{path}: {reason}", style="yellow"))
    console.print(Text(summary_line(reports, ctx), style="bold"))
    note = hidden_note(reports, lang, ctx)
    if note:
        console.print(Text(note, style="dim"))


def _write_suppressed(r, lang: str, console: Console, word: bool = False) -> None:
    """Suppressed findings, each with the reason given in the draft (the signer must see them)."""
    if not r.suppressed:
        return
    head = "Suppressed by comments" if lang == "en" else "Đã tắt bằng chú thích"
    console.print(Text(f"  {head} ({len(r.suppressed)}):", style="bold magenta"))
    for f in r.suppressed:
        by = f.data.get("suppressed_by", {})
        reason = by.get("reason") or ("(no reason given)" if lang == "en" else "(không ghi lý do)")
        line = Text("    ")
        line.append(where(r, f, lang) if word else f"{f.span.line}:{f.span.column}", style="dim")
        line.append(f" {f.code}", style="bold")
        line.append(f" {f.message}")
        console.print(line)
        console.print(Text(f"      ↳ {reason}", style="magenta"))
