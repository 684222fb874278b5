"""Kind ``ratio``: a stated percentage against the counts it is computed from.

## What it does
``check = "share"`` recomputes ``100·a/b`` and compares it with the stated ``x%`` for
``x% (a/b …)``, ``a/b đơn vị, đạt tỷ lệ x%`` and ``a hồ sơ (đạt / chiếm x%)`` — in the last
form the denominator is not written next to it, so every larger count of the same unit stated
before it in the paragraph (the received, due or resolved total) is tried, and the share is
flagged only when none of them gives it.

``check = "grim"`` applies the GRIM test when only the percentage and its base are written
(``đạt 93,54% trên tổng số 2.203 hồ sơ``): some whole number of files must round to x%.

## Why is this bad?
A percentage that its own counts do not give is copied from another period or mistyped.

## Example
``31,73% (677/2203 hồ sơ)``: 677/2203 = 30,73 %.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from typing import Iterable, Optional

from ..extract.number_tokens import in_range
from ..model import Document, NumberToken
from . import Context, Hit, Kind, register
from ._arith import Interval, _interval, base_value, fmt_vn, interval_of
from ._prose import prose_blocks, sentences, unit_key


@lru_cache(maxsize=65536)  # intervals are cached values: a share asked again is not divided again
def _share_interval(ia: Interval, ib: Interval) -> Optional[Interval]:
    """100·a/b as an interval, from the intervals of a and b."""
    if ia.lo is None or ia.hi is None or ib.lo is None or ib.hi is None or ib.lo <= 0:
        return None
    return Interval(100 * ia.lo / ib.hi, 100 * ia.hi / ib.lo)


def _figure(t: NumberToken) -> tuple:
    """What the interval of a token depends on (see ``_arith.interval_of``)."""
    return (t.value, t.decimals, t.scale, t.is_count, t.approx)


@lru_cache(maxsize=65536)
def _share_status(pct: tuple, a: tuple, b: tuple, rel_n: int, rel_d: int) -> Optional[str]:
    """ok / warning / error of "pct = 100·a/b" (arithmetic.md §5.4), None when b cannot be a base."""
    strict = _share_interval(_interval(*a, 1, 2, rel_n, rel_d), _interval(*b, 1, 2, rel_n, rel_d))
    if strict is None:
        return None
    if strict.intersects(_interval(*pct, 1, 2, rel_n, rel_d)):
        return "ok"
    loose = _share_interval(_interval(*a, 1, 1, rel_n, rel_d), _interval(*b, 1, 1, rel_n, rel_d))
    if loose is not None and loose.intersects(_interval(*pct, 1, 1, rel_n, rel_d)):
        return "warning"
    return "error"


MAX_LOOKBACK = 24  # earlier counts of the paragraph tried as the base of a share


@register("ratio")
class Ratio(Kind):
    placeholders = frozenset({"stated", "computed", "computation", "difference", "implied", "base"})

    @dataclass(frozen=True)
    class Params:
        check: str = "share"  # "share" | "grim"
        # text between a fraction a/b and its percentage ("đơn vị, đạt tỷ lệ ")
        fraction_link: str = r"[^\d.;!?]{0,60}?(?:đạt|chiếm|bằng|tỷ\s+lệ|tỉ\s+lệ)[^\d.;!?]{0,15}?"
        # text between a percentage and the fraction in parentheses after it ("(")
        paren_link: str = r"\s*\(\s*"
        # text between a count and its share ("hồ sơ (đạt ", "hồ sơ, chiếm tỷ lệ ")
        # possessive, so that it cannot backtrack: "(?:[^\W\d_]+\s*){0,3}" could split a run of n
        # letters n**3 ways before failing (see identity's share_link)
        count_link: str = r"\s*+(?:[^\W\d_]++\s*+){0,3}+[,(]\s*+(?:đạt|chiếm)\s*+(?:(?:tỷ|tỉ)\s++lệ\s*+)?"
        # text between a percentage and its base count for GRIM ("trên tổng số ")
        grim_link: str = r"\s*(?:trên|của)\s+(?:tổng\s+(?:số\s+)?)?(?:[^\W\d_]+\s+){0,3}?"
        denominator_search: bool = True
        approx_relative: float = 0.03

    def __init__(self, params: "Ratio.Params"):
        super().__init__(params)
        if params.check not in ("share", "grim"):
            raise ValueError("check phải là 'share' hoặc 'grim'")
        self.fraction_link = re.compile(params.fraction_link, re.IGNORECASE)
        self.paren_link = re.compile(params.paren_link)
        self.count_link = re.compile(params.count_link, re.IGNORECASE)
        self.grim_link = re.compile(params.grim_link, re.IGNORECASE)
        self.rel = Fraction(params.approx_relative).limit_denominator(10000)

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        for block in prose_blocks(doc):
            seen: list[NumberToken] = []  # counts earlier in the paragraph: candidate bases
            for s in sentences(doc, block):
                nums = list(s.numbers)
                for i, n in enumerate(nums):
                    nxt = nums[i + 1] if i + 1 < len(nums) else None
                    if self.params.check == "grim":
                        if n.percent and nxt is not None and nxt.is_count and not nxt.percent \
                                and self.grim_link.fullmatch(doc.text[n.end:nxt.start]):
                            hit = self._grim(n, nxt)
                            if hit:
                                yield hit
                        continue
                    # x% (a/b)
                    if n.percent and nxt is not None and nxt.denominator is not None \
                            and self.paren_link.fullmatch(doc.text[n.end:nxt.start]):
                        hit = self._judge(n, nxt, nxt.denominator, "x% (a/b)")
                        if hit:
                            yield hit
                    # a/b …, đạt tỷ lệ x%
                    elif n.denominator is not None and nxt is not None and nxt.percent \
                            and self.fraction_link.fullmatch(doc.text[n.end:nxt.start]):
                        hit = self._judge(nxt, n, n.denominator, "a/b, tỷ lệ x%")
                        if hit:
                            yield hit
                    # a hồ sơ (đạt x%)
                    elif self.params.denominator_search and n.is_count and not n.approx and nxt is not None \
                            and nxt.percent and n.denominator is None \
                            and self.count_link.fullmatch(doc.text[n.end:nxt.start]):
                        hit = self._search(n, nxt, seen)
                        if hit:
                            yield hit
                    if not n.percent and n.denominator is None:
                        seen.append(n)

    # ------------------------------------------------------------------ judging
    def _status(self, pct: NumberToken, a: NumberToken, b: NumberToken) -> Optional[str]:
        # the verdict depends on the three figures as written and the tolerance only: cached, so
        # a long run of shares tried against the same bases is not recomputed in Fractions
        return _share_status(_figure(pct), _figure(a), _figure(b), self.rel.numerator, self.rel.denominator)

    def _judge(self, pct: NumberToken, a: NumberToken, b: NumberToken, pattern: str) -> Optional[Hit]:
        if not (in_range(pct) and in_range(a) and in_range(b)):
            return None  # a figure beyond the reader's bound is not judged
        status = self._status(pct, a, b)
        if status in (None, "ok"):
            return None
        if pct.approx or a.approx or b.approx:
            status = "warning"
        return self._hit(pct, a, b, status, pattern, start=min(pct.start, a.start), end=max(pct.end, b.end))

    def _search(self, a: NumberToken, pct: NumberToken, seen: list[NumberToken]) -> Optional[Hit]:
        # the base of a share is stated close before it: look back over a bounded window so a
        # long paragraph of shares stays linear (a whole-paragraph search was quadratic)
        if not (in_range(a) and in_range(pct)):
            return None
        ua = unit_key(a)
        near = [b for b in seen[-MAX_LOOKBACK:] if unit_key(b) == ua and b.scale == a.scale]
        if not all(in_range(b) for b in near):
            return None  # the base may be the figure out of range: no guess among the others
        va = base_value(a)
        cands = [b for b in near if base_value(b) >= va and base_value(b) > 0]
        if not cands:
            return None
        statuses = []
        for b in reversed(cands):  # the nearest base first: it is the usual one
            st = self._status(pct, a, b)
            if st in ("ok", None):
                return None  # one stated count gives this share
            statuses.append((st, b))
        statuses.reverse()
        warn = [b for st, b in statuses if st == "warning"]
        if warn:
            return self._hit(pct, a, warn[-1], "warning", "a (x%)", start=a.start, end=pct.end)
        # no stated count gives this share: the base is probably not written here
        b = cands[-1]
        return self._hit(pct, a, b, "info", "a (x%)", start=a.start, end=pct.end,
                         extra={"candidates": [c.text for c in cands]})

    def _hit(self, pct, a, b, status, pattern, start, end, extra=None) -> Hit:
        computed = Fraction(100) * base_value(a) / base_value(b)
        dec = max(pct.decimals, 1)
        comp = f"{a.text}/{b.text} × 100 = {fmt_vn(computed, dec + 1)}%"
        stated = base_value(pct)
        values = {
            "stated": f"{pct.text}%",
            "computed": f"{fmt_vn(computed, dec)}%",
            "computation": comp,
            "difference": fmt_vn(abs(computed - stated), dec + 1),
            "implied": f"{fmt_vn(computed, pct.decimals)}%",
            "base": b.text,
        }
        data = {"relation": "share = 100·a/b", "pattern": pattern, "stated": f"{pct.text}%",
                "numerator": a.text, "denominator": b.text, "computed": fmt_vn(computed, dec + 1),
                "difference": fmt_vn(computed - stated, dec + 1), "implied": f"{fmt_vn(computed, pct.decimals)}%"}
        if extra:
            data.update(extra)
        return Hit(start, end, values, severity=status, data=data)

    def _grim(self, pct: NumberToken, b: NumberToken) -> Optional[Hit]:
        """Is there a whole number k with round(100·k/b, d) = x?"""
        if not (in_range(pct) and in_range(b)):
            return None
        n = base_value(b)
        if n <= 0 or pct.approx or b.approx:
            return None
        for ulps, status in ((Fraction(1, 2), "ok"), (Fraction(1), "warning")):
            iv = interval_of(pct, ulps)
            lo, hi = n * iv.lo / 100, n * iv.hi / 100
            if math.ceil(lo) <= math.floor(hi):
                if status == "ok":
                    return None
                break
        else:
            status = "error"
        p = base_value(pct)
        k_lo, k_hi = math.floor(n * p / 100), math.ceil(n * p / 100)
        near = " hoặc ".join(f"{k}/{b.text} = {fmt_vn(Fraction(100 * k) / n, pct.decimals + 1)}%"
                             for k in sorted({k_lo, k_hi}) if k >= 0)
        values = {
            "stated": f"{pct.text}%", "base": b.text,
            "computation": f"{b.text} × {pct.text}% = {fmt_vn(n * p / 100, 2)} (không phải số nguyên; {near})",
            "computed": fmt_vn(n * p / 100, 2), "difference": "", "implied": near,
        }
        data = {"relation": "GRIM", "stated": f"{pct.text}%", "denominator": b.text,
                "computed": fmt_vn(n * p / 100, 2), "difference": "", "implied": near}
        return Hit(pct.start, b.end, values, severity=status, data=data)
