"""Where the parts of an administrative document are: the type line (``BÁO CÁO``), the
trích yếu under it, the header above it, the body, and the closing (``./.``, ``Nơi nhận:``,
signer). Shared by the structure kinds (components, outline); computed once a document.

Searching is done on a *scan text* the same length as ``Document.text`` (offsets stay
valid): table separators (``|``, tab) become line breaks, so a header or closing pasted as
a two-column table reads as lines; Markdown emphasis and heading marks become spaces.
"""
from __future__ import annotations

import re
from dataclasses import field
from typing import Optional

from ..records import record
from ..model import Block, Directive, Heading, Paragraph, Recipients, Signature, Table

TYPE_TITLE = (r"(?:BÁO CÁO|TỜ TRÌNH|KẾ HOẠCH|QUYẾT ĐỊNH|THÔNG BÁO|HƯỚNG DẪN|CHƯƠNG TRÌNH|ĐỀ ÁN|"
              r"PHƯƠNG ÁN|DỰ ÁN|CHỈ THỊ|QUY CHẾ|QUY ĐỊNH|THÔNG CÁO|BIÊN BẢN|CÔNG ĐIỆN|NGHỊ QUYẾT)")
_SCAN = {"|": "\n", "\t": "\n", "*": " ", "_": " ", "#": " "}  # cells are lines, markup is space


def _scan_text(text: str) -> str:
    # five C-level replaces: str.translate looks up a dict for every character (~1 ms a report)
    for old, new in _SCAN.items():
        text = text.replace(old, new)
    return text
_RECIPIENTS = re.compile(r"(?im)^[ \t]*Nơi\s+nhận\s*:")
_END_MARK = re.compile(r"\./\.")
_YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d{2})(?![\d])")
_DATE_LINE_YEAR = re.compile(r"(?im)^[^\n,]{1,60},\s*ngày\b[^\n]*?năm\s+((?:19|20)\d{2})")
_NOT_TRICH_YEU = re.compile(r"^\s*(?:Kính\s+gửi|Căn\s+cứ|Thực\s+hiện)\b", re.IGNORECASE)


@record
class Layout:
    scan: str
    title: Block
    type_name: str  # "BÁO CÁO"
    title_start: int
    title_end: int  # end of the type line
    trich_yeu: Optional[tuple[int, int]]
    trich_text: str
    year: Optional[int]
    body_start: int
    content_end: int  # end of the body (the ./. line, Nơi nhận, signer) for outlines
    tail_start: int  # start of the closing, for components
    regions: dict[str, tuple[int, int]] = field(default_factory=dict)


def find_title(doc, title_re: re.Pattern, max_blocks: int = 25) -> Optional[tuple[Block, str]]:
    """The block holding the document type line near the top, and the type, or None."""
    for b in doc.blocks[:max_blocks]:
        if isinstance(b, Heading) and b.style != "markdown":
            return None
        if isinstance(b, (Directive, Table)):
            continue
        first = b.text.strip().split("\n")[0].strip().strip("#*_ ").strip()
        if title_re.fullmatch(first):
            return b, " ".join(first.split()).upper()
    return None


def layout(doc, ctx, title_pattern: str = TYPE_TITLE) -> Optional[Layout]:
    key = ("layout", id(doc), title_pattern)
    cache = ctx.cache if ctx is not None else {}
    if key in cache:
        return cache[key]
    cache[key] = result = _compute(doc, ctx, re.compile(title_pattern))
    return result


def _compute(doc, ctx, title_re: re.Pattern) -> Optional[Layout]:
    found = find_title(doc, title_re)
    if found is None:
        return None
    title, type_name = found
    text = doc.text
    scan = _scan_text(text)
    first_nl = text.find("\n", title.start)
    title_end = min(title.end, first_nl) if first_nl != -1 else title.end
    # trích yếu: the rest of the title block, else the next short paragraph
    trich: Optional[tuple[int, int]] = None
    if title.end > title_end and text[title_end:title.end].strip():
        s = title_end + (len(text[title_end:title.end]) - len(text[title_end:title.end].lstrip()))
        trich = (s, title.end)
    else:
        idx = doc.blocks.index(title)
        nxt = next((b for b in doc.blocks[idx + 1:] if not isinstance(b, Directive)), None)
        if (isinstance(nxt, Paragraph) or (isinstance(nxt, Heading) and nxt.style == "markdown")) \
                and len(nxt.text) <= 400 and not _NOT_TRICH_YEU.match(nxt.text) \
                and not (nxt.text.rstrip().endswith(";") or (nxt.text.rstrip().endswith(".") and len(nxt.text) > 250)):
            trich = (nxt.start, nxt.end)
    trich_text = " ".join(text[trich[0]:trich[1]].split()).strip("#*_ ") if trich else ""
    body_start = trich[1] if trich else title_end

    # the closing: Nơi nhận, the end mark, the signer block
    rm = _RECIPIENTS.search(scan, body_start)
    recip = rm.start() if rm else None
    marks = [m for m in _END_MARK.finditer(scan, body_start) if recip is None or m.start() < recip]
    end_mark = marks[-1].end() if marks else None
    closing_blocks = [b.start for b in doc.blocks if isinstance(b, (Recipients, Signature)) and b.start >= body_start]
    if end_mark is not None:
        tail_start = end_mark
    elif recip is not None:
        tail_start = recip
    elif closing_blocks:
        tail_start = min(closing_blocks)
    else:
        tail_start = max(body_start, len(text) - 1200)
    ends = [x for x in (recip, *closing_blocks) if x is not None]
    if end_mark is not None:
        line_end = text.find("\n", end_mark)
        ends.append(line_end if line_end != -1 else len(text))
    content_end = min(ends) if ends else len(text)

    year = None
    m = _YEAR.search(trich_text)
    if m:
        year = int(m.group(1))
    else:
        m = _DATE_LINE_YEAR.search(scan, 0, title.start)
        if m:
            year = int(m.group(1))
        elif ctx is not None and getattr(ctx, "report_date", None):
            year = ctx.report_date.year
    regions = {
        "head": (0, title.start),
        "title_next": trich if trich else (title_end, title_end),
        "body": (body_start, max(body_start, content_end)),
        "tail": (tail_start, len(text)),
        "anywhere": (0, len(text)),
    }
    return Layout(scan=scan, title=title, type_name=type_name, title_start=title.start, title_end=title_end,
                  trich_yeu=trich, trich_text=trich_text, year=year, body_start=body_start,
                  content_end=content_end, tail_start=tail_start, regions=regions)
