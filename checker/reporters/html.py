"""``--format html``: one self-contained page for a reviewer (no network, no external file).

The draft's text as read, each finding highlighted where it is (coloured by severity;
suppressed findings dotted); tables (a Word table, and a text table in any layout: tabs, runs
of spaces, single spaces, pipes) drawn as tables from the table model, header rows apart and a
label wrapped over two lines in one cell, with the cell a finding is about marked. Beside it (below it on a phone or a tablet) the findings,
each with the rule's name in the language of the run, where it is (in a .docx in Word's terms:
"đoạn 12", "bảng 2, dòng 5, ô 3") and the headings it stands under ("II.2 › c)"), the
message, the computation as a worked sum and the suggestion. Filters by severity and by family
(figures, dates, citations, structure); the keyboard moves from finding to finding (j/k or
↓/↑, Enter shows it); a click on a finding scrolls the draft to it, a click on a highlight
shows its entry. Document-level findings (a missing section) sit in a banner above the text.
Responsive from a 390 px phone to a desktop, and printable.
"""
from __future__ import annotations

import html
import json

from . import RenderContext, computation, is_document_level, rule_title, summary, where

SEV_ORDER = ("error", "warning", "info")
CATEGORY_ORDER = ("arithmetic", "date", "citation", "structure", "style")
WORDS = {
    "vi": {"error": "Lỗi", "warning": "Cảnh báo", "info": "Thông tin", "suppressed": "Đã tắt bằng chú thích",
           "title": "Kết quả kiểm tra dự thảo", "findings": "phát hiện", "files": "tệp", "clean": "Không có phát hiện nào",
           "doc": "Toàn văn bản", "suggest": "Gợi ý", "computation": "Phép tính", "reason": "Lý do",
           "unreadable": "Không kiểm tra được", "line": "dòng", "no_reason": "(không ghi lý do)",
           "filters": "Lọc", "severity": "Mức", "family": "Nhóm", "table": "Bảng",
           "keys": "Phím j/k hoặc ↓/↑: phát hiện sau/trước; Enter: xem trong văn bản",
           "arithmetic": "Số liệu", "date": "Ngày tháng", "citation": "Trích dẫn", "structure": "Thể thức, cấu trúc",
           "style": "Cách viết", "draft": "Văn bản dự thảo", "list": "Danh sách phát hiện"},
    "en": {"error": "Errors", "warning": "Warnings", "info": "Info", "suppressed": "Suppressed by comments",
           "title": "Draft check results", "findings": "findings", "files": "files", "clean": "No findings",
           "doc": "Whole document", "suggest": "Suggestion", "computation": "Computation", "reason": "Reason",
           "unreadable": "Could not be checked", "line": "line", "no_reason": "(no reason given)",
           "filters": "Filter", "severity": "Severity", "family": "Family", "table": "Table",
           "keys": "Keys j/k or ↓/↑: next/previous finding; Enter: show it in the text",
           "arithmetic": "Figures", "date": "Dates", "citation": "Citations", "structure": "Structure",
           "style": "Style", "draft": "The draft", "list": "Findings"},
}

CSS = """
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1d2430;background:#f4f5f7}
header{padding:8px 14px;background:#1d2430;color:#fff;display:flex;gap:6px 18px;align-items:baseline;flex-wrap:wrap}
header h1{font-size:17px;margin:0}
header .counts{display:flex;flex-wrap:wrap;gap:0 12px}
header .counts span{white-space:nowrap}
.c-error{color:#ff8a80}.c-warning{color:#ffd54f}.c-info{color:#81d4fa}
.hidden-note{font-size:13px;color:#cfd6e0}
#filters{display:flex;flex-wrap:wrap;gap:4px 14px;align-items:center;padding:6px 14px;background:#e7eaef;border-bottom:1px solid #d5d9e0;font-size:14px}
#filters fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:2px 10px;align-items:center}
#filters legend{float:left;font-weight:600;margin-right:6px;padding:0}
#filters label{white-space:nowrap;cursor:pointer}
#filters .keys{color:#5f6b7a;font-size:12.5px}
.layout{display:grid;grid-template-columns:minmax(0,3fr) minmax(340px,2fr);height:calc(100vh - var(--top,90px))}
#draft{overflow:auto;padding:12px 16px;background:#fff;border-right:1px solid #d5d9e0;min-width:0}
#list{overflow:auto;padding:12px 16px;min-width:0}
.file h2{font-size:15px;margin:8px 0;overflow-wrap:anywhere}
.doclevel{margin:6px 0 10px;padding:6px 10px;border-left:4px solid #c62828;background:#fff3f3}
.doclevel div{margin:2px 0}
.text{font:15px/1.6 "Times New Roman",Tinos,"Liberation Serif","Noto Serif",Georgia,serif;white-space:pre-wrap;overflow-wrap:anywhere;margin:0}
.line{display:block;padding-left:3.4em;text-indent:-3.4em;min-height:1.6em}
.ln{display:inline-block;width:2.8em;margin-right:.6em;text-align:right;color:#98a1b0;user-select:none;text-indent:0;font-size:12px}
.tablewrap{overflow-x:auto;max-width:100%;margin:4px 0 8px 3.4em}
table.doc-table{border-collapse:collapse;font:14px/1.4 "Times New Roman",Tinos,"Liberation Serif",serif;white-space:normal}
table.doc-table caption{text-align:left;font:12px system-ui,sans-serif;color:#5f6b7a;padding:2px 0}
table.doc-table td{border:1px solid #b8bfca;padding:2px 6px;vertical-align:top;overflow-wrap:anywhere;min-width:2.5em}
table.doc-table td.num{text-align:right}
table.doc-table td.hit{outline:2px solid #c62828;outline-offset:-2px}
table.doc-table td.hit-warning{outline-color:#e0a800}table.doc-table td.hit-info{outline-color:#1e88e5}
table.doc-table td.hit-suppressed{outline:2px dotted #607d8b}
table.doc-table .rln{color:#98a1b0;font-size:11px;border:0;padding-right:4px;user-select:none}
table.doc-table tr.head td:not(.rln){font-weight:600;background:#f1f3f6;text-align:center}
table.doc-table tr.total td:not(.rln){font-weight:600}
mark{background:none;color:inherit;border-radius:2px;cursor:pointer}
mark.sev-error{background:#ffcdd2;border-bottom:2px solid #c62828}
mark.sev-warning{background:#fff0b3;border-bottom:2px solid #e0a800}
mark.sev-info{background:#d6eefc;border-bottom:2px solid #1e88e5}
mark.sev-suppressed{background:#eceff1;border-bottom:2px dotted #607d8b}
mark.off{background:none;border-bottom:0}
mark.active,.doclevel .active{outline:3px solid #7b1fa2;outline-offset:1px;background:#e1bee7}
.anchor{display:inline-block;width:0;height:1.2em;vertical-align:text-bottom;scroll-margin:40vh}
.zero{color:#c62828;font-weight:bold}
#list h3{font-size:14px;margin:14px 0 6px}
#list ol{list-style:none;margin:0;padding:0}
li.finding{background:#fff;border:1px solid #d5d9e0;border-left:4px solid #98a1b0;border-radius:4px;margin:0 0 8px;padding:6px 9px;overflow-wrap:anywhere}
li.sev-error{border-left-color:#c62828}li.sev-warning{border-left-color:#e0a800}li.sev-info{border-left-color:#1e88e5}
li.sev-suppressed{border-left-color:#607d8b;opacity:.9}
li.finding.active{box-shadow:0 0 0 2px #7b1fa2}
li.finding.filtered,h3.filtered{display:none}
a.finding-link{color:inherit;text-decoration:none;display:block}
a.finding-link:focus{outline:2px solid #7b1fa2;outline-offset:2px}
.code{font-weight:600}.name{font-weight:600;color:#37474f}.path{color:#5f6b7a;font-size:12px}
.where{color:#5f6b7a;font-size:12.5px;margin-top:1px}
.msg{margin-top:2px}.sug{color:#2e7d32;margin-top:3px}
.calc{margin-top:4px;font:13px ui-monospace,"DejaVu Sans Mono",monospace;background:#f1f3f6;padding:3px 6px;border-radius:3px;overflow-wrap:anywhere}
.calc b{font-family:system-ui,sans-serif;font-weight:600}
.error-box{color:#c62828;font-weight:600}
@media (max-width:1023px){
  .layout{display:flex;flex-direction:column;height:auto}
  #list{order:-1;overflow:visible;border-bottom:1px solid #d5d9e0}
  #draft{overflow:visible;border-right:0}
}
@media (max-width:600px){
  body{font-size:15px}
  header{padding:6px 10px}header h1{font-size:16px}
  #filters{padding:6px 10px}#filters .keys{display:none}
  #draft,#list{padding:8px 10px}
  .line{padding-left:2.2em;text-indent:-2.2em}
  .ln{width:1.8em;margin-right:.4em;font-size:10px}
  .tablewrap{margin-left:0}
}
@media print{
  body{background:#fff;font-size:11pt}
  header{background:#fff;color:#000;border-bottom:1px solid #000}
  .c-error,.c-warning,.c-info,.hidden-note{color:#000}
  #filters{display:none}
  .layout{display:block;height:auto}
  #draft,#list{overflow:visible;border:0;padding:0}
  #list{break-before:page}
  li.finding{break-inside:avoid}
  li.finding.filtered,h3.filtered{display:block}
  .tablewrap{overflow:visible}
  mark.active{outline:0}
  a.finding-link:focus{outline:0}
}
"""

JS = """
(function(){
  var top=document.querySelector('header').offsetHeight+document.getElementById('filters').offsetHeight;
  document.documentElement.style.setProperty('--top',top+'px');
  function clear(){document.querySelectorAll('.active').forEach(function(x){x.classList.remove('active');});}
  function mark(id){document.querySelectorAll('[data-f~="'+id+'"]').forEach(function(x){x.classList.add('active');});}
  function show(id){
    var el=document.getElementById(id); if(!el) return;
    clear();
    el.scrollIntoView({block:'center',inline:'nearest'});
    mark(id);
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
      clear(); mark(id);
      if(li){li.classList.add('active'); li.scrollIntoView({block:'center'}); li.querySelector('a').focus({preventScroll:true});}
    });
  });
  // filters: a finding shows when its severity and its family are both ticked
  function filter(){
    var on={};
    document.querySelectorAll('#filters input').forEach(function(i){on[i.value]=i.checked;});
    var hidden={};
    document.querySelectorAll('li.finding').forEach(function(li){
      var off=!(on[li.getAttribute('data-sev')]!==false && on[li.getAttribute('data-cat')]!==false);
      li.classList.toggle('filtered',off);
      if(off) hidden[li.getAttribute('data-target')]=1;
    });
    document.querySelectorAll('mark[data-f]').forEach(function(m){
      var ids=m.getAttribute('data-f').split(' ');
      m.classList.toggle('off',ids.every(function(id){return hidden[id];}));
    });
    document.querySelectorAll('#list h3').forEach(function(h){
      var ol=h.nextElementSibling;
      h.classList.toggle('filtered',!!ol && !ol.querySelector('li.finding:not(.filtered)'));
    });
  }
  document.querySelectorAll('#filters input').forEach(function(i){i.addEventListener('change',filter);});
  // the keyboard: j/k or arrows from finding to finding, in the order of the list
  function visible(){return Array.prototype.slice.call(document.querySelectorAll('li.finding:not(.filtered)'));}
  function step(d){
    var items=visible(); if(!items.length) return;
    var cur=document.querySelector('li.finding.active');
    var i=items.indexOf(cur);
    i=i<0?(d>0?0:items.length-1):Math.min(items.length-1,Math.max(0,i+d));
    var li=items[i]; var id=li.getAttribute('data-target');
    show(id);
    li.scrollIntoView({block:'nearest'});
    li.querySelector('a').focus({preventScroll:true});
  }
  document.addEventListener('keydown',function(e){
    var t=e.target; if(t && (t.tagName==='TEXTAREA'||(t.tagName==='INPUT'&&t.type!=='checkbox'))) return;
    if(e.altKey||e.ctrlKey||e.metaKey) return;
    if(e.key==='j'||e.key==='ArrowDown'){e.preventDefault();step(1);}
    else if(e.key==='k'||e.key==='ArrowUp'){e.preventDefault();step(-1);}
  });
  if(location.hash.length>1){var id=location.hash.slice(1); if(document.getElementById(id)) show(id);}
})();
"""


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def _positions(doc, f):
    """(first line, col, last line, end col) clamped to the text; None for document-level."""
    if is_document_level(f):
        return None
    n = doc.line_count
    line = min(max(1, f.span.line), n)
    end_line = min(max(line, f.span.end_line), n)
    return line, max(1, f.span.column), end_line, max(1, f.span.end_column)


_RANK = {"error": 3, "warning": 2, "info": 1, "suppressed": 0}


def _marked(text: str, lo: int, hi: int, segs, anchors) -> tuple[str, list[tuple[str, str]]]:
    """Characters ``lo``..``hi`` (1-based columns, ``hi`` excluded) of a line with the marks of
    ``segs`` ((a, b, id, severity)) and the anchors at their columns; and the findings it marks."""
    cuts = {lo, hi}
    for a, b, _, _ in segs:
        cuts.update(c for c in (a, b) if lo <= c <= hi)
    cuts.update(c for c in anchors if lo <= c < hi)
    cuts = sorted(cuts)
    out, hits = [], []
    for i, c in enumerate(cuts):
        for fid in anchors.get(c, ()) if c < hi or (hi > len(text) and c == hi) else ():
            out.append(f'<span class="anchor" id="{fid}"></span>')
        for a, b, fid, sev in segs:  # zero-width spans: a caret where the finding is
            if a == b == c and (lo <= c < hi or c == hi > len(text)):
                out.append(f'<mark class="zero sev-{sev}" data-f="{fid}">‸</mark>')
                hits.append((fid, sev))
        if i + 1 >= len(cuts):
            break
        nxt = cuts[i + 1]
        chunk = text[c - 1:nxt - 1]
        if not chunk:
            continue
        cover = [(fid, sev) for a, b, fid, sev in segs if a <= c and nxt <= b and a < b]
        if cover:
            sev = max((s for _, s in cover), key=lambda s: _RANK[s])
            out.append(f'<mark class="sev-{sev}" data-f="{" ".join(fid for fid, _ in cover)}">{_e(chunk)}</mark>')
            hits.extend(cover)
        else:
            out.append(_e(chunk))
    return "".join(out), hits


def _render_text(doc, items, lang: str = "vi") -> str:
    """The draft, line by line, with marks; a table block as a table. ``items`` are (id,
    severity class, finding)."""
    per_line: dict[int, list] = {}
    anchors: dict[int, dict[int, list[str]]] = {}
    for fid, sev, f in items:
        pos = _positions(doc, f)
        if pos is None:
            continue
        line, col, end_line, end_col = pos
        text = doc.source_line(line)
        anchors.setdefault(line, {}).setdefault(min(col, len(text) + 1), []).append(fid)
        for ln in range(line, end_line + 1):
            text = doc.source_line(ln)
            a = col if ln == line else 1
            b = end_col if ln == end_line else len(text) + 1
            a = min(a, len(text) + 1)
            b = min(max(a, b), len(text) + 1)
            per_line.setdefault(ln, []).append((a, b, fid, sev))
    tables = {}
    for t in doc.tables:
        if t.rows:
            lines = sorted(range(t.line, doc.line_of(max(t.start, t.end - 1)) + 1))
            tables[t.rows[0].line] = (t, lines)
    skip: set[int] = set()
    out = []
    w = WORDS[lang]
    for ln in range(1, doc.line_count + 1):
        if ln in skip:
            continue
        if ln in tables:
            table, lines = tables[ln]
            skip.update(lines)
            out.append(_render_table(doc, table, lines, per_line, anchors, w))
            continue
        text = doc.source_line(ln)
        body, _ = _marked(text, 1, len(text) + 2, per_line.get(ln, []), anchors.get(ln, {}))
        out.append(f'<span class="line"><span class="ln">{ln}</span>{body}</span>')
    return "".join(out)


def _render_table(doc, table, lines, per_line, anchors, w) -> str:
    """A table block as a table, drawn from the table model (:mod:`checker.extract.tables`), so
    a text table (tabs, runs of spaces, single spaces, ``|``) is drawn as it was understood, like
    a Word table: each cell in its column, header rows apart (a spanning heading over its
    columns), a label wrapped over two lines in one cell, the cell a finding is in marked.
    Lines of the block that are not rows (a Markdown separator) keep only their anchors."""
    from ..extract.tables import table_models

    model = next((m for m in table_models(doc) if m.table is table), None)
    caption = ""
    loc = doc.word_location(table.rows[0].line)
    if loc and "table" in loc:
        caption = f'<caption>{_e(w["table"])} {_e(loc["table"])}</caption>'
    elif model is not None:
        caption = f'<caption>{_e(w["table"])} {model.number}</caption>'
    grid = model.grid if model is not None and model.grid else [(r.line, list(r.cells)) for r in table.rows]
    width = max((len(cells) for _, cells in grid), default=0)
    cells_of = dict(grid)
    heads = set(model.header_lines) if model is not None else set()
    rows_of = {r.line: r for r in model.rows} if model is not None else {}
    # a label wrapped over two lines: the other line is drawn in the label cell of its row
    wrapped: dict[int, list[int]] = {}
    if model is not None:
        for r in model.rows:
            if r.role == "continuation" and r.continues is not None:
                wrapped.setdefault(model.rows[r.continues].line, []).append(r.line)
    folded = {x for xs in wrapped.values() for x in xs}
    html_rows, stray = [], []
    for ln in lines:
        cells = cells_of.get(ln)
        if ln in folded:
            continue  # drawn in its row's label cell
        if cells is None:
            stray.extend(f'<span class="anchor" id="{fid}"></span>' for fids in anchors.get(ln, {}).values()
                         for fid in fids)
            continue
        head = ln in heads
        mr = rows_of.get(ln)
        drawn = _table_cells(doc, ln, cells, per_line, anchors, head)
        if mr is not None and ln in wrapped:
            label_col = model.label_col
            body, hits, cls = drawn.get(label_col, ("", [], []))
            for other in sorted(wrapped[ln]):
                cell = next((x for x in cells_of.get(other, []) if x is not None and x.text.strip()), None)
                piece, more = _label_piece(doc, other, cell, per_line, anchors)
                body = f"{piece} {body}" if other < ln else f"{body} {piece}"
                hits = hits + more
            drawn[label_col] = (body, hits, _hit_classes(hits))
        out = []
        c = 0
        filled = [k for k in drawn if k >= 0 and drawn[k][0].strip()]
        lone = len(filled) == 1 and (mr is None or mr.role != "data") and filled[0] <= (model.label_col if model else 0)
        while c < width:
            body, hits, cls = drawn.get(c, ("", [], []))
            span = 1
            if lone and c == filled[0]:
                span = width - c  # a caption, a section line ("Chia ra:"): over the whole row
            elif head and body.strip() and model is not None and c < len(model.columns):
                col = model.columns[c]
                while c + span < width and not drawn.get(c + span, ("",))[0].strip() and col.group is not None \
                        and c + span < len(model.columns) and model.columns[c + span].group == col.group:
                    span += 1  # a spanning heading ("Chia ra", "Trong đó") over its columns
            attr = f' class="{" ".join(cls)}"' if cls else ""
            out.append(f"<td{attr}" + (f' colspan="{span}"' if span > 1 else "") + f">{body}</td>")
            c += span
        if -1 in drawn:
            out.append(f"<td>{drawn[-1][0]}</td>")  # anchors of the line that are in no cell
        kind = "head" if head else (mr.role if mr is not None else "")
        if mr is not None and mr.total:
            kind += " total"
        row_attr = f' class="{_e(kind.strip())}"' if kind.strip() else ""
        html_rows.append(f'<tr data-line="{ln}"{row_attr}><td class="rln">{ln}</td>{"".join(out)}</tr>')
    layout = f' data-layout="{_e(model.layout)}"' if model is not None else ""
    return (f'<span class="line tableline">{"".join(stray)}</span><div class="tablewrap">'
            f'<table class="doc-table"{layout}>{caption}<tbody>{"".join(html_rows)}</tbody></table></div>')


def _hit_classes(hits) -> list[str]:
    if not hits:
        return []
    sev = max((s for _, s in hits), key=lambda s: _RANK[s])
    return ["hit", f"hit-{sev}"]


def _table_cells(doc, ln, cells, per_line, anchors, head: bool) -> dict:
    """The cells of one line of a table: column -> (html, findings marked, classes); the anchors
    and carets before the next cell belong to a cell; those of no cell under key -1."""
    text = doc.source_line(ln)
    segs, marks = per_line.get(ln, []), anchors.get(ln, {})
    present = [(k, c) for k, c in enumerate(cells) if c is not None and (c.text.strip() or not head)]
    spans = [(k, doc.span(c.start, c.end), c) for k, c in present]
    out: dict = {}
    used: set[str] = set()
    for i, (k, span, cell) in enumerate(spans):
        lo = span.column if span.line == ln else 1
        hi = span.end_column if span.end_line == ln and cell.end > cell.start else lo
        nxt = spans[i + 1][1].column if i + 1 < len(spans) and spans[i + 1][1].line == ln else len(text) + 2
        cell_marks = {c: ids for c, ids in marks.items() if (lo <= c < nxt or (i == 0 and c < lo))}
        body, hits = _marked(text, lo, max(hi, lo), segs, cell_marks)
        for c in cell_marks:
            if not (lo <= c < hi):  # an anchor between cells: at the end of this one
                body += "".join(f'<span class="anchor" id="{fid}"></span>' for fid in cell_marks[c]
                                if f'id="{fid}"' not in body)
        used.update(fid for ids in cell_marks.values() for fid in ids)
        cls = _hit_classes(hits)
        value = cell.text.strip()
        if value and value.replace(".", "").replace(",", "").replace("%", "").replace("-", "").isdigit():
            cls.append("num")
        out[k] = (body, hits, cls)
    rest = [fid for c, ids in marks.items() for fid in ids if fid not in used]
    if rest:
        out[-1] = ("".join(f'<span class="anchor" id="{fid}"></span>' for fid in rest), [], [])
    return out


def _label_piece(doc, ln, cell, per_line, anchors) -> tuple[str, list]:
    """The other line of a wrapped label: its label cell with its marks, and every anchor of the
    line (nothing else of it is drawn)."""
    text = doc.source_line(ln)
    if cell is not None:
        span = doc.span(cell.start, cell.end)
        lo, hi = span.column, span.end_column if span.end_line == ln else len(text) + 1
    else:
        lo, hi = len(text) - len(text.lstrip()) + 1, len(text.rstrip()) + 1
    body, hits = _marked(text, lo, max(lo, hi), per_line.get(ln, []), {})
    ids = [fid for c, fids in sorted(anchors.get(ln, {}).items()) for fid in fids]
    return "".join(f'<span class="anchor" id="{fid}"></span>' for fid in ids) + body, hits


def _item(fid: str, f, report, w: dict, sev_class: str, multi: bool, ctx: RenderContext, lang: str) -> str:
    parts = [f'<li class="finding sev-{sev_class}" data-target="{fid}" data-code="{_e(f.code)}" '
             f'data-sev="{_e(sev_class if sev_class == "suppressed" else f.severity)}" data-cat="{_e(f.category)}">',
             f'<a class="finding-link" href="#{fid}" data-target="{fid}">',
             f'<span class="code">{_e(f.code)}</span> <span class="name">{_e(rule_title(ctx, f.code, f.name, lang))}</span>',
             f'<div class="where">{_e(where(report, f, lang))}</div>']
    if multi:
        parts.append(f'<div class="path">{_e(report.path)}</div>')
    parts.append(f'<div class="msg">{_e(f.message)}</div>')
    calc = computation(f)
    if calc:
        parts.append(f'<div class="calc" title="{_e(w["computation"])}"><b>{_e(w["computation"])}:</b> {_e(calc)}</div>')
    if f.suggestion:
        parts.append(f'<div class="sug">{_e(w["suggest"])}: {_e(f.suggestion)}</div>')
    by = f.data.get("suppressed_by") if isinstance(f.data, dict) else None
    if by:
        parts.append(f'<div class="reason">{_e(w["reason"])} ({_e(w["line"])} {_e(by.get("line"))}): '
                     f'{_e(by.get("reason") or w["no_reason"])}</div>')
    parts.append("</a></li>")
    return "".join(parts)


def _filters(w: dict, reports) -> str:
    sevs = [s for s in SEV_ORDER if any(f.severity == s for r in reports for f in r.findings)]
    if any(r.suppressed for r in reports):
        sevs.append("suppressed")
    cats = [c for c in CATEGORY_ORDER if any(f.category == c for r in reports for f in [*r.findings, *r.suppressed])]

    def box(value: str, label: str) -> str:
        return f'<label><input type="checkbox" value="{value}" checked> {_e(label)}</label>'

    return ('<nav id="filters">'
            f'<fieldset><legend>{_e(w["severity"])}</legend>{"".join(box(s, w[s]) for s in sevs)}</fieldset>'
            f'<fieldset><legend>{_e(w["family"])}</legend>{"".join(box(c, w[c]) for c in cats)}</fieldset>'
            f'<span class="keys">{_e(w["keys"])}</span></nav>')


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
            groups[f.severity].append(_item(fid, f, r, w, f.severity, multi, ctx, lang))
        for k, f in enumerate(r.suppressed):
            fid = f"s-{i}-{k}"
            items.append((fid, "suppressed", f))
            suppressed_items.append(_item(fid, f, r, w, "suppressed", multi, ctx, lang))
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
        draft_html.append(f'<div class="text">{_render_text(doc, items, lang)}</div></section>')
    c = s["by_severity"]
    list_html = []
    if not s["findings"]:
        list_html.append(f'<p class="clean">{_e(w["clean"])}</p>')
    for sev in SEV_ORDER:
        if groups[sev]:
            list_html.append(f'<h3 class="group-{sev}">{_e(w[sev])} ({len(groups[sev])})</h3><ol>')
            list_html.extend(groups[sev])
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
            f'<body data-summary="{summary_json}">{head}{_filters(w, reports)}<div class="layout">'
            f'<main id="draft" aria-label="{_e(w["draft"])}">{"".join(draft_html)}</main>'
            f'<aside id="list" aria-label="{_e(w["list"])}">{"".join(list_html)}</aside></div>'
            f"<script>{JS}</script></body></html>\n")
