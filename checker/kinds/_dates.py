"""Helpers shared by the date and citation kinds: the report date, the report period named
in the title, period bounds, plan context (a ``phương hướng`` section or cue words), and
the dates that belong to citations."""
from __future__ import annotations

import bisect
import calendar
import re
from datetime import date
from typing import Iterable, Optional

from .. import extract
from ..extract.date_tokens import find_place_date
from ..model import Block, DateToken, Document, Heading, Paragraph, PeriodToken

# a standalone document-type line above the title ("BÁO CÁO", "THÔNG BÁO", ...)
TYPE_LINE_RE = re.compile(r"^\W*(BÁO CÁO|THÔNG BÁO|KẾ HOẠCH|TỜ TRÌNH|CHƯƠNG TRÌNH|ĐỀ ÁN)\W*$")
_SENT_END = re.compile(r"[.!?](?=\s+[\"“(]?[A-ZĐÀ-Ỹ0-9])|\n")


def as_date(d: DateToken, year: Optional[int] = None, end_of_month: bool = False) -> Optional[date]:
    """The calendar date of a token (the first or last day of the month for "tháng M/Y")."""
    y = d.year or year
    if not y or not d.valid or not 1 <= d.month <= 12:
        return None
    if d.day is None:
        return date(y, d.month, calendar.monthrange(y, d.month)[1] if end_of_month else 1)
    try:
        return date(y, d.month, d.day)
    except ValueError:
        return None


def fmt(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def period_bounds(p: PeriodToken, default_year: Optional[int] = None) -> Optional[tuple[date, date]]:
    """First and last day of a period; None when its year is unknown or it has no fixed end."""
    y = p.year or default_year
    if not y:
        return None
    if p.kind == "quarter" and p.quarter:
        m1, m2 = 3 * p.quarter - 2, 3 * p.quarter
        return date(y, m1, 1), date(y, m2, calendar.monthrange(y, m2)[1])
    if p.kind == "months" and p.months:
        if "cuối" in p.text.lower():
            return date(y, 13 - p.months, 1), date(y, 12, 31)
        return date(y, 1, 1), date(y, p.months, calendar.monthrange(y, p.months)[1])
    if p.kind == "year":
        return date(y, 1, 1), date(y, 12, 31)
    if p.kind == "range" and p.end_year:
        return date(p.year, 1, 1), date(p.end_year, 12, 31)
    return None


def report_date(doc: Document, ctx) -> tuple[Optional[date], str, Optional[DateToken]]:
    """The date of the report: its place-and-date line, else ``--report-date``; with where it
    comes from ("dòng 4" / "--report-date") and the token of the line when there is one."""
    tok = find_place_date(doc)
    if tok is not None and tok.valid:
        d = as_date(tok)
        if d:
            return d, f"dòng {tok.span.line}", tok
    if ctx.report_date is not None:
        rd = ctx.report_date
        rd = rd.date() if hasattr(rd, "date") and callable(rd.date) else rd
        return rd, "--report-date", None
    return None, "", None


def title_span(doc: Document) -> Optional[tuple[int, int]]:
    """The trích yếu: the text after a standalone "BÁO CÁO" (or other type) line — the rest of
    its block, else the next block."""
    cache = doc.meta.setdefault("_cache", {})
    if "title_span" in cache:
        return cache["title_span"]
    result = None
    blocks = doc.blocks
    for i, b in enumerate(blocks[:40]):
        if not isinstance(b, (Paragraph, Heading)):
            continue
        first, _, rest = b.text.partition("\n")
        if not TYPE_LINE_RE.match(first.strip()):
            continue
        if rest.strip():
            result = (b.start + len(first) + 1, b.end)
        else:
            for nb in blocks[i + 1:i + 3]:
                if isinstance(nb, (Paragraph, Heading)) and nb.text.strip():
                    result = (nb.start, nb.end)
                    break
        break
    cache["title_span"] = result
    return result


def title_period(doc: Document) -> Optional[tuple[PeriodToken, date, date]]:
    """The report period named in the title, with its bounds (the one ending last when the
    title names several: "tháng 9 và quý III/2021"). None when there is no title or the
    year of the period is unknown."""
    cache = doc.meta.setdefault("_cache", {})
    if "title_period" in cache:
        return cache["title_period"]
    result = None
    tb = title_span(doc)
    if tb is not None:
        years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", doc.text[tb[0]:tb[1]])]
        default_year = years[0] if len(set(years)) == 1 else None
        best = None
        for p in extract.periods(doc):
            if not tb[0] <= p.start < tb[1] or p.kind not in ("quarter", "months", "year"):
                continue
            bounds = period_bounds(p, default_year)
            if bounds and (best is None or bounds[1] > best[2]):
                best = (p, *bounds)
        result = best
    cache["title_period"] = result
    return result


def in_title(doc: Document, offset: int) -> bool:
    tb = title_span(doc)
    return tb is not None and tb[0] <= offset < tb[1]


def block_at(doc: Document, offset: int) -> Optional[Block]:
    """The block containing ``offset`` (blocks are in text order: a bisection, not a scan)."""
    cache = doc.meta.setdefault("_cache", {})
    starts = cache.get("block_starts")
    if starts is None:
        starts = cache["block_starts"] = [b.start for b in doc.blocks]
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and doc.blocks[i].start <= offset < doc.blocks[i].end:
        return doc.blocks[i]
    return None


def sentence_at(doc: Document, offset: int) -> tuple[int, int]:
    """Bounds of the sentence around ``offset`` inside its block."""
    b = block_at(doc, offset)
    if b is None:
        return offset, offset
    text = doc.text[b.start:b.end]
    rel = offset - b.start
    s, e = 0, len(text)
    for m in _SENT_END.finditer(text):
        if m.end() <= rel:
            s = m.end()
        elif m.start() >= rel:
            e = m.start()
            break
    return b.start + s, b.start + e


def compile_cues(cues: Iterable[str]) -> Optional[re.Pattern]:
    cues = [c for c in cues if c.strip()]
    if not cues:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(cues) + r")(?!\w)", re.IGNORECASE)


def section_titles(doc: Document, offset: int) -> list[str]:
    """Titles of the headings that enclose ``offset`` (outermost first)."""
    cache = doc.meta.setdefault("_cache", {})
    outline = cache.get("section_stacks")
    if outline is None:
        # the enclosing headings after each heading, computed once: a lookup is a bisection
        starts, stacks, stack = [], [], []
        for h in doc.headings:
            while stack and stack[-1].level >= h.level:
                stack.pop()
            stack.append(h)
            starts.append(h.start)
            stacks.append([x.title or x.text for x in stack])
        outline = cache["section_stacks"] = (starts, stacks)
    starts, stacks = outline
    i = bisect.bisect_right(starts, offset)
    return list(stacks[i - 1]) if i else []


def in_plan(doc: Document, offset: int, sentence_cues: Optional[re.Pattern],
            section_cues: Optional[re.Pattern]) -> bool:
    """A date in a plan: its sentence has a cue word (dự kiến, sẽ, kế hoạch...) or it sits in a
    section whose heading is a plan heading (phương hướng, nhiệm vụ thời gian tới...)."""
    if sentence_cues is not None:
        s, e = sentence_at(doc, offset)
        if sentence_cues.search(doc.text, s, e):
            return True
    if section_cues is not None:
        for t in section_titles(doc, offset):
            if section_cues.search(t):
                return True
    return False


class SpanSet:
    """Spans; ``overlaps(s, e)`` by bisection over the starts and a running maximum of the ends."""

    __slots__ = ("starts", "maxend")

    def __init__(self, spans: Iterable[tuple[int, int]]):
        self.starts, self.maxend = [], []
        for a, b in sorted(spans):
            self.starts.append(a)
            self.maxend.append(max(b, self.maxend[-1]) if self.maxend else b)

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect.bisect_left(self.starts, e)  # the spans that start before e
        return i > 0 and self.maxend[i - 1] > s


def citation_date_spans(doc: Document) -> SpanSet:
    return SpanSet((c.date.start, c.date.end) for c in extract.citations(doc) if c.date is not None)


def overlaps(spans, s: int, e: int) -> bool:
    if isinstance(spans, SpanSet):
        return spans.overlaps(s, e)
    return any(s < b and a < e for a, b in spans)


def where(doc: Document, offset: int) -> int:
    return doc.line_of(offset)


def prose_dates(doc: Document) -> list[DateToken]:
    """Date tokens of prose and tables, without the place-and-date line itself."""
    pd = find_place_date(doc)
    out = []
    for d in extract.dates(doc):
        if pd is not None and pd.start <= d.start < pd.end:
            continue
        out.append(d)
    return out


__all__ = ["as_date", "fmt", "period_bounds", "report_date", "title_span", "title_period", "in_title",
           "sentence_at", "compile_cues", "in_plan", "citation_date_spans", "overlaps", "where",
           "prose_dates"]
