"""Kind ``average``: "the average per X is A" against the total and the count of X it divides.

## What it does
Reports state a total, a count and the average per unit: "số doanh nghiệp thành lập mới là
12.352 doanh nghiệp với số vốn đăng ký là 139.200 tỷ đồng … Vốn đăng ký bình quân trên một
doanh nghiệp … đạt 11,3 tỷ đồng". A figure after an average cue (``average_cues``: bình quân,
trung bình) whose sentence names the unit X it is per — after a per word (``per_words``: "trên
một doanh nghiệp", "mỗi hộ", "hồ sơ/ngày"), or "mỗi xã bình quân 300 hộ" — is checked against
the one figure that counts X (by the noun after it, or a physical unit of X's dimension: "9.500
ha") and the one figure of the average's own measure (money with money in any scale, a count of
the same noun, a physical unit of the same dimension: "52.300 tấn" for "55,1 tạ/ha"), both in
the average's sentence or the one before it in the paragraph: total / count must be the average,
to the precision written (the average ± half a unit of its last digit, counts exact,
approximations widened). The link between the three is read from the words, so a mismatch is a
warning; with two candidate totals or counts, or none, nothing is said. A per-period average
("3,2 hồ sơ/ngày") is judged only when the number of periods is stated ("trong 60 ngày"); a
rate per two units ("triệu đồng/người/tháng") never.

## Why is this bad?
An average is what a reader remembers; one that its own total and count contradict means one
of the three figures was copied from another line or another period.

## Example
``12.352 doanh nghiệp với số vốn đăng ký là 139.200 tỷ đồng. Vốn đăng ký bình quân trên một
doanh nghiệp đạt 13,0 tỷ đồng`` — 139.200 / 12.352 = 11,27.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import field
from fractions import Fraction
from typing import Iterable, Optional

from ..records import record
from ..extract.number_tokens import in_range
from ..model import Document, NumberToken, Paragraph
from ..quantities import load_roles, load_units
from ..quantities.abbreviations import abbreviations
from ..quantities.units import SCALE_WORDS, UnitReading
from . import Context, Hit, Kind, register
from ._arith import Interval, fmt_vn, interval_of, written
from ._prose import Sentence, alternation, prose_blocks, sentences

_SEPARATORS = ",;:()[]."
_CURRENCY_DONG = frozenset({"", "đồng", "vnđ", "vnd"})  # "1.690 tỷ" is in đồng, as budget reports write it


def _words(text: str) -> tuple[str, ...]:
    return tuple(unicodedata.normalize("NFC", text).lower().split())


@register("average")
class Average(Kind):
    placeholders = frozenset({"stated", "total", "count", "computed", "computation"})

    @record(frozen=True, eq=False)
    class Params:
        average_cues: list[str] = field(default_factory=lambda: ["bình quân", "trung bình", "năng suất"])
        # a figure after one of these bounds a class ("không còn xã dưới 5 tiêu chí"): no total, no count
        bound_qualifiers: list[str] = field(default_factory=lambda: ["dưới", "chưa đến", "chưa tới", "tối đa",
                                                                     "tối thiểu", "không quá"])
        # what names the unit an average is per: "trên một doanh nghiệp", "mỗi hộ", "hồ sơ/ngày"
        per_words: list[str] = field(default_factory=lambda: ["trên một", "trên mỗi", "cho một", "cho mỗi", "của một",
                                                              "của mỗi", "mỗi", "một", "/"])
        # units of time: an average per one of them is judged only when their number is stated
        # after one of ``period_count_cues`` ("trong 60 ngày", "qua 5 năm")
        period_units: list[str] = field(default_factory=lambda: ["ngày", "tuần", "tháng", "quý", "năm", "giờ"])
        period_count_cues: list[str] = field(default_factory=lambda: ["trong", "trong vòng", "qua", "sau"])
        # the words that end the name of X before the average ("mỗi doanh nghiệp … trong tháng 7 đạt")
        per_stop_words: list[str] = field(default_factory=lambda: [
            "đạt", "là", "có", "được", "với", "trong", "tại", "của", "thì", "ước", "khoảng", "gần", "hơn", "trên",
            "dưới", "chỉ", "lên", "xuống", "vào"])
        # how far the figure may stand from the cue (characters)
        max_gap: int = 120

    def __init__(self, params: "Average.Params"):
        super().__init__(params)
        if not params.average_cues or not params.per_words:
            raise ValueError("average_cues và per_words không được rỗng")
        self.bounds = frozenset(" ".join(w.lower().split()) for w in params.bound_qualifiers)
        if not 10 <= params.max_gap <= 400:
            raise ValueError("max_gap phải trong khoảng 10–400")
        words = [w for w in params.per_words if w.strip() and w.strip()[-1].isalpha()]
        marks = [w.strip() for w in params.per_words if w.strip() and not w.strip()[-1].isalpha()]
        if not words or not marks:
            raise ValueError("per_words cần ít nhất một từ (mỗi) và một dấu (/)")
        self.average_re = re.compile(rf"(?<!\w)(?:{alternation(params.average_cues)})(?!\w)", re.IGNORECASE)
        # right after the cue: "trên một ", "mỗi "
        self.per_after_re = re.compile(rf"[ \t]*+(?:{alternation(words)})[ \t]++", re.IGNORECASE)
        # the words of X: letters and blanks only, at most 8 words
        self.per_noun_re = re.compile(r"[^\W\d_]++(?:[ \t]++[^\W\d_]++){0,7}+", re.IGNORECASE)
        # between the cue and its figure when nothing comes between: "bình quân đạt", "bình quân là"
        self.average_gap = re.compile(r"[ \t]*+(?:[^\W\d_]++[ \t]++){0,4}+")
        # after the figure: its unit and the mark, "hồ sơ/", "tạ/", "triệu đồng /"
        self.per_mark_re = re.compile(rf"[ \t]*+(?:[^\W\d_]++[ \t]*+){{1,4}}+(?:{alternation(marks)})[ \t]*+",
                                      re.IGNORECASE)
        # before the cue: "mỗi xã bình quân", "mỗi hộ có bình quân"
        self.each_before_re = re.compile(rf"(?<!\w)(?:{alternation(words)})[ \t]++((?:[^\W\d_]++[ \t]++){{1,4}}+)$",
                                         re.IGNORECASE)
        self.period_cue_re = re.compile(rf"(?<!\w)(?:{alternation(params.period_count_cues)})[ \t]++$", re.IGNORECASE) \
            if params.period_count_cues else None
        self.marks = tuple(marks)
        self.periods = frozenset(_words(" ".join(params.period_units)))
        self.stops = frozenset(_words(" ".join(params.per_stop_words)))

    # ------------------------------------------------------------------ reading
    def _noun(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """The noun a phrase starts with: the longest entry of the unit lexicon it opens with
        ("doanh nghiệp", "hộ gia đình", "ha"), else its first two words before a stop word
        ("nhân khẩu", "xã" of "xã với 3.600 hộ")."""
        while words and words[0] in SCALE_WORDS:
            words = words[1:]
        for size in (3, 2, 1):
            head = words[:size]
            if len(head) == size and _known(head):
                return head
        return self._trim(words)[:2]

    def _phrase(self, doc: Document, tok: NumberToken) -> tuple[str, ...]:
        """The words after a figure up to a separator (what it counts or measures)."""
        tail = doc.text[tok.end:tok.end + 60]
        cut = min((i for i in (tail.find(c) for c in _SEPARATORS + "/") if i >= 0), default=len(tail))
        return _words(tail[:cut])

    def _averages(self, doc: Document, s: Sentence) -> list[tuple[int, NumberToken, Optional[tuple[str, ...]]]]:
        """Every figure an average cue introduces in the sentence, with the words naming the
        unit it is per when the sentence names it (None otherwise)."""
        text = doc.text
        out = []
        starts = [n.start for n in s.numbers]
        for m in self.average_re.finditer(text, s.start, s.end):
            j = bisect.bisect_left(starts, m.end())
            # "bình quân một DN thành lập mới trong 10 tháng đạt 14,4 tỉ đồng": the length of the
            # period is no average; the figure after it is
            while j + 1 < len(starts) and self._period_length(doc, s, s.numbers[j]):
                j += 1
            if j == len(starts) or starts[j] - m.end() > self.params.max_gap:
                continue
            a = s.numbers[j]
            per: Optional[tuple[str, ...]] = None
            pm = self.per_after_re.match(text, m.end(), a.start)
            if pm:
                # "bình quân trên một doanh nghiệp … đạt 11,3": X is the words before the figure
                nm = self.per_noun_re.match(text, pm.end(), a.start)
                per = self._trim(_words(nm.group())) if nm else None
                if self._per_mark(doc, a) is not None:
                    per = None  # "bình quân mỗi tháng 3,2 hồ sơ/ngày": two units, not judged
            elif self.average_gap.fullmatch(text, m.end(), a.start):
                # "bình quân 3,2 hồ sơ/ngày", "mỗi xã bình quân 300 hộ"
                mark = self._per_mark(doc, a)
                before = self.each_before_re.search(text, max(s.start, m.start() - 60), m.start())
                each = self._trim(_words(before.group(1))) if before is not None else None
                if mark == ():
                    per = None  # "triệu đồng/người/tháng": a rate per two units
                elif mark is not None and each:
                    per = mark if self._noun(each) == self._noun(mark) else None  # "mỗi xã … 5 triệu đồng/hộ"
                else:
                    per = mark or each
            if any(t is a for _, t, _ in out):
                continue  # "năng suất bình quân 55,1 tạ/ha": two cues, one average
            out.append((m.start(), a, per or None))
        return out

    def _period_length(self, doc: Document, s: Sentence, n: NumberToken) -> bool:
        """"trong 10 tháng", "qua 5 năm": a number of periods after a period-count cue."""
        words = _words(n.unit)
        return bool(words) and words[0] in self.periods and self.period_cue_re is not None and \
            self.period_cue_re.search(doc.text, max(s.start, n.start - 20), n.start) is not None

    def _trim(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """The name of X up to the first stop word ("doanh nghiệp đăng ký … trong tháng 7 đạt");
        nothing when it opens with one."""
        for i, w in enumerate(words):
            if w in self.stops and i > 0:
                return words[:i]
        return words if words and words[0] not in self.stops else ()

    def _per_mark(self, doc: Document, tok: NumberToken) -> Optional[tuple[str, ...]]:
        """X of "3,2 hồ sơ/ngày", "55,1 tạ/ha": the words after the mark; () for a rate per two
        units ("triệu đồng/người/tháng"), None without a mark."""
        text = doc.text
        end = min(len(text), tok.end + 60)
        m = self.per_mark_re.match(text, tok.end, end)
        if not m:
            return None
        nm = self.per_noun_re.match(text, m.end(), end)
        if not nm:
            return ()
        rest = text[nm.end():end].lstrip(" \t")
        if rest.startswith(self.marks):
            return ()  # per person per month: the period of the total is not known
        return self._trim(_words(nm.group())) or ()

    # ------------------------------------------------------------------ checking
    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        text = doc.text
        lex = load_units()
        roles = load_roles()
        index_of = {id(b): k for k, b in enumerate(doc.blocks)}
        last = None  # the prose block before this one
        for block in prose_blocks(doc):
            before, last = last, block
            low = block.text.lower()
            if "/" not in low and not any(c.split()[0].lower() in low for c in self.params.average_cues if c.split()):
                continue  # no average cue and no unit per another ("tạ/ha"): no average
            sents = sentences(doc, block)
            found = [self._averages(doc, s) for s in sents]
            by_unit = [self._unit_averages(doc, lex, s, f) for s, f in zip(sents, found)]
            if not any(found) and not any(by_unit):
                continue
            # the paragraph right before (not a heading, nothing between): its figures, read
            # only when the average's own paragraph states none of a measure it needs
            prev_pools: list = []
            if isinstance(before, Paragraph) and isinstance(block, Paragraph) \
                    and index_of.get(id(before), -2) == index_of.get(id(block), -1) - 1:
                prev_pools = [self._pool(doc, lex, roles, x, []) for x in sentences(doc, before)]
            pools: dict[int, dict] = {}  # the candidates of each sentence, read once
            for i, s in enumerate(sents):
                for cue_start, a, per in found[i]:
                    if per is None or not self._judgeable(a) or roles.is_change_before(text[max(0, a.start - 40):a.start]):
                        continue
                    # the average's own semicolon clause first: "cây lúa 6.000 ha, năng suất 67,0
                    # tạ/ha, sản lượng 40.200 tấn; cây ngô 800 ha, năng suất 56,0 tạ/ha, …" states
                    # one crop a clause; then its sentence and the one before
                    clause = _clause_of(doc, s, a)
                    hit = None
                    # "Diện tích lúa đạt 315ha …: Lúa vụ Chiêm Xuân trồng đạt 135ha, năng suất đạt
                    # 61 tạ/ha, sản lượng đạt 715,5tấn; …": after a colon, the crop the clause lists
                    sub = _after_colon(doc, clause or s, a)
                    if sub is not None:
                        hit = self._one(doc, lex, [self._pool(doc, lex, roles, sub, found[i])], cue_start, a, per)
                    if clause is not None and hit is None:
                        hit = self._one(doc, lex, [self._pool(doc, lex, roles, clause, found[i])], cue_start, a, per)
                    # then its own sentence, then with the ones before: "… sản lượng ngô đạt 4,4
                    # triệu tấn. Diện tích lúa 2.952,5 nghìn ha … năng suất 78,7 tạ/ha … sản lượng
                    # 20,2 triệu tấn": the nearest scope with one total and one count decides; a
                    # sentence further back only while the nearer ones state no figure of the
                    # measure still missing (two of one measure, or both found, end the search)
                    state = ["missing"] if clause is None or hit is None else ["judged"]
                    first = i + 1
                    for first in range(i, max(-1, i - _LOOKBACK_SENTENCES - 1), -1):
                        if hit is not None:
                            first = i  # the clause decided
                            break
                        scope = []
                        for k in range(first, i + 1):
                            if k not in pools:
                                pools[k] = self._pool(doc, lex, roles, sents[k], found[k])
                            scope.append(pools[k])
                        if _rival_average(doc, found[first:i + 1] + by_unit[first:i + 1], a):
                            # "Năng suất lúa ước đạt 57 tạ/ha, ngô đạt 45 tạ/ha, tổng sản lượng cây
                            # lương thực có hạt ước đạt 17 vạn tấn": two yields share the sentence's
                            # output and area; which crop they are of is not written
                            hit, state = None, ["ambiguous"]
                            break
                        state = []
                        hit = self._one(doc, lex, scope, cue_start, a, per, state)
                        if hit is not None or state != ["missing"]:
                            break
                    if hit is None and state == ["missing"] and i + 1 < len(sents) \
                            and not found[i + 1] and not by_unit[i + 1]:
                        # "Tổng diện tích trồng lúa: 27.011 ha. Năng suất trung bình đạt 6,61 tấn/ha.
                        # Sản lượng: 218.442 tấn.": the measure still missing, in the sentence right
                        # after (one with no average of its own)
                        if i + 1 not in pools:
                            pools[i + 1] = self._pool(doc, lex, roles, sents[i + 1], found[i + 1])
                        lo = max(0, first)
                        for k in range(lo, i + 1):
                            if k not in pools:
                                pools[k] = self._pool(doc, lex, roles, sents[k], found[k])
                        hit = self._one(doc, lex, [pools[k] for k in range(lo, i + 2)], cue_start, a, per)
                    if hit is None and state == ["missing"] and first == 0 and prev_pools:
                        # "… có 8.841 doanh nghiệp thành lập mới, với tổng vốn đăng ký 65.600 tỷ
                        # đồng …" then a paragraph whose sentences before "vốn đăng ký bình quân …
                        # đạt 7,4 tỷ đồng" state neither: the paragraph before, read whole
                        scope = prev_pools + [pools[k] for k in range(0, i + 1)]
                        hit = self._one(doc, lex, scope, cue_start, a, per)
                        first = -1
                    # the paragraph as written: the line of the first sentence read (a block
                    # joins the lines of a page that has no blank line between its paragraphs)
                    top = first
                    if 0 < first <= i:
                        line_start = text.rfind("\n", 0, _head_of(text, sents[first])) + 1
                        while top > 0 and _head_of(text, sents[top - 1]) >= line_start:
                            top -= 1
                    if hit is not None and first < i and first > top:
                            # across sentences the link is only as sure as the paragraph so far
                            # allows: "… vốn của doanh nghiệp mới 310.331 tỷ đồng … Có 10.618 doanh
                            # nghiệp … tăng vốn … 446.398 tỷ đồng. Vốn bình quân trên một doanh
                            # nghiệp 9,2 tỷ đồng" has two totals, and the average is of either
                            for k in range(top, first):
                                if k not in pools:
                                    pools[k] = self._pool(doc, lex, roles, sents[k], found[k])
                            if self._one(doc, lex, [pools[k] for k in range(top, i + 1)], cue_start, a, per) is None:
                                hit = None
                    if hit is not None:
                        yield hit
                # a yield read from its unit alone ("Mỹ Lộc: 3.197ha, 58,3 tạ/ha, 18.486 tấn;"):
                # the link to an area and an output is only as sure as the clause that holds the
                # three, so only that clause (or a sentence without semicolons) is its scope
                for cue_start, a, per in by_unit[i]:
                    if roles.is_change_before(text[max(0, a.start - 40):a.start]):
                        continue
                    clause = _clause_of(doc, s, a) or s
                    if clause is s and _rival_average(doc, [found[i], by_unit[i]], a):
                        continue  # "… 57 tạ/ha, ngô đạt 45 tạ/ha, … 17 vạn tấn": of which crop?
                    hit = self._one(doc, lex, [self._pool(doc, lex, roles, clause, found[i] + by_unit[i])],
                                    cue_start, a, per)
                    if hit is not None:
                        yield hit

    def _unit_averages(self, doc: Document, lex, s: Sentence, cued) -> list:
        """Figures whose unit is one physical measure per another ("58,3 tạ/ha", "4,2 tấn/ha")
        with no average cue before them: the unit says they are an average per the second."""
        seen = {id(t) for _, t, _ in cued}
        out = []
        for n in s.numbers:
            if id(n) in seen or not self._judgeable(n):
                continue
            read = lex.classify_unit(n.unit, False, n.scale != 1)
            if read.cls != "physical":
                continue
            per = self._per_mark(doc, n)
            if not per:
                continue
            x = lex.classify_unit(" ".join(per), False, False)
            if x.cls == "physical" and x.dimension != read.dimension:
                out.append((n.start, n, per))
        return out

    def _judgeable(self, tok: NumberToken) -> bool:
        return not tok.percent and tok.denominator is None and in_range(tok) and tok.value > 0

    def _pool(self, doc, lex, roles, s: Sentence, averages) -> dict:
        """The figures of a sentence that can be a count or a total, by what they measure:
        (class, first word of the noun | dimension | currency) -> noun -> value -> figure (at most
        three values kept: two already make a figure uncertain). Averages, rates ("3,2 hồ
        sơ/ngày"), percentages, fractions and changes ("tăng 1.200 doanh nghiệp") are left out."""
        text = doc.text
        skip = {id(t) for _, t, _ in averages}
        pool: dict = {}
        for n in s.numbers:
            if n.denominator is not None and not n.percent and id(n) not in skip and in_range(n) \
                    and in_range(n.denominator):
                # "lúa là 115/116 ha": done of planned, two figures of the measure — whichever an
                # average is of, the sentence holds two (and the search stops at it)
                read = lex.classify_unit(n.unit, False, n.scale != 1)
                key = {"physical": ("physical", read.dimension), "money": ("money", _currency(n.unit))}.get(read.cls)
                if key is not None:
                    values = pool.setdefault(key, {}).setdefault((), {})
                    for x in (n, n.denominator):
                        if len(values) < 3:
                            values.setdefault(self._base(x, read), x)
                continue
            if id(n) in skip or not self._judgeable(n) or self._per_mark(doc, n) is not None:
                continue
            if roles.is_change_before(text[max(0, n.start - 40):n.start]):
                continue
            if " ".join(n.approx.lower().split()) in self.bounds:
                continue  # "không còn xã dưới 5 tiêu chí": the bound of a class, neither total nor count
            read = lex.classify_unit(n.unit, False, n.scale != 1)
            keys = []
            if read.cls == "count":
                noun = _expand(doc, self._noun(self._phrase(doc, n)))
                if not noun:
                    continue
                keys.append((("count", noun[0]), noun))
                if self.period_cue_re is not None and self.period_cue_re.search(text, max(s.start, n.start - 20),
                                                                                n.start):
                    keys.append((("period", noun[0]), noun))  # "trong 60 ngày": a number of days
            elif read.cls == "physical":
                keys.append((("physical", read.dimension), ()))
            elif read.cls == "money":
                keys.append((("money", _currency(n.unit)), ()))
            for key, noun in keys:
                values = pool.setdefault(key, {}).setdefault(noun, {})
                if len(values) < 3:
                    values.setdefault(self._base(n, read), n)
        for by_noun in pool.values():
            for noun, values in by_noun.items():
                if len(values) >= 2:
                    by_noun[noun] = _the_whole_of_its_shares(text, s, values)
        return pool

    def _one(self, doc, lex, scope, cue_start, a, per, state: Optional[list] = None) -> Optional[Hit]:
        """The average ``a`` judged against the one total and the one count of ``scope``;
        ``state`` gets "missing" (a total or a count not there), "ambiguous" (two of one),
        "judged" or "unread"."""
        if state is None:
            state = []
        state.append("unread")
        a_read = lex.classify_unit(a.unit, False, a.scale != 1)
        x_noun = _expand(doc, self._noun(per))
        if not x_noun:
            return None
        x_read = lex.classify_unit(" ".join(x_noun), False, False)
        a_noun = self._noun(self._phrase(doc, a))
        if a_read.cls not in ("money", "count", "physical") or x_read.cls not in ("count", "physical"):
            return None
        if a_read.cls == "count" and (not a_noun or _prefix(a_noun, x_noun)):
            return None  # "bình quân mỗi hộ 4 hộ": nonsense, or a noun not read
        if a_read.cls == "count" and a_noun[0] in self.periods:
            return None  # "trung bình 3,5 ngày/hồ sơ": a duration, whose total is never stated
        if a_read.cls == "physical" and x_read.cls == "physical" and a_read.dimension == x_read.dimension:
            return None
        if x_read.cls == "physical":
            count_key, count_noun = ("physical", x_read.dimension), None
        elif x_noun[0] in self.periods:
            count_key, count_noun = ("period", x_noun[0]), x_noun  # a count of days only after "trong"
        else:
            count_key, count_noun = ("count", x_noun[0]), x_noun
        if a_read.cls == "count":
            total_key, total_noun = ("count", a_noun[0]), a_noun
        elif a_read.cls == "physical":
            total_key, total_noun = ("physical", a_read.dimension), None
        else:
            total_key, total_noun = ("money", _currency(a.unit)), None
        counts = _lookup(scope, count_key, count_noun)
        totals = _lookup(scope, total_key, total_noun)
        if len(counts) != 1 or len(totals) != 1:
            # none, or two different figures: the relation is not certain
            state[-1] = "missing" if len(counts) < 2 and len(totals) < 2 else "ambiguous"
            return None
        state[-1] = "judged"
        count, total = next(iter(counts.values())), next(iter(totals.values()))
        if count is total:
            return None
        roles, text = load_roles(), doc.text
        if {roles.scope_of(text[max(0, t.start - 80):t.start], text[t.end:t.end + 80]) for t in (count, total)} \
                == {"whole", "so_far"}:
            return None  # "303.300 ha … đã cho thu hoạch … sản lượng toàn vụ … 2,8 triệu tấn": two scopes
        return self._judge(doc, lex, cue_start, a, a_read, total, count, x_read, x_noun)

    def _unit_text(self, doc: Document, tok: NumberToken) -> str:
        """A figure's unit for a message: the scale word and the noun read ("tỷ đồng", "20 ngày"
        of "20 ngày làm việc", "hộ gia đình")."""
        read = load_units().classify_unit(tok.unit, False, tok.scale != 1)
        words = self._phrase(doc, tok)
        noun = self._noun(words)
        if read.cls != "count" or (len(noun) < 2 and noun and noun[0] not in self.periods):
            return " ".join(tok.unit.split())  # "tỷ đồng", "nhân khẩu": as the reader took it
        scale = [w for w in words[:2] if w in SCALE_WORDS]
        return " ".join(scale + list(noun))  # "20 ngày" of "20 ngày làm việc", "hộ gia đình"

    @staticmethod
    def _base(tok: NumberToken, read: UnitReading) -> Fraction:
        return Fraction(tok.value) * Fraction(tok.scale) * (read.factor if read.cls == "physical" else 1)

    def _judge(self, doc, lex, cue_start, a, a_read, total, count, x_read, x_noun) -> Optional[Hit]:
        t_read = lex.classify_unit(total.unit, False, total.scale != 1)
        n_read = lex.classify_unit(count.unit, False, count.scale != 1)
        f_a = a_read.factor if a_read.cls == "physical" else Fraction(1)
        f_t = t_read.factor if t_read.cls == "physical" else Fraction(1)
        f_n = n_read.factor if n_read.cls == "physical" else Fraction(1)
        f_x = x_read.factor if x_read.cls == "physical" else Fraction(1)
        # the average in the base unit of its measure per one X: total / count × (X in base units)
        scale = f_t * f_x / f_n
        verdicts = []
        for ulps in (Fraction(1, 2), Fraction(1)):
            t_iv, n_iv = interval_of(total, ulps), interval_of(count, ulps)
            stated = _average_interval(a, ulps)
            if n_iv.lo is None or n_iv.lo <= 0 or t_iv.lo is None:
                return None
            lo = t_iv.lo * scale / n_iv.hi if n_iv.hi is not None else Fraction(0)
            hi = t_iv.hi * scale / n_iv.lo if t_iv.hi is not None else None
            computed = Interval(lo, hi)
            stated = Interval(None if stated.lo is None else stated.lo * f_a,
                              None if stated.hi is None else stated.hi * f_a)
            verdicts.append(stated.intersects(computed))
        if verdicts[0]:
            return None
        value = Fraction(total.value) * Fraction(total.scale) * scale / (Fraction(count.value) * Fraction(count.scale))
        in_a = value / (f_a * Fraction(a.scale))  # in the unit the average is written in
        shown = fmt_vn(in_a, 0 if in_a.denominator == 1 else a.decimals + 1)
        unit = self._unit_text(doc, a)
        per = f"{unit}/{' '.join(x_noun)}"
        comp = f"{written(total)} {self._unit_text(doc, total)} / {written(count)} {self._unit_text(doc, count)} = " \
               f"{shown} {per}"
        stated = f"{written(a)} {per}" if self._per_mark(doc, a) else f"{written(a)} {unit}".strip()
        return Hit(cue_start, a.end,
                   {"stated": stated, "total": written(total), "count": written(count),
                    "computed": f"{shown} {per}", "computation": " ".join(comp.split())},
                   severity="warning",
                   data={"relation": "average = total / count", "stated": a.text, "total": total.text,
                         "count": count.text, "computed": shown,
                         "tier": "rounding" if verdicts[1] else "beyond rounding"})


_LOOKBACK_SENTENCES = 4  # sentences looked back over, in a paragraph, for a total or a count
MAX_CLAUSE_NUMBERS = 120  # figures of a sentence read clause by clause (bounded: linear time)


@record(frozen=True)
class _Clause:
    """A semicolon clause of a sentence, as the pool reads a sentence."""
    start: int
    end: int
    numbers: tuple


# a whole's label in its clause before it ("tổng số dân của Việt Nam là", "toàn tỉnh có"), and a
# share right after a figure ("(chiếm 49,8%)", ", chiếm 50,2%")
_WHOLE_LABEL = re.compile(r"(?<!\w)(?:tổng|toàn|cả)(?!\w)", re.IGNORECASE)
_SHARE_AFTER = re.compile(r"[^\d,;()]{0,20}+[,(][ \t]*+chiếm(?!\w)", re.IGNORECASE)


def _the_whole_of_its_shares(text: str, s: Sentence, values: dict) -> dict:
    """Of several figures of one measure in a sentence, the one labelled a whole when every other
    carries its share of it: "tổng số dân … là 96.208.984 người; nam là 47.881.061 người (chiếm
    49,8%), nữ là 48.327.923 người (chiếm 50,2%)" — the parts are no total of an average."""
    wholes, parts = [], []
    for base, t in values.items():
        before = text[max(s.start, t.start - 60):t.start]
        cut = max(before.rfind(c) for c in ",;:()")
        if _WHOLE_LABEL.search(before[cut + 1:]) and not _SHARE_AFTER.match(text, t.end, min(s.end, t.end + 40)):
            # (not "cả nước thu hoạch được 893,1 nghìn ha lúa mùa, chiếm 57,4% diện tích gieo cấy":
            # a whole with a share of its own is a part of another)
            wholes.append((base, t))
        elif _SHARE_AFTER.match(text, t.end, min(s.end, t.end + 40)):
            parts.append((base, t))
        else:
            return values
    return dict(wholes) if len(wholes) == 1 and parts else values


def _clause_of(doc: Document, s: Sentence, a: NumberToken) -> Optional[_Clause]:
    """The semicolon clause of ``s`` that holds ``a``, when the sentence has more than one."""
    text = doc.text
    if len(s.numbers) > MAX_CLAUSE_NUMBERS or ";" not in text[s.start:s.end]:
        return None  # a sentence of hundreds of figures is no list of crops: its sentence scope is used
    lo = text.rfind(";", s.start, a.start) + 1 or s.start
    hi = text.find(";", a.end, s.end)
    hi = s.end if hi < 0 else hi
    return _Clause(max(lo, s.start), hi, tuple(n for n in s.numbers if lo <= n.start and n.end <= hi))


def _after_colon(doc: Document, scope, a: NumberToken) -> Optional[_Clause]:
    """The part of ``scope`` (a sentence or a clause) after the last colon before ``a``, when a
    figure stands before that colon in it (a whole the words after the colon break down)."""
    text = doc.text
    colon = text.rfind(":", scope.start, a.start)
    if colon < 0 or len(scope.numbers) > MAX_CLAUSE_NUMBERS or not any(n.end <= colon for n in scope.numbers):
        return None
    return _Clause(colon + 1, scope.end, tuple(n for n in scope.numbers if n.start > colon))


def _rival_average(doc: Document, groups: list, a: NumberToken) -> bool:
    """Another average of ``a``'s unit, of another value, among ``groups`` (each the averages of
    a sentence as (cue start, figure, per))? A change of it ("tăng 1,6 tạ/ha") is none."""
    unit = " ".join(a.unit.lower().split())
    roles, text = load_roles(), doc.text
    return any(t is not a and " ".join(t.unit.lower().split()) == unit and t.value != a.value
               and not roles.is_change_before(text[max(0, t.start - 40):t.start])
               for g in groups for _, t, _ in g)


def _head_of(text: str, s: Sentence) -> int:
    """Where a sentence's first word stands (its span may open on the line break before it)."""
    body = text[s.start:s.end]
    return s.start + len(body) - len(body.lstrip())


def _expand(doc: Document, noun: tuple[str, ...]) -> tuple[str, ...]:
    """The noun with an abbreviation the document defines written out ("DN" of "doanh nghiệp
    (DN)")."""
    if noun:
        full = abbreviations(doc).get(noun[0])
        if full:
            return full  # an abbreviation names the whole noun: what followed it qualifies it
    return noun


def _lookup(scope: list[dict], key: tuple, noun: Optional[tuple[str, ...]]) -> dict:
    """The distinct values (at most three) of the figures of ``scope`` under ``key`` whose noun
    is ``noun`` (by :func:`_prefix`; any noun when None)."""
    out: dict = {}
    for pool in scope:
        for n, values in pool.get(key, {}).items():
            if noun is None or _prefix(n, noun):
                for v, tok in values.items():
                    out.setdefault(v, tok)
                    if len(out) > 2:
                        return out
    return out


def _known(noun: tuple[str, ...]) -> bool:
    """A noun of the unit lexicon (a count noun of a known kind, a physical unit)."""
    lex = load_units()
    return noun in getattr(lex, "count_kinds", {}) or noun in lex.physical


def _prefix(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The same noun: one's words open the other's ("hộ" and "hộ gia đình", "xã" and "xã đồng
    bằng") — but a word the lexicon does not know is not a lexicon noun it opens ("nhân" of
    "nhân khẩu" is not "nhân viên")."""
    k = min(len(a), len(b))
    if k == 0 or a[:k] != b[:k]:
        return False
    if len(a) == len(b):
        return True
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return _known(short) or not _known(long_)


def _currency(unit: str) -> str:
    words = [w for w in _words(unit) if w not in SCALE_WORDS]
    cur = words[0] if words else ""
    return "đồng" if cur in _CURRENCY_DONG else cur


def _average_interval(tok: NumberToken, ulps: Fraction) -> Interval:
    """An average as written: ± ``ulps`` of its last digit even when it has no decimals (300 hộ
    per xã is a rounded quotient, not a count), widened by an approximation cue."""
    iv = interval_of(tok, ulps)
    v = Fraction(tok.value) * Fraction(tok.scale)
    h = ulps * Fraction(10) ** (-tok.decimals) * Fraction(tok.scale)
    lo = None if iv.lo is None else min(iv.lo, v - h)
    hi = None if iv.hi is None else max(iv.hi, v + h)
    return Interval(lo, hi)
