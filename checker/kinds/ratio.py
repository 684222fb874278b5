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

import bisect
import dataclasses
import math
import re
from dataclasses import field
from fractions import Fraction
from functools import lru_cache
from typing import Iterable, Optional

from ..records import record
from ..extract.number_tokens import default_cues, in_range, in_range_together
from ..model import Document, NumberToken
from . import Context, Hit, Kind, register
from ._arith import Interval, _interval, base_value, fmt_vn, interval_of
from ._prose import is_money, prose_blocks, sentences, unit_key
from ..quantities import load_roles, load_units, same_measure


# a count stated as the equivalent of a rate before it: "0,76%, tương đương với 6.014 người"
_RATE_EQUIVALENT = re.compile(r"%[ \t]{0,3}[,;]?[ \t]{0,3}(?:tương[ \t]+(?:đương|ứng))(?:[ \t]+(?:với|là))?[ \t]{0,3}\Z",
                              re.IGNORECASE)


# "đạt 90% (900/1.000 em), ở THCS đạt 80%": a fraction in the bracket right after a rate is that
# rate's, never the next one's
_AFTER_ITS_RATE = re.compile(r"%[ \t]{0,3}+\([ \t]{0,3}+\Z")
# a count's label, a comma, "tỷ lệ" and words of that label, "đạt" or "là": "1.100 thí sinh đỗ tốt
# nghiệp, tỷ lệ đỗ đạt " (each word whole, no backtracking: linear)
_RATE_NAMED = re.compile(r"(?P<label>(?:[ \t]++[^\W\d_]++){1,10}+)[ \t]*+,[ \t]*+(?:tỷ|tỉ)[ \t]++lệ"
                         r"(?P<rate>(?:[ \t]++(?!đạt(?!\w)|là(?!\w))[^\W\d_]++){1,4}+)[ \t]++(?:đạt|là)[ \t]*+",
                         re.IGNORECASE)
# "… là 133.015 và tổng số hồ sơ giải quyết TTHC là 168.746": the part's unit, "và tổng số", the
# whole's label (at most eight words) and "là" or ":" (each word whole: linear)
_AND_TOTAL_LINK = re.compile(r"[ \t]{0,3}+(?:(?<![^\W\d_])(?!và(?!\w))[^\W\d_]++[ \t]++){0,3}+(?:và|,)[ \t]++tổng[ \t]++số[ \t]++"
                             r"(?:(?<![^\W\d_])(?!là(?!\w))[^\W\d_]++[ \t]*+){0,8}+(?:là|:)[ \t]*+", re.IGNORECASE)
def _with_scale(t: NumberToken) -> str:
    """The figure with the scale word written after it ("4,52 ngàn", "1,2 triệu")."""
    if t.scale == 1 or not t.unit.strip():
        return t.text
    return f"{t.text} {t.unit.split()[0]}"


def _scaled_count(t: NumberToken) -> bool:
    """A count written with a scale word ("4,52 ngàn hồ sơ", "1,2 triệu lượt"): rounded as
    written, a count all the same."""
    return t.scale != 1 and not t.percent and load_units().classify(t).cls == "count"


def _physical(t: NumberToken) -> bool:
    """An amount in a physical unit ("352,56 ngàn tấn", "9.500 ha"): like money, a share of
    another amount of its dimension only with "chiếm" ("thịt lợn 352,56 ngàn tấn, chiếm 78%")."""
    return not t.percent and load_units().classify(t).cls == "physical"


# with a base named in words, an earlier figure is its base only when labelled as a whole
# ("toàn tỉnh có 334.000 hộ", "tổng số hộ là 334.000")
_TOTAL_LABEL = re.compile(r"(?<!\w)(?:tổng|toàn|cả)(?!\w)", re.IGNORECASE)
# a share whose base is named in words right after it: "chiếm 3,20% so với tổng số hộ toàn tỉnh"
# (not a bare "chiếm 3,0% tổng số.": that is the total just stated)
_NAMED_BASE = re.compile(r"[ \t]{0,3}(?:(?:so[ \t]+với|của|trên|trong)[ \t]+)?tổng[ \t]+số[ \t]+[^\W\d_]", re.IGNORECASE)


@lru_cache(maxsize=65536)  # intervals are cached values: a share asked again is not divided again
def _share_interval(ia: Interval, ib: Interval) -> Optional[Interval]:
    """100·a/b as an interval, from the intervals of a and b."""
    if ia.lo is None or ia.hi is None or ib.lo is None or ib.hi is None or ib.lo <= 0:
        return None
    return Interval(100 * ia.lo / ib.hi, 100 * ia.hi / ib.lo)


def _same_whole(a: NumberToken, b: NumberToken) -> bool:
    """Can ``b`` be the whole ``a`` is a part of: the same noun, the same measure, or no unit of its
    own ("86.000 héc ta cà phê trên 20 năm tuổi" is an age class, not 86.000 out of 20)?"""
    if not b.unit.strip() or unit_key(a) == unit_key(b):
        return True
    if not a.unit.strip() and not a.percent and load_units().classify(b).cls == "count":
        return True  # "đã giải quyết 1.100 trong tổng số 1.250 hồ sơ": the noun is written once, after the whole
    lex = load_units()
    return same_measure(lex.classify(a), lex.classify(b))


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


# "48,06 triệu USD, tăng 47,89% so với cùng kỳ năm trước, chiếm 71% …": a count, its own change
# (the unit words, a comma, the change word), then the comparison and the share's cue, after a
# comma or "và" ("79,83 tỷ USD, giảm 6,7% và chiếm 65,9% tổng kim ngạch": the words of the
# comparison stop at the connector and the cue, taken whole once each: linear)
_CHANGE_AFTER_COUNT = re.compile(r"[ \t]{0,3}+(?:(?<![^\W\d_])[^\W\d_]++[ \t]{0,3}+){0,4}+,[ \t]{0,3}+(?:tăng|giảm)"
                                 r"(?:[ \t]++(?:thêm|đi))?[ \t]++",
                                 re.IGNORECASE)
_SHARE_AFTER_CHANGE = re.compile(r"%?+[ \t]{0,3}+(?:so[ \t]++(?:với[ \t]++)?(?:(?!(?:và|chiếm|bằng)(?!\w))[^\W\d_]++[ \t]*+){1,6}+(?:\d{4}+[ \t]*+)?)?"
                                 r"(?:,[ \t]*+(?:và[ \t]++)?|(?<=[ \t%])và[ \t]++)(?:chiếm|bằng)[ \t]++(?:(?:tỷ|tỉ)[ \t]++(?:lệ|trọng)[ \t]*+)?(?:là[ \t]*+)?",
                                 re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")


# after a rate: "so với kế hoạch", "chỉ tiêu kế hoạch", "kế hoạch năm", "dự toán"
# a plan word right after a rate: "đạt 105% chỉ tiêu được giao", "bằng 98% kế hoạch"
_PLAN_WORD_AFTER = re.compile(r"[ \t]{0,3}+(?:so[ \t]++với[ \t]++)?(?:chỉ[ \t]++tiêu|kế[ \t]++hoạch|dự[ \t]++toán)(?!\w)",
                              re.IGNORECASE)
_PLAN_AFTER = re.compile(r"[ \t]{0,3}+(?:so[ \t]++với[ \t]++)?(?:chỉ[ \t]++tiêu[ \t]++)?(?:kế[ \t]++hoạch|dự[ \t]++toán)(?!\w)",
                         re.IGNORECASE)


def _rate_of_its_parts(doc: Document, base: NumberToken, part: NumberToken) -> bool:
    """Does ``base`` carry a percentage of its own (the figure right after it, not a change),
    and ``part`` and a sibling after ``base`` (figures of its unit) each one too, the base's
    within the range of theirs? "893,1 nghìn ha lúa mùa, chiếm 57,4% diện tích gieo cấy …, trong
    đó: phía Bắc 614,1 nghìn ha, chiếm 60% …; phía Nam 279 nghìn ha, chiếm 52,3%": each part's
    rate is of its own base, and the total's is their weighted average — it is not their base."""
    figures = _all_figures(doc)
    starts = [n.start for n in figures]
    roles = load_roles()
    k = bisect.bisect_left(starts, base.start)
    if k >= len(figures) or figures[k] is not base and figures[k].start != base.start:
        return False

    def rate_after(j: int) -> Optional[NumberToken]:
        if j + 1 < len(figures) and figures[j + 1].percent and figures[j + 1].start - figures[j].end <= 60 \
                and not roles.is_change_before(doc.text[max(0, figures[j + 1].start - 40):figures[j + 1].start]):
            return figures[j + 1]
        return None
    own = rate_after(k)
    if own is None:
        return False
    key, rates, j = unit_key(part), [], k + 1
    limit = part.end + 400
    while j < len(figures) and figures[j].start < limit and len(rates) < 8:
        n = figures[j]
        if not n.percent and unit_key(n) == key \
                and not roles.is_change_before(doc.text[max(0, n.start - 40):n.start]):
            r = rate_after(j)
            if r is None and n.start == part.start:
                return False  # the part's own percentage is not in its clause: another reading
            if r is not None:
                rates.append(Fraction(r.value))
        j += 1
    if len(rates) < 2:
        return False
    half = Fraction(1, 2) * Fraction(10) ** -own.decimals
    return min(rates) - half <= Fraction(own.value) <= max(rates) + half


# a rate of another period right after it: "bằng 80% cùng kỳ năm trước", "bằng 95% so với năm 2022"
_PERIOD_WORD_AFTER = re.compile(r"[ \t]{0,3}+(?:so[ \t]++(?:với[ \t]++)?)?(?:cùng[ \t]++kỳ|kỳ[ \t]++trước|năm[ \t]++trước"
                                r"|tháng[ \t]++trước|quý[ \t]++trước|năm[ \t]++(?:19|20)\d\d)(?!\w)", re.IGNORECASE)


def _sibling_rate_of_plan(doc: Document, nums: list[NumberToken], i: int, share: NumberToken) -> bool:
    """Is the share of ``nums[i]`` bare ("đạt 50%", no base named after it) while an earlier
    figure of its unit in the sentence has a rate of its plan ("21 ĐV mới, đạt 105% chỉ tiêu được
    giao") or of another period ("1.000 thuê bao, bằng 80% cùng kỳ năm trước, trong đó 100 thuê
    bao cố định, bằng 50%")? Then the list's bare rates are rates of that kind too."""
    text, n = doc.text, nums[i]
    if _PLAN_AFTER.match(text, share.end) or _NAMED_BASE.match(text, share.end):
        return False
    key = unit_key(n)
    for j in range(i - 1, max(-1, i - 16), -1):
        m = nums[j]
        if m.percent or unit_key(m) != key or j + 1 >= len(nums):
            continue
        rate = nums[j + 1]
        if rate.percent and rate.start - m.end <= 40 and (_PLAN_WORD_AFTER.match(text, rate.end)
                                                            or _PERIOD_WORD_AFTER.match(text, rate.end)):
            return True
    return False


def _all_figures(doc: Document) -> list[NumberToken]:
    """Every figure of the prose, in order (read once a document)."""
    cache = doc.meta.setdefault("_cache", {})
    found = cache.get("ratio-all-figures")
    if found is None:
        found = [n for b in prose_blocks(doc) for x in sentences(doc, b) for n in x.numbers]
        cache["ratio-all-figures"] = found
    return found


def _is_date(t: NumberToken) -> bool:
    """"Chiều 17/6, …": a day and a month, no unit — a date, not a fraction."""
    d = t.denominator
    return d is not None and not t.unit.strip() and not d.unit.strip() and t.decimals == 0 and d.decimals == 0 \
        and 1 <= t.value <= 31 and 1 <= d.value <= 12
# a count's label, then its share in brackets: "267 người có trình độ đại học (16,71%"
_PAREN_SHARE_GAP = re.compile(r"[^;()\d]{0,120}+\([ \t]*+(?:(?:tỷ|tỉ)[ \t]++lệ[ \t]*+|chiếm[ \t]*+)?", re.IGNORECASE)
_BREAKDOWN_WORD = re.compile(r"(?<!\w)(?:trong\s+đó|trong\s+số|gồm|bao\s+gồm|cụ\s+thể|riêng|chia\s+ra)(?!\w)", re.IGNORECASE)
# the name of a base after a share: "so với tổng số hộ nghèo toàn tỉnh" — its words up to a mark
_NAMED_BASE_WORDS = re.compile(r"[ \t]{0,3}(?:(?:so[ \t]+với|của|trên|trong)[ \t]+)?tổng[ \t]+số[ \t]+"
                               r"(?P<name>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,7})", re.IGNORECASE)
_WHOLE_WORDS = frozenset({"toàn", "tỉnh", "huyện", "thành", "phố", "cả", "nước", "trên", "địa", "bàn", "của", "chung"})
# "… so với tổng số hộ nghèo DTTS và chiếm 31,56%": the words of the first base, "và" or a comma,
# and the second share's cue (no figure, bracket or sentence end between)
_SECOND_SHARE = re.compile(r"[^\d().;]{0,80}?(?:[ \t]và[ \t]|,[ \t]*)(?:chiếm|bằng)[ \t]+(?:(?:tỷ|tỉ)[ \t]+lệ[ \t]+)?",
                           re.IGNORECASE)

# a share of a whole named as a total of a measure: "chiếm 18% tổng vốn đầu tư", "tổng kim ngạch"
_NAMED_TOTAL = re.compile(r"[ \t]{0,3}+(?:(?:so[ \t]++với|của|trên|trong)[ \t]++)?tổng[ \t]++[^\W\d_]", re.IGNORECASE)
# "…; trong đó …", "…, trong số đó …" inside a sentence (an opener of the next sentence is read
# by ``Ratio._opened_on``)
_IN_SENTENCE_CUE = re.compile(r"(?<=[,;:(])[ \t]*+trong[ \t]++(?:số[ \t]++)?đó(?!\w)", re.IGNORECASE)
# two figures joined by "và" in one clause ("thụ lý 400 vụ và đã giải quyết 200 vụ")
_AND = re.compile(r"(?<!\w)và(?!\w)")
# a count, its noun's words and "chiếm (tỷ lệ)" right before its share: "2.332 hộ nghèo, chiếm tỷ lệ "
_CHIEM_LINK = re.compile(r"(?:[ \t]*+(?!chiếm(?!\w))[^\W\d_]++){0,6}+[ \t]*+,?[ \t]*+\(?[ \t]*+chiếm[ \t]++"
                         r"(?:(?:tỷ|tỉ)[ \t]++(?:lệ|trọng)[ \t]++)?(?:là[ \t]++)?", re.IGNORECASE)
# after a share: the base named in words ("% tổng số hộ", "% dân số"), or nothing (the clause ends)
_NAMED_AFTER = re.compile(r"[ \t]*+(?:so[ \t]++với[ \t]++|của[ \t]++|trên[ \t]++|trong[ \t]++)?[^\W\d_]", re.IGNORECASE)
_BARE_AFTER = re.compile(r"[ \t)]*+(?:[.;,]|$)")
# "bằng" right before a rate (a ratio to something, not "chiếm", a share)
_BARE_BANG = re.compile(r"(?<!\w)bằng[ \t]++\Z", re.IGNORECASE)
_CUE_WINDOW = 400  # characters before a part looked over for its "trong đó"
MAX_LOOKBACK = 24  # earlier counts of the paragraph tried as the base of a share
MAX_LATER = 8  # later counts of the same sentence tried as well


def _cue_re(words: list[str], at_end: bool) -> re.Pattern:
    """One of ``words`` as whole words (``at_end``: as the last words before the figure)."""
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    if not alts:
        return re.compile(r"(?!)")
    tail = r"(?:\s++(?:tỷ|tỉ)\s++lệ)?+\s*+(?:là\s*+)?+$" if at_end else ""
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w){tail}", re.IGNORECASE)


@register("ratio")
class Ratio(Kind):
    placeholders = frozenset({"stated", "computed", "computation", "difference", "implied", "base"})

    @record(frozen=True, eq=False)
    class Params:
        check: str = "share"  # "share" | "grim"
        # text between a fraction a/b and its percentage ("đơn vị, đạt tỷ lệ ")
        # the words between a fraction and its rate: no other figure stands there (the two are
        # consecutive figures), so a digit is a label's or a year's ("… tiểu học mức độ 3, đạt tỷ lệ
        # 54%", "năm 2023"), and the label may be long
        fraction_link: str = r"[^.;!?]{0,120}?(?:đạt|chiếm|bằng|tỷ\s+lệ|tỉ\s+lệ)[^\d.;!?]{0,15}?"
        # text between a percentage and the fraction in parentheses after it ("(", "hồ sơ (")
        paren_link: str = r"(?:\s*+[^\W\d_(]++){0,8}+\s*+\(\s*+"
        # text between a fraction a/b and its percentage in parentheses ("hồ sơ (")
        fraction_paren_link: str = r"\s*+(?:[^\W\d_(]++\s*+){0,3}+\(\s*+"
        # text between a count and its base in "a hồ sơ trên tổng số b hồ sơ" (an explicit fraction)
        # (the count's label may run to six words, "thí sinh đỗ tốt nghiệp trên tổng số"; "trong tổng
        # số" says the same as "trên tổng số")
        over_link: str = (r"\s*+(?:[^\W\d_]++\s*+){0,6}?(?:trên|/|trong(?=\s++tổng(?!\w)))\s*+(?:tổng\s++(?:số\s++)?)?"
                          r"(?:[^\W\d_]++\s*+){0,3}?")
        # text between a count and its share ("hồ sơ (đạt ", "hồ sơ, chiếm tỷ lệ ")
        # possessive, so that it cannot backtrack: "(?:[^\W\d_]+\s*){0,3}" could split a run of n
        # letters n**3 ways before failing (see identity's share_link)
        # The label words stop at a cue word, so the cue may follow them with or without a comma
        # ("689 hồ sơ chiếm 3,45%", "689 hồ sơ, chiếm 3,45%"); each word is taken whole (++) and
        # checked once by the look-ahead: linear.
        count_link: str = (r"\s*+(?:(?!(?:đạt|chiếm|bằng)(?!\w)|(?:tỷ|tỉ)\s++(?:lệ|trọng)(?!\w))[^\W\d_]++\s*+){0,9}+"
                           r"(?:,\s*+)?(?:(?:(?:đạt|chiếm|bằng)\s*+(?:(?:tỷ|tỉ)\s++(?:lệ|trọng)\s*+)?"
                           r"|(?:tỷ|tỉ)\s++(?:lệ|trọng)\s*+)(?:là\s*+)?"
                           r"|\(\s*+(?:(?:đạt|chiếm|bằng)\s*+)?(?:(?:tỷ|tỉ)\s++(?:lệ|trọng)\s*+)?(?:là\s*+)?)")
        # a percentage after these words is a bound or a target, not a share of stated counts:
        # "đạt tỷ lệ dưới 10%", "phấn đấu đạt 95%" (matched in the words of its clause before it)
        bound_cues: list[str] = field(default_factory=lambda: [
            "dưới", "trên", "tối thiểu", "tối đa", "ít nhất", "không quá", "không dưới", "chưa đến", "chưa tới",
            "vượt mốc", "vượt ngưỡng", "từ", "đến"])
        target_cues: list[str] = field(default_factory=lambda: [
            "phấn đấu", "chỉ tiêu", "mục tiêu", "kế hoạch", "yêu cầu", "dự kiến", "theo quy định", "quy định"])
        # a count after these words in its clause is a change, and its "(x%)" a rate of change
        # "(tương đương 669 hộ). Trong đó, hộ đồng bào dân tộc thiểu số là 552 hộ, chiếm tỷ lệ 97%
        # số hộ nghèo": a sentence opening on one of these names the figure of the sentence before
        # as the whole its parts are shares of — the one base of the part's measure there is the
        # base (inferred: a warning, not a plausible-only info)
        breakdown_openers: list[str] = field(default_factory=lambda: [
            "Trong đó", "Trong số đó", "Trong tổng số đó", "Trong số này", "Trong tổng số này"])
        change_cues: list[str] = field(default_factory=lambda: [
            "tăng", "giảm", "so với", "cao hơn", "thấp hơn", "nhiều hơn", "ít hơn", "chênh lệch", "thêm"])
        # text between a percentage and its base count for GRIM ("trên tổng số ")
        grim_link: str = r"\s*(?:trên|của)\s+(?:tổng\s+(?:số\s+)?)?(?:[^\W\d_]+\s+){0,3}?"
        # after an amount of money or of a physical unit, the words that make its percentage a
        # share of another amount ("20.283 tỷ đồng, chiếm 94,46%", "352,56 ngàn tấn, chiếm 78%");
        # "đạt x%" after an amount is mostly of a plan unsaid
        money_share_cues: list[str] = field(default_factory=lambda: ["chiếm", "tỷ trọng", "tỉ trọng"])
        denominator_search: bool = True
        approx_relative: float = 0.03

    def __init__(self, params: "Ratio.Params"):
        super().__init__(params)
        if params.check not in ("share", "grim", "common_base"):
            raise ValueError("check phải là 'share', 'grim' hoặc 'common_base'")
        # a sentence opening on one of these breaks down the figure of the sentence before
        opening = sorted((re.escape(c).replace(r"\ ", r"[ \t]++") for c in params.breakdown_openers if c.split()),
                         key=len, reverse=True)
        self.opener_re = re.compile(rf"[ \t]{{0,3}}+(?:{'|'.join(opening)})(?!\w)", re.IGNORECASE) if opening else None
        self.fraction_link = re.compile(params.fraction_link, re.IGNORECASE)
        self.paren_link = re.compile(params.paren_link)
        self.count_link = re.compile(params.count_link, re.IGNORECASE)
        self.fraction_paren_link = re.compile(params.fraction_paren_link, re.IGNORECASE)
        self.over_link = re.compile(params.over_link, re.IGNORECASE)
        self.bound_re = _cue_re(params.bound_cues, at_end=True)
        self.target_re = _cue_re(params.target_cues, at_end=False)
        self.change_re = _cue_re(params.change_cues, at_end=False)
        # after the percentage: a plan or another period it is compared with ("so với tổng số" stays a share)
        targets = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(
            params.target_cues + ["dự toán", "nhiệm vụ", "cùng kỳ", "kỳ trước", "năm trước", "quý trước",
                                  "tháng trước"], key=len, reverse=True))
        self.compared_after_re = re.compile(rf"[ \t]*+(?:so\s++(?:với\s++)?)?(?:{targets})(?!\w)", re.IGNORECASE)
        self.grim_link = re.compile(params.grim_link, re.IGNORECASE)
        self.money_link = _cue_re(params.money_share_cues, at_end=False)
        self.plan_re = _cue_re(params.target_cues + ["dự toán"], at_end=False)
        self.rel = Fraction(params.approx_relative).limit_denominator(10000)

    def _totals_of_parts(self, doc: Document) -> dict[int, NumberToken]:
        """The total each figure is a part of, as the breakdown relations read them (a part of
        two totals is left out): "15.641 hồ sơ, trong đó 13.529 … (86,5%), 2.252 … (12,5%)" —
        the share of 2.252 is of 15.641, not of its sibling 13.529."""
        from .breakdown import default_relations

        cache = doc.meta.setdefault("_cache", {})
        found = cache.get("ratio-totals-of-parts")
        if found is None:
            found, twice = {}, set()
            for rel in default_relations(doc):
                if _RATE_EQUIVALENT.search(doc.text, max(0, rel.total.start - 40), rel.total.start):
                    # "tỷ lệ thất nghiệp 0,76%, tương đương với 6.014 người; …, nông thôn 1.639
                    # người, chiếm tỷ lệ 0,33%": the total is the count of a rate, and the parts'
                    # percentages are rates of their own groups, not shares of it
                    continue
                for p in rel.parts:
                    if p.start in found and found[p.start].start != rel.total.start:
                        twice.add(p.start)
                    found[p.start] = rel.total
            for k in twice:
                del found[k]
            cache["ratio-totals-of-parts"] = found
        return found

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        if self.params.check == "common_base":
            yield from self._common_bases(doc)
            return
        totals = self._totals_of_parts(doc) if self.params.denominator_search else {}
        for block in prose_blocks(doc):
            seen: list[NumberToken] = []  # counts earlier in the paragraph: candidate bases
            shared: set[int] = set()  # the starts of those stated with a share of their own
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
                    if n.percent and not self._stated_share(doc, s.start, n):
                        continue  # a bound or a target ("dưới 10%", "phấn đấu đạt 95%")
                    nxt2 = nums[i + 2] if i + 2 < len(nums) else None
                    # x% (a/b), x% hồ sơ (a/b) — not "giảm 5,83% (3.389/3.599 vụ)": after a word
                    # of change the bracket gives the new and the old value, a change's business
                    if n.percent and nxt is not None and nxt.denominator is not None \
                            and self.paren_link.fullmatch(doc.text[n.end:nxt.start]) \
                            and not load_roles().is_change_before(doc.text[max(s.start, n.start - 40):n.start]):
                        hit = self._judge(n, nxt, nxt.denominator, "x% (a/b)")
                        if hit:
                            yield hit
                    # x% … (a trên tổng số b)
                    elif n.percent and nxt is not None and nxt2 is not None and nxt.is_count and nxt2.is_count \
                            and self.paren_link.fullmatch(doc.text[n.end:nxt.start]) \
                            and self.over_link.fullmatch(doc.text[nxt.end:nxt2.start]):
                        hit = self._judge(n, nxt, nxt2, "x% (a trên b)")
                        if hit:
                            yield hit
                    # a/b …, đạt tỷ lệ x% ; a/b hồ sơ (x%)
                    elif n.denominator is not None and nxt is not None and nxt.percent and not _is_date(n) \
                            and not _AFTER_ITS_RATE.search(doc.text, max(s.start, n.start - 12), n.start) \
                            and (self.fraction_link.fullmatch(doc.text[n.end:nxt.start])
                                 or self.fraction_paren_link.fullmatch(doc.text[n.end:nxt.start])) \
                            and ((stated := self._stated_share(doc, s.start, nxt))
                                 or self._of_plan_written(doc, s.start, nxt)):
                        hit = self._judge(nxt, n, n.denominator, "a/b, tỷ lệ x%")
                        if hit and not stated:
                            # "87.096/75.250 lượt người đạt 115,7% chỉ tiêu kế hoạch": b is the plan as
                            # reports write it, but that is read from the order, not stated: a warning
                            hit = dataclasses.replace(hit, severity="warning")
                        if hit:
                            yield hit
                    # a hồ sơ trên tổng số b hồ sơ, đạt x%
                    elif n.is_count and n.denominator is None and nxt is not None and nxt2 is not None \
                            and nxt.is_count and nxt2.percent and self.over_link.fullmatch(doc.text[n.end:nxt.start]) \
                            and _same_whole(n, nxt) \
                            and (self.count_link.fullmatch(doc.text[nxt.end:nxt2.start])
                                 or self.fraction_link.fullmatch(doc.text[nxt.end:nxt2.start])) \
                            and self._stated_share(doc, s.start, nxt2):
                        hit = self._judge(nxt2, n, nxt, "a trên b, đạt x%")
                        if hit:
                            yield hit
                    # "số hồ sơ trực tuyến là 133.015 và tổng số hồ sơ giải quyết là 168.746, chiếm
                    # 68,54%": the part, then its base named as the whole, then the share —
                    # inferred from the order of the words, so at most a warning
                    elif n.is_count and n.denominator is None and nxt is not None and nxt2 is not None \
                            and nxt.is_count and nxt.denominator is None and nxt2.percent and not n.approx \
                            and _AND_TOTAL_LINK.fullmatch(doc.text, n.end, nxt.start) \
                            and self.count_link.fullmatch(doc.text[nxt.end:nxt2.start]) \
                            and self._stated_share(doc, s.start, nxt2) and base_value(nxt) >= base_value(n):
                        hit = self._judge(nxt2, n, nxt, "a và tổng số b, chiếm x%")
                        if hit:
                            yield dataclasses.replace(hit, severity="warning") if hit.severity == "error" else hit
                    # a hồ sơ (đạt x%), a hồ sơ, chiếm tỷ lệ x%; an amount of money only with
                    # "chiếm" (after an amount, "đạt x%" is mostly of a plan left unsaid)
                    elif self.params.denominator_search and not n.approx and nxt is not None \
                            and (share := self._share_of(doc, nums, i)) is not None \
                            and (base_value(share) <= 100 or self.money_link.search(doc.text, n.end, share.start)) \
                            and ((n.is_count and not is_money(n) and not _physical(n))
                                 or ((is_money(n) or _physical(n)) and self.money_link.search(doc.text, n.end, share.start))
                                 or _scaled_count(n))\
                            and self._stated_share(doc, s.start, share) and not self._is_change(doc, s.start, n):
                        # (above: a share above 100 % without "chiếm", "1.706 người (đạt 100,3%)", is of a
                        # plan left unsaid, never of a whole holding the part; AR004 judges "chiếm 103%")
                        nxt = share
                        # a later figure with its own share is a sibling, not the base ("nam 500 người,
                        # chiếm 5,0%, nữ 9.500 người, chiếm 95,0%")
                        later = [x for j, x in enumerate(nums[i + 2:i + 2 + MAX_LATER], start=i + 2)
                                 if not x.percent and x.denominator is None and x.start > share.end
                                 and self._share_of(doc, nums, j) is None]
                        named = _NAMED_BASE.match(doc.text, nxt.end) is not None
                        if named or _NAMED_TOTAL.match(doc.text, nxt.end):
                            # "chiếm 3,20% so với tổng số hộ toàn tỉnh (…); hộ cận nghèo có 14.994
                            # hộ": the base is named, and a later figure is not it unless given
                            # with the name ("… tổng số hồ sơ tiếp nhận (19.944 hồ sơ)")
                            later = [x for x in later[:1] if len(doc.text[nxt.end:x.start]) <= 80
                                     and not re.search(r"[;,.]", doc.text[nxt.end:x.start])
                                     and re.search(r"\(\s*$|\blà\s*$", doc.text[nxt.end:x.start])]
                        own = totals.get(n.start)
                        if own is None and not named:
                            own = self._whole_before_cue(doc, s.start, n, seen)
                        if _sibling_rate_of_plan(doc, nums, i, share) or self._index_like_its_whole(doc, share, seen):
                            # "Đảng bộ A kết nạp được 21 ĐV mới, đạt 105% chỉ tiêu được giao; … B kết
                            # nạp 5 ĐV mới, đạt 50%": the list's rates are of each one's plan
                            continue
                        earlier = seen if not named else self._named_bases(doc, s.start, nxt, seen, own)
                        # an earlier figure with a share of its own and no breakdown word between is a
                        # sibling ("… 500 người, chiếm 5,0%, sửa đổi, bổ sung 100 người, chiếm 1,0%")
                        earlier = [b for b in earlier if b.start not in shared
                                   or (own is not None and b.start == own.start)
                                   or _BREAKDOWN_WORD.search(doc.text, b.end, n.start)]
                        shared.add(n.start)
                        hit = self._search(n, nxt, earlier, s.start, later, own, doc)
                        if hit:
                            yield hit
                        # "(chiếm 13,13% so với tổng số hộ nghèo DTTS và chiếm 31,56% so với tổng số
                        # hộ nghèo toàn tỉnh)": a second share of the same part, of another named base
                        second = self._second_share(doc, nums, i, nxt)
                        if second is not None and self._stated_share(doc, s.start, second):
                            hit = self._search(n, second, self._named_bases(doc, s.start, second, seen, own),
                                               s.start, [], own, doc)
                            if hit:
                                yield hit
                    if not n.percent and nxt is not None and nxt.percent \
                            and _PAREN_SHARE_GAP.fullmatch(doc.text, n.end, nxt.start):
                        # "267 người có trình độ từ trung cấp đến đại học (16,71%), …; 97 người là
                        # đảng viên (tỉ lệ 6,69%)": a figure with its share in brackets after its
                        # label is a sibling of the next, never its base
                        shared.add(n.start)
                    if not n.percent and n.denominator is None:
                        seen.append(n)
                    elif not n.percent and n.is_count:
                        # "6.084/7.669 xã (79,3%) đạt chuẩn …; có 2.567 xã (42,4%) …": the parts
                        # of a fraction are counts a later share may be of
                        seen.append(dataclasses.replace(n, denominator=None))
                        seen.append(n.denominator)

    def _named_bases(self, doc: Document, sentence_start: int, pct: NumberToken, seen: list[NumberToken],
                     own: Optional[NumberToken]) -> list[NumberToken]:
        """The earlier figures a share of a base named in words may be of: those labelled as a
        whole ("toàn tỉnh có 334.000 hộ"), and the part's own total when the name is its label
        ("Hộ nghèo có 10.689 hộ, …, trong đó có 3.879 hộ … (chiếm 31,56% so với tổng số hộ nghèo
        toàn tỉnh)": "hộ nghèo" is what 10.689 counts)."""
        out = [b for b in seen if _TOTAL_LABEL.search(self._clause_before(doc, sentence_start, b))]
        m = _NAMED_BASE_WORDS.match(doc.text, pct.end)
        name = [w for w in m.group("name").lower().split() if w not in _WHOLE_WORDS] if m else []
        if name:
            # "chiếm 6,96% so với tổng số hộ đồng bào dân tộc thiểu số": a whole is the base only when
            # it counts what the name says ("toàn tỉnh còn 6.323 hộ nghèo" is not it; "15.173 hộ cận
            # nghèo" is the base of "… so với tổng số hộ cận nghèo toàn tỉnh")
            out = [b for b in out if set(name) <= self._label_words(doc, sentence_start, b)]
        if own is None or any(b.start == own.start for b in out):
            return out
        if m is None:
            return out
        if name and set(name) <= self._label_words(doc, sentence_start, own):
            out.append(own)
        return out

    @staticmethod
    def _index_like_its_whole(doc: Document, share: NumberToken, seen: list[NumberToken]) -> bool:
        """Is ``share`` a bare "bằng x%" (no base named after it) while a figure before it, of
        the paragraph's last few, has a "bằng y% cùng kỳ" of its own? "… ước tính đạt 4,7 triệu
        thuê bao, bằng 59,5% cùng kỳ năm trước. Cụ thể, … 33,4 nghìn thuê bao cố định, bằng
        26,3%": the part's rate is of its own last year too, no share of the whole."""
        text = doc.text
        if not _BARE_BANG.search(text, max(0, share.start - 12), share.start) or _NAMED_BASE.match(text, share.end):
            return False
        figures = _all_figures(doc)
        starts = [n.start for n in figures]
        for b in seen[-8:]:
            k = bisect.bisect_left(starts, b.start)
            if k + 1 < len(figures) and figures[k].start == b.start:
                rate = figures[k + 1]
                if rate.percent and rate.start - b.end <= 60 and rate.start < share.start \
                        and _BARE_BANG.search(text, max(0, rate.start - 12), rate.start) \
                        and (_PERIOD_WORD_AFTER.match(text, rate.end) or _PLAN_WORD_AFTER.match(text, rate.end)):
                    return True
        return False

    # ------------------------------------------------------------------ shares of one unstated base
    def _common_bases(self, doc: Document) -> Iterable[Hit]:
        """Two counts of one noun in a sentence, each with its share of one base that is not
        stated: "toàn huyện có 2.332 hộ nghèo, chiếm tỷ lệ 9,51% tổng số hộ trên địa bàn; 2.946 hộ
        cận nghèo, chiếm tỷ lệ 12,01%" — the second share is bare, so of the base the first names;
        each count over its share gives that base (24.521 and 24.529 hộ), and the two must agree
        to the precision written. Only when no figure of the noun stated in the paragraph before
        could be the base (the share kind judges a share against a stated base)."""
        text = doc.text
        for block in prose_blocks(doc):
            if "chiếm" not in block.text.lower():
                continue
            earlier: list[NumberToken] = []
            for s in sentences(doc, block):
                nums = list(s.numbers)
                pairs = []  # (count, its share) in the order written
                for i, n in enumerate(nums):
                    if n.percent or n.denominator is not None or not n.is_count or n.approx or i + 1 >= len(nums):
                        continue
                    share = nums[i + 1]
                    if share.percent and not share.approx and _CHIEM_LINK.fullmatch(text, n.end, share.start) \
                            and self._stated_share(doc, s.start, share) and not self._is_change(doc, s.start, n):
                        pairs.append((n, share))
                for (a, pa), (b, pb) in zip(pairs, pairs[1:]):
                    if unit_key(a) != unit_key(b) or a.scale != b.scale or not _NAMED_AFTER.match(text, pa.end) \
                            or not _BARE_AFTER.match(text, pb.end):
                        continue
                    if any(unit_key(x) == unit_key(a) and base_value(x) >= max(base_value(a), base_value(b))
                           for x in earlier + [x for x in nums if x.start < a.start and not x.percent]):
                        continue  # a stated figure may be the base: the share kind's business
                    hit = self._judge_common(a, pa, b, pb)
                    if hit is not None:
                        yield hit
                earlier.extend(x for x in nums if not x.percent and x.denominator is None)

    def _judge_common(self, a: NumberToken, pa: NumberToken, b: NumberToken, pb: NumberToken) -> Optional[Hit]:
        if not all(in_range(t) for t in (a, pa, b, pb)):
            return None

        def base(t: NumberToken, p: NumberToken, u: Fraction) -> Optional[Interval]:
            x, q = interval_of(t, u), interval_of(p, u)
            if None in (x.lo, x.hi, q.lo, q.hi) or q.lo <= 0:
                return None
            return Interval(100 * x.lo / q.hi, 100 * x.hi / q.lo)

        verdict = []
        for u in (Fraction(1, 2), Fraction(1)):
            ba, bb = base(a, pa, u), base(b, pb, u)
            if ba is None or bb is None:
                return None
            verdict.append(ba.intersects(bb))
        if verdict[0]:
            return None
        ia, ib = 100 * base_value(a) / base_value(pa), 100 * base_value(b) / base_value(pb)
        implied = 100 * base_value(b) / ia  # the second share on the first's base
        dec = max(pb.decimals, 1)
        comp = (f"{a.text}/{pa.text}% = {fmt_vn(ia, 0)} nhưng {b.text}/{pb.text}% = {fmt_vn(ib, 0)}: "
                f"không cùng một tổng ({b.text}/{fmt_vn(ia, 0)} × 100 = {fmt_vn(implied, dec + 1)}%)")
        values = {"stated": f"{pb.text}%", "computed": f"{fmt_vn(implied, dec)}%", "computation": comp,
                  "difference": fmt_vn(abs(implied - base_value(pb)), dec + 1), "implied": f"{fmt_vn(implied, pb.decimals)}%",
                  "base": fmt_vn(ia, 0)}
        data = {"relation": "two shares of one base", "first": a.text, "first_share": f"{pa.text}%",
                "second": b.text, "second_share": f"{pb.text}%", "base_first": fmt_vn(ia, 0),
                "base_second": fmt_vn(ib, 0)}
        return Hit(a.start, pb.end, values, severity="warning" if not verdict[1] else "info", data=data)

    def _whole_before_cue(self, doc: Document, sentence_start: int, n: NumberToken,
                          seen: list[NumberToken]) -> Optional[NumberToken]:
        """The figure a "trong đó" of ``n``'s sentence breaks down: the last one of ``n``'s unit
        before the cue, not a change ("đã giải quyết 4.732 vụ (tăng 786 vụ SCK), đạt tỷ lệ 98,64%;
        trong đó số án hòa giải thành là 3.348 vụ, đạt tỷ lệ 70,8%": the part's share is of
        4.732). None when two figures joined by "và" stand before the cue (which one, or both,
        is not said), or no cue stands between them."""
        # looked for over a bounded window before the part, and over its last few figures: a long
        # sentence of many parts stays linear
        lo = max(sentence_start, n.start - _CUE_WINDOW)
        cue = None
        for m in _IN_SENTENCE_CUE.finditer(doc.text, lo, n.start):
            cue = m
        if cue is None:
            return None
        key, roles = unit_key(n), load_roles()
        recent = seen[-MAX_LOOKBACK:]
        for k in range(len(recent) - 1, -1, -1):
            b = recent[k]
            if b.start < sentence_start:
                return None
            if b.end > cue.start() or b.percent or b.denominator is not None:
                continue
            if roles.is_change_before(doc.text[max(0, b.start - 40):b.start]) or self._is_plan(doc, b):
                continue
            if unit_key(b) != key or b.scale != n.scale or base_value(b) < base_value(n):
                return None  # the figure before the cue is of another measure: no base is named
            if "/" in doc.text[max(0, b.start - 1):b.end + 1]:
                # "2.590/2.974 hộ …, trong đó …": the cue is of the part or of the whole of a fraction,
                # which one is not said
                return None
            prev = next((x for x in reversed(recent[:k]) if unit_key(x) == key), None)
            between = doc.text[prev.end:b.start] if prev is not None and prev.start >= sentence_start else ""
            if len(between) <= 80 and not re.search(r"[,;:.()]", between) and _AND.search(between):
                return None
            return b
        return None

    def _label_words(self, doc: Document, sentence_start: int, tok: NumberToken) -> set[str]:
        """The words a figure is labelled with: its clause before it and its unit, and the words
        after its unit up to the next separator ("6.323 hộ nghèo, …": "hộ", "nghèo")."""
        after = doc.text[tok.end:tok.end + 60]
        cut = re.search(r"[,;:().]", after)
        return set(self._clause_before(doc, sentence_start, tok).lower().split()) | \
            set((after[:cut.start()] if cut else after).lower().split())

    @staticmethod
    def _second_share(doc: Document, nums: list[NumberToken], i: int, pct: NumberToken) -> Optional[NumberToken]:
        """The share after ``pct`` (the share of ``nums[i]``, at most three figures after it) in the
        same bracket, joined by "và" or a comma and a share cue, of a base named in words."""
        # looked for next to the count, not across the sentence: a sentence of many shares stays linear
        k = next((j for j in range(i + 1, min(len(nums), i + 4)) if nums[j] is pct), None)
        if k is None or k + 1 >= len(nums):
            return None
        x = nums[k + 1]
        if not x.percent or not _SECOND_SHARE.fullmatch(doc.text, pct.end, x.start):
            return None
        return x if _NAMED_BASE.match(doc.text, x.end) else None

    def _share_of(self, doc: Document, nums: list[NumberToken], i: int) -> Optional[NumberToken]:
        """The share stated of the count ``nums[i]``: the percentage right after it ("689 hồ sơ,
        chiếm 3,45%"), or the one after its own change ("48,06 triệu USD, tăng 47,89% so với cùng
        kỳ năm trước, chiếm 71% …": the rate of change stands between the part and its share)."""
        n = nums[i]
        if n.denominator is not None or i + 1 >= len(nums):
            return None
        nxt = nums[i + 1]
        if not nxt.percent:
            return None
        link_end = nxt.start
        if nxt.approx:
            # "19 nghìn tỷ đồng, chiếm gần 58%": the link ends before the share's qualifier
            q = default_cues().approx_re.search(doc.text, max(n.end, nxt.start - 24), nxt.start)
            link_end = q.start() if q else nxt.start
        if self.count_link.fullmatch(doc.text[n.end:link_end]):
            return nxt
        named = _RATE_NAMED.fullmatch(doc.text, n.end, nxt.start)
        if named is not None:
            # "có 1.100 thí sinh đỗ tốt nghiệp, tỷ lệ đỗ đạt 80,0%": the rate names, in the count's
            # own words, what the count counts (any other word names another rate: "…, tỷ lệ quá hạn 5%")
            label = set(named.group("label").lower().split())
            rate = named.group("rate").lower().split()
            if rate and all(w in label for w in rate):
                return nxt
        if not _CHANGE_AFTER_COUNT.fullmatch(doc.text, n.end, nxt.start):
            return None
        for k in range(i + 2, min(len(nums), i + 4)):
            x = nums[k]
            if x.percent:
                return x if _SHARE_AFTER_CHANGE.fullmatch(doc.text, nxt.end, x.start) else None
            if not _YEAR.fullmatch(x.text):
                return None  # "so với cùng kỳ năm 2021": only a year may stand in the way
        return None

    # ------------------------------------------------------------------ judging
    def _status(self, pct: NumberToken, a: NumberToken, b: NumberToken) -> Optional[str]:
        # the verdict depends on the three figures as written and the tolerance only: cached, so
        # a long run of shares tried against the same bases is not recomputed in Fractions
        base = _figure(b)
        if b.approx:
            # "cả nước có trên 8.000 lễ hội … 7.039 lễ hội dân gian (chiếm 88,36%)": a rounded
            # base in prose is near the count the shares were computed on, either side of it
            base = base[:4] + ("khoảng",)
        return _share_status(_figure(pct), _figure(a), base, self.rel.numerator, self.rel.denominator)

    def _judge(self, pct: NumberToken, a: NumberToken, b: NumberToken, pattern: str) -> Optional[Hit]:
        if not (in_range(pct) and in_range_together(a, b)):
            return None  # a figure beyond the reader's bound is not judged; a/b undecided alike is
        status = self._status(pct, a, b)
        if status in (None, "ok"):
            return None
        if pct.approx or a.approx or b.approx:
            status = "warning"
        return self._hit(pct, a, b, status, pattern, start=min(pct.start, a.start), end=max(pct.end, b.end))

    def _clause_before(self, doc: Document, sentence_start: int, tok: NumberToken) -> str:
        """The words of ``tok``'s clause before it (back to a comma, semicolon, colon or bracket)."""
        lo = max(sentence_start, tok.start - 120)
        before = doc.text[lo:tok.start]
        cut = max(before.rfind(c) for c in ",;:()")
        return before[cut + 1:] if cut >= 0 else before

    def _stated_share(self, doc: Document, sentence_start: int, pct: NumberToken) -> bool:
        """Is this percentage stated as a share, not as a bound or a target? After "a/b" too:
        "693 ngàn ha/750 ngàn ha, đạt 85,43% so với kế hoạch" may be of a plan not written (750
        may be the area sown last year), so the rate is not judged against a/b."""
        if pct.approx and self.bound_re.search(pct.approx + " "):
            return False
        words = self._clause_before(doc, sentence_start, pct)
        if self.bound_re.search(words) or self.target_re.search(words):
            return False
        # "đạt 128% so với kế hoạch", "bằng 95% dự toán": a ratio to a plan or another period
        return not self.compared_after_re.match(doc.text, pct.end)

    def _of_plan_written(self, doc: Document, sentence_start: int, pct: NumberToken) -> bool:
        """"a/b …, đạt x% (so với) (chỉ tiêu) kế hoạch": a rate of the plan right after a/b, b the
        plan (not after a bound or a target word before the rate, nor of another period)."""
        if pct.approx:
            return False
        words = self._clause_before(doc, sentence_start, pct)
        if self.bound_re.search(words) or self.target_re.search(words):
            return False
        return _PLAN_AFTER.match(doc.text, pct.end) is not None

    def _is_plan(self, doc: Optional[Document], tok: NumberToken) -> bool:
        """Is ``tok`` a plan or a target (a plan word in its clause before it, back to a comma,
        a semicolon, a bracket or the end of a sentence)?"""
        if doc is None:
            return False
        before = doc.text[max(0, tok.start - 120):tok.start]
        cut = max(max(before.rfind(c) for c in ",;:()"), before.rfind(". "))
        return self.plan_re.search(before[cut + 1:] if cut >= 0 else before) is not None

    def _is_change(self, doc: Document, sentence_start: int, tok: NumberToken) -> bool:
        return bool(self.change_re.search(self._clause_before(doc, sentence_start, tok)))

    def _search(self, a: NumberToken, pct: NumberToken, seen: list[NumberToken],
                sentence_start: int = 0, later: list[NumberToken] = (),
                total: NumberToken | None = None, doc: Document | None = None) -> Optional[Hit]:
        # the base of a share is stated close before it: look back over a bounded window so a
        # long paragraph of shares stays linear (a whole-paragraph search was quadratic)
        if not (in_range(a) and in_range(pct)):
            return None
        ua = unit_key(a)
        lex = load_units()
        ra = lex.classify_unit(a.unit, False, a.scale != 1)

        def same(b: NumberToken) -> bool:
            # the same noun in the same scale, or what the quantity layer reads as the same
            # measure: money in any scale, "người" of "lao động"
            return (unit_key(b) == ua and b.scale == a.scale) or \
                same_measure(ra, lex.classify_unit(b.unit, False, b.scale != 1))

        # the base may also come after the share in its sentence ("… 19.255 hồ sơ (đạt 96,55%),
        # hồ sơ đến hạn giải quyết 19.944 hồ sơ"): those are tried too
        # a plan or a target is no base of a share ("Dự toán giao 30.000 tỷ đồng; thu nội địa …
        # 20.283 tỷ đồng, chiếm 94,46% tổng thu": the base, the total revenue, is not written)
        # nor is a change ("(giảm 1.002 hộ)"), nor the count of a rate ("0,76%, tương đương với
        # 6.014 người": the groups' rates are of their own populations)
        near = [b for b in list(seen[-MAX_LOOKBACK:]) + list(later) if same(b) and not self._is_plan(doc, b)
                and not (doc is not None and (_RATE_EQUIVALENT.search(doc.text, max(0, b.start - 40), b.start)
                                              or load_roles().is_change_before(doc.text[max(0, b.start - 40):b.start])
                                              or (b.start < a.start and _NAMED_BASE.match(doc.text, pct.end) is None
                                                  and _rate_of_its_parts(doc, b, a))))]
        if not all(in_range(b) for b in near):
            return None  # the base may be the figure out of range: no guess among the others
        va = base_value(a)
        cands = [b for b in near if base_value(b) >= va and base_value(b) > 0]
        if total is not None and any(b.start == total.start for b in cands):
            # the part's own total is tried first: it is the base the connector names, and a
            # mismatch is shown against it, not against a sibling part that happens to fit
            st = self._status(pct, a, total)
            if st in ("ok", None) or any(self._status(pct, a, b) in ("ok", None) for b in cands):
                return None
            return self._hit(pct, a, total, "warning", "a (x%)", start=a.start, end=pct.end,
                             extra={"candidates": [c.text for c in cands], "base_from": "breakdown"})
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
        # no stated count gives this share. With one candidate base in the same sentence the
        # base is inferred (warning); with several, or only earlier ones, it is only plausible
        # the base shown: of those before the part, the one whose share comes nearest the stated
        # one (the writer's base, most likely, misprinted or rounded wrongly)
        before = [c for c in cands if c.start < a.start] or cands
        b = min(reversed(before), key=lambda c: abs(100 * base_value(a) / base_value(c) - base_value(pct)))
        same_sentence = [c for c in cands if c.start >= sentence_start]
        status = "warning" if len(cands) == 1 and (same_sentence or self._opened_on(doc, sentence_start, cands[0])) \
            else "info"
        own = [c for c in same_sentence if c.start < a.start]
        if status == "info" and len(own) == 1 and len(same_sentence) == 1:
            # "… có 3.007 thí sinh dự thi, thì chỉ có 2.419 thí sinh đỗ tốt nghiệp, đạt 93,7%": the
            # one base the part's own sentence states before it is the one read (others earlier
            # in the paragraph give the share no better)
            b, status = own[0], "warning"
        return self._hit(pct, a, b, status, "a (x%)", start=a.start, end=pct.end,
                         extra={"candidates": [c.text for c in cands]})

    def _opened_on(self, doc: Document | None, sentence_start: int, base: NumberToken) -> bool:
        """Does the sentence open on a breakdown word ("Trong đó, …") with ``base`` in the
        sentence right before it?"""
        if doc is None or self.opener_re is None or not self.opener_re.match(doc.text, sentence_start):
            return False
        between = doc.text[base.end:sentence_start]
        return len(re.findall(r"[.!?](?:\s|$)", between)) <= 1 and "\n\n" not in between.strip()

    def _hit(self, pct, a, b, status, pattern, start, end, extra=None) -> Hit:
        computed = Fraction(100) * base_value(a) / base_value(b)
        dec = max(pct.decimals, 1)
        # figures in different scales are shown with their scale words ("4,52 ngàn/4.561"):
        # a quotient of the bare digits would read as another number
        at, bt = (_with_scale(a), _with_scale(b)) if a.scale != b.scale else (a.text, b.text)
        comp = f"{at}/{bt} × 100 = {fmt_vn(computed, dec + 1)}%"
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
        if load_units().classify(b).kind == "period":
            return None  # "tốc độ tăng 6,58% của 6 tháng đầu năm": a period, not a count of cases
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
