"""The document model: plain frozen dataclasses shared by every layer.

Nothing here imports click, rich or pyparsing. Offsets (``start``/``end``) index the
NFC-normalised text (``Document.text``); a :class:`Span` gives 1-based line/column
positions in the text *as read* (before normalisation), so reporters can quote the
user's own file.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import field
from decimal import Decimal
from typing import Any, Iterator, Optional

from .records import record

_NEWLINE = re.compile("\n")  # line starts by a C-level scan, not a Python loop per character


@record(frozen=True, slots=True)
class Span:
    """1-based line and column of the first character, and of the character after the last."""

    line: int
    column: int
    end_line: int
    end_column: int


# --------------------------------------------------------------------------- tokens
@record(frozen=True, slots=True)
class NumberToken:
    """A number as written in the Vietnamese locale, with its exact value."""

    value: Decimal
    text: str  # the digits as written, e.g. "1.644", "30,73"
    decimals: int  # digits after the decimal comma (trailing zeros count)
    start: int
    end: int  # end of the number (plus "%" when a percentage)
    span: Span
    percent: bool = False
    unit: str = ""  # noun or unit after the number ("hồ sơ", "TTHC", "tỷ đồng", "%")
    scale: Decimal = Decimal(1)  # multiplier of a scale word (nghìn, triệu, tỷ, nghìn tỷ)
    approx: str = ""  # the approximation cue before it ("khoảng", "hơn", ...), if any
    denominator: Optional["NumberToken"] = None  # for "677/2203": the 2203
    leading_zero: bool = False
    # how the figure was read: "vi" (1.644 / 30,73), "intl" (1,250,000 / 30.73%: unambiguous
    # international format), "ambiguous" ("1,250": 1,25 or 1.250, and nothing in the document
    # tells which) — an ambiguous figure is not judged by any arithmetic kind
    number_format: str = "vi"
    # an estimate ("ước đạt 1.250"): exact as written for every relation, but not a final figure
    estimate: bool = False

    @property
    def is_count(self) -> bool:
        """A count of discrete things: exact, no decimals, not a percentage, not scaled."""
        return not self.percent and self.decimals == 0 and self.scale == 1

    @property
    def half_unit(self) -> Decimal:
        """Half of the last written digit: the rounding tolerance of this number."""
        if self.is_count:
            return Decimal(0)
        return Decimal(5) * Decimal(10) ** (-(self.decimals + 1))


@record(frozen=True, slots=True)
class DateToken:
    """A calendar date as written; ``valid`` is False for dates such as 31/02/2020."""

    day: Optional[int]
    month: int
    year: Optional[int]
    text: str
    start: int
    end: int
    span: Span
    form: str  # "long" (ngày D tháng M năm Y), "slash" (D/M/Y), "month" (tháng M/Y), "daymonth"
    valid: bool = True
    weekday: Optional[str] = None  # "thứ Hai" ... "Chủ nhật" written next to it
    weekday_start: int = -1
    weekday_end: int = -1


@record(frozen=True, slots=True)
class PeriodToken:
    """A reporting period: quý I/2020, 6 tháng đầu năm 2022, năm 2022, giai đoạn 2011-2020."""

    kind: str  # "quarter", "months", "year", "range", "month"
    text: str
    start: int
    end: int
    span: Span
    year: Optional[int] = None
    quarter: Optional[int] = None
    months: Optional[int] = None  # the N of "N tháng đầu năm"
    end_year: Optional[int] = None


@record(frozen=True, slots=True)
class CodeToken:
    """A document number and code: 424/KH-UBND, 32/2020/NĐ-CP, 30c/NQ-CP."""

    number: str
    year: Optional[int]
    code: str  # "KH-UBND", "NĐ-CP"
    text: str
    start: int
    end: int
    span: Span
    malformed: str = ""  # why the code is malformed, empty when well formed

    @property
    def type_code(self) -> str:
        return self.code.split("-")[0] if "-" in self.code else ""

    @property
    def key(self) -> str:
        """Identity of the document independent of spacing: number[/year]/code."""
        y = f"/{self.year}" if self.year else ""
        return f"{self.number.lstrip('0') or '0'}{y}/{self.code.replace(' ', '')}"


# --------------------------------------------------------------------------- blocks
@record(frozen=True, slots=True)
class Block:
    """A piece of the document body. ``text`` is NFC; ``start``/``end`` index ``Document.text``."""

    text: str
    start: int
    end: int
    line: int  # 1-based line (as read) where the block starts

    kind = "block"


@record(frozen=True, slots=True)
class Paragraph(Block):
    kind = "paragraph"


@record(frozen=True, slots=True)
class Heading(Block):
    """A numbered heading: ``label`` as written ("II", "5.2", "đ"), ``style`` of numbering."""

    label: str = ""
    style: str = ""  # "roman", "arabic", "decimal", "letter"
    level: int = 1
    title: str = ""
    kind = "heading"


@record(frozen=True, slots=True)
class ListItem(Block):
    marker: str = "-"  # "-" or "+"
    kind = "list_item"


@record(frozen=True, slots=True)
class Cell:
    text: str
    start: int
    end: int
    column: int  # 0-based column index in its row


@record(frozen=True, slots=True)
class Row:
    cells: tuple[Cell, ...]
    line: int
    start: int
    end: int


@record(frozen=True, slots=True)
class Table(Block):
    rows: tuple[Row, ...] = ()
    # how the text wrote it: "tab", "pipe", "spaces" (aligned with runs of spaces), "plain"
    # (label then figures separated by single spaces); "" when not said
    layout: str = ""
    kind = "table"


@record(frozen=True, slots=True)
class Recipients(Block):
    """The "Nơi nhận:" block with its "-" items."""

    kind = "recipients"

    @property
    def items(self) -> list[str]:
        return [ln.strip() for ln in self.text.split("\n")[1:] if ln.strip()]


@record(frozen=True, slots=True)
class Signature(Block):
    """The signer block after Nơi nhận: optional authority prefix, title, name."""

    kind = "signature"

    @property
    def lines(self) -> list[str]:
        return [ln.strip() for ln in self.text.split("\n") if ln.strip()]


@record(frozen=True, slots=True)
class Directive(Block):
    """An HTML comment such as ``<!-- expect: AR001 -->`` or a suppression."""

    body: str = ""
    kind = "directive"


# --------------------------------------------------------------------------- document
@record
class Document:
    """A draft: its text (NFC), the text as read, and the blocks in order.

    ``offsets[i]`` is the offset in ``source`` of character ``i`` of ``text``; it has
    ``len(text) + 1`` entries so an end offset maps too.
    """

    path: str
    source: str
    text: str
    offsets: list[int]
    blocks: list[Block] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)  # reader facts: encoding, docx locations...
    _line_starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._line_starts = [0, *(m.end() for m in _NEWLINE.finditer(self.source))]

    def __getstate__(self) -> dict:
        # the extraction cache (tokens, regex matches) is derived data: a pickled document
        # (a report sent back from a worker process) carries its text, not its cache
        state = dict(self.__dict__)
        if "_cache" in self.meta:
            state["meta"] = {k: v for k, v in self.meta.items() if k != "_cache"}
        return state

    # -- positions
    def _line_col(self, src_offset: int) -> tuple[int, int]:
        idx = bisect.bisect_right(self._line_starts, src_offset) - 1
        return idx + 1, src_offset - self._line_starts[idx] + 1

    def span(self, start: int, end: int) -> Span:
        """The span, in the text as read, of ``text[start:end]``."""
        n = len(self.text)
        if not 0 <= start <= end <= n:  # clamped; the usual span is inside the text
            start = max(0, min(start, n))
            end = max(start, min(end, n))
        s = self.offsets[start]
        e = self.offsets[end]
        starts = self._line_starts  # inlined _line_col: every token of the text asks
        i = bisect.bisect_right(starts, s) - 1
        line, col = i + 1, s - starts[i] + 1
        if end > start and e > s:
            # end position = just after the last character
            j = bisect.bisect_right(starts, e - 1, i) - 1
            return Span(line, col, j + 1, e - starts[j] + 1)
        return Span(line, col, line, col)

    def line_of(self, offset: int) -> int:
        offset = max(0, min(offset, len(self.text)))
        return bisect.bisect_right(self._line_starts, self.offsets[offset])

    def source_line(self, line: int) -> str:
        """Line ``line`` (1-based) of the text as read, without its newline."""
        if line < 1 or line > len(self._line_starts):
            return ""
        s = self._line_starts[line - 1]
        e = self._line_starts[line] - 1 if line < len(self._line_starts) else len(self.source)
        return self.source[s:e].rstrip("\r")

    @property
    def line_count(self) -> int:
        return len(self._line_starts)

    # -- blocks
    def iter_blocks(self, *kinds: type) -> Iterator[Block]:
        for b in self.blocks:
            if not kinds or isinstance(b, kinds):
                yield b

    @property
    def headings(self) -> list[Heading]:
        return [b for b in self.blocks if isinstance(b, Heading)]

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    # -- where a position is, in the reader's terms (a .docx: meta["docx_locations"])
    def word_location(self, line: int, column: int | None = None) -> Optional[dict]:
        """Where line ``line`` (column ``column``) came from in the Word file, or None (a text
        input, a blank line). See :func:`word_location_at`."""
        locations = self.meta.get("docx_locations")
        return word_location_at(locations, line, column) if locations else None

    def heading_path(self, offset: int) -> tuple[str, ...]:
        """The labels of the headings ``offset`` stands under, outermost first: ``("II", "2",
        "c)")``; a Markdown heading gives its title. Labels as written (the numbering a .docx
        draws is in the text the reader rendered)."""
        cache = self.meta.setdefault("_cache", {})
        paths = cache.get("heading_paths")
        if paths is None:  # every heading's path, worked out once in one pass over the headings
            paths, stack = [], []
            for h in self.headings:
                while stack and stack[-1].level >= h.level:
                    stack.pop()
                stack.append(h)
                paths.append((h.start, tuple((x.label + (")" if x.style == "letter" else "")) if x.label
                                             else x.title[:60] for x in stack)))
            cache["heading_paths"] = paths
        i = bisect.bisect_right(paths, (offset, (chr(0x10FFFF),))) - 1
        return paths[i][1] if i >= 0 else ()


def word_location_at(locations: dict, line: int, column: int | None = None) -> Optional[dict]:
    """Where line ``line`` (column ``column``) of a .docx rendering came from, or None. On a
    data-table row the column picks the cell; without a column only the row is given.
    Keys starting with "_" are the reader's own (the row's text) and are left out."""
    loc = locations.get(line)
    if loc is None:
        return None
    out = {k: v for k, v in loc.items() if not k.startswith("_")}
    row_text = loc.get("_line")  # a data-table row: its cells are the tab-separated fields, in grid order
    if row_text is not None and column is not None:
        starts = loc.get("_cols")
        if starts is None:  # where each cell starts (1-based), worked out once for the row
            from array import array
            from itertools import accumulate

            fields = row_text.split("\t")
            starts = loc["_cols"] = array("l", accumulate(map((1).__add__, map(len, fields[:-1])), initial=1))
        out["cell"] = max(0, bisect.bisect_right(starts, column) - 1) + 1
    return out


def heading_path_text(path: tuple[str, ...] | list[str]) -> str:
    """``("II", "2", "c)")`` as a reader writes it: the roman section and the deepest number
    under it joined by a dot (a "2.1" carries its parent "2"), then each lettered item or
    titled heading after " › ": ``II.2 › c)``, ``II.2.1 › a)``."""
    out: list[str] = []
    group: list[str] = []  # the numbers of the current run: [roman?, deepest arabic or decimal]

    def flush() -> None:
        if group:
            out.append(".".join(group))
            group.clear()

    for label in path:
        number = label.rstrip(".")
        if number and set(number) <= set("IVXLCDM"):
            flush()
            group.append(number)
        elif number and number.replace(".", "").isdigit():
            if group and set(group[0]) <= set("IVXLCDM"):
                del group[1:]
            else:
                group.clear()
            group.append(number)
        else:
            flush()
            out.append(label)
    flush()
    return " › ".join(out)


# --------------------------------------------------------------------------- findings
SEVERITIES = ("info", "warning", "error")
SEVERITY_RANK = {"info": 1, "warning": 2, "error": 3}
CATEGORIES = ("arithmetic", "date", "citation", "structure", "style")


@record(frozen=True, slots=True)
class Finding:
    code: str
    name: str
    category: str
    severity: str
    message: str
    span: Span
    excerpt: str
    suggestion: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    path: str = ""

    def sort_key(self) -> tuple:
        return (self.span.line, self.span.column, self.code, self.message)
