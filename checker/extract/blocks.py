"""Line-oriented split of a draft into blocks: headings, paragraphs, list items, tables,
the closing blocks (Nơi nhận, signer) and HTML-comment directives.

Plain text and Markdown share one reader: reviewers paste from Word (one paragraph a
line, tables as tab-separated rows), Markdown users write pipe tables and ``#`` headings.
"""
from __future__ import annotations

import re

from ..model import (Block, Cell, Directive, Heading, ListItem, Paragraph, Recipients, Row,
                     Signature, Table)
from .tables import continuation_label, find_text_tables

ROMAN_RE = re.compile(r"^(?P<label>[IVXLC]{1,6})\s*[.\-–)]\s*(?P<title>\S.*)$")
DECIMAL_RE = re.compile(r"^(?P<label>\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?P<title>\S.*)$")
ARABIC_RE = re.compile(r"^(?P<label>\d{1,2})\s*[.)]\s+(?P<title>\S.*)$")
LETTER_RE = re.compile(r"^(?P<label>[a-zđ])\)\s*(?P<title>\S.*)$")
MD_HEADING_RE = re.compile(r"^#{1,6}\s+(?P<rest>.*)$")
LIST_RE = re.compile(r"^(?P<marker>[-+•*–])\s+(?P<rest>\S.*)$")
PIPE_ROW_RE = re.compile(r"^\s*\|.*\|\s*$")
PIPE_SEP_RE = re.compile(r"^\s*(?:\|\s*)?:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*(?:\|\s*)?$")  # no adjacent \s* (linear)
DIRECTIVE_RE = re.compile(r"^\s*<!--(?P<body>.*?)-->\s*$")
RECIPIENTS_RE = re.compile(r"^[ \t\xa0]*(?:[*_]+[ \t\xa0]*)?Nơi[ \t\xa0]+nhận[ \t\xa0]*:", re.IGNORECASE)
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_value(label: str) -> int:
    total, prev = 0, 0
    for ch in reversed(label.upper()):
        v = ROMAN_VALUES.get(ch, 0)
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


def _is_valid_roman(label: str) -> bool:
    v = roman_value(label)
    return 0 < v < 40 and to_roman(v) == label


def to_roman(n: int) -> str:
    out = ""
    for value, sym in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += sym
            n -= value
    return out


def classify_heading(line: str) -> tuple[str, str, str] | None:
    """(label, style, title) when ``line`` starts with a numbering label, else None."""
    m = ROMAN_RE.match(line)
    if m and _is_valid_roman(m["label"]):
        return m["label"], "roman", m["title"].strip()
    m = DECIMAL_RE.match(line)
    if m:
        return m["label"], "decimal", m["title"].strip()
    m = ARABIC_RE.match(line)
    if m:
        return m["label"], "arabic", m["title"].strip()
    m = LETTER_RE.match(line)
    if m:
        return m["label"], "letter", m["title"].strip()
    return None


def _unemphasised(line: str) -> str:
    """A line without Markdown bold/italic marks, so ``**I. KẾT QUẢ**`` and ``**1.** Thể chế``
    classify as the headings they are (the block keeps the text as written)."""
    if "*" not in line and "__" not in line:
        return line
    out = line.replace("**", "").replace("__", "").strip()
    if len(out) > 2 and out[0] in "*_" and out[-1] == out[0]:
        out = out[1:-1].strip()
    return out


def _cells(text: str, start: int, sep: str) -> tuple[Cell, ...]:
    cells, pos, col = [], 0, 0
    parts = text.split(sep)
    if sep == "|":  # drop the outer pipes
        lead = text.index("|")
        parts = text[lead + 1:].rsplit("|", 1)[0].split("|")
        pos = lead + 1
    for part in parts:
        stripped = part.strip()
        off = part.find(stripped) if stripped else 0
        cells.append(Cell(stripped, start + pos + off, start + pos + off + len(stripped), col))
        pos += len(part) + 1
        col += 1
    return tuple(cells)


def _loose_pipe_row(text: str) -> bool:
    """A row of a pipe table written without its opening pipe ("Tiểu học | 230 065 | … | |"),
    as portals export yearbook tables."""
    return text.count("|") >= 2 and not text.lstrip().startswith("|") and bool(text.strip())


def _loose_cells(text: str, start: int) -> tuple[Cell, ...]:
    """Cells of a loose pipe row: every part between pipes, the label before the first one;
    nothing after the last pipe is a cell."""
    parts = text.rstrip().split("|")
    if parts and not parts[-1].strip():
        parts = parts[:-1]
    cells, pos = [], 0
    for col, part in enumerate(parts):
        stripped = part.strip()
        off = part.find(stripped) if stripped else 0
        cells.append(Cell(stripped, start + pos + off, start + pos + off + len(stripped), col))
        pos += len(part) + 1
    return tuple(cells)


def _tab_row(text: str) -> bool:
    return "\t" in text.strip("\t ")


def _wrapped_label_line(lines, j: int, rows: list) -> bool:
    """A line without tabs inside a tab table that is part of a row label wrapped over two
    lines: the rest of the label of the row above ("đúng hạn", a small letter first), or the
    start of the label of the tab row below, whose label goes on with a small letter."""
    t = lines[j].text
    if "\t" in t or not t.strip() or PIPE_ROW_RE.match(t) or DIRECTIVE_RE.match(t):
        return False
    # at most two such lines after a row of cells
    trailing = 0
    while trailing < len(rows) and len(rows[-1 - trailing].cells) == 1:
        trailing += 1
    above = rows[-1].cells[0].text if trailing else _row_label([c.text for c in rows[-1].cells])
    if trailing < 2 and trailing < len(rows) and continuation_label(t, above):
        return True
    nxt = lines[j + 1].text if j + 1 < len(lines) else ""
    return (_tab_row(nxt) and len(t.strip()) <= 80 and not t.rstrip().endswith((".", ":", ";"))
            and continuation_label(_row_label(nxt.split("\t")), t))


_STT_CELL_RE = re.compile(r"^(?:[IVX]{1,6}|\d{1,3}|[a-zđ])[.)]?$")


def _row_label(cells: list[str]) -> str:
    """The label of a row of cells: its first filled cell that is not an STT number."""
    return next((c.strip() for c in cells if c.strip() and not _STT_CELL_RE.match(c.strip())), "")


class _Line:
    __slots__ = ("text", "start", "number")

    def __init__(self, text: str, start: int, number: int):
        self.text, self.start, self.number = text, start, number

    @property
    def end(self) -> int:
        return self.start + len(self.text)


# the signer block: at most this many non-blank lines, none longer than this
SIGNER_MAX_LINES = 8
SIGNER_MAX_CHARS = 100
# an appendix after the signature ("PHỤ LỤC I", "Phụ lục: Biểu tổng hợp…")
APPENDIX_RE = re.compile(r"^[*_#\s]*(?:PHỤ LỤC|Phụ lục|BIỂU|Biểu mẫu|DANH MỤC)\b")


def split_lines(text: str, line_of) -> list[_Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        out.append(_Line(raw, pos, line_of(pos)))
        pos += len(raw) + 1
    return out


def parse_blocks(text: str, line_of) -> list[Block]:
    """Split NFC text into blocks. ``line_of(offset)`` gives the 1-based line as read."""
    lines = split_lines(text, line_of)
    blocks: list[Block] = []
    para: list[_Line] = []
    heading_levels: list[tuple[str, int]] = []  # (style, level) stack for nesting letters

    def flush_para() -> None:
        if para:
            s, e = para[0].start, para[-1].end
            blocks.append(Paragraph(text[s:e], s, e, para[0].number))
            para.clear()

    def level_for(style: str, label: str) -> int:
        if style == "roman":
            lvl = 1
        elif style == "arabic":
            lvl = 2
        elif style == "decimal":
            lvl = 1 + label.count(".") + 1
        else:
            parent = next((lv for st, lv in reversed(heading_levels) if st != "letter"), 2)
            lvl = parent + 1
        while heading_levels and heading_levels[-1][1] >= lvl:
            heading_levels.pop()
        heading_levels.append((style, lvl))
        return lvl

    i, n = 0, len(lines)
    in_closing = False

    def other_reader(k: int) -> bool:
        t = lines[k].text
        return "\t" in t or "|" in t or bool(DIRECTIVE_RE.match(t)) or bool(RECIPIENTS_RE.match(t))

    # tables written without tab or pipe (aligned with spaces, or label then figures): found in
    # one pass before the blocks, so a table's header lines are not taken into a paragraph
    text_tables = find_text_tables([ln.text for ln in lines], other_reader)
    while i < n:
        ln = lines[i]
        stripped = ln.text.strip()
        if not stripped:
            flush_para()
            i += 1
            continue
        lead = len(ln.text) - len(ln.text.lstrip())
        s0 = ln.start + lead
        m = DIRECTIVE_RE.match(ln.text)
        if m:
            flush_para()
            blocks.append(Directive(stripped, s0, ln.end, ln.number, body=m["body"].strip()))
            i += 1
            continue
        if i in text_tables and not in_closing:
            found = text_tables[i]
            flush_para()
            rows = []
            for k in range(found.first, found.last + 1):
                spans = found.cells.get(k)
                if not spans:
                    continue
                lk = lines[k]
                cells = tuple(Cell(lk.text[a:b], lk.start + a, lk.start + b, col)
                              for col, (a, b) in enumerate(spans))
                rows.append(Row(cells, lk.number, lk.start, lk.end))
            s, e = rows[0].start, rows[-1].end
            blocks.append(Table(text[s:e], s, e, rows[0].line, rows=tuple(rows), layout=found.layout))
            i = found.last + 1
            continue
        # tables: tab-separated rows (a stray blank line inside is tolerated) or pipe rows (a
        # row may leave out its opening pipe: "Tiểu học | 230 065 | … |")
        loose_start = (_loose_pipe_row(ln.text) and i + 1 < n
                       and (PIPE_ROW_RE.match(lines[i + 1].text) or _loose_pipe_row(lines[i + 1].text)))
        if _tab_row(ln.text) or PIPE_ROW_RE.match(ln.text) or loose_start:
            pipe = bool(PIPE_ROW_RE.match(ln.text)) or bool(loose_start)
            rows: list[Row] = []
            j = i
            while j < n:
                t = lines[j].text
                if pipe and PIPE_ROW_RE.match(t):
                    if not PIPE_SEP_RE.match(t):
                        rows.append(Row(_cells(t, lines[j].start, "|"), lines[j].number,
                                        lines[j].start, lines[j].end))
                    j += 1
                elif pipe and _loose_pipe_row(t):
                    rows.append(Row(_loose_cells(t, lines[j].start), lines[j].number,
                                    lines[j].start, lines[j].end))
                    j += 1
                elif not pipe and (_tab_row(t) or (rows and "\t" in t and t.strip())):
                    # a row whose only filled cell is its label ("I. Cấp tỉnh\t\t") stays in
                    # the table it is part of
                    rows.append(Row(_cells(t, lines[j].start, "\t"), lines[j].number,
                                    lines[j].start, lines[j].end))
                    j += 1
                elif not pipe and rows and _wrapped_label_line(lines, j, rows):
                    # a row label wrapped onto a line of its own, without tabs ("Tỷ lệ hồ sơ
                    # giải quyết" / "đúng hạn"): the table model joins it to its row
                    rows.append(Row(_cells(t, lines[j].start, "\t"), lines[j].number,
                                    lines[j].start, lines[j].end))
                    j += 1
                elif (not pipe and not t.strip() and j + 1 < n
                      and _tab_row(lines[j + 1].text)):
                    j += 1  # stray blank line inside a pasted table
                else:
                    break
            if len(rows) >= 2 or (rows and pipe):
                flush_para()
                s, e = rows[0].start, rows[-1].end
                blocks.append(Table(text[s:e], s, e, rows[0].line, rows=tuple(rows),
                                    layout="pipe" if pipe else "tab"))
                i = j
                continue
        if RECIPIENTS_RE.match(ln.text):
            flush_para()
            items_end = ln.end
            j = i + 1
            while j < n and (not lines[j].text.strip() or LIST_RE.match(lines[j].text.strip())):
                if lines[j].text.strip():
                    items_end = lines[j].end
                j += 1
            blocks.append(Recipients(text[s0:items_end], s0, items_end, ln.number))
            i = j
            in_closing = True
            continue
        if in_closing:
            # after Nơi nhận: the signer block (authority, title, "(Đã ký)", name), a few short
            # lines. What follows it (an appendix, its tables, a second document) is read as usual.
            flush_para()
            in_closing = False
            j, last, count = i, None, 0
            while j < n:
                t = lines[j].text.strip()
                if t:
                    if count >= SIGNER_MAX_LINES or len(t) > SIGNER_MAX_CHARS or APPENDIX_RE.match(t) \
                            or "\t" in t or PIPE_ROW_RE.match(lines[j].text) or DIRECTIVE_RE.match(lines[j].text) \
                            or j in text_tables:
                        break
                    last, count = j, count + 1
                j += 1
            if last is None:
                continue  # no signer lines: this line is read as usual
            e = lines[last].end
            blocks.append(Signature(text[s0:e], s0, e, ln.number))
            i = last + 1
            continue
        body = stripped
        mh = MD_HEADING_RE.match(body)
        if mh:
            body = mh["rest"].strip()
        h = classify_heading(_unemphasised(body))
        if h:
            flush_para()
            label, style, title = h
            blocks.append(Heading(stripped, s0, ln.end, ln.number, label=label, style=style,
                                  level=level_for(style, label), title=title))
            i += 1
            continue
        if mh:
            flush_para()
            blocks.append(Heading(stripped, s0, ln.end, ln.number, label="", style="markdown",
                                  level=len(stripped) - len(stripped.lstrip("#")), title=body))
            i += 1
            continue
        ml = LIST_RE.match(stripped)
        if ml:
            flush_para()
            blocks.append(ListItem(stripped, s0, ln.end, ln.number, marker=ml["marker"]))
            i += 1
            continue
        if para and not para[-1].text.strip():
            flush_para()
        if not para:
            para.append(_Line(ln.text[lead:], s0, ln.number))
        else:
            para.append(ln)
        i += 1
    flush_para()
    return blocks
