"""Kind ``per_each``: "each X has k Y" against the total of Y and the count of X before it.

## What it does
Sampling designs and allocations are written as a chain: "khảo sát tại 6 quận, huyện, thị xã.
Mỗi đơn vị cấp huyện chọn 3 đơn vị cấp xã (tổng toàn thành phố: 18 đơn vị cấp xã). Mỗi đơn vị
cấp xã chọn 2 thôn (tổng: 36 thôn)". A sentence that opens with "Mỗi" (``each_cues``) and
states k of something, with a total of the same thing in it ("tổng …: N"), is checked against
the count of X: the last figure before it, in the sentences of the paragraph before, that
counts X — by its unit ("18 đơn vị cấp xã") or, for administrative levels, by the level's
units ("cấp huyện": quận, huyện, thị xã). count × k must equal N. The count is found by its
words, not stated beside the total, so a mismatch is a warning; when no figure counts X, or
two different ones do, nothing is said.

## Why is this bad?
A sample or an allocation whose total does not follow from its own design means one of the
three figures is wrong, and the survey's coverage with it.

## Example
``6 quận, huyện … Mỗi đơn vị cấp huyện chọn 3 đơn vị cấp xã (tổng: 20 đơn vị cấp xã)`` —
6 × 3 = 18.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import field
from fractions import Fraction
from typing import Iterable

from ..records import record
from ..extract.number_tokens import in_range
from ..model import Document, NumberToken
from . import Context, Hit, Kind, register
from ._arith import fmt_vn, written
from ._prose import alternation, depth_in, prose_blocks, sentences



def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).lower().replace(",", " ").split())


_PHRASE_END = re.compile(r"[,;:()./]")


def _phrase(doc: Document, tok: NumberToken) -> str:
    """What a figure counts: the words after it up to a separator ("18 đơn vị cấp xã được chọn
    mẫu", "6 quận" of "6 quận, huyện, thị xã")."""
    tail = doc.text[tok.end:tok.end + 60]
    m = _PHRASE_END.search(tail)
    return _norm(tail[:m.start()] if m else tail)


@register("per_each")
class PerEach(Kind):
    placeholders = frozenset({"count", "each", "stated", "computed", "computation"})

    @record(frozen=True, eq=False)
    class Params:
        each_cues: list[str] = field(default_factory=lambda: ["mỗi"])
        total_cues: list[str] = field(default_factory=lambda: ["tổng", "tổng cộng", "tổng số", "toàn tỉnh",
                                                               "toàn thành phố", "cả tỉnh", "toàn huyện"])
        # what counts an administrative level: "mỗi đơn vị cấp huyện" is each of "6 quận, huyện"
        level_units: dict[str, list[str]] = field(default_factory=lambda: {
            "cấp tỉnh": ["tỉnh", "thành phố trực thuộc trung ương"],
            "cấp huyện": ["quận", "huyện", "thị xã", "thành phố thuộc tỉnh"],
            "cấp xã": ["xã", "phường", "thị trấn"],
        })
        # words of a unit that say nothing of what is counted
        generic_words: list[str] = field(default_factory=lambda: [
            "đơn", "vị", "được", "chọn", "mẫu", "để", "khảo", "sát", "là", "các", "của", "tổ"])
        lookback_sentences: int = 3

    def __init__(self, params: "PerEach.Params"):
        super().__init__(params)
        if not params.each_cues or not params.total_cues:
            raise ValueError("each_cues và total_cues không được rỗng")
        self.each_re = re.compile(rf"\s*+(?:{alternation(params.each_cues)})[ \t]++", re.IGNORECASE)
        self.total_re = re.compile(rf"(?<!\w)(?:{alternation(params.total_cues)})(?!\w)", re.IGNORECASE)
        self.levels = {_norm(k): tuple(_norm(u) for u in v) for k, v in params.level_units.items()}
        self.generic = frozenset(_norm(" ".join(params.generic_words)).split())

    def _content(self, phrase: str) -> set[str]:
        return {w for w in _norm(phrase).split() if w not in self.generic}

    def _counts(self, doc: Document, what: str, tok: NumberToken) -> bool:
        """Does ``tok`` count ``what`` ("đơn vị cấp xã", "thôn, tổ dân phố")?"""
        unit = _phrase(doc, tok)
        if not unit:
            return False
        w = _norm(what)
        for level, units in self.levels.items():
            if level in w:
                return any(unit == u or unit.startswith(u + " ") for u in units) or level in unit
        first = w.split()[0]
        return unit.split()[0] == first and bool(self._content(unit) & self._content(what))

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        text = doc.text
        for block in prose_blocks(doc):
            if "ỗi" not in block.text:
                continue
            sents = sentences(doc, block)
            for i, s in enumerate(sents):
                m = self.each_re.match(text, s.start, s.end)
                if not m or len(s.numbers) < 2:
                    continue
                each = s.numbers[0]
                if each.percent or not each.unit.strip() or depth_in(doc, s, each.start) != 0:
                    continue
                what = text[m.end():each.start]
                # "Mỗi đơn vị cấp huyện chọn 3": X is the words before the verb — all but the last
                words = what.split()
                if len(words) < 2 or len(words) > 12:
                    continue
                what = " ".join(words[:-1])
                totals = [n for n in s.numbers[1:] if not n.percent
                          and self.total_re.search(text, max(s.start, n.start - 40), n.start)
                          and self._content(_phrase(doc, n)) & self._content(_phrase(doc, each))]
                if len(totals) != 1:
                    continue
                total = totals[0]
                counts = {}
                for prev in reversed(sents[max(0, i - self.params.lookback_sentences):i]):
                    # in a "Mỗi …" sentence before, the first figure is per each, not a count
                    per_each = prev.numbers[0] if prev.numbers and self.each_re.match(text, prev.start, prev.end) \
                        else None
                    for n in reversed(prev.numbers):
                        if n is not per_each and not n.percent and self._counts(doc, what, n):
                            counts.setdefault(n.value, n)
                    if counts:
                        break
                if len(counts) != 1:
                    continue  # nothing counts X, or two different figures do
                count = next(iter(counts.values()))
                hit = self._judge(count, each, total, what)
                if hit is not None:
                    yield hit

    def _judge(self, count: NumberToken, each: NumberToken, total: NumberToken, what: str) -> Hit | None:
        if not all(in_range(t) for t in (count, each, total)) or count.approx or each.approx:
            return None
        computed = Fraction(count.value) * Fraction(each.value)
        stated = Fraction(total.value)
        if computed == stated:
            return None
        if total.approx:
            # "khoảng 9.000": within the approximation
            lo, hi = stated * Fraction(97, 100), stated * Fraction(103, 100)
            if lo <= computed <= hi:
                return None
        comp = f"{written(count)} × {written(each)} = {fmt_vn(computed, 0)}"
        # at the sentence that states the design and its total (the count stands before it)
        return Hit(each.start, total.end,
                   {"count": written(count), "each": written(each), "stated": f"{written(total)} {total.unit}".strip(),
                    "computed": fmt_vn(computed, 0), "computation": comp},
                   severity="warning",
                   data={"relation": "total = count × each", "count": count.text, "each": each.text,
                         "stated": total.text, "computed": fmt_vn(computed, 0), "each_of": what})
