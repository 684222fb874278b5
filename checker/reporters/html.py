"""``--format html``: one self-contained page for a reviewer (no network, no external file).

Left: the draft's text as read, line-numbered, each finding highlighted where it is (coloured
by severity; suppressed findings dotted). Right: the findings grouped by severity, each with
its message, suggestion and, for arithmetic findings, the computation; a click scrolls the
text to the finding and marks it; a click on a highlight shows its entry in the list.
Document-level findings (a missing section) sit in a banner above the text.
"""
from __future__ import annotations

import html
import json

from . import RenderContext, summary

SEV_ORDER = ("error", "warning", "info")
WORDS = {
    "vi": {"error": "Lỗi", "warning": "Cảnh báo", "info": "Thông tin", "suppressed": "Đã tắt bằng chú thích",
           "title": "Kết quả kiểm tra dự thảo", "findings": "phát hiện", "files": "tệp", "clean": "Không có phát hiện nào",
           "doc": "Toàn văn bản", "suggest": "Gợi ý", "computation": "Phép tính", "reason": "Lý do",
           "details": "Chi tiết", "unreadable": "Không kiểm tra được", "line": "dòng", "no_reason": "(không ghi lý do)"},
    "en": {"error": "Errors", "warning": "Warnings", "info": "Info", "suppressed": "Suppressed by comments",
           "title": "Draft check results", "findings": "findings", "files": "files", "clean": "No findings",
           "doc": "Whole document", "suggest": "Suggestion", "computation": "Computation", "reason": "Reason",
           "details": "Details", "unreadable": "Could not be checked", "line": "line", "no_reason": "(no reason given)"},
}

CSS = """
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1d2430;background:#f4f5f7}
header{padding:10px 16px;background:#1d2430;color:#fff;display:flex;gap:18px;align-items:baseline;flex-wrap:wrap}
header h1{font-size:17px;margin:0}
header .counts span{margin-right:12px}
.c-error{color:#ff8a80}.c-warning{color:#ffd54f}.c-info{color:#81d4fa}
.layout{display:grid;grid-template-columns:minmax(0,3fr) minmax(320px,2fr);height:calc(100vh - 48px)}
#draft{overflow:auto;padding:12px 16px;background:#fff;border-right:1px solid #d5d9e0}
#list{overflow:auto;padding:12px 16px}
.file h2{font-size:15px;margin:8px 0;word-break:break-all}
.doclevel{margin:6px 0 10px;padding:6px 10px;border-left:4px solid #c62828;background:#fff3f3}
.doclevel div{margin:2px 0}
.text{font:15px/1.6 "Times New Roman",Tinos,"Liberation Serif","Noto Serif",Georgia,serif;white-space:pre-wrap;word-wrap:break-word;margin:0}
.line{display:block;padding-left:4.2em;text-indent:-4.2em}
.ln{display:inline-block;width:3.6em;margin-right:.6em;text-align:right;color:#98a1b0;user-select:none;text-indent:0}
mark{background:none;color:inherit;border-radius:2px;cursor:pointer}
mark.sev-error{background:#ffcdd2;border-bottom:2px solid #c62828}
mark.sev-warning{background:#fff0b3;border-bottom:2px solid #e0a800}
mark.sev-info{background:#d6eefc;border-bottom:2px solid #1e88e5}
mark.sev-suppressed{background:#eceff1;border-bottom:2px dotted #607d8b}
mark.active,.doclevel .active{outline:3px solid #7b1fa2;outline-offset:1px;background:#e1bee7}
.anchor{display:inline-block;width:0;height:1.2em;vertical-align:text-bottom;scroll-margin:40vh}
.zero{color:#c62828;font-weight:bold}
#list h3{font-size:14px;margin:14px 0 6px}
#list ol{list-style:none;margin:0;padding:0}
li.finding{background:#fff;border:1px solid #d5d9e0;border-left:4px solid #98a1b0;border-radius:4px;margin:0 0 8px;padding:6px 9px}
li.sev-error{border-left-color:#c62828}li.sev-warning{border-left-color:#e0a800}li.sev-info{border-left-color:#1e88e5}
li.sev-suppressed{border-left-color:#607d8b;opacity:.85}
li.finding.active{box-shadow:0 0 0 2px #7b1fa2}
a.finding-link{color:inherit;text-decoration:none;display:block}
.code{font-weight:600}.pos{color:#5f6b7a;font-size:12px;margin-left:6px}.path{color:#5f6b7a;font-size:12px}
.msg{margin-top:2px}.sug{color:#2e7d32;margin-top:3px}.calc{margin-top:4px;font:12.5px ui-monospace,monospace;background:#f1f3f6;padding:3px 6px;border-radius:3px}
details{margin-top:3px;font-size:12px;color:#5f6b7a}details pre{white-space:pre-wrap;margin:2px 0}
.error-box{color:#c62828;font-weight:600}
"""

JS = """
(function(){
  function clear(){document.querySelectorAll('.active').forEach(function(x){x.classList.remove('active');});}
  function show(id){
    var el=document.getElementById(id); if(!el) return;
    clear();
    el.scrollIntoView({block:'center',inline:'nearest'});
    document.querySelectorAll('[data-f~="'+id+'"]').forEach(function(x){x.classList.add('active');});
    var li=document.querySelector('li[data-target="'+id+'"]'); if(li) li.classList.add('active');
    if(history.replaceState) history.replaceState(null,'','#'+id);
  }
  document.querySelectorAll('a.finding-link').forEach(function(a){
    a.addEventListener('click',function(e){e.preventDefault();show(a.getAttribute('data-target'));});
  });
  document.querySelectorAll('mark[data-f], .doclevel [data-f]').forEach(function(m){
    m.addEventListener('click',function(){
      var id=m.getAttribute('data-f').split(' ')[0];
      var li=document.querySelector('li[data-target="'+id+'"]');
      clear(); document.querySelectorAll('[data-f~="'+id+'"]').forEach(function(x){x.classList.add('active');});
      if(li){li.classList.add('active'); li.scrollIntoView({block:'center'});}
    });
  });
  if(location.hash.length>1){var id=location.hash.slice(1); if(document.getElementById(id)) show(id);}
})();
"""


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def computation(f) -> str:
    """The arithmetic behind a finding, from its data: ``a + b + c = s (ghi: t)``."""
    d = f.data if isinstance(f.data, dict) else {}
    if d.get("computation"):
        return str(d["computation"])
    parts = d.get("parts")
    if isinstance(parts, list) and parts and d.get("computed") is not None:
        text = " + ".join(str(p) for p in parts) + f" = {d['computed']}"
        if d.get("stated") is not None:
            text += f" ≠ {d['stated']}"
        return text
    for key in ("formula", "expression", "check"):
        if d.get(key):
            return str(d[key])
    if d.get("stated") is not None and d.get("computed") is not None:
        text = f"{d['stated']} ↔ {d['computed']}"
        if d.get("difference") not in (None, ""):
            text += f" (Δ {d['difference']})"
        return f"{d['relation']}: {text}" if d.get("relation") else text
    return ""


def _positions(doc, f):
    """(first line, col, last line, end col) clamped to the text; None for document-level."""
    if not f.excerpt and f.span.line == 1 and f.span.column == 1 and f.span.end_line == 1 and f.span.end_column == 1:
        return None
    n = doc.line_count
    line = min(max(1, f.span.line), n)
    end_line = min(max(line, f.span.end_line), n)
    return line, max(1, f.span.column), end_line, max(1, f.span.end_column)


def _render_text(doc, items) -> str:
    """The draft, line by line, with marks. ``items`` are (id, severity class, finding)."""
    per_line: dict[int, list] = {}
    anchors: dict[tuple[int, int], list[str]] = {}
    for fid, sev, f in items:
        pos = _positions(doc, f)
        if pos is None:
            continue
        line, col, end_line, end_col = pos
        anchors.setdefault((line, col), []).append(fid)
        for ln in range(line, end_line + 1):
            text = doc.source_line(ln)
            a = col if ln == line else 1
            b = end_col if ln == end_line else len(text) + 1
            a = min(a, len(text) + 1)
            b = min(max(a, b), len(text) + 1)
            per_line.setdefault(ln, []).append((a, b, fid, sev))
    rank = {"error": 3, "warning": 2, "info": 1, "suppressed": 0}
    out = []
    width = len(str(doc.line_count))
    for ln in range(1, doc.line_count + 1):
        text = doc.source_line(ln)
        segs = per_line.get(ln, [])
        cuts = {1, len(text) + 1}
        for a, b, _, _ in segs:
            cuts.update((a, b))
        for (al, ac) in anchors:
            if al == ln:
                cuts.add(min(ac, len(text) + 1))
        cuts = sorted(cuts)
        html_line = []
        for i, c in enumerate(cuts):
            for fid in anchors.get((ln, c), []) if c <= len(text) + 1 else []:
                html_line.append(f'<span class="anchor" id="{fid}"></span>')
            for a, b, fid, sev in segs:  # zero-width spans: a caret where the finding is
                if a == b == c:
                    html_line.append(f'<mark class="zero sev-{sev}" data-f="{fid}">‸</mark>')
            if i + 1 >= len(cuts):
                break
            nxt = cuts[i + 1]
            chunk = text[c - 1:nxt - 1]
            if not chunk:
                continue
            cover = [(fid, sev) for a, b, fid, sev in segs if a <= c and nxt <= b and a < b]
            if cover:
                sev = max((s for _, s in cover), key=lambda s: rank[s])
                ids = " ".join(fid for fid, _ in cover)
                html_line.append(f'<mark class="sev-{sev}" data-f="{ids}">{_e(chunk)}</mark>')
            else:
                html_line.append(_e(chunk))
        # anchors past the end of the line (clamped columns)
        for (al, ac), fids in anchors.items():
            if al == ln and ac > len(text) + 1:
                html_line.extend(f'<span class="anchor" id="{fid}"></span>' for fid in fids)
        out.append(f'<span class="line"><span class="ln">{ln:>{width}}</span>{"".join(html_line)}</span>')
    return "".join(out)


def _item(fid: str, f, path: str, w: dict, sev_class: str, multi: bool) -> str:
    pos = f"{w['line']} {f.span.line}:{f.span.column}" if f.excerpt or f.span != type(f.span)(1, 1, 1, 1) else w["doc"]
    parts = [f'<li class="finding sev-{sev_class}" data-target="{fid}" data-code="{_e(f.code)}">',
             f'<a class="finding-link" href="#{fid}" data-target="{fid}">',
             f'<span class="code">{_e(f.code)}</span> <span class="name">{_e(f.name)}</span>'
             f'<span class="pos">{_e(pos)}</span>']
    if multi:
        parts.append(f'<div class="path">{_e(path)}</div>')
    parts.append(f'<div class="msg">{_e(f.message)}</div>')
    if f.category == "arithmetic":
        calc = computation(f)
        if calc:
            parts.append(f'<div class="calc" title="{_e(w["computation"])}">{_e(calc)}</div>')
    if f.suggestion:
        parts.append(f'<div class="sug">{_e(w["suggest"])}: {_e(f.suggestion)}</div>')
    by = f.data.get("suppressed_by") if isinstance(f.data, dict) else None
    if by:
        parts.append(f'<div class="reason">{_e(w["reason"])} ({_e(w["line"])} {_e(by.get("line"))}): '
                     f'{_e(by.get("reason") or w["no_reason"])}</div>')
    parts.append("</a>")
    data = {k: v for k, v in (f.data or {}).items() if k != "suppressed_by"}
    if data:
        parts.append(f'<details><summary>{_e(w["details"])}</summary>'
                     f'<pre>{_e(json.dumps(data, ensure_ascii=False, indent=1))}</pre></details>')
    parts.append("</li>")
    return "".join(parts)


def render(reports, ctx: RenderContext) -> str:
    lang = ctx.lang if ctx.lang in WORDS else "vi"
    w = WORDS[lang]
    s = summary(reports, ctx)
    multi = len(reports) > 1
    draft_html, groups = [], {sev: [] for sev in SEV_ORDER}
    suppressed_items = []
    for i, r in enumerate(reports):
        draft_html.append(f'<section class="file" id="file-{i}"><h2>{_e(r.path)}</h2>')
        if r.error:
            draft_html.append(f'<div class="error-box">{_e(w["unreadable"])}: {_e(r.error)}</div></section>')
            continue
        items = []
        for k, f in enumerate(r.findings):
            fid = f"f-{i}-{k}"
            items.append((fid, f.severity, f))
            groups[f.severity].append((f.span.line, f.span.column, _item(fid, f, r.path, w, f.severity, multi)))
        for k, f in enumerate(r.suppressed):
            fid = f"s-{i}-{k}"
            items.append((fid, "suppressed", f))
            suppressed_items.append(_item(fid, f, r.path, w, "suppressed", multi))
        doc = r.document
        if doc is None:
            draft_html.append("</section>")
            continue
        doc_level = [(fid, sev, f) for fid, sev, f in items if _positions(doc, f) is None]
        if doc_level:
            draft_html.append('<div class="doclevel">')
            for fid, sev, f in doc_level:
                draft_html.append(f'<div><span class="anchor" id="{fid}"></span>'
                                  f'<span class="sev-{sev}" data-f="{fid}"><b>{_e(f.code)}</b> {_e(f.message)}</span></div>')
            draft_html.append("</div>")
        draft_html.append(f'<pre class="text">{_render_text(doc, items)}</pre></section>')
    c = s["by_severity"]
    list_html = []
    if not s["findings"]:
        list_html.append(f'<p class="clean">{_e(w["clean"])}</p>')
    for sev in SEV_ORDER:
        if groups[sev]:
            list_html.append(f'<h3 class="group-{sev}">{_e(w[sev])} ({len(groups[sev])})</h3><ol>')
            list_html.extend(h for _, _, h in groups[sev])
            list_html.append("</ol>")
    if suppressed_items:
        list_html.append(f'<h3 class="group-suppressed">{_e(w["suppressed"])} ({len(suppressed_items)})</h3><ol>')
        list_html.extend(suppressed_items)
        list_html.append("</ol>")
    from . import hidden_note

    note = hidden_note(reports, lang, ctx)
    title = f"draftcheck — {w['title']}"
    head = (f'<header><h1>{_e(title)}</h1><div class="counts">'
            f'<span>{s["findings"]} {_e(w["findings"])} / {s["files"]} {_e(w["files"])}</span>'
            f'<span class="c-error">{_e(w["error"])}: {c["error"]}</span>'
            f'<span class="c-warning">{_e(w["warning"])}: {c["warning"]}</span>'
            f'<span class="c-info">{_e(w["info"])}: {c["info"]}</span></div>'
            + (f'<div class="hidden-note">{_e(note)}</div>' if note else "") + "</header>")
    summary_json = _e(json.dumps(s, ensure_ascii=False))
    return ("<!DOCTYPE html>\n"
            f'<html lang="{lang}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="generator" content="draftcheck {_e(ctx.tool_version)}">'
            f"<title>{_e(title)}</title><style>{CSS}</style></head>"
            f'<body data-summary="{summary_json}">{head}<div class="layout">'
            f'<div id="draft">{"".join(draft_html)}</div>'
            f'<div id="list">{"".join(list_html)}</div></div>'
            f"<script>{JS}</script></body></html>\n")
