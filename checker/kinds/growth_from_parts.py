"""Kind ``growth_from_parts``: a total's rate of change rebuilt from its parts' own rates.

## What it does
Reports give a total, its parts, and each one's rate of change against the same period:

    "Giá trị sản xuất ước đạt 5.486 tỷ đồng, tăng 17,2% so với cùng kỳ. Trong đó, khu vực nhà
    nước 1.204 tỷ đồng, tăng 16,6%; khu vực ngoài nhà nước 2.610 tỷ đồng, tăng 17,9%; …"

Each part's value a period before is its value over (1 + its rate); their sum is the total's
value then, and the total's rate follows from it. When the breakdown kind reads a complete list
of parts that adds up to its total (AR001 judges one that does not), and the total and every
part each carry a rate of change right after their figure ("…, tăng 16,6%", "(giảm 3%)"), of
the same kind of comparison (a year before, or the period before — never a plan), the total's
stated rate must fall within what the parts' figures allow, to the precision written. The link
is inferred from the list, so a mismatch is a warning (within one unit of the last digit:
information).

## Why is this bad?
A total cannot grow faster or slower than all its parts allow: one rate was mistyped, taken from
another period or another measure (the rate of the number of jobs beside the value of output).

## Example
``735,2 nghìn lao động, tăng 2,6%; … công nghiệp 373,7 nghìn (tăng 3%), dịch vụ 240,1 nghìn
(tăng 3,4%), nông nghiệp 121,4 nghìn (giảm 3%)`` — a year before: 362,8 + 232,2 + 125,2 = 720,2
nghìn; 735,2 / 720,2 − 1 = 2,09 %, not 2,6 %.
"""
from __future__ import annotations

import bisect
import re
from fractions import Fraction
from typing import Iterable, Optional

from ..records import record
from ..extract.number_tokens import in_range
from ..model import Document, NumberToken
from . import Context, Hit, Kind, register
from ._arith import Interval, base_value, fmt_vn, interval_of, sum_intervals
from ._prose import prose_blocks, sentences

# between a figure and its own rate: its unit (a few words), a comma or a bracket, the change
# word ("1.204 tỷ đồng, tăng ", "373,7 nghìn (tăng ", "…, và giảm "); each word taken whole and
# checked once by the look-ahead: linear
_OWN_RATE = re.compile(r"(?:[ \t]*+(?!(?:tăng|giảm)(?!\w))[^\W\d_]++){0,4}+[ \t]*+[,(]?[ \t]*+(?:và[ \t]++)?"
                       r"(?P<dir>tăng|giảm)(?:[ \t]++(?:thêm|đi))?[ \t]++(?:khoảng[ \t]++)?\Z", re.IGNORECASE)
# between a figure and its rate of the plan: "tấn, đạt ", "tỷ đồng (bằng "
_PLAN_RATE_BEFORE = re.compile(r"(?:[ \t]*+(?!(?:đạt|bằng)(?!\w))[^\W\d_]++){0,4}+[ \t]*+[,(]?[ \t]*+(?:đạt|bằng)[ \t]++",
                               re.IGNORECASE)
# what a rate is compared with, right after it
_AGAINST = re.compile(r"[ \t)]*+(?:,[ \t]*+)?(?:so[ \t]++(?:với[ \t]++)?)?(?:(?P<plan>kế[ \t]++hoạch|dự[ \t]++toán|chỉ[ \t]++tiêu)"
                      r"|(?P<year>cùng[ \t]++kỳ|năm[ \t]++trước|năm[ \t]++(?:19|20)\d\d)"
                      r"|(?P<prev>tháng[ \t]++trước|quý[ \t]++trước|kỳ[ \t]++trước)"
                      r"|(?P<points>điểm))(?!\w)", re.IGNORECASE)


def _adds_up(total: NumberToken, parts) -> bool:
    """Do the parts make the total to the precision written (a "trong đó" list that is whole)?"""
    whole = interval_of(total)
    return whole.lo is not None and sum_intervals(interval_of(p) for p in parts).intersects(whole)


@register("growth_from_parts")
class GrowthFromParts(Kind):
    placeholders = frozenset({"stated", "computed", "computation"})

    @record(frozen=True, eq=False)
    class Params:
        max_parts: int = 8  # a list of more parts is a table's business

    def __init__(self, params: "GrowthFromParts.Params"):
        super().__init__(params)
        if not 2 <= params.max_parts <= 20:
            raise ValueError("max_parts phải trong khoảng 2–20")

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        if "%" not in doc.text:
            return
        from .breakdown import _default, default_relations

        figures = [n for b in prose_blocks(doc) for x in sentences(doc, b) for n in x.numbers]
        starts = [n.start for n in figures]
        judge = _default()
        for rel in default_relations(doc):
            if not 2 <= len(rel.parts) <= self.params.max_parts or "cut" in rel.pattern:
                continue
            if not all(in_range(t) for t in (rel.total, *rel.parts)) or judge._judge(rel) is not None:
                continue  # a list that does not add up is AR001's
            if not rel.exhaustive and not _adds_up(rel.total, rel.parts):
                continue  # "trong đó" some of the parts: the others' rates are not written
            total_rate = self._own_rate(doc, figures, starts, rel.total)
            if total_rate is None:
                continue
            rates = [self._own_rate(doc, figures, starts, p) for p in rel.parts]
            if None in rates:
                continue
            kinds = {k for _, _, k in [total_rate, *rates] if k}
            if len(kinds) > 1:
                continue  # a rate of the year and one of the month before: not one comparison
            hit = self._judge(rel.total, total_rate, list(rel.parts), rates)
            if hit is not None:
                yield hit

    @staticmethod
    def _own_rate(doc: Document, figures: list[NumberToken], starts: list[int],
                  tok: NumberToken) -> Optional[tuple[NumberToken, bool, str]]:
        """The rate of change right after ``tok`` (the next figure): (rate, up?, what it is
        compared with: "year", "prev" or "" unsaid), or None."""
        k = bisect.bisect_left(starts, tok.start)
        if k + 1 >= len(figures) or figures[k].start != tok.start:
            return None
        r, lo = figures[k + 1], tok.end
        plan = _AGAINST.match(doc.text, r.end) if r.percent else None
        if plan is not None and plan["plan"] and k + 2 < len(figures) \
                and _PLAN_RATE_BEFORE.fullmatch(doc.text, tok.end, r.start):
            # "60.711 tấn, đạt 112,4% kế hoạch, tăng 6,4% so cùng kỳ": the plan's rate stands first
            r, lo = figures[k + 2], plan.end()
        if not r.percent or r.denominator is not None or r.start - lo > 80 or not in_range(r):
            return None
        m = _OWN_RATE.fullmatch(doc.text, lo, r.start)
        if m is None:
            return None
        against = _AGAINST.match(doc.text, r.end)
        kind = ""
        if against is not None:
            if against["plan"] or against["points"]:
                return None
            kind = "year" if against["year"] else "prev"
        return r, m["dir"].lower() == "tăng", kind

    def _judge(self, total: NumberToken, total_rate, parts: list[NumberToken], rates) -> Optional[Hit]:
        def growth(u: Fraction, new: Interval) -> Optional[Interval]:
            lo = hi = Fraction(0)
            for p, (r, up, _) in zip(parts, rates):
                x, q = interval_of(p, u), interval_of(r, u)
                if None in (x.lo, x.hi, q.lo, q.hi):
                    return None
                f_lo, f_hi = (1 + q.lo / 100, 1 + q.hi / 100) if up else (1 - q.hi / 100, 1 - q.lo / 100)
                if f_lo <= 0:
                    return None
                lo += x.lo / f_hi
                hi += x.hi / f_lo
            if lo <= 0 or new.lo is None or new.hi is None:
                return None
            return Interval(100 * (new.lo / hi - 1), 100 * (new.hi / lo - 1))

        def stated(u: Fraction) -> Interval:
            q = interval_of(total_rate[0], u)
            return q if total_rate[1] else Interval(-q.hi, -q.lo)

        def fits(u: Fraction) -> Optional[bool]:
            # the new value as the parts add up, or as the total is written: either will do
            views = [growth(u, sum_intervals(interval_of(p, u) for p in parts)), growth(u, interval_of(total, u))]
            if None in views:
                return None
            return any(v.intersects(stated(u)) for v in views)

        strict = fits(Fraction(1, 2))
        if strict is None or strict:
            return None
        severity = "info" if fits(Fraction(1)) else "warning"
        new = sum(base_value(p) for p in parts)
        old = sum(base_value(p) / (1 + (1 if up else -1) * base_value(r) / 100) for p, (r, up, _) in zip(parts, rates))
        computed = 100 * (new / old - 1)
        scale = Fraction(total.scale)
        olds = " + ".join(f"{p.text}/{fmt_vn(1 + (1 if up else -1) * base_value(r) / 100, 3)}"
                          for p, (r, up, _) in zip(parts, rates))
        dec = max(total_rate[0].decimals, 1)
        sign = "" if total_rate[1] else "−"
        comp = (f"kỳ trước: {olds} = {fmt_vn(old / scale, 2)}; "
                f"({fmt_vn(new / scale, 2)} / {fmt_vn(old / scale, 2)} − 1) × 100 = {fmt_vn(computed, dec + 1)}%")
        values = {"stated": f"{sign}{total_rate[0].text}%", "computed": f"{fmt_vn(computed, dec)}%", "computation": comp}
        data = {"relation": "total's rate rebuilt from the parts' rates", "total": total.text,
                "stated": values["stated"], "computed": fmt_vn(computed, dec + 1),
                "parts": [p.text for p in parts], "rates": [("" if up else "−") + r.text for r, up, _ in rates]}
        return Hit(total.start, total_rate[0].end, values, severity=severity, data=data)
