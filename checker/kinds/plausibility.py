"""Kind ``plausibility``: figures that cannot both be right, without an explicit sum.

## What it does
``check = "period"``: in one paragraph, the same measure (the same content words before the
number, e.g. "chi ngân sách") stated for a shorter period and for a longer period that
contains it — a month and its quarter, a quarter and its year — where the shorter period's
figure is larger (``tháng Ba 109.000 tỷ``, ``quý 1 28.000 tỷ``).

``check = "unit"``: a money amount hundreds of times larger than every other amount of its
paragraph that becomes ordinary when its scale word is taken one step down
(``31.000 nghìn tỷ đồng`` beside ``222.000 tỷ đồng``): a unit slip.

## Why is this bad?
A month cannot exceed the quarter it belongs to; an amount off by a factor of a thousand is
almost always a wrong scale word or a dropped/added group of zeros.

## Example
``Chi ngân sách tháng Ba ước đạt 109.000 tỷ đồng … tổng chi ngân sách quý 1 … 28.000 tỷ đồng``.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import field
from fractions import Fraction
from typing import Iterable, Optional

from ..records import record
from ..extract.number_tokens import in_range
from ..model import Document, ListItem, NumberToken, Paragraph
from . import Context, Hit, Kind, register
from ._arith import base_value, fmt_vn, interval_of, written
from ._prose import alternation, is_money, sentences, unit_key
from ..quantities import load_roles, load_units, same_measure
from ..extract.grammar import has_digit

_CLAUSE_SEP = re.compile(r"[;,:(]|\.\s")
# a written amount with a scale word, read or not ("3.131.93 tỷ đồng" is not a figure)
_SCALED_AMOUNT = re.compile(r"(?<![\d.,])\d[\d.,]{0,40}+[ \t]{0,3}+(?:nghìn|ngàn|tỷ|tỉ|triệu)(?!\w)", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
# the words before a figure that can name its period and measure (the window is 60 characters)
_PERIOD_LOOKBACK_CHARS = 400
# a period figure is compared with the period figures of its paragraph at most this many facts
# away: the comparison is of pairs, and a 1 MB paragraph of period figures made it quadratic
MAX_PERIOD_SPAN = 64


@record(frozen=True)
class PeriodFact:
    tok: NumberToken
    rank: int  # months covered: 1 month, 3 quarter, 6 half-year, 12 year
    period: str  # the period phrase as written
    year: Optional[str]
    measure: frozenset


@register("plausibility")
class Plausibility(Kind):
    placeholders = frozenset({"short", "short_period", "long", "long_period", "stated", "implied",
                              "ratio", "context"})

    @record(frozen=True, eq=False)
    class Params:
        check: str = "period"  # "period" | "unit" | "implied_base"
        periods: dict[str, list[str]] = field(default_factory=lambda: {
            "1": [r"tháng\s+(?:\d{1,2}|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười(?:\s+một|\s+hai)?)\b"],
            "3": [r"qu[ýí]\s+(?:IV|I{1,3}|[1-4])\b"],
            "6": [r"(?:6|sáu)\s+tháng", r"nửa\s+đầu\s+năm"],
            "12": [r"cả\s+năm", r"năm\s+(?:19|20)\d{2}"],
        })
        stop_words: list[str] = field(default_factory=lambda: [
            "tổng", "số", "đạt", "ước", "tính", "là", "được", "có", "qua", "đó", "trong", "của", "và",
            "thực", "hiện", "khoảng", "hơn", "trên", "gần", "riêng", "toàn", "bộ", "cả", "với", "đến",
            "nay", "kết", "quả", "lũy", "kế", "tăng", "giảm", "bằng", "chiếm", "các", "những",
        ])
        min_shared_words: int = 2
        window: int = 60
        min_ratio: int = 100  # unit: at least this many times the largest other amount
        step: int = 1000  # one scale step
        # implied_base: "X, bằng p% dự toán" makes the base X / p; a stated part of X above it
        share_cue: str = r"(?:bằng|đạt|chiếm)\s*(?:khoảng\s*)?$"
        base_nouns: list[str] = field(default_factory=lambda: ["dự toán", "kế hoạch", "chỉ tiêu"])
        # unit: a stock beside flows is hundreds of times larger by nature ("lợi nhuận … 11.200 tỷ
        # đồng … (tổng tài sản hơn 2,1 triệu tỷ đồng)"): an amount named by one is no slip
        stock_words: list[str] = field(default_factory=lambda: [
            "tổng tài sản", "quy mô tài sản", "vốn hóa", "tổng nguồn vốn", "dư nợ", "tổng vốn đầu tư",
            "vốn điều lệ", "tổng mức đầu tư", "quy mô nền kinh tế", "GDP", "GRDP", "tổng huy động"])
        # … and so is the whole beside its members ("Cục Hải quan Cà Mau thu 50 tỷ đồng …; số thu
        # toàn Ngành được hơn 155.225 tỷ đồng"): a wider scope's amount is no slip of a member's
        whole_words: list[str] = field(default_factory=lambda: [
            "toàn ngành", "cả nước", "toàn quốc", "toàn tỉnh", "cả tỉnh", "toàn thành phố", "toàn vùng",
            "cả vùng", "toàn khu vực", "toàn hệ thống", "toàn tập đoàn"])

    def __init__(self, params: "Plausibility.Params"):
        super().__init__(params)
        if params.check not in ("period", "unit", "implied_base"):
            raise ValueError("check phải là 'period', 'unit' hoặc 'implied_base'")
        self.share_cue_re = re.compile(params.share_cue, re.IGNORECASE)
        nouns = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in params.base_nouns) or r"(?!)"
        self.base_noun_re = re.compile(rf"\s*(?P<noun>{nouns})(?!\w)", re.IGNORECASE)
        self.period_res = []
        for rank, pats in params.periods.items():
            if not rank.isdigit():
                raise ValueError("periods: khóa phải là số tháng (1, 3, 6, 12)")
            for p in pats:
                self.period_res.append((int(rank), re.compile(p, re.IGNORECASE)))
        self.stop = {w.lower() for w in params.stop_words}
        stocks = [w for w in params.stock_words if w.strip()]
        self.stock_re = re.compile(rf"(?<!\w)(?:{alternation(stocks)})(?!\w)", re.IGNORECASE) if stocks else None
        wholes = [w for w in params.whole_words if w.strip()]
        self.whole_re = re.compile(rf"(?<!\w)(?:{alternation(wholes)})(?!\w)", re.IGNORECASE) if wholes else None

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        if self.params.check == "implied_base":
            yield from self._implied_base(doc)
            return
        for block in doc.blocks:
            if not isinstance(block, (Paragraph, ListItem)) or not has_digit(block.text):
                continue
            if self.params.check == "period":
                yield from self._periods(doc, block)
            else:
                yield from self._units(doc, block)

    # ------------------------------------------------------------------ period containment
    def _period_facts(self, doc: Document, block) -> list[PeriodFact]:
        out = []
        for s in sentences(doc, block):
            prev_end = s.start
            for n in s.numbers:
                if n.percent or n.denominator is not None or not in_range(n):
                    prev_end = n.end
                    continue
                before = doc.text[max(prev_end, n.start - _PERIOD_LOOKBACK_CHARS):n.start]
                prev_end = n.end
                cut = None
                for m in _CLAUSE_SEP.finditer(before):
                    cut = m.end()
                if cut is not None:
                    before = before[cut:]
                before = before[-self.params.window:]
                found = None
                for rank, rx in self.period_res:
                    for m in rx.finditer(before):
                        if found is None or m.end() > found[1].end():
                            found = (rank, m)
                if found is None:
                    continue
                rank, m = found
                year = re.search(r"(?:19|20)\d{2}", m.group(0))
                rest = before[:m.start()] + " " + before[m.end():]
                words = frozenset(w.lower() for w in _WORD.findall(rest)) - self.stop
                out.append(PeriodFact(n, rank, m.group(0), year.group(0) if year else None, words))
        return out

    def _periods(self, doc: Document, block) -> Iterable[Hit]:
        facts = self._period_facts(doc, block)
        one = Fraction(1)
        lex = load_units()
        for ia, a in enumerate(facts):
            for b in facts[max(0, ia - MAX_PERIOD_SPAN):ia + MAX_PERIOD_SPAN + 1]:
                if a.rank >= b.rank or a.tok is b.tok:
                    continue
                if len(a.measure & b.measure) < self.params.min_shared_words:
                    continue
                if a.year and b.year and a.year != b.year:
                    continue
                if is_money(a.tok) != is_money(b.tok) or (not is_money(a.tok) and unit_key(a.tok) != unit_key(b.tok)):
                    continue
                if not is_money(a.tok) and not same_measure(lex.classify(a.tok), lex.classify(b.tok)):
                    continue  # "3,8 triệu thuê bao" and "29 triệu người": the scale word alike, not the noun
                short_i = interval_of(a.tok, one)
                long_i = interval_of(b.tok, one)
                if not short_i.above(long_i):
                    continue
                ratio = base_value(a.tok) / base_value(b.tok) if base_value(b.tok) else Fraction(0)
                values = {
                    "short": _quote(a.tok), "short_period": a.period,
                    "long": _quote(b.tok), "long_period": b.period,
                    "stated": _quote(b.tok),
                    "implied": f"≥ {_quote(a.tok)}",
                    "ratio": fmt_vn(ratio, 1),
                    "context": " ".join(sorted(a.measure & b.measure)),
                }
                data = {
                    "relation": "shorter period ≤ the period containing it",
                    "stated": written(b.tok), "computed": written(a.tok),
                    "difference": fmt_vn((base_value(a.tok) - base_value(b.tok)) / Fraction(b.tok.scale)),
                    "implied": f">= {written(a.tok)}",
                    "short_period": a.period, "long_period": b.period,
                }
                start, end = min(a.tok.start, b.tok.start), max(a.tok.end, b.tok.end)
                yield Hit(start, end, values, severity="error", data=data)

    # ------------------------------------------------------------------ unit slips
    def _units(self, doc: Document, block) -> Iterable[Hit]:
        from ..extract import numbers

        # levels only: a change ("tương ứng tăng 904 triệu USD") or an average ("bình quân trên
        # một DN … đạt 10 tỷ đồng") is another magnitude by nature, never a slip of a level's
        roles = load_roles()
        money = [t for t in numbers(doc, block) if not t.percent and t.denominator is None and is_money(t)
                 and not roles.is_change_before(doc.text[max(block.start, t.start - 40):t.start])
                 and not _PER_UNIT_BEFORE.search(doc.text, max(block.start, t.start - 80), t.start)]
        if not all(in_range(t) for t in money):
            return  # an amount beyond the reader's bound: the largest amount is unknown
        toks = [t for t in money if base_value(t) > 0]
        if len(toks) < 2:
            return
        read = {t.start for t in money}
        for m in _SCALED_AMOUNT.finditer(doc.text, block.start, block.end):
            if m.start() not in read:
                return  # "3.131.93 tỷ đồng": an amount the reader could not read may be the largest
        step = Fraction(self.params.step)
        # a part of a breakdown whose total is as large is no slip: "doanh thu … ước đạt 10.100 tỷ
        # đồng.\n\nTrong đó, vận tải hành khách đạt 100 tỷ đồng … hàng hoá đạt 10.000 tỷ đồng"
        from .breakdown import default_relations

        cache = doc.meta.setdefault("_cache", {})
        accounted = cache.get("plausibility-accounted")
        if accounted is None:  # once a document, not once a paragraph (that was quadratic)
            accounted = {p.start for r in default_relations(doc) for p in r.parts
                         if in_range(r.total) and in_range(p) and base_value(r.total) >= base_value(p)}
            cache["plausibility-accounted"] = accounted
        # the largest other amount of each: the largest value, or the next below it for the
        # amounts equal to it (one pass, not a pass per amount)
        values = sorted({base_value(t) for t in toks}, reverse=True)
        # the largest other token, as max() would pick it: the first of the largest value, or for
        # that one the next of the largest value, else the first of the next value
        top_toks = [t for t in toks if base_value(t) == values[0]]
        runner_up = top_toks[1] if len(top_toks) > 1 else next(
            (t for t in toks if len(values) > 1 and base_value(t) == values[1]), None)
        for t in toks:
            if t.scale < self.params.step or t.start in accounted:
                continue  # no smaller scale word to slip from, or its total accounts for it
            if self.stock_re is not None and self.stock_re.search(_clause_before(doc.text, block.start, t.start)):
                continue  # a stock, not a flow mistyped
            if self.whole_re is not None and self.whole_re.search(_sentence_before(doc.text, block.start, t.start)):
                continue  # "cả nước xảy ra 344 vụ cháy, …, thiệt hại 39,4 tỷ đồng": the whole's amount
            if t.approx and _significant_digits(t) <= 1:
                continue  # "ước tính trên 01 nghìn tỷ đồng": a round order of magnitude, chosen as written
            v = base_value(t)
            top = values[0] if values[0] != v else (values[1] if len(values) > 1 else None)
            if top is None:
                continue
            if v >= self.params.min_ratio * top and v / step <= 10 * top:
                other = top_toks[0] if t is not top_toks[0] else runner_up
                if not self._same_measure_words(doc.text, block.start, t, other):
                    # "Thu ngân sách … đạt 8 tỷ đồng; giá trị sản xuất nông nghiệp đạt 1.200 tỷ đồng":
                    # two measures of their own, of any sizes — no slip is evidenced
                    continue
                smaller = _smaller_scale(t.unit)
                implied = f"{t.text} {smaller}" if smaller else fmt_vn(v / step / Fraction(t.scale))
                # not "values": that name holds the sorted amounts the next token is compared with
                message = {
                    "stated": _quote(t), "implied": implied, "ratio": fmt_vn(v / top, 0),
                    "short": _quote(t), "long": "", "short_period": "", "long_period": "", "context": "",
                }
                other = top_toks[0] if t is not top_toks[0] else runner_up
                message["long"] = _quote(other)
                data = {"relation": "magnitude", "stated": _quote(t), "computed": fmt_vn(v / top, 0),
                        "difference": f"x{fmt_vn(v / top, 0)}", "implied": implied, "largest_other": _quote(other)}
                yield Hit(t.start, t.end + len(t.unit) + 1, message, severity="warning", data=data)


    def _same_measure_words(self, text: str, lo: int, a: NumberToken, b: Optional[NumberToken]) -> bool:
        """Do the clauses before two amounts share a content word ("Chi thường xuyên …", "Chi trả
        nợ lãi …"), the stop words left out?"""
        if b is None:
            return False

        def words(t: NumberToken) -> set:
            return {w.lower() for w in _WORD.findall(_clause_before(text, lo, t.start))} - self.stop

        return bool(words(a) & words(b))

    # ------------------------------------------------------------------ implied bases
    def _implied_base(self, doc: Document) -> Iterable[Hit]:
        """``X, bằng p% dự toán`` states the plan as X / p. When a part of X stated with it
        (``Trong số trên, riêng Y``) exceeds that plan, the share cannot be right either."""
        from ..extract import numbers
        from .breakdown import default_relations

        blocks = doc.blocks
        block_starts = [b.start for b in blocks]
        tok_starts: dict[int, list[int]] = {}  # block start -> starts of its numbers
        for rel in default_relations(doc):
            total = rel.total
            if total.percent or base_value(total) <= 0:
                continue
            k = bisect.bisect_right(block_starts, total.start) - 1  # blocks are in order, not nested
            if k < 0 or not blocks[k].start <= total.start < blocks[k].end:
                continue
            block = blocks[k]
            toks = numbers(doc, block)
            starts = tok_starts.get(block.start)
            if starts is None:
                starts = tok_starts[block.start] = [t.start for t in toks]
            i = bisect.bisect_left(starts, total.end)
            pct = next((t for t in toks[i:i + 3] if t.percent), None)
            if pct is None or not in_range(pct) or pct.value <= 0 or pct.approx:
                continue
            if not self.share_cue_re.search(doc.text[max(total.end, pct.start - 20):pct.start]):
                continue
            between = doc.text[total.end:pct.start]
            if "." in between.rstrip() or ";" in between:
                continue
            noun = self.base_noun_re.match(doc.text, pct.end)
            if noun is None:
                continue
            base = base_value(total) * 100 / Fraction(pct.value)
            # a part above the implied plan is a contradiction only when it is above its total
            # too: a total over its plan ("17.363 tỷ đồng, đạt 111,6% dự toán") may well have a
            # part above the total's plan ("thu nội địa 16.186 tỷ đồng, đạt 117,6% dự toán")
            big = [p for p in rel.parts if base_value(p) > base and base_value(p) > base_value(total)]
            if not big:
                continue
            part = max(big, key=base_value)
            scale = Fraction(total.scale)
            implied = f"{fmt_vn(base / scale, 0)} {total.unit}".strip()
            values = {"stated": f"{_quote(total)}, bằng {written(pct)} {noun['noun']}", "implied": implied,
                      "long": _quote(part), "short": _quote(total), "ratio": fmt_vn(base_value(part) / base, 1),
                      "short_period": "", "long_period": "", "context": noun["noun"]}
            data = {"relation": "implied base = X / p", "stated": written(pct), "computed": implied,
                    "implied": implied, "part": _quote(part), "difference": fmt_vn((base_value(part) - base) / scale, 0)}
            yield Hit(pct.start, pct.end + len(noun.group(0)), values, severity="warning", data=data)


# the clause before a figure names it an average or a change: "bình quân … đạt", "tương ứng tăng"
# (also a per-person amount: "Các cụ tròn 100 tuổi được tặng quà số tiền 1 triệu đồng", "mỗi suất quà")
_PER_UNIT_BEFORE = re.compile(r"(?<!\w)(?:bình[ \t]+quân|trung[ \t]+bình|tương[ \t]+(?:ứng|đương)[ \t]+(?:tăng|giảm)"
                              r"|mỗi|được[ \t]+tặng|tặng[ \t]+quà|mức[ \t]+hỗ[ \t]+trợ|định[ \t]+mức)"
                              r"[^,;:.()]{0,70}\Z", re.IGNORECASE)
_SCALE_DOWN = (("nghìn tỷ", "tỷ"), ("ngàn tỷ", "tỷ"), ("nghìn tỉ", "tỉ"), ("ngàn tỉ", "tỉ"), ("triệu tỷ", "nghìn tỷ"), ("tỷ", "triệu"), ("tỉ", "triệu"),
               ("triệu", "nghìn"))


def _sentence_before(text: str, lo: int, pos: int) -> str:
    """The words of a figure's sentence before it (from the last full stop, at most 300 characters)."""
    seg = text[max(lo, pos - 300):pos]
    cut = max(seg.rfind(". "), seg.rfind(".\n"), seg.rfind("\n"))
    return seg[cut + 1:]


def _clause_before(text: str, lo: int, pos: int) -> str:
    """The words of a figure's clause before it (from the last separator, at most 60 characters)."""
    seg = text[max(lo, pos - 60):pos]
    cut = 0
    for m in _CLAUSE_SEP.finditer(seg):
        cut = m.end()
    return seg[cut:]


def _smaller_scale(unit: str) -> str:
    u = unit.lower()
    for big, small in _SCALE_DOWN:
        if u.startswith(big):
            return small + unit[len(big):]
    return ""


def _quote(t: NumberToken) -> str:
    unit = f" {t.unit}" if t.unit and not t.percent else ""
    return f"{written(t)}{unit}"


def _significant_digits(t: NumberToken) -> int:
    """The digits of a figure as written, leading and trailing zeros left out ("01" → 1)."""
    digits = "".join(c for c in t.text if c.isdigit()).strip("0")
    return len(digits)
