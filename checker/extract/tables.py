"""One table model for every input: Word tables, ``|`` and tab rows, rows aligned with runs of
spaces, and rows with no separator at all ("label then numbers separated by single spaces", as
statistical yearbook pages and portal dashboards are flattened to text).

Two layers:

* **Recognition** (used by :mod:`checker.extract.blocks`): which lines of a text form a table
  that has no tab or ``|`` between its cells — :func:`find_text_tables` returns the line
  regions and their cells. A line is read from its end: the run of figures that ends it are its
  cells, what is left is its label. Runs of such lines with the same number of figures (header
  lines above, section lines between) are a table; a single line never is.
* **The model** (:func:`table_models`): for each :class:`~checker.model.Table` block, header rows
  told apart from data rows (several header rows, a spanning header such as "Trong đó" over its
  sub-columns, units, year columns), cells read with the project's number reader (``-``, ``…``,
  ``x`` and empty cells have no value), each column typed (count, amount, percent, index, rank,
  code, year), each row's label, its place in the hierarchy (total rows, sub-rows, "Trong đó",
  "Chia ra", numbered and dashed rows, the pairs "Công lập / Ngoài công lập") and the blocks of
  the table (an index block under "Chỉ số phát triển (Năm trước = 100)"). A table whose structure
  cannot be read with confidence is marked so (``confident = False`` with the reasons): no
  arithmetic is proposed from it — a false error costs a reviewer's trust, a silence does not.

Every pattern here is anchored or a plain alternation of words (linear time); lines are read by
hand loops over their tokens.
"""
from __future__ import annotations

import re
from dataclasses import field
from fractions import Fraction
from functools import lru_cache
from typing import Optional

from ..records import record
from ..model import Cell, Document, Row, Table
from . import grammar as g
from .number_tokens import MAX_FIGURE_DIGITS, default_cues, parse_vn_number

# --------------------------------------------------------------------------- cell values
# marks that stand for "no value" in Vietnamese statistical tables: "-" no occurrence / not
# available, "…" not collected, "x" confidential or meaningless
NO_VALUE_MARKS = frozenset({"-", "–", "—", "…", "...", "..", "x", "X", "×", "-/-"})
_SPACE_GROUPED = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+")  # "230 065": thousands grouped by spaces
YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_MAX_COLUMNS = 200  # a text line with more figures than this is not read as a table row


def _vn_number(text: str) -> Optional[re.Match]:
    return g.compiled(g.VN_NUMBER).fullmatch(text)


@record(frozen=True, slots=True)
class Value:
    """A cell as a figure. ``value`` is None for a cell without a value (empty, ``-``, ``…``,
    ``x``) and for text (``kind`` says which)."""

    kind: str  # "number", "empty", "none" (a no-value mark), "text"
    text: str
    start: int
    end: int
    value: Optional[Fraction] = None
    decimals: int = 0
    percent: bool = False

    @property
    def is_number(self) -> bool:
        return self.kind == "number"

    @property
    def missing(self) -> bool:
        """Empty or a no-value mark: a part that may be anything, never a zero we invented."""
        return self.kind in ("empty", "none")


def read_value(text: str, start: int = 0, end: int = 0) -> Value:
    """A cell's figure, read with the project's number grammar (``1.644``, ``30,73``, ``48,6%``,
    ``230 065``, ``-12``)."""
    s = text.strip()
    kind, value, decimals, percent = _parse_figure(s)
    return Value(kind, s, start, end, value, decimals, percent)


@lru_cache(maxsize=65536)  # a table repeats its figures; Fraction arithmetic is the cost of a cell
def _parse_figure(s: str) -> tuple[str, Optional[Fraction], int, bool]:
    if not s:
        return "empty", None, 0, False
    if s in NO_VALUE_MARKS:
        return "none", None, 0, False
    t, percent = s, False
    if t.endswith("%"):
        t, percent = t[:-1].rstrip(), True
    sign = 1
    if t[:1] in ("-", "−", "–") and len(t) > 1 and t[1].isdigit():
        t, sign = t[1:], -1
    elif t[:1] == "+" and len(t) > 1 and t[1].isdigit():
        t = t[1:]
    if not t or not t[0].isdigit():
        return "text", None, 0, False
    m = _vn_number(t)
    if m is not None:
        int_part, dec_part = m["int"], m["dec"]
    elif _SPACE_GROUPED.fullmatch(t):
        int_part, dec_part = t.replace(" ", ".").replace("\u00a0", ".").replace("\u202f", "."), None
    else:
        return "text", None, 0, False
    digits = len(int_part.replace(".", "").lstrip("0")) + len(dec_part or "")
    if digits > MAX_FIGURE_DIGITS:
        return "text", None, 0, False  # out of range: judged by no relation, like text
    value, decimals = parse_vn_number(int_part, dec_part)
    # the reader's exact value, as a fraction of integers (Fraction(Decimal) is the slow way)
    sign_, digits_, exponent = value.as_tuple()
    n = int("".join(map(str, digits_)) or "0")
    frac = Fraction(n * 10 ** exponent) if exponent >= 0 else Fraction(n, 10 ** -exponent)
    return "number", sign * (-frac if sign_ else frac), decimals, percent


def _is_plain_value(tok: str) -> bool:
    if tok in NO_VALUE_MARKS:
        return True
    t = tok[:-1] if tok.endswith("%") else tok
    if t[:1] in ("-", "−", "+") and len(t) > 1:
        t = t[1:]
    return bool(t) and t[0].isdigit() and _vn_number(t) is not None


def _is_year_token(tok: str) -> bool:
    return len(tok) == 4 and tok.isdigit() and 1900 <= int(tok) <= 2100


# --------------------------------------------------------------------------- recognition
# last words of the label words of the number reader ("Mức 3", "Quý 2", "Năm 2022"): a figure
# right after one belongs to the label, not to the cells


@lru_cache(maxsize=1)
def _label_last_words() -> frozenset[str]:
    return frozenset(w.split()[-1].lower() for w in default_cues().label_words)


@record(frozen=True, slots=True)
class PlainRow:
    """A line read as label + figures. Offsets are within the line."""

    label_end: int
    values: tuple[tuple[int, int], ...]  # (start, end) of each figure, left to right
    absorbed: bool  # the first figure may belong to the label ("Mức 3 68544 …")
    years_only: bool  # every figure is a year: a header line ("Chỉ tiêu 2021 2022 2023")

    def cells(self, absorb: bool) -> tuple[int, tuple[tuple[int, int], ...]]:
        """(label end, figures) with or without the first figure taken into the label."""
        if absorb and self.absorbed:
            return self.values[0][1], self.values[1:]
        return self.label_end, self.values

    def counts(self) -> tuple[int, ...]:
        return (len(self.values) - 1, len(self.values)) if self.absorbed else (len(self.values),)


_PLAIN_END = frozenset("0123456789%-–—….xX×")


def plain_row(line: str) -> Optional[PlainRow]:
    """``line`` as "label then figures separated by single spaces", else None.

    Read from the end, token by token: each figure must be separated from the next by exactly
    one space (a run of spaces makes an aligned table, read by :func:`spaced_cells`)."""
    s = line.rstrip()
    if not s or s[-1] not in _PLAIN_END or "\t" in s or "|" in s:
        return None
    values: list[tuple[int, int]] = []
    pos = len(s)
    pending_percent = -1  # a "%" written apart from its figure ("48,6 %")
    while pos > 0:
        k = pos
        while k > 0 and not s[k - 1].isspace():
            k -= 1
        tok = s[k:pos]
        if tok == "%" and pending_percent < 0 and k > 0:
            pending_percent = pos
        elif _is_plain_value(tok) and not (pending_percent >= 0 and tok in NO_VALUE_MARKS):
            values.append((k, pending_percent if pending_percent >= 0 else pos))
            pending_percent = -1
            if len(values) > _MAX_COLUMNS:
                return None
        else:
            break
        if k == 0:
            pos = 0
            break
        if k >= 2 and s[k - 2].isspace():
            # two spaces before this token: an aligned layout (or a stray space), not this one
            if values and values[-1][0] == k:
                pos = k
            break
        pos = k - 1
    if pending_percent >= 0:
        return None
    if len(values) < 2:
        return None
    values.reverse()
    label = s[:values[0][0]].rstrip()
    if not label or not any(ch.isalpha() for ch in label):
        return None
    if len(label) < len(s[:values[0][0]]) - 1:
        return None  # two spaces between the label and the figures
    words = label.split()
    last = words[-1].lower() if words else ""
    # "Tổng số 30 …": "số" is a label word of the reader except after "tổng" (as it reads it)
    label_word = last in _label_last_words() and not (last == "số" and len(words) > 1 and words[-2].lower() == "tổng")
    absorbed = (label_word or label.endswith(",")) and s[values[0][0]:values[0][1]] not in NO_VALUE_MARKS
    toks = [s[a:b] for a, b in values]
    years_only = all(_is_year_token(t) for t in toks)
    return PlainRow(len(label), tuple(values), absorbed, years_only)


def spaced_cells(line: str) -> Optional[list[tuple[int, int]]]:
    """Cells of a line aligned with runs of spaces (two or more between cells): their
    (start, end) in the line, or None when the line has no such run."""
    s = line.rstrip()
    if "\t" in s or "|" in s or "  " not in s.strip():
        return None
    cells, i, n = [], 0, len(s)
    while i < n:
        while i < n and s[i] == " ":
            i += 1
        if i >= n:
            break
        j = i
        while j < n and not (s[j] == " " and (j + 1 >= n or s[j + 1] == " ")):
            j += 1
        cells.append((i, j))
        i = j
        if len(cells) > _MAX_COLUMNS:
            return None
    return cells if len(cells) >= 2 else None


def _has_figure_after_first(line: str, cells: list[tuple[int, int]]) -> bool:
    return any(read_value(line[a:b]).is_number for a, b in cells[1:])


# header lines of a text table: the words that make a line a header, not prose
_HEADER_WORDS_RE = re.compile(
    r"(?:^|\s)(?:tổng\s+số|tổng\s+cộng|tổng|cộng|đơn\s+vị|chỉ\s+tiêu|nội\s+dung|đúng\s+hạn|trễ\s+hạn|trước\s+hạn|"
    r"quá\s+hạn|tỷ\s+lệ|tỉ\s+lệ|kế\s+hoạch|thực\s+hiện|số\s+lượng|trong\s+đó|chia\s+ra|năm\s+học|sơ\s+bộ|"
    r"mức\s+độ|cùng\s+kỳ|so\s+sánh|so\s+với|cơ\s+cấu|tỷ\s+trọng|đã\s+xử\s+lý|chưa\s+xử\s+lý|đã\s+giải\s+quyết|"
    r"đang\s+giải\s+quyết|tiếp\s+nhận|trực\s+tuyến|trực\s+tiếp|stt|xếp\s+hạng|ước\s+tính|ước\s+thực\s+hiện|"
    r"năm\s+trước|đơn\s+vị\s+tính|prel\.?|school\s+year)(?=$|[\s(),.:%/-])",
    re.IGNORECASE)
_YEAR_LINE_WORDS = frozenset("sơ bộ prel prel. ước ước tính năm năm học school year kh th chính thức official "
                             "- – thực hiện kế hoạch ước thực hiện tháng quý".split())
_MAX_HEADER_LINES = 8
_MAX_SECTION_LINES = 3  # label-only lines between two data lines of one table
_SENTENCE_END = (".", ";", "?", "!")


def _is_year_line(s: str) -> bool:
    toks = s.split()
    years = sum(1 for t in toks if YEAR_RE.search(t))
    if not years:
        return False
    rest = [t for t in toks if not YEAR_RE.search(t)]
    return all(t.lower().strip("()") in _YEAR_LINE_WORDS for t in rest) or (years >= 2 and len(rest) <= 3)


_CAPTION_RE = re.compile(r"^(?:bảng|biểu|phụ\s+lục|table|hình)\s+(?:số\s+)?[\dIVXivx]+\b", re.IGNORECASE)


def _is_header_line(s: str, loose: bool = False) -> bool:
    """A heading line of a table written without separators: years, a unit line, or names with
    a heading word ("Tổng số", "Tỷ lệ", "Đúng hạn"…). ``loose``: also a line of several short
    names without such a word ("Loại A Loại B Loại C"), taken only in a heading that has one."""
    s = s.strip()
    if not s or len(s) > 160 or "\t" in s or "|" in s or _CAPTION_RE.match(s):
        return False  # "Bảng 1. …" names the table, it heads no column
    if _is_year_line(s):
        return True  # may end with "Prel."
    if s.endswith(_SENTENCE_END) or _INDEX_BLOCK_RE.search(s):
        return False  # "Chỉ số phát triển (Năm trước = 100)" opens a block of rows, heads no column
    if s.lower().startswith(("đơn vị tính", "đvt")):
        return True
    groups = header_groups(s)
    if len(groups) >= 2 and (_HEADER_WORDS_RE.search(s) or (loose and all(len(gr) <= 40 for gr in groups))):
        return True
    return bool(len(groups) == 1 and _HEADER_WORDS_RE.search(s) and len(s) <= 40)


def _is_section_line(s: str) -> bool:
    s = s.strip()
    return bool(s) and len(s) <= 120 and not s.endswith(_SENTENCE_END) and "\t" not in s and "|" not in s


_MAX_CONTINUATION_LINES = 2  # a row label wrapped over at most three lines


# a label that stops on a word or a mark that needs more after it ("Sở Tài nguyên và", "Ban Quản
# lý các", "Chi cục (", "Đông Hải,"): the next line goes on with it, whatever its first letter
_OPEN_END_RE = re.compile(r"(?:^|\s)(?:và|của|các|cho|về|với|theo|tại|thuộc|được|từ|đến|hoặc|những)$|[,(\-–/&]$",
                          re.IGNORECASE)


def open_label(s: str) -> bool:
    s = s.rstrip()
    return bool(s) and (bool(_OPEN_END_RE.search(s)) or s.count("(") > s.count(")"))


def continuation_label(s: str, before: str = "") -> bool:
    """The rest of a row label wrapped onto another line, as pasted from Word or a PDF
    ("Tỷ lệ hồ sơ giải quyết" / "đúng hạn", "Sở Tài nguyên và" / "Môi trường"): it starts with a
    small letter, or goes on from a label ``before`` that stops on "và", "của", a comma…; it
    names nothing of its own — no marker ("a)", "- "), no "trong đó:" / "chia ra" / "phân theo",
    no "nam / nữ" pair word, no total — is short and is no sentence."""
    s = s.strip()
    if not s or len(s) > 80 or not s[0].isalpha() or s in NO_VALUE_MARKS:
        return False
    if s.endswith(_SENTENCE_END) or s.endswith(":") or "\t" in s or "|" in s:
        return False
    if _MARKER_RE.match(s) or PARTIAL_RE.match(s) or COMPLETE_RE.match(s) or BREAKDOWN_SECTION_RE.match(s) \
            or _PAIR_RE.match(s) or _TOTAL_ROW_RE.match(s) or _INDEX_BLOCK_RE.search(s):
        return False
    return s[0].islower() or open_label(before)


def _begins_label(texts: list[str], k: int, label: str) -> bool:
    """Line ``k``, right above a row whose label is ``label``, holds the start of that label
    ("Trung tâm Phục vụ" / "hành chính công 462 …"), not a heading: the label goes on from it,
    it is no year line, and a line with a heading word is one only under another heading line."""
    t = texts[k].strip()
    if not t or t.endswith(":") or _is_year_line(t) or not continuation_label(label, t):
        return False
    if _is_header_line(t):
        return k > 0 and _is_header_line(texts[k - 1], loose=True)
    return True


def _trailing_continuations(texts, last: int, skip, label: str = "") -> int:
    """The last line of a table whose last row's label (``label``) may go on over the lines
    after it."""
    k = last
    while k + 1 < len(texts) and k - last < _MAX_CONTINUATION_LINES \
            and continuation_label(texts[k + 1], label if k == last else texts[k]) \
            and plain_row(texts[k + 1]) is None and spaced_cells(texts[k + 1]) is None \
            and not (skip is not None and skip(k + 1)):
        k += 1
    return k


@record
class TextTable:
    """A table found in text lines without tab or ``|``: ``first``..``last`` (line indexes,
    inclusive), and for each non-blank line its cells as (start, end) within the line."""

    layout: str  # "plain" (single spaces) or "spaces" (aligned with runs of spaces)
    first: int
    last: int
    cells: dict[int, list[tuple[int, int]]] = field(default_factory=dict)


def find_text_tables(texts: list[str], skip=None) -> dict[int, TextTable]:
    """Tables written without tab or ``|`` in ``texts`` (the lines of a document), keyed by
    their first line. ``skip(i)`` says a line belongs to another reader (a directive, a tab
    or pipe row). One pass: each line is classified once, runs are followed forward."""
    n = len(texts)
    plain: list[Optional[PlainRow]] = [None] * n
    spaced: list[Optional[list[tuple[int, int]]]] = [None] * n
    for i, t in enumerate(texts):
        # most lines of a report end with a full stop and hold no run of spaces: two C-level
        # tests reject them; only a candidate line is asked whether another reader owns it
        candidate_plain = bool(t) and t.rstrip()[-1:] in _PLAIN_END
        candidate_spaced = "  " in t
        if not (candidate_plain or candidate_spaced) or (skip is not None and skip(i)):
            continue
        if candidate_plain:
            plain[i] = plain_row(t)
        if candidate_spaced:
            spaced[i] = spaced_cells(t)
    out: dict[int, TextTable] = {}
    used_until = -1
    i = 0
    while i < n:
        if i <= used_until:
            i += 1
            continue
        found = None
        if spaced[i] is not None:
            found = _spaced_run(texts, spaced, i, skip)
        if found is None and plain[i] is not None and not plain[i].years_only:
            found = _plain_run(texts, plain, i, skip, used_until)
        if found is not None:
            out[found.first] = found
            used_until = found.last
            i = found.last + 1
            continue
        i += 1
    return out


def _blank(t: str) -> bool:
    return not t.strip()


def _spaced_run(texts, spaced, i, skip) -> Optional[TextTable]:
    n = len(texts)
    rows = [i]
    j = i + 1
    gap = 0
    while j < n:
        t = texts[j]
        if _blank(t):
            gap += 1
            if gap > 1:
                break
            j += 1
            continue
        if skip is not None and skip(j):
            break
        if spaced[j] is not None:
            rows.append(j)
            gap = 0
            j += 1
            continue
        # a label-only line (a section row whose cells are empty) inside the table
        k = j
        while k < n and k - j < _MAX_SECTION_LINES and not _blank(texts[k]) and spaced[k] is None \
                and _is_section_line(texts[k]) and not (skip is not None and skip(k)):
            k += 1
        if k > j and k < n and spaced[k] is not None:
            rows.extend(range(j, k))
            j = k
            gap = 0
            continue
        break
    numeric = sum(1 for r in rows if spaced[r] is not None and _has_figure_after_first(texts[r], spaced[r]))
    if len([r for r in rows if spaced[r] is not None]) < 2 or numeric < 2:
        return None
    last = spaced[rows[-1]] or [(0, 0)]
    end = _trailing_continuations(texts, rows[-1], skip, texts[rows[-1]][last[0][0]:last[0][1]])
    rows.extend(range(rows[-1] + 1, end + 1))
    cells = {r: (spaced[r] if spaced[r] is not None else _strip_span(texts[r])) for r in rows}
    return TextTable("spaces", rows[0], rows[-1], cells)


def _strip_span(t: str) -> list[tuple[int, int]]:
    a = len(t) - len(t.lstrip())
    return [(a, len(t.rstrip()))]


def _plain_run(texts, plain, i, skip, used_until) -> Optional[TextTable]:
    n = len(texts)
    first = plain[i]
    counts = set(first.counts())
    data = [i]
    between: list[int] = []
    j = i + 1
    while j < n:
        # blank lines (one at a time: a table rendered from Word has one between paragraphs),
        # section lines, then a data line of the same width
        k, gap, sections = j, 0, []
        while k < n:
            t = texts[k]
            if skip is not None and skip(k):
                break
            if _blank(t):
                gap += 1
                if gap > 1:
                    break
                k += 1
                continue
            gap = 0
            row = plain[k]
            if row is not None and not row.years_only and counts & set(row.counts()):
                break
            if len(sections) >= _MAX_SECTION_LINES or not _is_section_line(t):
                k = n
                break
            sections.append(k)
            k += 1
        if k >= n or plain[k] is None or (skip is not None and skip(k)) or _blank(texts[k]):
            break
        row = plain[k]
        if row.years_only or not (counts & set(row.counts())):
            break
        counts &= set(row.counts())
        between.extend(sections)
        data.append(k)
        j = k + 1
    if len(data) < 2:
        return None
    # a figure after a label word ("Mức 3") is the label's when every row allows it, the
    # cells' when some row needs it to have the width of the others
    width = min(counts)
    # header lines directly above (blank lines between them tolerated one at a time), with up
    # to two section lines between the header and the first data line
    header: list[int] = []
    k = i - 1
    sections_above: list[int] = []
    while k > used_until and len(header) + len(sections_above) < _MAX_HEADER_LINES:
        t = texts[k]
        if _blank(t):
            if k - 1 > used_until and not _blank(texts[k - 1]):
                k -= 1
                continue
            break
        if skip is not None and skip(k):
            break
        if k == i - 1 and plain[k] is None and _begins_label(texts, k, texts[i][:first.label_end]):
            sections_above.append(k)  # the first row's label begun on the line above it
        elif _is_header_line(t, loose=True) and not (plain[k] is not None and not plain[k].years_only):
            header.append(k)
        elif not header and len(sections_above) < 2 and _is_section_line(t) and plain[k] is None:
            sections_above.append(k)
        else:
            break
        k -= 1
    if not any(_is_header_line(texts[h]) for h in header):
        header = []  # names without a single heading word: a list of capitalised words, not a heading
    above = sorted(header + sections_above) if header else []
    cells: dict[int, list[tuple[int, int]]] = {}
    for r in above + between:
        cells[r] = _strip_span(texts[r])
    # heading lines placed on the columns (empty cells under a spanning name): every reader then
    # sees the headings of a column, as in a Word table
    placed, reason = place_plain_header([texts[r] for r in sorted(header)], width)
    if reason is None:
        for r, spans in zip(sorted(header), placed):
            if spans is None:
                continue
            row: list[tuple[int, int]] = []
            pos = spans[0][1]
            by_col = {c: (a, b) for c, a, b in spans}
            for c in range(width + 1):
                if c in by_col:
                    row.append(by_col[c])
                    pos = by_col[c][1]
                else:
                    row.append((pos, pos))
            cells[r] = row
    for r in data:
        row = plain[r]
        absorb = len(row.values) != width
        label_end, values = row.cells(absorb)
        lead = len(texts[r]) - len(texts[r].lstrip())
        cells[r] = [(lead, label_end)] + list(values)
    end = _trailing_continuations(texts, data[-1], skip, texts[data[-1]][:plain[data[-1]].label_end])
    for r in range(data[-1] + 1, end + 1):
        cells[r] = _strip_span(texts[r])
    first_line = above[0] if above else i
    return TextTable("plain", first_line, end, cells)


# --------------------------------------------------------------------------- header words
def header_groups(s: str) -> list[str]:
    """The column names of a header line written without separators: a name starts at a
    capitalised word ("Mức độ Tổng Đã xử lý Chưa xử lý") or a bare "%"; words in parentheses,
    figures, acronyms and an English gloss after " - " stay with the name before them."""
    groups: list[list[str]] = []
    depth = 0
    prev = ""
    for tok in s.split():
        starts = False
        if depth == 0:
            if tok == "%":
                starts = True
            elif prev in ("-", "–", "/") or prev.endswith(("-", "–", "/")):
                starts = False
            elif tok[0].isalpha() and tok[0].isupper():
                # an acronym ("TTHC") or a letter ("Loại A") goes on its name, unless after a "%"
                acronym = tok.isupper() or (len(tok) == 1)
                starts = not acronym or not groups or prev == "%" or prev.endswith("%")
        if starts or not groups:
            groups.append([tok])
        else:
            groups[-1].append(tok)
        depth += tok.count("(") - tok.count(")")
        depth = max(depth, 0)
        prev = tok
    return [" ".join(gr) for gr in groups]


# --------------------------------------------------------------------------- the model
_TOTAL_ROW_RE = re.compile(
    r"^(?:tổng\s+cộng|tổng\s+số|toàn\s+tỉnh|toàn\s+thành\s+phố|toàn\s+quốc|cả\s+nước|toàn\s+huyện|"
    r"toàn\s+ngành|toàn\s+thị\s+xã)(?!\w)|^(?:tổng|cộng|total|chung|tổng\s+chung)\s*(?:$|[:(\-–/])",
    re.IGNORECASE)
_TOTAL_COL_RE = re.compile(r"^(?:tổng\s+số|tổng\s+cộng)(?!\w)|^(?:tổng|cộng|total)\s*(?:$|[:(\-–/,])",
                           re.IGNORECASE)
PARTIAL_RE = re.compile(r"^trong\s+đó(?!\w)\s*[:,]?\s*", re.IGNORECASE)
COMPLETE_RE = re.compile(r"^(?:chia\s+ra|bao\s+gồm|gồm|chia\s+theo)(?!\w)", re.IGNORECASE)
_PAIRS = (("công lập", "ngoài công lập"), ("nam", "nữ"), ("thành thị", "nông thôn"))
PAIR_WORDS = {w: k for k, pair in enumerate(_PAIRS) for w in pair}
_PAIR_RE = re.compile(r"^(ngoài\s+công\s+lập|công\s+lập|nam|nữ|thành\s+thị|nông\s+thôn)\s*(?:$|[-–(:/,])",
                      re.IGNORECASE)
_INDEX_BLOCK_RE = re.compile(r"năm\s+trước\s*=\s*100|chỉ\s+số\s+phát\s+triển|previous\s+year\s*=\s*100|"
                             r"cùng\s+kỳ\s+năm\s+trước\s*=\s*100", re.IGNORECASE)
_INDEX_COL_RE = re.compile(r"=\s*100|so\s+(?:với\s+)?cùng\s+kỳ|so\s+sánh|so\s+với|chỉ\s+số", re.IGNORECASE)
_PREVIOUS_RE = re.compile(r"năm\s+trước|cùng\s+kỳ|previous\s+year", re.IGNORECASE)
_PERCENT_RE = re.compile(r"%|tỷ\s+lệ|tỉ\s+lệ|phần\s+trăm", re.IGNORECASE)
STRUCTURE_RE = re.compile(r"cơ\s+cấu|tỷ\s+trọng|tỉ\s+trọng", re.IGNORECASE)
_RANK_RE = re.compile(r"xếp\s+hạng|thứ\s+hạng|^hạng(?!\w)|thứ\s+tự", re.IGNORECASE)
# columns that never add up: averages, densities, scores, coefficients, prices, ages
_MEASURE_RE = re.compile(r"bình\s+quân|trung\s+bình|mật\s+độ|(?<!\w)điểm(?!\w)|hệ\s+số|năng\s+suất|đơn\s+giá|"
                         r"tỷ\s+suất|(?<!\w)bq(?!\w)|độ\s+tuổi|(?<!\w)tuổi(?!\w)|giá\s+bán|giá\s+bình", re.IGNORECASE)
# a column (or row) of people "of which": never a part of a partition of its total
ATTRIBUTE_RE = re.compile(r"^(?:trong\s+đó|nữ|dân\s+tộc|người\s+dân\s+tộc|đảng\s+viên|dtts|đoàn\s+viên|"
                           r"thương\s+binh|người\s+khuyết\s+tật)(?!\w)", re.IGNORECASE)
# a section that splits the rows under a total into several complete breakdowns of it
BREAKDOWN_SECTION_RE = re.compile(r"^(?:phân\s+theo|chia\s+theo|theo)(?!\w)", re.IGNORECASE)
_CODE_RE = re.compile(r"^(?:stt|tt|số\s+tt|số\s+thứ\s+tự|mã|mã\s+số|ký\s+hiệu)(?!\w)", re.IGNORECASE)
_YEAR_COL_RE = re.compile(r"^năm\s+(?:ban\s+hành|thành\s+lập|sinh|xây\s+dựng)", re.IGNORECASE)
_AMOUNT_RE = re.compile(r"đồng|usd|(?<!\w)(?:ha|tấn|km|kg|m2|m²|m3|lít|kwh|mw)(?!\w)", re.IGNORECASE)
_SCALE_RE = re.compile(r"(?<!\w)(?:tỷ|tỉ|triệu|nghìn|ngàn)(?!\w)", re.IGNORECASE)
_STUB_RE = re.compile(
    r"^(?:đơn\s+vị|chỉ\s+tiêu|nội\s+dung|mức\s+độ|tên|stt|tt|cơ\s+quan|địa\s+phương|lĩnh\s+vực|loại|huyện|"
    r"xã|đối\s+tượng|hạng\s+mục|danh\s+mục|ngành|tiêu\s+chí|khu\s+vực|cấp|nhóm|năm|thời\s+gian|kỳ)(?!\w)",
    re.IGNORECASE)
_MARKER_RE = re.compile(
    r"^(?:(?P<roman>[IVX]{1,6})\s*[.\-)]|(?P<decimal>\d{1,2}(?:\.\d{1,2}){1,3})\.?|(?P<arabic>\d{1,3})\s*[.)]|"
    r"(?P<letter>[a-zđ])\s*[.)]|(?P<dash>[-–•*])|(?P<plus>\+))\s+")
_STT_RE = re.compile(r"^(?:(?P<roman>[IVX]{1,6})|(?P<decimal>\d{1,2}(?:\.\d{1,2}){1,3})|(?P<arabic>\d{1,3})|"
                     r"(?P<letter>[a-zđ])|(?P<dash>[-–•*])|(?P<plus>\+))[.)]?$")
_ROMAN_OK = re.compile(r"^X{0,3}(?:IX|IV|V?I{0,3})$")
PRELIM_RE = re.compile(r"(?<!\w)(?:sơ\s+bộ|prel|ước(?:\s+tính|\s+thực\s+hiện)?)(?!\w)", re.IGNORECASE)
_MARKER_RANK = {"": 0, "roman": 1, "arabic": 2, "decimal": 3, "letter": 3, "dash": 4, "plus": 5}

SUMMABLE = ("count", "amount")  # "measure" (averages, densities, scores) never adds up


@record
class Column:
    index: int  # position in the model's grid
    path: tuple[str, ...] = ()  # header texts, spanning header first
    type: str = "unknown"  # label, code, count, amount, percent, index, rank, year, text, unknown
    group: Optional[int] = None  # columns under one spanning header share it
    group_head: str = ""
    total: bool = False  # the header names a total ("Tổng số", "Cộng")
    structure: bool = False  # "Cơ cấu", "Tỷ trọng": shares that make 100 %
    previous: bool = False  # an index against the previous year / same period
    scaled: bool = False  # a scale word in the unit (tỷ, triệu): whole figures are rounded
    year: Optional[int] = None  # the period of a year column (its last year: 2018-2019 -> 2019)
    prelim: bool = False

    @property
    def name(self) -> str:
        out = ""
        for p in (p for p in self.path if p):
            # a range split over two heading lines ("2018-" above "2019") reads as one
            out = out + p if out.endswith(("-", "–")) else (f"{out} / {p}" if out else p)
        return out or f"cột {self.index + 1}"

    @property
    def summable(self) -> bool:
        return self.type in SUMMABLE


@record
class ModelRow:
    index: int
    line: int
    label: str
    role: str  # "header", "data", "section", "text", "blank", "continuation" (of a wrapped label)
    cells: list[Value]
    marker: str = ""
    marker_style: str = ""
    total: bool = False
    parent: Optional[int] = None
    attach: str = ""  # how it hangs under its parent: pair, numbered, dash, complete, partial
    block: int = 0
    depth: int = 0
    continues: Optional[int] = None  # role "continuation": the row whose wrapped label this line goes on
    lines: list[int] = field(default_factory=list)  # the other lines of a wrapped label

    @property
    def has_values(self) -> bool:
        return any(v.is_number or v.kind == "none" for v in self.cells)


@record
class Block:
    start: int  # first model row
    end: int  # after the last
    kind: str  # "values", "index", "structure"
    head: str = ""


@record
class TableModel:
    number: int  # 1-based order among the document's tables
    table: Table
    layout: str
    columns: list[Column]
    rows: list[ModelRow]
    header_lines: list[int]
    label_col: int = 0
    code_col: Optional[int] = None
    blocks: list[Block] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    confident: bool = True
    reasons: list[str] = field(default_factory=list)
    # the table as a grid, for drawing it: (line, its cells placed in the model's columns — None
    # where a row has no cell) for each header and body row
    grid: list[tuple[int, list[Optional[Cell]]]] = field(default_factory=list, repr=False)
    _cache: dict = field(default_factory=dict, repr=False)

    def block_rows(self) -> list[list["ModelRow"]]:
        """For each block, its data and section rows (the rows relations are made of)."""
        found = self._cache.get("block_rows")
        if found is None:
            found = self._cache["block_rows"] = [[r for r in self.rows[b.start:b.end] if r.role in ("data", "section")]
                                                 for b in self.blocks]
            self._cache["pos"] = {r.index: k for rows in found for k, r in enumerate(rows)}
            kids: dict[int, list[ModelRow]] = {}
            for r in self.rows:
                if r.parent is not None:
                    kids.setdefault(r.parent, []).append(r)
            self._cache["kids"] = kids
        return found

    def breakdowns(self, total: "ModelRow") -> list[list["ModelRow"]]:
        """The breakdowns a total row states: its top-level rows (to the next total when it comes
        first, back to the previous one when it comes last); several when sections "Phân theo
        giới tính", "Phân theo thành thị, nông thôn" split them — each then makes the total; none
        when another kind of section stands among them (an unknown structure). A grand total
        after subtotal rows ("Cộng" … "Cộng", "Tổng cộng") adds up the subtotals. Worked out once
        a total (a structure column asks for each of its rows)."""
        done = self._cache.setdefault("breakdowns", {})
        if total.index in done:
            return done[total.index]
        rows = self.block_rows()[total.block]
        pos_of, kids = self._cache["pos"], self._cache["kids"]
        totals = self._cache.setdefault("totals", {}).get(total.block)
        if totals is None:
            totals = self._cache["totals"][total.block] = [r for r in rows if r.role == "data" and r.total]
        pos = pos_of[total.index]
        before = [r for r in totals if pos_of[r.index] < pos]
        first = next((pos_of[r.index] for r in rows if r.role == "data"), -1) == pos
        if first:
            later = [pos_of[r.index] for r in totals if pos_of[r.index] > pos]
            span = rows[pos + 1:later[0] if later else len(rows)]
        else:
            span = rows[pos_of[before[-1].index] + 1 if before else 0:pos]
        groups: list[list[ModelRow]] = [[]]
        if not span and not first:
            groups = [before] if len(before) >= 2 and pos_of[before[0].index] > 0 else []
        else:
            for r in span:
                if r.role == "section" and not r.marker_style:
                    if BREAKDOWN_SECTION_RE.match(r.label):
                        groups.append([])
                        continue
                    if PARTIAL_RE.match(r.label) or COMPLETE_RE.match(r.label):
                        continue  # "Chia ra:" / "Trong đó:": the rows under it hang under the row above
                    if r.index not in kids:
                        groups = []  # a section that is neither a breakdown nor a group heading
                        break
                if r.parent is None and not r.total:
                    groups[-1].append(r)
        done[total.index] = [g for g in groups if g]
        return done[total.index]

    def doubt(self, reason: str) -> None:
        self.confident = False
        if reason not in self.reasons:
            self.reasons.append(reason)

    @property
    def data_rows(self) -> list[ModelRow]:
        return [r for r in self.rows if r.role == "data"]

    def value_columns(self) -> list[Column]:
        return [c for c in self.columns if c.index not in (self.label_col, self.code_col)]


def table_models(doc: Document) -> list[TableModel]:
    """The model of each table of the document, in order (computed once a document)."""
    cache = doc.meta.setdefault("_cache", {})
    found = cache.get("table_models")
    if found is None:
        found = cache["table_models"] = [build_model(doc, t, k) for k, t in enumerate(doc.tables, start=1)]
    return found


# ----------------------------------------------------------------------------- grid
@record
class _GridRow:
    row: Row
    cells: list[Optional[Cell]]
    single: bool = False  # a plain/spaced line with one cell: a header, caption or section line


def _layout_of(doc: Document, t: Table) -> str:
    if getattr(t, "layout", ""):
        return t.layout
    if doc.meta.get("docx_locations"):
        return "docx"
    first = t.text.lstrip()[:1]
    return "pipe" if first == "|" or "|" in t.text.split("\n", 1)[0] else "tab"


def _grid(doc: Document, t: Table, layout: str, model: TableModel) -> list[_GridRow]:
    rows = list(t.rows)
    if layout == "spaces":
        return _spaced_grid(doc, rows, model)
    out = []
    for r in rows:
        cells: list[Optional[Cell]] = list(r.cells)
        single = layout == "plain" and len(cells) == 1
        out.append(_GridRow(r, cells, single))
    return out


def _spaced_grid(doc: Document, rows: list[Row], model: TableModel) -> list[_GridRow]:
    """Cells aligned with spaces, placed in columns by where they stand on the line: the columns
    are the clusters of overlapping cell extents of the rows with figures."""
    def extent(r: Row, c: Cell) -> tuple[int, int]:
        base = doc.offsets[r.start]
        return doc.offsets[c.start] - base, doc.offsets[c.end] - base

    spans = []
    for r in rows:
        if len(r.cells) >= 2 and any(read_value(c.text).is_number for c in r.cells[1:]):
            spans.extend(extent(r, c) for c in r.cells)
    spans.sort()
    clusters: list[list[int]] = []
    for a, b in spans:
        if clusters and a < clusters[-1][1]:
            clusters[-1][1] = max(clusters[-1][1], b)
        else:
            clusters.append([a, b])
    out = []
    for r in rows:
        placed: list[Optional[Cell]] = [None] * len(clusters)
        single = len(r.cells) == 1
        for c in r.cells:
            a, b = extent(r, c)
            hit = next((k for k, (lo, hi) in enumerate(clusters) if a < hi and lo < b), None)
            if hit is None:  # between columns (a header wider than its figures): the nearest
                hit = min(range(len(clusters)), key=lambda k: abs(clusters[k][0] - a), default=None)
            if hit is None:
                continue
            if placed[hit] is not None:
                if single or r.cells.index(c) == 0:
                    continue
                model.doubt(f"dòng {r.line}: hai ô trong một cột (two cells in one column)")
                continue
            placed[hit] = c
        out.append(_GridRow(r, placed, single and len(clusters) > 1))
    return out


# ----------------------------------------------------------------------------- building
def _text(c: Optional[Cell]) -> str:
    return c.text.strip() if c is not None else ""


def _value(c: Optional[Cell]) -> Value:
    if c is None:
        return Value("empty", "", 0, 0)
    return read_value(c.text, c.start, c.end)


def build_model(doc: Document, t: Table, number: int = 1) -> TableModel:
    layout = _layout_of(doc, t)
    model = TableModel(number, t, layout, [], [], [])
    grid = _grid(doc, t, layout, model)
    if not grid:
        model.doubt("bảng rỗng (empty table)")
        return model
    width = max((len(gr.cells) for gr in grid), default=0)
    for gr in grid:
        gr.cells.extend([None] * (width - len(gr.cells)))
    # the first data row: figures beyond the first column, not a row of year headings
    first_data = None
    for k, gr in enumerate(grid):
        if gr.single:
            continue
        vals = [_value(c) for c in gr.cells[1:]]
        figures = [v for v, c in zip(vals, gr.cells[1:]) if v.is_number]
        if figures and not all(_is_year_token(v.text) for v in figures):
            first_data = k
            break
    if first_data is None:
        model.doubt("không có dòng số liệu (no data row)")
        return model
    # a block heading right above the first figures ("Chỉ số phát triển (Năm trước = 100) - %")
    # opens the body, it heads no column
    while first_data > 0 and _INDEX_BLOCK_RE.search(" ".join(_text(c) for c in grid[first_data - 1].cells)) \
            and sum(1 for c in grid[first_data - 1].cells if _text(c)) == 1:
        first_data -= 1
    # the first row's label begun on the line above ("Giáo dục" / "thường xuyên 236.338 …")
    if first_data >= 2:
        above = [c for c in grid[first_data - 1].cells if _text(c)]
        label = next((_text(c) for c in grid[first_data].cells if _text(c) and not _STT_RE.match(_text(c))), "")
        if len(above) == 1 and grid[first_data - 1].cells.index(above[0]) <= 1 \
                and not _text(above[0]).endswith(":") and continuation_label(label, _text(above[0])) \
                and any(_text(c) for gr in grid[:first_data - 1] for c in gr.cells):
            first_data -= 1
    header = [gr for gr in grid[:first_data] if any(_text(c) for c in gr.cells)]
    body = grid[first_data:]
    model.header_lines = [gr.row.line for gr in header]
    # the label column, and an STT column before it
    label_col, code_col = _label_columns(header, body, width)
    model.label_col, model.code_col = label_col, code_col
    value_idx = [i for i in range(width) if i not in (label_col, code_col)]
    # header rows of a text table written without their stub cell are aligned on the figures
    if layout in ("pipe", "tab", "spaces"):
        header = [_realign_header(gr, value_idx, body, label_col) for gr in header]
    model.grid = [(gr.row.line, list(gr.cells)) for gr in header + body]
    used = [i for i in range(width) if any(_text(gr.cells[i]) for gr in header + body)]
    used_set = set(used)
    columns = [Column(index=i) for i in range(width)]
    if layout == "plain" and header and all(gr.single for gr in header):
        _plain_header(model, header, columns, value_idx)  # the recognition could not place them
    else:
        _cell_header(model, header, columns, value_idx, used_set)
    model.columns = columns
    _rows(model, body, columns)
    _type_columns(model, columns, used_set)
    _hierarchy(model)
    _check_confidence(model, used_set)
    return model


def _label_columns(header: list[_GridRow], body: list[_GridRow], width: int) -> tuple[int, Optional[int]]:
    data = [gr for gr in body if not gr.single]
    if width >= 3 and data:
        first = [_text(gr.cells[0]) for gr in data]
        second = [_text(gr.cells[1]) for gr in data]
        head0 = " ".join(_text(gr.cells[0]) for gr in header)
        marks = all(not s or _STT_RE.match(s) for s in first) and any(first)
        labels = sum(1 for s in second if s and read_value(s).kind == "text")
        if (marks or _CODE_RE.match(head0)) and labels >= max(1, len(data) // 2):
            return 1, 0
    return 0, None


def _realign_header(gr: _GridRow, value_idx: list[int], body: list[_GridRow], label_col: int) -> _GridRow:
    """A header row of a text table written without its stub cell ("| 2010 | 2014 | … |" over
    "Tiểu học | 230 065 | …"): its cells are the headings of the figure columns, in order."""
    filled = [c for c in gr.cells if _text(c)]
    figure_cols = [i for i in value_idx if any(_value(b.cells[i]).is_number for b in body if not b.single)]
    if not filled or len(filled) != len(figure_cols) or len(filled) < 2:
        return gr
    first = _text(gr.cells[label_col])
    if not first or _STUB_RE.match(first) or gr.cells[label_col] is not filled[0]:
        return gr
    if [i for i, c in enumerate(gr.cells) if _text(c)] == figure_cols:
        return gr
    cells: list[Optional[Cell]] = [None] * len(gr.cells)
    for i, c in zip(figure_cols, filled):
        cells[i] = c
    return _GridRow(gr.row, cells, gr.single)


def _cell_header(model: TableModel, header: list[_GridRow], columns: list[Column], value_idx: list[int],
                 used: set[int]) -> None:
    """Column headings from header rows of cells: a cell spans the empty cells right of it
    under which a lower header row has headings (a merged Word cell gives its text to its first
    column); an empty cell under a heading continues it (a vertical merge)."""
    rows = []
    for gr in header:
        texts = [_text(c) for c in gr.cells]
        filled = [i for i, s in enumerate(texts) if s]
        if len(filled) == 1 and filled[0] in (0, model.label_col) and len(used) > 2:
            model.captions.append(texts[filled[0]])  # a caption or unit row over the whole table
            continue
        rows.append(texts)
    if not rows:
        if header or model.layout != "plain":
            model.doubt("không đọc được tiêu đề cột (no column headings)")
        return
    width = len(columns)
    owner: list[list[Optional[tuple[int, int]]]] = []  # (header row, column of the owning cell)
    for r, texts in enumerate(rows):
        below = [any(rows[q][c] for q in range(r + 1, len(rows))) for c in range(width)]
        own: list[Optional[tuple[int, int]]] = [None] * width
        current = None
        for c in range(width):
            if texts[c]:
                current = c
                own[c] = (r, c)
            elif current is not None and below[c] and (r == 0 or owner[r - 1][c] is None
                                                        or owner[r - 1][c] == owner[r - 1][current]):
                own[c] = (r, current)
            else:
                current = None if not below[c] else current
        owner.append(own)
    group_of: dict[tuple[int, int], int] = {}
    for c in range(width):
        path = []
        for r in range(len(rows)):
            o = owner[r][c]
            if o is not None:
                text = rows[o[0]][o[1]]
                if not path or path[-1] != text:
                    path.append(text)
        col = columns[c]
        col.path = tuple(path)
        spans = [owner[r][c] for r in range(len(rows)) if owner[r][c] is not None
                 and sum(1 for cc in range(width) if owner[r][cc] == owner[r][c]) > 1]
        if spans:
            key = spans[0]
            col.group = group_of.setdefault(key, len(group_of))
            col.group_head = rows[key[0]][key[1]]


def _plain_header(model: TableModel, header: list[_GridRow], columns: list[Column], value_idx: list[int]) -> None:
    """Heading lines that the recognition could not place on the columns: say why."""
    lines = [_text(gr.cells[0]) for gr in header]
    placed, reason = place_plain_header(lines, len(value_idx))
    if reason is None and not any(placed):
        reason = "không có tiêu đề cột (no column headings)"
    model.doubt(reason or "tiêu đề không đặt được lên các cột (headings not placed on the columns)")


# --------------------------------------------------------------------------- plain headings
def _tokens(s: str) -> list[tuple[int, int]]:
    out, i, n = [], 0, len(s)
    while i < n:
        while i < n and s[i].isspace():
            i += 1
        j = i
        while j < n and not s[j].isspace():
            j += 1
        if j > i:
            out.append((i, j))
        i = j
    return out


def _group_spans(s: str) -> list[tuple[int, int]]:
    """Where each name of :func:`header_groups` stands in the line."""
    spans, pos = [], 0
    for name in header_groups(s):
        first = name.split()[0]
        a = s.index(first, pos)
        b = a
        for word in name.split():
            b = s.index(word, b) + len(word)
        spans.append((a, b))
        pos = b
    return spans


def _year_cells(s: str, k: int) -> Optional[list[tuple[int, int, int]]]:
    """A year line on the k figure columns: each year ("2018-", "2019", "2018-2019") and each
    run of other words ("Prel.", "Sơ bộ") a cell; a leading run is the stub when there is one
    cell too many, runs go with the next year when there are more; a short lower line ("2023")
    stands under the last columns."""
    toks = _tokens(s)
    cells: list[list[int]] = []  # [start, end, is_year]
    for a, b in toks:
        year = bool(YEAR_RE.search(s[a:b]))
        if not year and cells and not cells[-1][2]:
            cells[-1][1] = b
        else:
            cells.append([a, b, int(year)])
    stub = None
    if len(cells) == k + 1 and not cells[0][2]:
        stub, cells = cells[0], cells[1:]
    if len(cells) > k:
        merged: list[list[int]] = []
        for c in cells:
            if merged and not merged[-1][2] and c[2]:
                merged[-1] = [merged[-1][0], c[1], 1]
            else:
                merged.append(c)
        cells = merged
        if len(cells) == k + 1 and not cells[0][2]:
            stub, cells = cells[0], cells[1:]
    if len(cells) > k:
        return None
    first = k - len(cells) + 1
    out = [(first + i, a, b) for i, (a, b, _) in enumerate(cells)]
    if stub is not None:
        out.insert(0, (0, stub[0], stub[1]))
    return out


def place_plain_header(lines: list[str], k: int) -> tuple[list[Optional[list[tuple[int, int, int]]]], Optional[str]]:
    """Heading lines of a table written without separators, placed on its columns (0 the
    label, 1..k the figures): for each line its cells as (column, start, end), None for a line
    that is a caption over the whole table; and why the lines cannot be placed, if they cannot.

    Year lines give the periods of the columns (a range split over two lines — "2018-" then
    "2019" — stacks, as a merged Word heading does); name lines are split at capitalised words
    (:func:`header_groups`): one line of k (or k + 1, with the stub) names, or a lower line under
    the last columns whose names each higher name spans the same number of. When the lower line
    alone fits, it decides, unless it repeats its names under each higher one ("Tổng % Tổng %");
    a name line above the ones that fit is a caption."""
    out: list[Optional[list[tuple[int, int, int]]]] = [None] * len(lines)
    years = [i for i, s in enumerate(lines) if _is_year_line(s)]
    names = [i for i, s in enumerate(lines) if i not in years and len(header_groups(s)) >= 2]
    for i in years:
        cells = _year_cells(lines[i], k)
        if cells is None:
            return out, "không ghép được các năm với các cột (year headings do not match the columns)"
        out[i] = cells
    if years:
        # over year columns a name line can only be the stub and a caption spanning the years
        for i in names:
            spans = _group_spans(lines[i])
            if len(spans) > 2:
                return out, "tên cột trên các cột năm (column names over year columns)"
            out[i] = [(0, *spans[0])] + ([(1, *spans[1])] if len(spans) == 2 else [])
        return out, None
    if not names:
        return out, None
    single = _place_name_lines([lines[names[-1]]], k)
    double = _place_name_lines([lines[i] for i in names[-2:]], k) if len(names) >= 2 else None
    repeats = len(set(header_groups(lines[names[-1]]))) < len(header_groups(lines[names[-1]]))
    if double is not None and double[1] is None and (single[1] is not None or repeats):
        chosen, used = double[0], names[-2:]
    elif single[1] is None:
        chosen, used = single[0], names[-1:]
    else:
        return out, (double or single)[1]
    for i, cells in zip(used, chosen):
        out[i] = cells
    return out, None


def _place_name_lines(lines: list[str], k: int) -> tuple[list[list[tuple[int, int, int]]], Optional[str]]:
    """One or two name lines on the columns: their cells, or the reason they do not fit."""
    if len(lines) == 1:
        spans = _group_spans(lines[0])
        if len(spans) == k + 1:
            return [[(c, a, b) for c, (a, b) in enumerate(spans)]], None
        if len(spans) == k:
            return [[(c + 1, a, b) for c, (a, b) in enumerate(spans)]], None
        return [], f"tiêu đề có {len(spans)} tên cho {k} cột (headings do not match the columns)"
    top_line, bottom_line = lines
    top, bottom = _group_spans(top_line), _group_spans(bottom_line)
    if len(bottom) > k:
        return [], "dòng tiêu đề dưới dài hơn số cột (lower heading line too long)"
    n_uncovered = k - len(bottom)
    solutions = []
    for stub in (True, False):
        names = top[1:] if stub else top
        m = len(names) - n_uncovered
        if m >= 1 and len(bottom) % m == 0:
            solutions.append((stub, names, m))
    if len(solutions) > 1:
        first = top_line[top[0][0]:top[0][1]]
        solutions = [s for s in solutions if s[0] == bool(_STUB_RE.match(first))]
    if len(solutions) != 1:
        return [], "không xếp được tiêu đề hai dòng lên các cột (two heading lines do not fit the columns)"
    stub, names, m = solutions[0]
    span = len(bottom) // m
    top_cells = [(0, *top[0])] if stub else []
    top_cells += [(1 + i, a, b) for i, (a, b) in enumerate(names[:n_uncovered])]
    top_cells += [(1 + n_uncovered + g * span, a, b) for g, (a, b) in enumerate(names[n_uncovered:])]
    bottom_cells = [(1 + n_uncovered + i, a, b) for i, (a, b) in enumerate(bottom)]
    return [top_cells, bottom_cells], None


def _label_only(gr: _GridRow, label_col: int, code_col: Optional[int], value_idx: list[int]) -> Optional[str]:
    """The text of a row that holds nothing but a label (a section line, or the rest of a
    wrapped label), else None."""
    if gr.single:
        return _text(next((c for c in gr.cells if c is not None), None)) or None
    filled = [i for i, c in enumerate(gr.cells) if _text(c)]
    if len(filled) == 1 and filled[0] in (label_col, code_col):
        return _text(gr.cells[filled[0]])  # a line of its own ("đúng hạn" without tabs) stands in column 1
    if any(_text(gr.cells[i]) for i in value_idx) or (code_col is not None and _text(gr.cells[code_col])):
        return None
    return _text(gr.cells[label_col]) or None


def _wrapped_labels(body: list[_GridRow], label_col: int, code_col: Optional[int],
                    value_idx: list[int]) -> tuple[dict[int, int], dict[int, str]]:
    """Row labels that span two lines (or three), as a table pasted from Word or a PDF writes a
    wrapped cell: the figures on the first line and the rest of the label, with no figures, on
    the next ("Tỷ lệ hồ sơ giải quyết 95,0 …" / "đúng hạn"), or the start of the label alone
    above the line with the figures ("Tỷ lệ hồ sơ giải quyết" / "đúng hạn 95,0 …"). Returns the
    lines that continue another row (grid row -> the row they belong to) and the joined labels."""
    only = [_label_only(gr, label_col, code_col, value_idx) for gr in body]
    blank = [not any(_text(c) for c in gr.cells) for gr in body]
    cont_of: dict[int, int] = {}
    count: dict[int, int] = {}
    before: dict[int, str] = {}
    after: dict[int, list[str]] = {}
    for k in range(1, len(body)):
        if blank[k] or blank[k - 1]:
            continue
        if only[k] is not None:
            owner = cont_of.get(k - 1, k - 1)
            above = only[k - 1] if only[k - 1] is not None else _text(body[k - 1].cells[label_col])
            if not continuation_label(only[k], above):
                continue
            if only[owner] is not None and (only[owner].endswith(":") or owner in cont_of):
                continue  # a heading "Chia ra:" heads rows, its next line is no part of it
            if count.get(owner, 0) >= _MAX_CONTINUATION_LINES:
                continue
            cont_of[k] = owner
            count[owner] = count.get(owner, 0) + 1
            after.setdefault(owner, []).append(only[k])
            continue
        # a data row whose label starts with a small letter, under a line with only a label
        label = _text(body[k].cells[label_col])
        prev = only[k - 1]
        if prev is None or (k - 1) in cont_of or prev.endswith(":") or not continuation_label(label, prev):
            continue
        if not open_label(prev) and (BREAKDOWN_SECTION_RE.match(prev) or _INDEX_BLOCK_RE.search(prev)
                                     or STRUCTURE_RE.search(prev) or COMPLETE_RE.match(prev)):
            continue  # a heading of the rows below ("Phân theo …", "Chỉ số phát triển …")
        cont_of[k - 1] = k
        before[k] = prev
    joined: dict[int, str] = {}
    for k in set(before) | set(after):
        if k in cont_of:
            continue
        own = only[k] if only[k] is not None else _text(body[k].cells[label_col])
        joined[k] = " ".join(([before[k]] if k in before else []) + [own] + after.get(k, []))
    return cont_of, joined


def _rows(model: TableModel, body: list[_GridRow], columns: list[Column]) -> None:
    label_col, code_col = model.label_col, model.code_col
    value_idx = [c.index for c in columns if c.index not in (label_col, code_col)]
    cont_of, joined = _wrapped_labels(body, label_col, code_col, value_idx)
    rows: list[ModelRow] = []
    for k, gr in enumerate(body):
        if k in cont_of:
            text = _text(next((c for c in gr.cells if c is not None and _text(c)), None))
            rows.append(ModelRow(len(rows), gr.row.line, text, "continuation", [Value("empty", "", 0, 0)] * len(columns),
                                 continues=cont_of[k]))
            continue
        if gr.single or not any(_text(c) for c in gr.cells):
            text = joined.get(k) or _text(next((c for c in gr.cells if c is not None), None))
            role = "section" if text else "blank"
            rows.append(ModelRow(len(rows), gr.row.line, text, role, [Value("empty", "", 0, 0)] * len(columns)))
            continue
        cells = [_value(c) for c in gr.cells]
        label = joined.get(k) or _text(gr.cells[label_col])
        vals = [cells[i] for i in value_idx]
        if any(v.is_number for v in vals):
            role = "data"
        elif any(v.kind == "text" for v in vals):
            role = "text"
        elif any(v.kind == "none" for v in vals):
            role = "data"
        else:
            role = "section"
        mr = ModelRow(len(rows), gr.row.line, label, role, cells)
        # the marker of the row: its STT cell, else the start of its label ("- Cấp xã", "a) …")
        marker = _text(gr.cells[code_col]) if code_col is not None else ""
        m = _STT_RE.match(marker) if marker else None
        in_label = False
        if m is None and label:
            m, in_label = _MARKER_RE.match(label), True
        if m is not None:
            style = m.lastgroup
            if style == "roman" and not _ROMAN_OK.match(m.group(style)):
                style = None
            if style:
                mr.marker, mr.marker_style = m.group(style), style
                if in_label:
                    mr.label = label[m.end():].strip() or label
        mr.total = bool(_TOTAL_ROW_RE.match(mr.label))
        rows.append(mr)
    for r in rows:
        if r.continues is not None:
            rows[r.continues].lines.append(r.line)
    model.rows = rows
    # blocks: an index block under "Chỉ số phát triển (Năm trước = 100)", a structure block
    # under "Cơ cấu (%)"; other section rows are groups inside a block
    blocks = [Block(0, len(rows), "values")]
    for r in rows:
        if r.role != "section":
            continue
        kind = "index" if _INDEX_BLOCK_RE.search(r.label) else \
            "structure" if STRUCTURE_RE.search(r.label) and "%" in r.label else ""
        if kind:
            current = blocks[-1]
            if current.kind == kind and not any(x.role == "data" for x in rows[current.start:r.index]):
                continue  # the same heading again (its English line): one block
            current.end = r.index
            blocks.append(Block(r.index, len(rows), kind, r.label))
    model.blocks = [b for b in blocks if b.end > b.start]
    for bi, b in enumerate(model.blocks):
        for r in rows[b.start:b.end]:
            r.block = bi


def _type_columns(model: TableModel, columns: list[Column], used: set[int]) -> None:
    captions = " ".join(model.captions)
    for col in columns:
        if col.index == model.label_col:
            col.type = "label"
            continue
        if col.index == model.code_col:
            col.type = "code"
            continue
        if col.index not in used:
            col.type = "unused"
            continue
        head = " ".join(col.path)
        if col.year is None and col.path:
            found = YEAR_RE.findall(head)
            if 1 <= len(found) <= 2:
                col.year = int(found[-1])
                col.prelim = bool(PRELIM_RE.search(head))
        # the type is read from the rows of value blocks: an index block holds indices in
        # columns whose other rows are counts
        vals = [r.cells[col.index] for r in model.rows
                if r.role == "data" and model.blocks[r.block].kind == "values"]
        nums = [v for v in vals if v.is_number]
        texts = [v for v in vals if v.kind == "text"]
        col.total = bool(col.path and _TOTAL_COL_RE.match(col.path[-1]))
        col.structure = bool(STRUCTURE_RE.search(head))
        col.scaled = bool(_SCALE_RE.search(head) or (not head and _SCALE_RE.search(captions)))
        if texts and len(texts) >= len(nums):
            col.type = "text"
        elif _CODE_RE.match(head):
            col.type = "code"
        elif _RANK_RE.search(head):
            col.type = "rank"
        elif _MEASURE_RE.search(head) and not _PERCENT_RE.search(head):
            col.type = "measure"  # an average, a density, a score: never summed
        elif _YEAR_COL_RE.match(head) or (nums and all(_is_year_token(v.text) for v in nums) and len(nums) >= 2
                                          and not col.year and "năm" in head.lower() and not col.total):
            col.type = "year"
        elif _INDEX_COL_RE.search(head) and (_PERCENT_RE.search(head) or "100" in head or _PREVIOUS_RE.search(head)):
            col.type = "index"
            col.previous = bool(_PREVIOUS_RE.search(head) or "= 100" in head.replace(" =", "="))
        elif _PERCENT_RE.search(head) or col.structure or (nums and sum(v.percent for v in nums) * 2 > len(nums)):
            col.type = "percent"
        elif _AMOUNT_RE.search(head) or col.scaled or any(v.decimals for v in nums) \
                or (not head and (_AMOUNT_RE.search(captions) or _SCALE_RE.search(captions))):
            col.type = "amount"
        elif nums:
            col.type = "count"
        else:
            col.type = "unknown"


def pair_key(label: str) -> Optional[str]:
    m = _PAIR_RE.match(label)
    return " ".join(m.group(1).lower().split()) if m else None


def _hierarchy(model: TableModel) -> None:
    """Parents of rows: a pair "Công lập / Ngoài công lập" (and Nam / Nữ, Thành thị / Nông thôn)
    under the row above it; numbered, lettered and dashed rows under the nearest row of a lower
    rank; marked rows after a "Trong đó:" / "Chia ra:" line under the row before that line; a row
    "Trong đó: X" under the row above. Total rows are parents only of their pairs and "Trong đó"
    rows (what else they cover is decided by their position, see the relations). Blocks and
    unmarked section lines do not share parents."""
    rows = model.rows
    for b in model.blocks:
        stack: list[ModelRow] = []  # candidate parents of marked rows, marker ranks increasing
        last_plain: Optional[ModelRow] = None  # where pairs and "Trong đó: X" rows hang
        group: Optional[tuple[ModelRow, str]] = None  # set by a "Trong đó:" / "Chia ra:" line
        group_style: Optional[str] = None  # the marker of the list's first row: the list's rows
        for r in rows[b.start:b.end]:
            if r.role not in ("data", "section"):
                continue
            label = r.label
            if r.role == "section" and not r.marker_style:
                if PARTIAL_RE.match(label) and not PARTIAL_RE.sub("", label, count=1).strip():
                    group = (last_plain, "partial") if last_plain is not None else None
                    group_style = None
                    continue
                if COMPLETE_RE.match(label) and len(label) <= 30:
                    group = (last_plain, "complete") if last_plain is not None else None
                    group_style = None
                    continue
                stack, last_plain, group = [], None, None  # an unmarked section: a new group of rows
                continue
            if r.total:
                stack, group, last_plain = [], None, r
                continue
            rank = _MARKER_RANK.get(r.marker_style, 0)
            pair = pair_key(label)
            if group is not None:
                style = "pair" if pair else r.marker_style
                if (rank > 0 or pair) and group_style in (None, style):
                    group_style = style
                    r.parent, r.attach = group[0].index, group[1]
                    continue
                # an unmarked row, or one marked otherwise ("2." after "- …"), ends the list
                group, group_style = None, None
            inline = PARTIAL_RE.match(label)
            if inline and inline.end() < len(label) and last_plain is not None:
                r.parent, r.attach = last_plain.index, "partial"
                continue
            if pair is not None:
                if last_plain is not None:
                    r.parent, r.attach = last_plain.index, "pair"
                # a pair with no row above it ("Phân theo giới tính" / Nam / Nữ) hangs under
                # nothing, and its "Nữ" never under its "Nam"
                continue
            if rank > 0:
                while stack and _MARKER_RANK.get(stack[-1].marker_style, 0) >= rank:
                    stack.pop()
                if stack:
                    r.parent = stack[-1].index
                    r.attach = "dash" if r.marker_style in ("dash", "plus") else "numbered"
                stack.append(r)
            else:
                stack = [r]
            last_plain = r
    for r in rows:
        d, p = 0, r.parent
        while p is not None and d < 64:
            d, p = d + 1, rows[p].parent
        r.depth = d


def _check_confidence(model: TableModel, used: set[int]) -> None:
    values = [c for c in model.columns if c.index in used and c.index not in (model.label_col, model.code_col)]
    if not values:
        model.doubt("không có cột số liệu (no figure column)")
    unnamed = [c for c in values if not c.path and c.year is None]
    if unnamed:
        model.doubt("cột không có tiêu đề: " + ", ".join(str(c.index + 1) for c in unnamed)
                    + " (columns without a heading)")
    if model.layout == "plain" and not model.header_lines:
        model.doubt("không có dòng tiêu đề (no heading line)")
    if model.layout == "plain":
        # headings placed on the columns by counting words: a column of "48,6%" cells under a
        # heading that names no share means the count went wrong
        for c in values:
            nums = [r.cells[c.index] for r in model.rows if r.role == "data" and r.cells[c.index].is_number
                    and model.blocks[r.block].kind == "values"]
            head = " ".join(c.path)
            if nums and sum(v.percent for v in nums) * 2 > len(nums) and c.path and not (
                    _PERCENT_RE.search(head) or _INDEX_COL_RE.search(head) or STRUCTURE_RE.search(head)):
                model.doubt(f"cột {c.index + 1} có tỷ lệ % dưới tiêu đề '{c.name}' (headings misplaced)")


# ----------------------------------------------------------------------------- rendering
def describe(model: TableModel) -> list[str]:
    """How a table was understood, for ``draftcheck extract``: header rows, column types,
    which row is a total of which, and "not confident" with the reasons."""
    t = model.table
    last = max((r.line for r in model.rows), default=t.line)
    state = "đọc được (confident)" if model.confident else \
        "KHÔNG CHẮC CHẮN (not confident): " + "; ".join(model.reasons)
    out = [f"Bảng {model.number} (table {model.number}), dòng {t.line}–{last}, {model.layout}: {state}"]
    if model.header_lines:
        out.append("  tiêu đề (header rows): dòng " + ", ".join(str(n) for n in model.header_lines))
    if model.captions:
        out.append("  chú thích (captions): " + " | ".join(model.captions))
    cols = []
    for c in model.columns:
        if c.type == "unused":
            continue
        extra = []
        if c.total:
            extra.append("total")
        if c.structure:
            extra.append("structure")
        if c.year is not None:
            extra.append(f"year {c.year}" + (" prel." if c.prelim else ""))
        if c.group is not None:
            extra.append(f"under '{c.group_head}'")
        cols.append(f"{c.index + 1} '{c.name}' {c.type}" + (f" ({', '.join(extra)})" if extra else ""))
    out.append("  cột (columns): " + " | ".join(cols))
    for b in model.blocks:
        if b.kind != "values":
            out.append(f"  khối (block) {b.kind}: dòng {model.rows[b.start].line}–{model.rows[b.end - 1].line}"
                       + (f" '{b.head}'" if b.head else ""))
    kids: dict[int, list[ModelRow]] = {}
    for r in model.rows:
        if r.parent is not None:
            kids.setdefault(r.parent, []).append(r)
    for r in model.rows:
        if r.role not in ("data", "section"):
            continue
        what = "total" if r.total else r.role
        desc = f"  dòng {r.line} '{r.label}' {what}"
        if r.lines:
            desc += " (nhãn trên các dòng / label over lines " + ", ".join(str(x) for x in sorted([r.line] + r.lines)) + ")"
        if r.total and r.role == "data":
            groups = model.breakdowns(r)
            desc += (" of " + " | ".join(", ".join(str(x.line) for x in g) for g in groups)) if groups else \
                " (covers no rows it can be checked against)"
        if r.parent is not None:
            desc += f", {r.attach} of dòng {model.rows[r.parent].line}"
        if r.index in kids:
            desc += ", parts: " + ", ".join(str(k.line) for k in kids[r.index])
        out.append(desc)
    return out
