"""Kind ``plan``: a plan fulfilment rate against the figure and the plan it relates.

## What it does
Budget and socio-economic reports state how much of a plan was done: "ước đạt 5.234 tỷ đồng,
bằng 55,6% dự toán (10.500 tỷ đồng)", "Dự toán thu nội địa là 8.000 tỷ đồng; ước thực hiện 9
tháng đạt 5.600 tỷ đồng, đạt 75% dự toán". A percentage followed by a plan word (``plan_words``:
dự toán, kế hoạch, chỉ tiêu) is checked when the plan's value is stated — in a bracket right
after it (the explicit link: error), or after a plan word earlier in the sentence or in the
sentence before (inferred: warning; two different plan figures there and nothing is said) —
and the figure it is a rate of stands right before it ("… 5.600 tỷ đồng, đạt 75% dự toán"):
figure / plan × 100 must be the percentage, to the precision written. Figures of different
kinds (tỷ đồng against hồ sơ) are never divided.

## Why is this bad?
The fulfilment rate is what the council reads first; a rate its own figures contradict
means the figure, the plan or the rate was taken from another line of the budget table.

## Example
``Thu nội địa ước đạt 5.600 tỷ đồng, đạt 75% dự toán năm (8.000 tỷ đồng)`` — 5.600 / 8.000 is
70 %.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import field
from fractions import Fraction
from typing import Iterable, Optional

from ..records import record
from ..extract.number_tokens import default_cues, in_range, in_range_together
from ..model import Document, NumberToken
from ..quantities import compatible, load_roles, load_units
from . import Context, Hit, Kind, register
from ._arith import Interval, base_value, fmt_vn, interval_of, written
from ._prose import alternation, depth_in, prose_blocks, sentences



# after the plan word of a rate, a few words of its label and "là" or ":" right before a figure:
# that figure is the plan's value ("kế hoạch năm nay là 23.000", "dự toán được giao là 8.000")
_PLAN_NAMED_AFTER = re.compile(r"(?:[ \t]++(?!là(?!\w))(?:[^\W\d_]++|\d{4}(?!\d))){0,5}+(?:[ \t]++là|[ \t]*+:)[ \t]*+",
                               re.IGNORECASE)
def _link_re(words: list[str], tail: str = "") -> re.Pattern:
    """Up to four words, a comma or a bracket, then one of ``words`` (and ``tail``) at the end
    ("tỷ đồng, đạt ", "tỷ đồng và vượt "): the words before it are never the link word itself, so
    the possessive run of words cannot swallow it."""
    link = alternation(words)
    return re.compile(rf"[^\W\d_]*+(?:[ \t]++(?!(?:{link})(?!\w))[^\W\d_]++){{0,3}}+[ \t]*+[,(]?[ \t]*+(?:{link})"
                      rf"{tail}[ \t]*+$", re.IGNORECASE)


# right after a rate, the end of its clause: nothing names what it is a rate of
_CLAUSE_END = re.compile(r"[ \t]*+(?:[.;,]|$)")
# a plan word right after a rate belongs to that rate ("đạt 58,9% kế hoạch năm", "bằng 95% so với kế hoạch")
_AFTER_RATE = re.compile(r"%[ \t]{0,3}+(?:so[ \t]++(?:với[ \t]++)?)?\Z")


# "(3)" of "đạt 108,3% kế hoạch năm (3)": a note's or a list's mark, not the plan
_MARK_BRACKET = re.compile(r"\([ \t]*+\d{1,2}[ \t]*+\)")


def _note_mark(text: str, n: NumberToken) -> bool:
    """Is ``n`` a one- or two-digit number alone in its bracket, with no unit ("(3)", "(12)")?"""
    if n.unit or n.decimals or n.scale != 1 or n.percent:
        return False
    lo = text.rfind("(", max(0, n.start - 4), n.start)
    m = _MARK_BRACKET.match(text, lo) if lo >= 0 else None
    return m is not None and m.end() >= n.end


def _near_rate(actual: NumberToken, plan: NumberToken, rate: NumberToken) -> bool:
    """Is actual / plan (a bare plan in the figure's scale) within a factor of three of the rate?"""
    pv = base_value(plan) * (Fraction(actual.scale) if plan.scale == 1 else 1)
    if pv <= 0 or base_value(rate) <= 0:
        return False
    q = 100 * base_value(actual) / pv / base_value(rate)
    return Fraction(1, 3) <= q <= 3


@register("plan")
class Plan(Kind):
    placeholders = frozenset({"stated", "actual", "plan", "computed", "computation"})

    @record(frozen=True, eq=False)
    class Params:
        plan_words: list[str] = field(default_factory=lambda: ["dự toán", "kế hoạch", "chỉ tiêu"])
        # the words between the figure and its rate ("5.600 tỷ đồng, đạt 75%")
        rate_links: list[str] = field(default_factory=lambda: ["đạt", "bằng"])
        # the words before a rate above the plan: "vượt 15% dự toán" is 115 % of it
        excess_links: list[str] = field(default_factory=lambda: ["vượt"])
        # words that open a list: a plan word before them is no label of a figure after them
        # ("thu vượt chỉ tiêu dự toán cả năm gồm: Cục Hải quan Điện Biên thu 252,639 tỷ đồng")
        list_openers: list[str] = field(default_factory=lambda: ["gồm", "bao gồm", "gồm có", "cụ thể",
                                                                  "trong đó", "trong số đó", "như"])

    def __init__(self, params: "Plan.Params"):
        super().__init__(params)
        if not params.plan_words or not params.rate_links:
            raise ValueError("plan_words và rate_links không được rỗng")
        plan = alternation(params.plan_words)
        # right after the percentage: "dự toán", "so với kế hoạch", "kế hoạch năm"
        # "đạt 121,72% (Kế hoạch 6.600 ha)": the plan word may open a bracket of its own
        self.after_re = re.compile(rf"[ \t]*+(?:\([ \t]*+)?(?:so[ \t]++với[ \t]++)?(?:{plan})(?!\w)", re.IGNORECASE)
        # a plan word right before a figure: "dự toán 10.500", "dự toán HĐND tỉnh giao là 8.000"
        # the plan's label may name its year and, in a bracket, its place: "Tổng kế hoạch vốn điều
        # chỉnh giao năm 2021 cho huyện Hớn Quản (Tỉnh Bình Phước) là 357,792 tỷ đồng", and a colon
        # may end a word of it ("kế hoạch vốn đầu tư công năm 2022: đã phân bổ 5.564,5 tỷ đồng")
        self.before_re = re.compile(rf"(?<!\w)(?:{plan})(?::?[ \t]++(?:[^\W\d_]++|\d{{4}}(?!\d)|\([^()\d]{{0,60}}+\))){{0,14}}+"
                                    r"[ \t]*+:?[ \t]*+$", re.IGNORECASE)
        self.list_open_re = re.compile(rf"(?<!\w)(?:{alternation(params.list_openers)})(?!\w)", re.IGNORECASE) \
            if params.list_openers else None
        # the words between a figure and its rate, ending on a link word: "5.600 tỷ đồng, đạt",
        # "26.033 lao động (đạt tỷ lệ"; "vượt" for a rate above the plan
        self.link_re = _link_re(params.rate_links, rf"(?:[ \t]++(?:tỷ|tỉ)[ \t]++lệ)?")
        self.excess_re = _link_re(params.excess_links) if params.excess_links else None

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        text = doc.text
        lex = load_units()
        for block in prose_blocks(doc):
            low = block.text.lower()
            if "%" not in low or not any(w in low for w in ("dự toán", "kế hoạch", "chỉ tiêu")):
                continue
            sents = sentences(doc, block)
            for si, s in enumerate(sents):
                nums = s.numbers
                for i, p in enumerate(nums):
                    if not p.percent or not in_range(p):
                        continue
                    m = self.after_re.match(text, p.end, s.end)
                    # "Kế hoạch giao 1.400 lao động, …, đã giải quyết việc làm cho 1.250 lao động,
                    # đạt 80,0%.": a rate that ends its clause, no plan word after it, is of the
                    # figure labelled a plan before it, if one is (inferred: a warning)
                    bare = m is None and _CLAUSE_END.match(text, p.end, s.end) is not None
                    if (not m and not bare) or i == 0:
                        continue
                    actual = nums[i - 1]
                    roles = load_roles()
                    if roles.is_change_before(text[max(s.start, actual.start - 40):actual.start]):
                        # "12.400 người, tăng 5.100 người so với cùng kỳ, đạt 42,7% kế hoạch": the
                        # rate is of the figure before its change, never of the change
                        if i < 2:
                            continue
                        actual = nums[i - 2]
                        if roles.is_change_before(text[max(s.start, actual.start - 40):actual.start]) \
                                or p.start - actual.end > 140:
                            continue
                    elif p.start - actual.end > 80:
                        continue
                    gap = text[actual.end:p.start]
                    opened = "(" in gap and ")" not in gap  # "26.033 lao động (đạt 130,2% kế hoạch …)"
                    if actual.percent or depth_in(doc, s, actual.start) + opened != depth_in(doc, s, p.start):
                        continue
                    # the figure and its rate a few words apart: a window of 80 characters (140
                    # across the change between them)
                    link_end = p.start
                    if p.approx:
                        # "đạt gần 81,6% kế hoạch": the link ends before the rate's qualifier
                        q = default_cues().approx_re.search(text, max(actual.end, p.start - 24), p.start)
                        link_end = q.start() if q else p.start
                    offset = 0
                    if not self.link_re.search(text, actual.end, link_end):
                        # "đạt 1.250 tỷ đồng, vượt 15,0% dự toán (1.000 tỷ đồng)": the rate is above 100 %
                        if bare or self.excess_re is None or not self.excess_re.search(text, actual.end, link_end):
                            continue
                        offset = 100
                    kind = lex.classify(actual, text[actual.end:actual.end + 40])
                    plan, severity = self._plan(doc, s, sents[si - 1] if si else None, nums, i,
                                                p.end if bare else m.end(), kind, lex, bare)
                    if plan is None or plan is actual:
                        continue
                    if _note_mark(text, plan) and not _near_rate(actual, plan, p):
                        continue  # "đạt 108,3% kế hoạch năm (3)": a note's mark, no plan
                    hit = self._judge(p, actual, plan, "warning" if bare else severity, offset)
                    if hit is not None:
                        yield hit

    def _plan(self, doc, s, prev, nums, i, after_end, kind, lex, bare: bool = False) -> tuple[Optional[NumberToken], str]:
        """The plan's figure: in a bracket right after the plan word (error), else after a plan
        word earlier in the sentence or in the one before (warning); for a rate with no plan word
        after it (``bare``), only a figure labelled a plan earlier in its own sentence."""
        text = doc.text
        ok = (lambda n: not n.percent and n.denominator is None
              and compatible(kind, lex.classify(n, text[n.end:n.end + 40])))
        after = [] if bare else [n for n in nums[i + 1:i + 3] if n.start - after_end < 60]
        if after:
            n = after[0]
            between = text[after_end:n.start]
            opened = "(" in between or "(" in text[nums[i].end:after_end]
            if opened and ")" not in between and len(between.split()) <= 8 and ok(n) \
                    and "\n" not in between \
                    and not load_roles().is_change_before(text[max(after_end, n.start - 40):n.start]):
                return n, "error"  # not "(tăng 5.100 người so với cùng kỳ)": a change is no plan
            if _PLAN_NAMED_AFTER.fullmatch(between) and ok(n) and n.denominator is None:
                # "(đạt 130,2% kế hoạch năm nay là 20.000 người)", "bằng 80% dự toán giao là 8.000
                # tỷ đồng": the plan word's own clause names its value (inferred: a warning)
                return n, "warning"
        found = {}
        for sent in ([s] if prev is None or bare else [prev, s]):
            for n in sent.numbers:
                if n.start >= nums[i - 1].start:
                    break
                if ok(n) and self._labelled_plan(text, max(sent.start, n.start - 140), n):
                    found.setdefault(base_value(n), n)
        if len(found) == 1:
            return next(iter(found.values())), "warning"
        return None, ""

    def _labelled_plan(self, text: str, lo: int, n: NumberToken) -> bool:
        """Is ``n`` labelled a plan: a plan word in its own clause ("Dự toán … là 8.000 tỷ đồng",
        "Tổng kế hoạch vốn … (Tỉnh Bình Phước) là 357,792"), not the plan word of another figure's
        rate ("…, đạt 58,9% kế hoạch năm và khách nội địa 3.254.120 lượt")?"""
        lo = max([lo] + [text.rfind(c, lo, n.start) + 1 for c in ",;"])
        opened = text.rfind("(", lo, n.start)
        if opened >= 0 and text.find(")", opened, n.start) < 0:
            lo = opened + 1  # the figure stands in a bracket: its clause opens there
        for m in self.before_re.finditer(text, lo, n.start):
            if _AFTER_RATE.search(text, max(lo, m.start() - 12), m.start()):
                continue
            if self.list_open_re is not None and self.list_open_re.search(text, m.start(), n.start):
                continue  # "chỉ tiêu dự toán cả năm gồm: Cục … thu 252,639": a member's figure
            return True
        return False

    def _judge(self, p: NumberToken, actual: NumberToken, plan: NumberToken, severity: str,
               offset: int = 0) -> Optional[Hit]:
        if not in_range_together(actual, plan):
            return None  # a ratio: two figures both undecided in format read alike ("357,792 … 173,592")
        if plan.scale == 1 and actual.scale != 1 and not plan.unit:
            # "thu 120 tỷ đồng, bằng 96% dự toán (125)": a bare plan is in the figure's own scale
            plan = dataclasses.replace(plan, scale=actual.scale)
        av, pv = base_value(actual), base_value(plan)
        if pv <= 0:
            return None
        for u, status in ((Fraction(1, 2), None), (Fraction(1), "warning")):
            a, b, c = interval_of(actual, u), interval_of(plan, u), interval_of(p, u)
            if offset:  # "vượt 15%": the figure is 115 % of the plan
                c = Interval(None if c.lo is None else c.lo + offset, None if c.hi is None else c.hi + offset)
            if b.lo is None or b.lo <= 0 or a.lo is None or a.hi is None or b.hi is None:
                return None
            if Interval(100 * a.lo / b.hi, 100 * a.hi / b.lo).intersects(c):
                if status is None:
                    return None
                severity = "warning"
                break
        if p.approx or actual.approx or plan.approx:
            # "trên 212 tỷ đồng, … hơn 202 tỷ đồng, đạt gần 81,6% kế hoạch": judged on the ranges the
            # qualifiers allow (interval_of), and at most a warning
            severity = "warning"
        rate = 100 * av / pv
        scale = Fraction(actual.scale) if actual.scale == plan.scale else Fraction(1)
        comp = f"{written(actual)} / {written(plan)} × 100 = {fmt_vn(rate, 2)}%"
        if offset:
            comp += f" (vượt {fmt_vn(rate - offset, 2)}%)"
            rate -= offset
        return Hit(min(actual.start, p.start), max(p.end, plan.end),
                   {"stated": written(p), "actual": written(actual), "plan": written(plan),
                    "computed": fmt_vn(rate, max(p.decimals, 1)) + "%", "computation": comp},
                   severity=severity,
                   data={"relation": "plan fulfilment = figure / plan", "actual": actual.text, "plan": plan.text,
                         "stated": written(p), "computed": fmt_vn(rate, 2), "scale": str(scale)})
