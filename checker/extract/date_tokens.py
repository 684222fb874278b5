"""Date and period tokens. An impossible date (31/02/2020) is still a token, with
``valid=False``, so that a rule can flag it with its position."""
from __future__ import annotations

import bisect
import calendar
import re

from ..model import DateToken, Document, PeriodToken
from . import grammar as g
from .scans import matches
from .grammar import has_digit

WORD_NUMBERS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
                "chín": 9, "mười": 10, "mười một": 11}
ROMAN_Q = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def is_valid(day: int | None, month: int, year: int | None) -> bool:
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    if day < 1:
        return False
    last = calendar.monthrange(year if year else 2000, month)[1]  # 2000: a leap year
    return day <= last


class _Disjoint:
    """Pairwise disjoint spans, added in runs of increasing start (one run a pattern);
    ``overlaps(s, e)`` in O(log n), so a block with 100,000 dates stays linear."""

    __slots__ = ("base", "run")

    def __init__(self, spans=()):
        self.base: list[tuple[int, int]] = sorted(spans)
        self.run: list[tuple[int, int]] = []

    def append(self, span: tuple[int, int]) -> None:
        if self.run and span[0] < self.run[-1][0]:
            self.base = sorted(self.base + self.run)
            self.run = []
        self.run.append(span)

    def overlaps(self, s: int, e: int) -> bool:
        for spans in (self.base, self.run):
            i = bisect.bisect_left(spans, (e,))  # spans[:i] start before e; the last ends last
            if i and spans[i - 1][1] > s:
                return True
        return False


def _overlaps(spans, s: int, e: int) -> bool:
    if isinstance(spans, _Disjoint):
        return spans.overlaps(s, e)
    return any(s < b and a < e for a, b in spans)


def extract_dates(doc: Document, start: int, end: int) -> list[DateToken]:
    text = doc.text[start:end]
    if not has_digit(text):
        return []
    out: list[DateToken] = []
    taken = _Disjoint()

    def add(m: re.Match, form: str, day, month, year) -> None:
        s, e = m.span()
        out.append(DateToken(day=day, month=month, year=year, text=m.group(0), start=start + s,
                             end=start + e, span=doc.span(start + s, start + e), form=form,
                             valid=is_valid(day, month, year)))
        taken.append((s, e))

    for m in matches(doc, g.DATE_LONG, start, end, text):
        add(m, "long", int(m["d"]), int(m["m"]), int(m["y"]))
    code_spans = _Disjoint(m.span() for m in matches(doc, g.DOC_CODE, start, end, text))
    for m in matches(doc, g.DATE_SLASH, start, end, text):
        if _overlaps(taken, *m.span()):
            continue
        add(m, "slash", int(m["d"]), int(m["m"]), int(m["y"]))
    for m in matches(doc, g.DATE_MONTH, start, end, text):
        if _overlaps(taken, *m.span()):
            continue
        add(m, "month", None, int(m["m"]), int(m["y"]))
    for m in matches(doc, g.DATE_DAYMONTH, start, end, text):
        if _overlaps(taken, *m.span()) or _overlaps(code_spans, *m.span()):
            continue
        before = text[max(0, m.start() - 12):m.start()].lower()
        after = text[m.end():m.end() + 8].lower()
        if not (m["cue"] or _RANGE_CUE_BEFORE.search(before) or _RANGE_CUE_AFTER.match(after)):
            continue
        if int(m["m"]) > 12 and not m["cue"]:
            continue  # "45/45 đơn vị" is a fraction
        add(m, "daymonth", int(m["d"]), int(m["m"]), None)
    for m in matches(doc, g.DATE_HOLIDAY, start, end, text):
        if _overlaps(taken, *m.span()):
            continue
        if 12 < int(m["m"]) <= 31 and int(m["d"]) < int(m["m"]) and "-" in m.group(0):
            continue  # "từ ngày 17 - 19 tháng 9": a range of days, the month after it
        add(m, "holiday", int(m["d"]), int(m["m"]), None)
    out.sort(key=lambda t: t.start)
    return _attach_weekdays(doc, text, start, out)


# run on the few characters around a bare "21/7" and between a weekday and its date
_RANGE_CUE_BEFORE = re.compile(r"(từ|đến|hết|tới)\s*$")
_RANGE_CUE_AFTER = re.compile(r"\s*(đến|-|–)\s*\d")
_WEEKDAY_GAP = re.compile(r"[\s,(]*(?:ngày\s*)?", re.IGNORECASE)

# a word before "thứ năm" that makes it an ordinal ("lần thứ năm", "kỳ họp thứ hai"), not a weekday
ORDINAL_WORDS = frozenset("lần kỳ kì khóa khoá đợt phiên hạng lớp tuần năm họp nghị hội".split())


def _ordinal_before(text: str, pos: int) -> bool:
    words = text[max(0, pos - 16):pos].lower().split()
    return bool(words) and words[-1].strip(",;:()") in ORDINAL_WORDS


def _attach_weekdays(doc: Document, text: str, base: int, dates: list[DateToken]) -> list[DateToken]:
    """A weekday written just before a date ("thứ Hai, ngày 06/4/2020") or just after it in
    parentheses ("06/4/2020 (thứ Hai)") belongs to it."""
    import dataclasses

    wd_re = g.compiled(g.WEEKDAY)
    result = []
    for d in dates:
        s, e = d.start - base, d.end - base
        hit = None
        for m in wd_re.finditer(text, max(0, s - 24), s):
            if _ordinal_before(text, m.start()):
                continue  # "lần thứ năm", "kỳ họp thứ hai": an ordinal, not a weekday
            if _WEEKDAY_GAP.fullmatch(text, m.end(), s) is not None:
                hit = m
        if hit is None:
            m = wd_re.match(text, e + len(text[e:e + 4]) - len(text[e:e + 4].lstrip(" ,(")))
            if m:
                hit = m
        if hit is not None:
            d = dataclasses.replace(d, weekday=hit.group(0), weekday_start=base + hit.start(),
                                    weekday_end=base + hit.end())
        result.append(d)
    return result


def extract_periods(doc: Document, start: int, end: int) -> list[PeriodToken]:
    text = doc.text[start:end]
    out: list[PeriodToken] = []

    def tok(m: re.Match, kind: str, **kw) -> PeriodToken:
        s, e = m.span()
        return PeriodToken(kind=kind, text=m.group(0), start=start + s, end=start + e,
                           span=doc.span(start + s, start + e), **kw)

    for m in matches(doc, g.PERIOD_QUARTER, start, end, text, digits=False):
        y = m["y"] or m["y2"]
        out.append(tok(m, "quarter", quarter=ROMAN_Q.get(m["q"].upper()), year=int(y) if y else None))
    for m in matches(doc, g.PERIOD_MONTHS, start, end, text, digits=False):
        n = m["n"].lower()
        months = int(n) if n.isdigit() else WORD_NUMBERS.get(n)
        if not months or months > 12:
            continue
        if not (m["pos"] or m["y"]):
            # "9 tháng", "sau 3 tháng": a span of months with no anchor in the year. Kept as its
            # own kind so that checks comparing periods (which need an anchor) leave it alone.
            out.append(tok(m, "months_bare", months=months))
            continue
        out.append(tok(m, "months", months=months, year=int(m["y"]) if m["y"] else None))
    for m in matches(doc, g.PERIOD_RANGE, start, end, text):
        y1, y2 = int(m["y1"]), int(m["y2"])
        out.append(tok(m, "range", year=y1, end_year=y2))
    for m in matches(doc, g.PERIOD_YEAR, start, end, text):
        if any(p.start <= start + m.start() < p.end for p in out):
            continue
        out.append(tok(m, "year", year=int(m["y"])))
    for m in matches(doc, g.PERIOD_YTD, start, end, text, digits=False):
        out.append(tok(m, "ytd", year=int(m["y"]) if m["y"] else None))
    out.sort(key=lambda p: p.start)
    return out


def find_place_date(doc: Document, head_lines: int = 40) -> DateToken | None:
    """The NĐ 30 place-and-date line ("Tiền Giang, ngày 05 tháng 01 năm 2020") in the head of
    the document (its first ``head_lines`` lines), as a date token of form "place"; its
    ``text`` is the date part as written, the place is not kept."""
    cache = doc.meta.setdefault("_cache", {})
    key = f"place_date:{head_lines}"
    if key in cache:
        return cache[key]
    limit = len(doc.text)
    pos, n = 0, 0
    while n < head_lines:
        nxt = doc.text.find("\n", pos)
        if nxt < 0:
            break
        pos, n = nxt + 1, n + 1
    else:
        limit = pos
    found = None
    for m in g.compiled(g.PLACE_DATE).finditer(doc.text, 0, limit if n >= head_lines else len(doc.text)):
        if "<!--" in doc.text[max(0, m.start() - 80):m.start()].rsplit("\n", 1)[-1]:
            continue
        s = m.start("place")
        e = m.end("y")
        day, month, year = int(m["d"]), int(m["m"]), int(m["y"])
        found = DateToken(day=day, month=month, year=year, text=doc.text[s:e], start=s, end=e,
                          span=doc.span(s, e), form="place", valid=is_valid(day, month, year))
        break
    cache[key] = found
    return found
