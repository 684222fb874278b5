"""Date kinds besides the calendar check (``date_valid``).

## What it does
Checks dates against each other and against the report: ranges, weekdays, the report date,
the report period of the title, the NĐ 30 date line and the consistency of written forms.

## Why is this bad?
A reversed range, a wrong weekday or a result dated after the report shows a mistyped date
that sends the reader to the wrong day, or a report copied from another period.

## Example
``Từ ngày 15/4/2020 đến ngày 01/4/2020``; ``Thứ Ba, ngày 06/4/2020`` (a Monday); a report on
``quý I/2020`` closing with ``Trên đây là báo cáo … 6 tháng đầu năm 2020``.

Kinds:

* ``date_range`` — ``từ X đến Y`` where Y comes before X (a day-month takes its year from the
  other end of the range, never producing a reversal by itself).
* ``weekday`` — ``thứ Hai, ngày 06/4/2020`` where the weekday is not that date's.
* ``date_after_report`` — a date, outside plans, after the report date (its place-and-date
  line, else ``--report-date``).
* ``date_after_period`` — a result dated after the end of the period named in the title.
* ``title_period`` — a period in the body that runs past the period named in the title.
* ``date_line_zeros`` — NĐ 30 leading zeros on the place-and-date line.
* ``date_padding_mix`` — one document writing the same month both ``08`` and ``8``.

Each finding quotes both dates (or both periods) and the line of each.
"""
from __future__ import annotations

import bisect
import re
from datetime import date
from typing import Iterable

from ..records import record
from .. import extract
from ..extract.date_tokens import find_place_date
from ..model import DateToken, Document
from . import Context, Hit, Kind, register
from ._dates import (as_date, citation_date_spans, compile_cues, fmt, in_plan, in_title, overlaps, title_span,
                     period_bounds, prose_dates, report_date, title_period)

WEEKDAYS_VI = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
_WD_INDEX = {"hai": 0, "2": 0, "ba": 1, "3": 1, "tư": 2, "4": 2, "năm": 3, "5": 3, "sáu": 4, "6": 4,
             "bảy": 5, "7": 5}

DEFAULT_PLAN_CUES = ["dự kiến", "sẽ", "kế hoạch", "phấn đấu", "chuẩn bị", "thời gian tới", "sắp tới",
                     "dự thảo", "đề nghị", "đề xuất", "chỉ tiêu", "tiếp tục", "thời hạn", "hạn chót", "chậm nhất",
                     "trước ngày", "hiệu lực", "áp dụng từ"]
DEFAULT_PLAN_SECTIONS = ["phương hướng", "nhiệm vụ trọng tâm", "thời gian tới", "thời gian tiếp theo",
                         "nhiệm vụ.{0,40}(?:quý|tháng|năm|kỳ) (?:tới|sau|tiếp theo)", "kế hoạch.{0,40}(?:tới|tiếp theo)",
                         "đề xuất", "kiến nghị"]


def weekday_index(text: str) -> int | None:
    t = " ".join(text.lower().split())
    if t.startswith("chủ"):
        return 6
    return _WD_INDEX.get(t.split()[-1]) if t.startswith("thứ") else None


def _line(doc: Document, offset: int) -> int:
    return doc.line_of(offset)


def bare(text: str) -> str:
    """A date as written, without its leading "ngày" (the messages say it already)."""
    return re.sub(r"^(?i:ngày)\s+(?=\d)", "", text)


# ----------------------------------------------------------------------------- ranges
_RANGE_GAP = re.compile(r"\A\s*(?:(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?|[-–]\s*(?:ngày\s+)?)\Z", re.IGNORECASE)
_RANGE_FROM = re.compile(r"(?:từ|kể\s+từ)[ \t]{0,3}\Z", re.IGNORECASE)


@register("date_range")
class DateRange(Kind):
    """``từ X đến Y`` with Y before X."""

    placeholders = frozenset({"first", "first_line", "second", "second_line"})

    Params = Kind.Params  # no parameters

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        dates = extract.dates(doc)
        for a, b in zip(dates, dates[1:]):
            if b.start - a.end > 40 or not a.valid or not b.valid:
                continue
            gap = doc.text[a.end:b.start]
            if not _RANGE_GAP.fullmatch(gap):
                continue
            dash = not re.search(r"đến|tới", gap, re.IGNORECASE)
            before = doc.text[max(0, a.start - 12):a.start]
            if dash and not (_RANGE_FROM.search(before) or (a.year and b.year)):
                continue
            first, second = self._resolve(a, b)
            if first is None or second is None or second >= first:
                continue
            yield Hit(a.start, b.end, {
                "first": bare(a.text), "first_line": _line(doc, a.start),
                "second": bare(b.text), "second_line": _line(doc, b.start),
            }, data={"first": fmt(first), "second": fmt(second)})

    @staticmethod
    def _resolve(a: DateToken, b: DateToken) -> tuple[date | None, date | None]:
        """Both ends as dates; a missing year is borrowed so that the range runs forward."""
        if a.year is None and b.year is None:
            return None, None
        if a.year is None:
            sb = as_date(b, end_of_month=True)
            fa = as_date(a, b.year)
            if fa is not None and sb is not None and fa > sb:
                fa = as_date(a, b.year - 1)
            return fa, sb
        fa = as_date(a)
        if b.year is None:
            sb = as_date(b, a.year, end_of_month=True)
            if fa is not None and sb is not None and sb < fa:
                sb = as_date(b, a.year + 1, end_of_month=True)
            return fa, sb
        return fa, as_date(b, end_of_month=True)


# ----------------------------------------------------------------------------- weekday
@register("weekday")
class WeekdayMismatch(Kind):
    """A weekday written next to a date that falls on another day."""

    placeholders = frozenset({"weekday", "date", "right", "line"})

    Params = Kind.Params  # no parameters

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        for d in extract.dates(doc):
            if not d.weekday or d.day is None or d.year is None or not d.valid:
                continue
            wi = weekday_index(d.weekday)
            real = as_date(d)
            if wi is None or real is None or real.weekday() == wi:
                continue
            right = WEEKDAYS_VI[real.weekday()]
            s, e = min(d.start, d.weekday_start), max(d.end, d.weekday_end)
            yield Hit(s, e, {"weekday": d.weekday, "date": bare(d.text), "right": right, "line": _line(doc, d.start)},
                      data={"date": fmt(real), "written": d.weekday, "right": right})


# ----------------------------------------------------------------------------- after the report
@record(frozen=True)
class _PlanParams:
    plan_cues: list[str] = None  # type: ignore[assignment]
    plan_sections: list[str] = None  # type: ignore[assignment]
    cutoff_cues: list[str] = None  # type: ignore[assignment]


class _PlanAware(Kind):
    def __init__(self, params):
        super().__init__(params)
        p = params
        self.sentence_cues = compile_cues(p.plan_cues if p.plan_cues is not None else DEFAULT_PLAN_CUES)
        self.section_cues = compile_cues(p.plan_sections if p.plan_sections is not None else DEFAULT_PLAN_SECTIONS)
        self.cutoff_cues = compile_cues(p.cutoff_cues or [])

    def is_plan(self, doc: Document, offset: int) -> bool:
        return in_plan(doc, offset, self.sentence_cues, self.section_cues)

    def candidates(self, doc: Document) -> Iterable[DateToken]:
        """Dates stating a fact: not a cited document's date, not in a plan, not in the title,
        not above it. What stands above the title is the header (number, place and date, which
        *is* the report date) or what a web page or a pasted form put before the document
        ("Thứ 7, Ngày 26/10/2024" of a portal): neither states a fact of the report."""
        cited = citation_date_spans(doc)
        title = title_span(doc)
        head_end = title[0] if title is not None else 0
        for d in prose_dates(doc):
            if not d.valid or d.year is None or overlaps(cited, d.start, d.end) or in_title(doc, d.start):
                continue
            if d.start < head_end:
                continue
            if self.is_plan(doc, d.start):
                continue
            if self.cutoff_cues is not None:
                from ._dates import sentence_at

                s, e = sentence_at(doc, d.start)
                if self.cutoff_cues.search(doc.text, s, e):
                    continue
            yield d


@register("date_after_report")
class DateAfterReport(_PlanAware):
    placeholders = frozenset({"date", "line", "report_date", "report_where"})

    Params = _PlanParams

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        rd, where, _ = report_date(doc, ctx)
        if rd is None:
            return
        for d in self.candidates(doc):
            first = as_date(d)  # the first day of "tháng 5/2020": the whole month lies ahead
            if first is None or first <= rd:
                continue
            yield Hit(d.start, d.end, {"date": bare(d.text), "line": _line(doc, d.start), "report_date": fmt(rd),
                                       "report_where": where},
                      data={"date": fmt(first), "report_date": fmt(rd), "report_where": where})


@register("date_after_period")
class DateAfterPeriod(_PlanAware):
    placeholders = frozenset({"date", "line", "period", "period_line", "period_end"})

    Params = _PlanParams

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        tp = title_period(doc)
        if tp is None:
            return
        period, _, end = tp
        end = _declared_end(doc, period, end)
        rd, _, _ = report_date(doc, ctx)
        for d in self.candidates(doc):
            first = as_date(d)
            if first is None or first <= end or (rd is not None and first > rd):
                continue  # after the report date: DT004's finding, not a second one
            yield Hit(d.start, d.end, {"date": bare(d.text), "line": _line(doc, d.start), "period": period.text,
                                       "period_line": period.span.line, "period_end": fmt(end)},
                      data={"date": fmt(first), "period": period.text, "period_end": fmt(end)})


def _declared_end(doc: Document, period, end: date) -> date:
    """A period may be defined in the text ("quý I năm 2020 (tính từ 1/12/2019 đến 29/2/2020)"):
    the latest explicit end of a range written right after a mention of the same period."""
    dates = sorted(extract.dates(doc), key=lambda d: d.start)
    starts = [d.start for d in dates]
    for p in extract.periods(doc):
        if p.kind != period.kind or p.quarter != period.quarter or p.months != period.months:
            continue
        following = dates[bisect.bisect_left(starts, p.end):bisect.bisect_right(starts, p.end + 60)]
        for d in following[1:2]:
            dd = as_date(d, end_of_month=True)
            if dd and dd > end:
                end = dd
    return end


# ----------------------------------------------------------------------------- title period
@register("title_period")
class TitlePeriod(_PlanAware):
    """A period in the body that ends after the period named in the title."""

    placeholders = frozenset({"title_period", "title_line", "period", "line"})

    @record(frozen=True, eq=False)
    class Params(_PlanParams):
        kinds: list[str] = ("quarter", "months")  # type: ignore[assignment]

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        tp = title_period(doc)
        if tp is None:
            return
        title, _, tend = tp
        for p in extract.periods(doc):
            if p.kind not in self.params.kinds or in_title(doc, p.start) or p.start < title.end:
                continue
            if p.year is not None and p.year != title.year and title.year is not None and p.year < title.year:
                continue
            bounds = period_bounds(p, p.year or title.year)
            if bounds is None or bounds[1] <= tend or self.is_plan(doc, p.start):
                continue
            yield Hit(p.start, p.end, {"title_period": title.text, "title_line": title.span.line,
                                       "period": p.text, "line": p.span.line},
                      data={"title_end": fmt(tend), "period_end": fmt(bounds[1])})


# ----------------------------------------------------------------------------- NĐ 30 date line
@register("date_line_zeros")
class DateLineZeros(Kind):
    """NĐ 30, Phụ lục I, II.4: days below 10 and months 1–2 take a leading 0; months 3–12 do not."""

    placeholders = frozenset({"date", "line", "expected", "problem"})

    @record(frozen=True, eq=False)
    class Params:
        pad_months: list[int] = (1, 2)  # type: ignore[assignment]

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        tok = find_place_date(doc)
        if tok is None:
            return
        m = re.search(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", tok.text, re.IGNORECASE)
        if not m:
            return
        d_txt, m_txt, y_txt = m.groups()
        day, month = int(d_txt), int(m_txt)
        problems = []
        want_d = f"{day:02d}" if day < 10 else str(day)
        want_m = f"{month:02d}" if month in self.params.pad_months else str(month)
        if d_txt != want_d:
            problems.append(f"ngày '{d_txt}' → '{want_d}'")
        if m_txt != want_m:
            problems.append(f"tháng '{m_txt}' → '{want_m}'")
        if not problems:
            return
        s = tok.start + m.start()
        expected = f"ngày {want_d} tháng {want_m} năm {y_txt}"
        yield Hit(s, tok.start + m.end(), {"date": m.group(0), "line": tok.span.line, "expected": expected,
                                           "problem": "; ".join(problems)},
                  data={"expected": expected})


# ----------------------------------------------------------------------------- padding mix
@register("date_padding_mix")
class DatePaddingMix(Kind):
    """The same month number written with and without its leading zero in D/M/Y dates."""

    placeholders = frozenset({"first", "first_line", "second", "second_line", "month"})

    Params = Kind.Params  # no parameters

    _MONTH = re.compile(r"\d{1,2}\s?/\s?(\d{1,2})\s?/\s?\d{4}")

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        seen: dict[tuple[int, bool], DateToken] = {}
        reported: set[int] = set()
        for d in extract.dates(doc):
            if d.form != "slash" or not d.valid:
                continue
            m = self._MONTH.search(d.text)
            if not m or d.month >= 10:
                continue
            padded = m.group(1).startswith("0")
            seen.setdefault((d.month, padded), d)
            other = seen.get((d.month, not padded))
            if other is not None and d.month not in reported:
                reported.add(d.month)
                yield Hit(d.start, d.end, {"first": bare(other.text), "first_line": _line(doc, other.start),
                                           "second": bare(d.text), "second_line": _line(doc, d.start),
                                           "month": d.month})
