"""Kind ``change``: ``<new> … tăng / giảm x% so với … <old>``.

## What it does
When a sentence states a new value, a change ``tăng|giảm x%`` and, after ``so với``, the old
value of the same kind, the change is recomputed two ways: in percentage points
(``new − old``, for two rates) and as a relative change (``100·(new − old)/old``). It says which
reading holds; flags a sign error ("tăng" with a fall); and (``report = "points"``) notes a
change of two rates written with "%" where "điểm phần trăm" is meant.

When the old value is not written — ``925 vụ …, giảm 106 vụ (giảm 10,28%)``, ``119 doanh nghiệp
…, tăng 37 trường hợp so với cùng kỳ (47%)`` — it is the current figure N less the increase D or
plus the fall, so the bracket must be ``100·D / (N − D)`` ("tăng") or ``100·D / (N + D)``
("giảm"). N is found by what it measures: D's unit (a generic ``trường hợp`` counts whatever the
clause counts), and D's role words around it (``người chết`` ↔ ``làm chết 485 người``). N in D's
clause (after the last ";") is an error; when D's clause opens ``So với …`` and holds no figure
of D's measure, N is the one in the clause or the sentence before, a warning. Two candidates, a
bare figure, or a figure labelled as the earlier one ("so với cùng kỳ (1.031 vụ)") leave it
unjudged.

## Why is this bad?
A growth figure that neither reading gives is wrong; "tăng 12,73%" for 18 % → 30,73 % is a
change of 12,73 percentage points, a relative increase of 70,7 %.

## Example
``30,73% … tăng 12,73% so với … 18%``: 12,73 points (relative: 70,7 %).
``có 119 doanh nghiệp …, tăng 37 trường hợp so với cùng kỳ (47%)``: 37 / (119 − 37) = 45,1 %.
"""
from __future__ import annotations

import bisect
import dataclasses
from decimal import Decimal
import re
from dataclasses import field
from fractions import Fraction
from typing import Iterable, Optional

from ..records import record
from ..extract.number_tokens import in_range, parse_vn_number
from ..model import Document, NumberToken
from . import Context, Hit, Kind, register
from ._arith import Interval, base_value, fmt_vn, interval_of
from ..quantities import compatible as units_compatible, load_roles, load_units
from ._prose import prose_blocks, sentences, unit_key


# bounds of the search for the old and the new value (a report's gap has a few words and at most a
# fraction or two): a long run of fractions after a change is not walked to its end
_MAX_SKIPPED = 32
_MAX_WORD_CHARS = 40


@register("change")
class Change(Kind):
    placeholders = frozenset({"new", "old", "change", "direction", "points", "relative", "reading", "implied",
                              "computation"})

    @record(frozen=True, eq=False)
    class Params:
        report: str = "mismatch"  # "mismatch" (neither reading / sign) | "points" (pp written as %)
        up_cues: list[str] = field(default_factory=lambda: ["tăng"])
        down_cues: list[str] = field(default_factory=lambda: ["giảm"])
        compare: str = r"\s*(?:so\s+với|so)\b"
        max_gap_words: int = 20  # words between "so với" and the old value
        max_new_gap_chars: int = 60  # chars between the new value and "tăng"
        # "bằng 115% so với cùng kỳ (2.000)": the new value as a percentage of the old (an index)
        index_cues: list[str] = field(default_factory=lambda: ["bằng"])
        # "từ 2.000 lên 2.300": the old value after "từ", the new after one of these
        range_to: list[str] = field(default_factory=lambda: ["lên", "xuống", "còn"])
        # "925 vụ …, giảm 106 vụ (giảm 10,28%)": the old value unwritten, now ± D; the relative
        # change after D in a bracket, or after one of these words ("tăng 37 …, tương ứng tăng 45%")
        implicit: bool = True
        implicit_links: list[str] = field(default_factory=lambda: ["tương ứng", "tương đương"])
        # nouns that count whatever the clause is about ("119 doanh nghiệp …, tăng 37 trường hợp")
        generic_nouns: list[str] = field(default_factory=lambda: ["trường hợp"])
        # words that open a breakdown of the figure before them ("tăng 5% so với cùng kỳ, trong đó
        # thu thuế 60 tỷ đồng"): the figures after one are parts, never the earlier value of the
        # whole, and a change after one is a part's
        breakdown_words: list[str] = field(default_factory=lambda: [
            "trong đó", "trong số đó", "gồm", "bao gồm", "riêng", "cụ thể", "chia ra"])
        # a cue right after one of these states no change ("không thấp hơn 90%": a bound)
        negations: list[str] = field(default_factory=lambda: ["không", "chưa"])
        # a sentence opening on one of these concludes the one before ("Như vậy, sau 16 năm, tỷ lệ
        # hộ nghèo đã giảm đi 30,3%"): its change without figures of its own is of the range there
        conclusion_openers: list[str] = field(default_factory=lambda: ["Như vậy", "Tính ra", "Tựu trung"])
        # the old value after "so với" one of these is a target as set, exact as written ("thấp
        # hơn 5,2% so với chỉ tiêu UBND tỉnh giao (91%)": 91 is not a rounded 90,5–91,5)
        target_words: list[str] = field(default_factory=lambda: ["chỉ tiêu", "mục tiêu", "kế hoạch"])
        # "bằng 39% so với dự toán (17.600 tỷ đồng)": the figure as a share of its plan is the
        # plan fulfilment rate (AR037 judges it), no index of a change
        plan_words: list[str] = field(default_factory=lambda: ["dự toán", "kế hoạch", "chỉ tiêu"])

    def __init__(self, params: "Change.Params"):
        super().__init__(params)
        if params.report not in ("mismatch", "points"):
            raise ValueError("report phải là 'mismatch' hoặc 'points'")
        # a cue of several words ("cao hơn", "ít hơn": a comparison reads as a change) may have
        # any blanks between its words; the longest first ("tăng" is not cut from a longer cue)
        all_cues = sorted({_words(c) for c in [*params.up_cues, *params.down_cues] if c.split()},
                          key=len, reverse=True)
        self.cue_re = re.compile(rf"(?<!\w)(?P<cue>{_alternation(all_cues)})\s*$", re.IGNORECASE)
        self.compare_re = re.compile(params.compare, re.IGNORECASE)
        self.up = {_words(c) for c in params.up_cues}
        # the cues as word tuples, longest first (read from the pieces of a short window)
        self._cue_tuples = sorted((tuple(c.split()) for c in all_cues), key=len, reverse=True)
        # the last word of a cue of several words ("cao hơn"): the number reader may take it for a
        # qualifier of the figure after it ("hơn 3,51%": more than)
        self._cue_last = frozenset(t[-1] for t in self._cue_tuples if len(t) > 1)
        breakdown = sorted({_words(w) for w in params.breakdown_words if w.split()}, key=len, reverse=True)
        self.breakdown_re = re.compile(rf"(?<!\w)(?:{_alternation(breakdown)})(?!\w)", re.IGNORECASE) \
            if breakdown else None
        self._negations = frozenset(_words(w) for w in params.negations if w.split())
        concl = sorted({_words(w) for w in params.conclusion_openers if w.split()}, key=len, reverse=True)
        self.conclusion_re = re.compile(rf"(?:{_alternation(concl)})(?!\w)", re.IGNORECASE) if concl else None
        targets = sorted({_words(w) for w in params.target_words if w.split()}, key=len, reverse=True)
        self.target_re = re.compile(rf"(?<!\w)(?:{_alternation(targets)})(?!\w)", re.IGNORECASE) if targets else None
        plans = sorted({_words(w) for w in params.plan_words if w.split()}, key=len, reverse=True)
        self.plan_re = re.compile(rf"[ \t]*+(?:{_alternation(plans)})(?!\w)", re.IGNORECASE) if plans else None
        links = sorted({_words(w) for w in params.implicit_links if w.split()}, key=len, reverse=True)
        # "so với cùng kỳ (tương ứng 1.250 tỷ đồng)": the figure after a link is the change
        self.link_re = re.compile(rf"(?<!\w)(?:{_alternation(links)})(?!\w)", re.IGNORECASE) if links else None
        self.index_re = re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(c) for c in params.index_cues)})\s*$",
                                   re.IGNORECASE) if params.index_cues else None
        to = "|".join(re.escape(w) for w in params.range_to)
        # "từ 2.000 [hồ sơ] lên [mức] 2.300": the words between are the unit (at most three)
        # the unit and the period of the old value may stand between ("từ 5,2% năm 2022 xuống còn 4,1%")
        self.range_link = re.compile(rf"\s*+(?:(?:[^\W\d_]++|\d{{4}}(?!\d))\s*+){{0,5}}?(?:{to})\s++(?:(?:còn|mức)\s++){{0,2}}",
                                     re.IGNORECASE) if to else None
        self.from_re = re.compile(r"(?<!\w)từ\s*$", re.IGNORECASE)
        self._links = [tuple(w.lower().split()) for w in params.implicit_links if w.split()]
        self._link_first = frozenset(w[0] for w in self._links)
        self._generic = [tuple(w.lower().split()) for w in params.generic_nouns if w.split()]
        self._cue_words = frozenset(t[0] for t in self._cue_tuples)  # the first word of each cue

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        implicit = self.params.implicit and self.params.report == "mismatch"
        for block in prose_blocks(doc):
            sents = [self._exact_after_cue(doc, s) for s in sentences(doc, block)]
            for k, s in enumerate(sents):
                nums = s.numbers
                claimed: set[int] = set()  # the relative change of an implicit change: judged with it
                last_group = s.start  # end of the last "D (p%)" of the sentence
                for i, ch in enumerate(nums):
                    if i in claimed:
                        continue
                    hit = self._one(doc, s, nums, i)
                    if hit is None and implicit:
                        found = self._implicit(doc, sents, k, i, last_group)
                        if found is None:  # "giảm 12,35% (2.133 tấn)": the rate first, then D
                            found = self._rate_first(doc, sents, k, i, last_group)
                        if found is None:  # "giảm 133 người bị thương (-29,93%)": a signed rate
                            found = self._signed(doc, sents, k, i, last_group)
                        if found is not None:
                            claimed.add(found[0])
                            last_group = found[1]
                            hit = found[2]
                    if hit is None and self.params.report == "mismatch" and k > 0:
                        hit = self._concluded(doc, sents, k, i)
                    if hit:
                        yield hit

    def _concluded(self, doc: Document, sents, k: int, i: int) -> Optional[Hit]:
        """A change restated as the conclusion of the sentence before: "… giảm từ 58,2% năm 2006
        xuống 27,9% năm 2021. Như vậy, sau 16 năm, tỷ lệ hộ nghèo … đã giảm đi 30,3%". The
        sentence opens on a conclusion word (``conclusion_openers``), states no figure of the
        measure before the change, and the sentence before holds one range "từ O … N": the change
        is of that range (inferred from the opener, so a warning at most)."""
        if self.conclusion_re is None:
            return None
        s, text = sents[k], doc.text
        ch = s.numbers[i]
        if ch.approx or ch.denominator is not None or not in_range(ch):
            return None
        lead = len(text[s.start:s.end]) - len(text[s.start:s.end].lstrip())
        if not self.conclusion_re.match(text, s.start + lead, s.end):
            return None
        lo = max(s.start, ch.start - 20)
        before = _AFTER_CUE.sub("", text[lo:ch.start])  # "đã giảm đi 30,3%": the cue is "giảm"
        m = self.cue_re.search(before)
        if m is None or self._negated(text, s.start, lo + m.start()):
            return None
        lex = load_units()
        if any(not (t.percent is False and lex.classify(t).kind == "period") for t in s.numbers[:i]):
            return None  # a figure of its own before the change: not a restatement
        if self.compare_re.search(text, ch.end, min(s.end, ch.end + 40)):
            return None  # "… so với …": compared with something said here
        prev = sents[k - 1]
        pairs = []
        for j in range(len(prev.numbers) - 1):
            o, n = prev.numbers[j], prev.numbers[j + 1]
            points = not ch.percent and _POINTS_UNIT.match(text, ch.end, s.end) is not None
            if o.percent == n.percent and (ch.percent or points == o.percent):
                if o.denominator is None and n.denominator is None and \
                        self.from_re.search(text[max(prev.start, o.start - 8):o.start]) and \
                        self.range_link.fullmatch(text[o.end:n.start]) and self._same_kind(o, n):
                    pairs.append((o, n))
        if len(pairs) != 1:
            return None
        old, new = pairs[0]
        if not ch.percent and not new.percent and not self._same_kind(ch, new):
            return None
        up = self._up(m)
        hit = self._judge(new, old, ch, up) if ch.percent else self._judge_absolute(new, old, ch, up)
        if hit is not None and hit.severity == "error":
            hit = dataclasses.replace(hit, severity="warning")
        return hit

    def _exact_after_cue(self, doc: Document, s):
        """The sentence with the figure of a comparison cue read exact: the number reader takes
        "hơn" of "cao hơn 3,51%" for a qualifier (more than), but there it is the last word of the
        cue, and the figure is the difference as written. The cached sentence is left as it is."""
        if not self._cue_last or not any(t.approx in self._cue_last for t in s.numbers):
            return s
        text, out = doc.text, []
        for t in s.numbers:
            if t.approx in self._cue_last:
                m = self.cue_re.search(text, max(s.start, t.start - 24), t.start)
                if m is not None and len(m["cue"].split()) > 1 and _words(m["cue"]).endswith(" " + t.approx):
                    t = dataclasses.replace(t, approx="")
            out.append(t)
        return dataclasses.replace(s, numbers=tuple(out))

    def _up(self, m: re.Match) -> bool:
        """Does the cue matched by ``m`` say a rise ("tăng", "cao hơn")?"""
        return _words(m["cue"]) in self.up

    def _negated(self, text: str, lo: int, cue_start: int) -> bool:
        """Is the cue at ``cue_start`` negated ("không thấp hơn 90%", "chưa tăng")?"""
        if not self._negations:
            return False
        words = _words_before(text, max(lo, cue_start - 12), cue_start)
        return bool(words) and words[-1] in self._negations

    def _breakdown_in(self, text: str, lo: int, hi: int) -> bool:
        """Does a word opening a breakdown ("trong đó", "gồm", "riêng") stand in ``text[lo:hi]``?"""
        return self.breakdown_re is not None and lo < hi and self.breakdown_re.search(text, lo, hi) is not None

    def _one(self, doc: Document, s, nums, i: int) -> Optional[Hit]:
        """The change stated by ``nums[i]``, shown with its cue as written ("cao hơn 3,51%" is
        judged as "tăng 3,51%", and said as written)."""
        hit = self._one_reading(doc, s, nums, i)
        if hit is None or not isinstance(hit.values.get("change"), str):
            return hit
        ch = nums[i]
        m = self.cue_re.search(doc.text, max(s.start, ch.start - 12), ch.start)
        said = " ".join(m["cue"].split()) if m is not None else ""
        direction = hit.values.get("direction")
        if said and direction in ("tăng", "giảm") and _words(said) != direction \
                and hit.values["change"].startswith(direction + " "):
            values = dict(hit.values, change=said + hit.values["change"][len(direction):])
            implied = values.get("implied")
            if self.params.report == "points" and isinstance(implied, str) and implied.startswith(direction + " "):
                values["implied"] = said + implied[len(direction):]  # "cao hơn 3,05 điểm phần trăm"
            hit = dataclasses.replace(hit, values=values)
        return hit

    def _one_reading(self, doc: Document, s, nums, i: int) -> Optional[Hit]:
        """The change stated by ``nums[i]``, in whichever order the sentence gives its values."""
        text = doc.text
        ch = nums[i]
        if ch.approx or ch.denominator is not None:
            return None
        before = text[max(s.start, ch.start - 12):ch.start]
        m = self.cue_re.search(before)
        if ch.percent and m is None and self.index_re is not None:
            # new, bằng q% so với … old: an index (new / old · 100)
            im = self.index_re.search(before)
            if im and im.group(0).split()[0].lower() != "bằng" and base_value(ch) < _INDEX_FLOOR:
                return None  # "tăng trưởng đạt 7,5% so với cùng kỳ": a rate of growth, no index
            # "bằng 115% so với cùng kỳ", or the period named right after ("bằng 115% cùng kỳ năm trước")
            cm = (self.compare_re.match(text, ch.end, s.end) or _PERIOD_NEXT.match(text, ch.end, s.end)) if im else None
            if cm and self.plan_re is not None and self.plan_re.match(text, cm.end(), s.end):
                return None  # "bằng 39% so với dự toán": a plan fulfilment rate (AR037)
            if cm:
                old = self._old(doc, nums, i + 1, cm.end())
                new = self._new(doc, nums, i, ch.start - len(im.group(0)))
                if self._same_kind(old, new) and in_range(ch):
                    return self._judge_index(new, old, ch, " ".join(im.group(0).split()).lower())
                if old is None:
                    # "543 đơn, giảm 55 đơn, bằng 89,9% so với cùng kỳ": the old value is not
                    # written, but the new one and its change are (old = 543 + 55)
                    return self._index_of_change(doc, s, nums, i)
            return None
        if m is None or self._negated(text, s.start, ch.start - len(before) + m.start()):
            return None
        up = self._up(m)
        if not ch.percent and _POINTS_UNIT.match(text, ch.end, s.end):
            # "giảm từ 5,2% xuống 4,1%, giảm 1,1 điểm phần trăm", "tăng 3,3 điểm phần trăm so với
            # cùng kỳ (95,2%)": a change in percentage points between two percentages
            pair = self._from_to(doc, s, nums, i)
            if pair is None:
                pm = _POINTS_UNIT.match(text, ch.end, s.end)
                cm = self.compare_re.match(text, pm.end(), s.end)
                if cm:
                    pair = self._growth_pair(doc, s, nums, i, cm.end(), ch.start - len(m.group(0))) or \
                        (self._old(doc, nums, i + 1, cm.end()), self._new(doc, nums, i, ch.start - len(m.group(0))))
                    target = self._target(text, cm.end(), pair[0])
            else:
                target = False
            if pair is not None and pair[0] is not None and pair[1] is not None and pair[0].percent \
                    and pair[1].percent and in_range(ch) and in_range(pair[0]) and in_range(pair[1]):
                return self._judge_absolute(pair[1], pair[0], ch, up, exact_old=target)
            return None
        if not ch.percent:
            # new, tăng D so với … old: an absolute change (new − old)
            cm = self.compare_re.match(text, ch.end + _unit_len(text, ch), s.end) or self.compare_re.match(text, ch.end, s.end)
            if not cm:
                # "giảm từ 3.317 hộ xuống còn 2.552 hộ, giảm 1.265 hộ": the range before or after it
                pair = self._from_to(doc, s, nums, i)
                if pair is not None and not pair[0].percent and in_range(ch) and self._same_kind(ch, pair[1]):
                    return self._judge_absolute(pair[1], pair[0], ch, up)
                return None
            new = self._new(doc, nums, i, ch.start - len(m.group(0)))
            old = self._old(doc, nums, i + 1, cm.end(), like=new)
            if self._same_kind(old, new) and in_range(ch) and self._same_kind(ch, new):
                return self._judge_absolute(new, old, ch, up)
            return None
        # tăng x% so với … old — the new value before it
        cm = self.compare_re.match(text, ch.end, s.end)
        if cm:
            new = self._new(doc, nums, i, ch.start - len(m.group(0)))
            old = self._old(doc, nums, i + 1, cm.end(), like=new)
            if self._same_kind(old, new) and in_range(ch):
                return self._judge(new, old, ch, up, exact_old=self._target(text, cm.end(), old))
            return None
        # "giảm 5,83% (3.389/3.599 vụ)": the bracket gives the new and the old value, the larger
        # first after "tăng"; the order is read from the direction, so at most a warning
        nxt = nums[i + 1] if i + 1 < len(nums) else None
        if nxt is not None and nxt.denominator is not None and _BRACKET_OPEN.fullmatch(text, ch.end, nxt.start) \
                and in_range(ch) and in_range(nxt) and in_range(nxt.denominator):
            a, b = nxt, nxt.denominator
            new, old = (a, b) if (base_value(a) >= base_value(b)) == up else (b, a)
            hit = self._judge(new, old, ch, up)
            return dataclasses.replace(hit, severity="warning") if hit is not None and hit.severity == "error" else hit
        # new …, so với … (old) tăng x%
        if i >= 2:
            new, old = nums[i - 2], nums[i - 1]
            between, tail = text[new.end:old.start], text[old.end:ch.start - len(m.group(0))]
            if self.compare_re.search(between) and len(between.split()) <= self.params.max_gap_words \
                    and not re.search(r"[;]|\.\s", between) and re.fullmatch(r"(?:[^\W\d_]++|[\s,)]++)*+", tail) \
                    and new.denominator is None and old.denominator is None and self._same_kind(old, new) and in_range(ch) \
                    and not self._breakdown_in(text, old.end, ch.start) and not self._is_change(text, s, old) \
                    and not self._is_change(text, s, new):
                # not "tăng 5,9% so với tháng trước và tăng 9,7% so với cùng kỳ, trong đó ngành A
                # tăng 4,4%": two rates are no levels, and a part after "trong đó" has its own change
                return self._judge(new, old, ch, up)
        # từ old lên new (tăng x%)  /  tăng x%, từ old lên new
        pair = self._from_to(doc, s, nums, i)
        if pair is not None and in_range(ch):
            old, new = pair
            return self._judge(new, old, ch, up)
        # "năm 2023 là 12.000 hồ sơ, năm 2022 là 10.000 hồ sơ, tăng 25%": two figures labelled by
        # their periods right before the change; the later period is the new value (inferred from
        # the labels, so at most a warning)
        pair = self._by_period(doc, s, nums, i)
        if pair is not None and in_range(ch):
            old, new = pair
            hit = self._judge(new, old, ch, up)
            if hit is not None and hit.severity == "error":
                hit = dataclasses.replace(hit, severity="warning")
            return hit
        return None

    # ------------------------------------------------------------------ the old value unwritten
    def _growth_pair(self, doc: Document, s, nums, i: int, after: int, cue_start: int):
        """(old, new) of points between two growth rates: "IIP … tăng 1,1% (thấp hơn 8,8 điểm phần
        trăm so với mức tăng 8,7% cùng kỳ năm 2022)", "GRDP tăng 6,5%, cao hơn 1,3 điểm phần trăm so
        với mức tăng 5,2% của năm 2022" — the old value named a growth rate ("mức tăng", "tốc độ
        tăng"), the new the rate of growth just before the change. None otherwise."""
        g = _GROWTH_OLD.match(doc.text, after)
        if g is None or i + 1 >= len(nums) or nums[i + 1].start != g.end() or not nums[i + 1].percent:
            return None
        new = nums[i - 1] if i >= 1 else None
        if new is None or not new.percent or new.approx or new.denominator is not None:
            return None
        gap = doc.text[new.end:cue_start]
        if len(gap) > self.params.max_new_gap_chars or re.search(r"[;]|\.\s", gap) \
                or not self.cue_re.search(doc.text[max(s.start, new.start - 12):new.start]):
            return None  # the new value is a growth rate too: "tăng 1,1%" right before
        return nums[i + 1], new

    def _implicit(self, doc: Document, sents, k: int, i: int, last_group: int):
        """``N …, tăng|giảm D … (tăng|giảm p%)``, the old value unwritten: it is N − D after
        "tăng", N + D after "giảm", so p = 100·D / (N ∓ D). ``nums[i]`` is D; N is the one figure
        of D's measure and role in its clause, else (a clause opening "So với …" with no figure
        of that measure) in the clause or the sentence before. Returns (index of p, end of "D … (p%)", hit or
        None) when ``nums[i]`` is such a D, None when it is not one."""
        s = sents[k]
        nums, text = s.numbers, doc.text
        if i + 1 >= len(nums):
            return None
        change = self._absolute_change(doc, s, i)
        if change is None:
            return None
        d, before, cue, dm = change
        p = nums[i + 1]
        if dm is None or not p.percent or p.denominator is not None or not in_range(p):
            return None
        up = self._up(cue)
        shape = self._implicit_shape(text, d, p, s.end)
        if shape is None:
            return None
        tail, stated_up, group_end = shape
        if stated_up is not None and stated_up != up:
            return i + 1, group_end, None  # "giảm D (tăng p%)": no reading is safe
        if _old_written_after(text, nums, i, group_end, dm):
            # "giảm 106 vụ (giảm 10,28%) so với cùng kỳ (1.031 vụ)": the old value is written
            return i + 1, group_end, None
        cue_start = d.start - (len(before) - cue.start())
        if self._negated(text, s.start, cue_start):
            return None
        found = self._find_n(doc, sents, k, i, cue_start, dm, tail, last_group)
        if found is None:
            return i + 1, group_end, None
        n, where = found
        hit = self._judge_implicit(n, d, p, up, where, text[cue_start:group_end], cue_start, group_end)
        return i + 1, group_end, hit

    def _find_n(self, doc: Document, sents, k: int, i: int, cue_start: int, dm, tail: list[str], last_group: int):
        """(N, where) for a change of measure ``dm`` whose words after its figure are ``tail``,
        its cue at ``cue_start`` and ``nums[i]`` its first figure: the one figure of that measure
        and role in the clause before the cue, else (a clause opening "So với …") in the clause
        or the sentence before. None when there is none, or several, or a breakdown opens between
        N and the change ("Tổng thu 100 tỷ đồng, trong đó thu thuế tăng 5 tỷ đồng (5,3%)": the
        change is a part's)."""
        s = sents[k]
        text = doc.text
        # what D counts: its noun and role words ("36 người chết": người, chết); a generic noun
        # ("tăng 37 trường hợp") counts whatever the clause is about
        generic = any(tuple(tail[:len(g)]) == g for g in self._generic)
        if generic:
            tail = tail[len(next(g for g in self._generic if tuple(tail[:len(g)]) == g)):]
        role = {w for w in tail if w not in _SCALE_WORDS}
        lead = _words_before(text, max(s.start, cue_start - _WINDOW), cue_start)
        if "số" in lead[:-1]:  # "số người chết giảm 36 người", "so với cùng kỳ số người chết giảm …"
            at = len(lead) - 1 - lead[::-1].index("số")
            role |= {w for w in lead[at + 1:] if w not in _FILLER}
        # N in D's clause: after the last ";", nearest first after the change before it
        semis = _semicolons(doc, s)
        clause_lo = _clause_start(semis, s.start, cue_start)
        found = self._candidates(doc, s, range(i - 1, -1, -1), clause_lo, dm, role, generic)
        if found is None:
            return None
        near = [t for t in found if t.start >= last_group]
        where = "clause"
        if len(near) == 1:
            n = near[0]
        elif len(near) > 1 or len(found) > 1:
            return None  # several figures could be N
        elif found:
            n = found[0]
        else:
            # none in the clause: "So với cùng kỳ …, giảm D …" about the figures of the clause or
            # the sentence before
            n = self._previous(doc, sents, k, dm, role, clause_lo, semis)
            if n is None:
                return None
            where = "previous clause" if clause_lo > s.start else "previous sentence"
        if where == "clause" and self._breakdown_in(text, n.end, cue_start):
            return None
        return n, where

    def _read_tail(self, pieces: list[str], j: int) -> tuple[list[str], int]:
        """The words naming a figure from ``pieces[j]`` on ("người chết", "tỷ đồng"; "tạ/ha":
        "tạ", the "/ha" passed over) up to a mark, a connector or a link word, and where they end."""
        tail: list[str] = []
        while j < len(pieces) and len(tail) < _MAX_WORDS:
            w = pieces[j]
            if w[0].isalpha() and w not in _STOPS and w not in self._link_first:
                tail.append(w)
                j += 1
            elif w == "/" and tail and j + 1 < len(pieces) and pieces[j + 1][0].isalpha():
                j += 2  # a unit per another ("tạ/ha")
            else:
                break
        return tail, j

    def _lead_cue(self, rest: list[str]) -> tuple[Optional[bool], int]:
        """(a rise?, its number of words) of the cue opening ``rest`` ("giảm", "cao hơn"); (None,
        0) when none opens it."""
        for t in self._cue_tuples:
            if tuple(rest[:len(t)]) == t:
                return " ".join(t) in self.up, len(t)
        return None, 0

    def _link_words(self, rest: list[str]) -> int:
        """The number of words of the link ("tương ứng") opening ``rest``, else 0."""
        for words in self._links:
            if tuple(rest[:len(words)]) == words:
                return len(words)
        return 0

    def _opening(self, pieces: list[str], j: int, approx: str):
        """What stands between a change and its other figure, from ``pieces[j]`` on (after the
        period words): a comma, a bracket, link words ("tương ứng"), a cue and the figure's own
        qualifier, and nothing else. (bracket, linked, the cue's direction or None), or None when
        something else stands there or neither a bracket nor a link ties the two."""
        if j < len(pieces) and pieces[j] == ",":
            j += 1
        bracket = j < len(pieces) and pieces[j] == "("
        j += bracket
        rest = pieces[j:]
        n_link = self._link_words(rest)
        rest, linked = rest[n_link:], n_link > 0
        if linked:
            # "tương ứng với 5,2%", "tương ứng tỷ lệ 5,2%", "tương đương mức 5,2%": words of the link
            while rest and rest[0] in _LINK_FILLERS:
                rest = rest[1:]
            if tuple(rest[:2]) in (("tỷ", "lệ"), ("tỉ", "lệ")):
                rest = rest[2:]
        stated_up, n_cue = self._lead_cue(rest)
        rest = rest[n_cue:]
        if approx and rest == approx.lower().split():
            rest = []
        if rest or not (bracket or linked):
            return None
        return bracket, linked, stated_up

    def _implicit_shape(self, text: str, d: NumberToken, p: NumberToken, end: int):
        """(D's words, the direction written with p or None, end of the group) when the text
        between D and p is "[words] [so với <period>] (" or ", tương ứng", and a bracket closes
        after p; None otherwise."""
        gap = text[d.end:p.start]
        if len(gap) > _MAX_GAP:
            return None
        pieces = [m.group(0).lower() for m in _PIECE_RE.finditer(gap)]
        tail, j = self._read_tail(pieces, 0)
        j = _skip_period(pieces, j, self._link_first | self._cue_words)
        opening = self._opening(pieces, j, p.approx)
        if opening is None:
            return None
        bracket, _, stated_up = opening
        after = list(_PIECE_RE.finditer(text, p.end, min(end, p.end + _MAX_GAP)))
        words = [m.group(0).lower() for m in after]
        if not bracket:  # ", tương ứng tăng 45%" ends its clause
            if words and words[0] not in (",", ";", ".", ")", "so"):
                return None
            return tail, stated_up, p.end
        j = _skip_period(words, 0, frozenset())
        if j < len(words) and words[j] == ")":
            return tail, stated_up, after[j].end()
        return None

    # ------------------------------------------------------------------ a signed rate after D
    def _absolute_change(self, doc: Document, s, i: int):
        """(D, the text before it, its cue, its measure) when ``nums[i]`` of ``s`` is an absolute
        change after a cue ("giảm 133 người"), not in percentage points; None otherwise."""
        text, d = doc.text, s.numbers[i]
        if d.percent or d.denominator is not None or not in_range(d):
            return None
        before = _without_qualifier(text[max(s.start, d.start - 12 - len(d.approx)):d.start], d.approx)
        cue = self.cue_re.search(before)
        if cue is None or _POINTS_UNIT.match(text, d.end, s.end):
            return None
        return d, before, cue, _measure(d)

    def _signed(self, doc: Document, sents, k: int, i: int, last_group: int):
        """``N …, giảm D (-p%)``: the rate written with its sign in a bracket right after D and its
        label, the old value unwritten — read as :meth:`_implicit` reads "giảm D (giảm p%)". The
        number reader reads no figure after "-" (ranges, codes), so the rate is read here, for
        this relation only. A sign against the cue ("giảm D (+p%)") gives no reading."""
        s = sents[k]
        nums, text = s.numbers, doc.text
        change = self._absolute_change(doc, s, i)
        if change is None:
            return None
        d, before, cue, dm = change
        m = _SIGNED_RATE.search(text, d.end, min(s.end, d.end + _MAX_GAP)) if dm is not None else None
        if m is None:
            return None
        pieces = [x.group(0).lower() for x in _PIECE_RE.finditer(text, d.end, m.start())]
        tail, j = self._read_tail(pieces, 0)
        if pieces[j:]:
            return None  # only D's unit and label before the bracket
        up = self._up(cue)
        if (m["sign"] == "+") != up:
            return i, m.end(), None
        if i + 1 < len(nums) and nums[i + 1].start >= m.end():
            o = nums[i + 1]  # "giảm 133 người (-29,93%) so với cùng kỳ (511 người)": the old value written
            between = text[m.end():o.start]
            if len(between) <= _WINDOW and _OLD_LABEL.search(between) and _measure(o) == dm:
                return i, m.end(), None
        cue_start = d.start - (len(before) - cue.start())
        if self._negated(text, s.start, cue_start):
            return None
        value, decimals = parse_vn_number(m["int"], m["dec"])
        p = dataclasses.replace(d, value=value, decimals=decimals, text=m["num"], percent=True, unit="%",
                                scale=Decimal(1), start=m.start("num"), end=m.end("pct"),
                                span=doc.span(m.start("num"), m.end("pct")), approx="", denominator=None,
                                estimate=False, number_format="vi")
        found = self._find_n(doc, sents, k, i, cue_start, dm, tail, last_group)
        if found is None:
            return i, m.end(), None
        n, where = found
        return i, m.end(), self._judge_implicit(n, d, p, up, where, text[cue_start:m.end()], cue_start, m.end())

    # ------------------------------------------------------------------ the rate first, then D
    def _rate_first(self, doc: Document, sents, k: int, i: int, last_group: int):
        """``N …, giảm p% (D)``, ``(tương ứng D)``, ``(giảm D)``, ``, tương ứng D``: the relative
        change first, the absolute change D after it, the old value unwritten — the reading of
        :meth:`_implicit` in the other order (old = N ∓ D, p = 100·D / old), N found the same
        way. ``nums[i]`` is p. Returns (index of D, end of the group, hit or None) when
        ``nums[i]`` is such a p, None when it is not one. A bare bracket ("giảm 12,35% (2.133
        tấn)") is D only when smaller than N (a larger figure may be the earlier level), and
        never after "so với …" (the bracket then holds the earlier figure: the compared
        families judge it)."""
        s = sents[k]
        nums, text = s.numbers, doc.text
        p = nums[i]
        if not p.percent or p.approx or p.denominator is not None or i + 1 >= len(nums) or not in_range(p):
            return None
        before = text[max(s.start, p.start - 12):p.start]
        cue = self.cue_re.search(before)
        if cue is None:
            return None
        cue_start = p.start - (len(before) - cue.start())
        if self._negated(text, s.start, cue_start):
            return None
        d = nums[i + 1]
        if d.percent or d.denominator is not None or not in_range(d) or _POINTS_UNIT.match(text, d.end, s.end):
            return None
        dm = _measure(d)
        if dm is None:
            return None
        shape = self._rate_first_shape(text, p, d, s.end)
        if shape is None:
            return None
        tail, stated_up, bare, group_end = shape
        up = self._up(cue)
        if stated_up is not None and stated_up != up:
            return i + 1, group_end, None  # "tăng 5% (giảm 30 tỷ đồng)": no reading is safe
        if _old_written_after(text, nums, i, group_end, dm):
            # "giảm 12,35% (2.133 tấn) so với cùng kỳ (19.857 tấn)": the old value is written
            return i + 1, group_end, None
        found = self._find_n(doc, sents, k, i, cue_start, dm, tail, last_group)
        if found is None:
            return i + 1, group_end, None
        n, where = found
        if bare and base_value(d) >= base_value(n):
            return i + 1, group_end, None
        hit = self._judge_implicit(n, d, p, up, where, text[cue_start:group_end], cue_start, group_end)
        return i + 1, group_end, hit

    def _rate_first_shape(self, text: str, p: NumberToken, d: NumberToken, end: int):
        """(D's words, the direction written with D or None, bare?, end of the group) when the
        text between p and D is "[so với <period>] [,] ( [tương ứng] [tăng]" or ", tương ứng
        [tăng]", and D's words end at ")" (a bracket) or at its clause's end; None otherwise.
        Bare: a bracket holding the figure alone, no link nor cue."""
        gap = text[p.end:d.start]
        if len(gap) > _MAX_GAP:
            return None
        pieces = [m.group(0).lower() for m in _PIECE_RE.finditer(gap)]
        j = _skip_period(pieces, 0, self._link_first | self._cue_words)
        compared = j > 0
        opening = self._opening(pieces, j, d.approx)
        if opening is None:
            return None
        bracket, linked, stated_up = opening
        bare = not linked and stated_up is None
        if compared and bare:
            return None
        after = list(_PIECE_RE.finditer(text, d.end, min(end, d.end + _MAX_GAP)))
        words = [m.group(0).lower() for m in after]
        tail, j = self._read_tail(words, 0)
        if bracket:
            j = _skip_period(words, j, frozenset())
            if j < len(words) and words[j] == ")":
                return tail, stated_up, bare, after[j].end()
            return None
        if j < len(words) and words[j] not in (",", ";", ".", ")", "so"):
            return None
        return tail, stated_up, bare, (after[j - 1].end() if j else d.end)

    def _candidates(self, doc: Document, s, order, lo: int, dm, role: set, generic: bool):
        """The figures from ``order`` (indices of ``s.numbers``, walked until one starts before
        ``lo``) that could be N: D's measure, D's role words around them, not a change nor a rate.
        None when the choice is unsafe: a bare figure or an a/b among them, a figure of D's
        measure labelled as the earlier one ("so với cùng kỳ (1.031 vụ)"), too many to walk."""
        nums, text = s.numbers, doc.text
        out = []
        for steps, j in enumerate(order):
            t = nums[j]
            if t.start < lo:
                break
            if steps >= _MAX_SKIPPED:
                return None
            if t.percent or self._is_change(text, s, t):
                continue
            tm = _measure(t)
            if tm is None or t.denominator is not None or not in_range(t):
                return None  # a bare figure takes any unit; a/b is two figures
            if tm != dm and not (generic and tm[0] == "count" == dm[0]):
                continue
            prev_end = nums[j - 1].end if j > 0 else s.start
            w_lo = max(s.start, lo, prev_end, t.start - _WINDOW)
            if _OLD_LABEL.search(text, w_lo, t.start):
                return None  # the earlier figure is written: not this family
            around = set(_words_before(text, w_lo, t.start)) | set(_words_after(text, t.end, min(s.end, t.end + _WINDOW)))
            if role <= around:
                out.append(t)
        return out

    def _previous(self, doc: Document, sents, k: int, dm, role: set, clause_lo: int,
                  semis: list[int]) -> Optional[NumberToken]:
        """N before D's clause, when that clause opens "So với …" and holds no figure of D's
        measure: the one figure of D's measure and role in the clause before (after a ";") or,
        for a clause that opens its sentence, in the sentence before."""
        s = sents[k]
        text = doc.text
        # a short opener may stand before the comparison ("Cụ thể, so với cùng kỳ năm ngoái số vụ
        # tai nạn giảm 59 vụ …", "Như vậy, so với …")
        om = _SHORT_OPENER.match(text, clause_lo, s.end)
        opened = om.end() if om else clause_lo
        if not self.compare_re.match(text, opened, s.end) and not self.compare_re.match(text, clause_lo, s.end) \
                or len(s.numbers) > _MAX_SKIPPED:
            return None
        nxt = bisect.bisect_left(semis, clause_lo)
        hi = semis[nxt] if nxt < len(semis) else s.end
        for t in s.numbers:  # D's clause: changes and rates only, in D's measure
            if clause_lo <= t.start < hi and not (t.percent or self._is_change(text, s, t)):
                tm = _measure(t)
                if tm is None or tm == dm:
                    return None
        if clause_lo > s.start:  # "…, làm chết 485 người; so với cùng kỳ giảm 36 người chết (…)"
            lo = _clause_start(semis, s.start, clause_lo - 1)
            before = [j for j, t in enumerate(s.numbers) if t.start < clause_lo]
            found = self._candidates(doc, s, before[::-1], lo, dm, role, False)
        elif k > 0:
            # the sentence before; past one that states no figure of D's measure ("So với cùng kỳ,
            # tình hình … giảm cả 3 tiêu chí (số vụ, số người chết, số người bị thương).")
            found = None
            for j in range(k - 1, max(-1, k - 1 - _MAX_SENTENCES_BACK), -1):
                prev = sents[j]
                found = self._candidates(doc, prev, range(len(prev.numbers) - 1, -1, -1), prev.start, dm, role, False)
                if found or found is None or any(_measure(t) == dm for t in prev.numbers):
                    break
        else:
            return None
        return found[0] if found is not None and len(found) == 1 else None

    def _is_change(self, text: str, s, t: NumberToken) -> bool:
        """A figure that states a change ("tăng 37", "giảm 106", "tăng hơn 300"), not a level."""
        lo = max(s.start, t.start - 12 - len(t.approx))
        if self.cue_re.search(_without_qualifier(text[lo:t.start], t.approx)) is not None:
            return True
        # the words of change of rules/lexicon/roles.toml ("tăng thêm", "giảm được", "ít hơn")
        before = text[max(s.start, t.start - 40 - len(t.approx)):t.start]
        roles = load_roles()
        return roles.is_change_before(before) or roles.is_change_before(_without_qualifier(before, t.approx))

    def _judge_implicit(self, n: NumberToken, d: NumberToken, p: NumberToken, up: bool, where: str,
                        written_as: str, start: int, end: int) -> Optional[Hit]:
        nv, dv = base_value(n), base_value(d)
        old = nv - dv if up else nv + dv
        if old <= 0:
            return None  # "tăng 30" of 30: no earlier figure to compare with
        rel = 100 * dv / old
        def fits(u: Fraction) -> bool:
            iv = _implied_rate(interval_of(n, u), interval_of(d, u), up)
            return iv is not None and iv.intersects(interval_of(p, u))

        status = _ulp_ladder(fits)
        if status is None:
            return None
        if where != "clause":
            status = "warning"  # N read from the sentence before
        op = "−" if up else "+"
        same = n.scale == d.scale
        ns = n.text if same else fmt_vn(nv)
        ds = d.text if same else fmt_vn(dv)
        olds = fmt_vn(old / (Fraction(n.scale) if same else 1), max(n.decimals, d.decimals) if same else 0)
        dec = max(p.decimals, 1)
        if fmt_vn(rel, dec) == fmt_vn(base_value(p), dec):
            dec += 1
        direction = "tăng" if up else "giảm"
        comp = f"{ds} / ({ns} {op} {ds}) = {fmt_vn(rel, dec)}%"
        reading = {"vi": f"số kỳ trước không ghi, suy ra {ns} {op} {ds} = {olds}",
                   "en": f"the earlier figure is not written: {ns} {op} {ds} = {olds}"}
        if where != "clause":
            before = {"previous clause": ("vế trước", "the clause before"),
                      "previous sentence": ("câu trước", "the sentence before")}[where]
            reading = {"vi": reading["vi"] + f"; {ns} lấy từ {before[0]}",
                       "en": reading["en"] + f"; {ns} taken from {before[1]}"}
        shown = " ".join(written_as.split()) if len(written_as) <= 80 else f"{direction} {d.text} ({p.text}%)"
        values = {"new": ns, "old": olds, "change": shown, "direction": direction, "points": "",
                  "relative": fmt_vn(rel, dec) + "%", "reading": reading,
                  "implied": f"{direction} {fmt_vn(rel, dec)}%", "computation": comp}
        data = {"relation": "implicit change", "new": n.text, "change": d.text, "stated": f"{p.text}%",
                "old": olds, "computed": fmt_vn(rel, 2), "implied": values["implied"], "inferred": where}
        return Hit(min(n.start, start) if where == "clause" else start, end, values, severity=status, data=data)

    def _by_period(self, doc: Document, s, nums, i: int):
        """(old, new) of the two figures right before ``nums[i]``, each labelled by its own
        period ("năm 2023", "năm nay", "cùng kỳ", "kỳ trước") in its clause; None unless the two
        periods are different and ordered."""
        if i < 2:
            return None
        text = doc.text
        a, b = nums[i - 2], nums[i - 1]
        # counts and amounts only: two rates are compared in points (the points family), and a
        # growth rate's own period ("tăng 7,63% so với cùng kỳ năm trước, trong đó quí I tăng
        # 7,31%") is no label of the rate after it
        if a.percent or b.percent or a.denominator is not None or b.denominator is not None \
                or not self._same_kind(a, b):
            return None
        if len(text[b.end:nums[i].start].split()) > 4 or re.search(r"[;.]", text[b.end:nums[i].start]):
            return None  # the change stands right after the second figure
        ranks = []
        for k, n in ((i - 2, a), (i - 1, b)):
            lo = nums[k - 1].end if k > 0 else s.start
            found = list(_PERIOD_RE.finditer(text, max(lo, n.start - 40), n.start))
            if len(found) != 1:
                return None
            # the label of the figure: in its clause (no comma, bracket or semicolon between) and
            # not the target of a comparison ("so với cùng kỳ năm trước")
            if re.search(r"[,;()]", text[found[0].end():n.start]) or \
                    self.compare_re.search(text[max(lo, found[0].start() - 12):found[0].start()]):
                return None
            ranks.append(_period_rank(found[0]))
        if None in ranks or ranks[0] == ranks[1]:
            return None
        return (a, b) if ranks[0] < ranks[1] else (b, a)

    def _from_to(self, doc: Document, s, nums, i: int):
        """(old, new) of "từ O lên N" right before the change ("… (tăng x%)") or right after it
        ("tăng x%, từ O lên N"), in its clause."""
        if self.range_link is None:
            return None
        text = doc.text
        for j in (i - 2, i + 1):
            if j < 0 or j + 1 >= len(nums) or (j == i - 2 and j + 1 != i - 1):
                continue
            o, n = nums[j], nums[j + 1]
            if o.percent != n.percent or o.denominator is not None or n.denominator is not None:
                continue
            if not self.from_re.search(text[max(s.start, o.start - 8):o.start]):
                continue
            if not self.range_link.fullmatch(text[o.end:n.start]):
                continue
            near = text[n.end:nums[i].start] if j < i else text[nums[i].end:o.start]
            # "giảm được 4,44% hộ nghèo, đưa tỷ lệ hộ nghèo giảm từ 36,17% xuống còn 26,73%": a
            # verb that carries the change onto the range ("đưa", "nâng", "kéo") joins a longer gap
            limit = 100 if j > i and _CARRIES.search(near) else 40
            if len(near) > limit or re.search(r"[;]|\.\s", near):
                continue
            if o.scale == 1 and n.scale != 1 and load_units().classify_unit(o.unit).cls == "bare":
                o = dataclasses.replace(o, scale=n.scale)  # "từ 200 lên 198 tỷ đồng": 200 tỷ đồng
            if self._same_kind(o, n):
                return o, n
        return None

    @staticmethod
    def _same_kind(old: Optional[NumberToken], new: Optional[NumberToken]) -> bool:
        if old is None or new is None or old.percent != new.percent:
            return False
        if not (in_range(old) and in_range(new)):
            return False  # a figure beyond the reader's bound is not judged
        if new.percent:
            return True
        lex = load_units()  # what each measures: a bare figure ("từ 2.000 lên …") takes the other's unit
        return old.scale == new.scale and units_compatible(lex.classify_unit(old.unit, False, old.scale != 1),
                                                           lex.classify_unit(new.unit, False, new.scale != 1))

    def _judge_index(self, new: NumberToken, old: NumberToken, q: NumberToken, word: str = "bằng") -> Optional[Hit]:
        """``new`` = ``q`` % of ``old`` (an index, "bằng 115% so với cùng kỳ")."""
        if self.params.report == "points":
            return None  # an index is no percentage-point reading: AR005 judges it
        a, b, c = interval_of(new, Fraction(1, 2)), interval_of(old, Fraction(1, 2)), interval_of(q, Fraction(1, 2))
        if b.lo is None or b.lo <= 0 or a.lo is None or a.hi is None or b.hi is None:
            return None
        if Interval(100 * a.lo / b.hi, 100 * a.hi / b.lo).intersects(c):
            return None
        a1, b1, c1 = interval_of(new, Fraction(1)), interval_of(old, Fraction(1)), interval_of(q, Fraction(1))
        status = "warning" if b1.lo and b1.lo > 0 and Interval(100 * a1.lo / b1.hi, 100 * a1.hi / b1.lo).intersects(c1) \
            else "error"
        nv, ov = base_value(new), base_value(old)
        idx = 100 * nv / ov
        values = {"new": _q(new), "old": _q(old), "change": f"{word} {q.text}%", "direction": word,
                  "points": "", "relative": fmt_vn(idx, 1) + "%", "reading": _NO_READING,
                  "implied": fmt_vn(idx, max(q.decimals, 1)) + "%",
                  "computation": f"{_q(new)} / {_q(old)} × 100 = {fmt_vn(idx, 2)}%"}
        data = {"relation": "index", "new": new.text, "old": old.text, "stated": f"{q.text}%",
                "computed": fmt_vn(idx, 2), "implied": values["implied"]}
        return Hit(min(new.start, q.start), max(old.end, q.end), values, severity=status, data=data)

    def _index_of_change(self, doc: Document, s, nums, i: int) -> Optional[Hit]:
        """``nums[i]`` an index ("bằng q% so với cùng kỳ") right after an absolute change of the
        figure before it ("543 đơn, giảm 55 đơn, bằng 89,9%"): new / (new ∓ change) = q %."""
        if self.params.report == "points" or i < 2:
            return None
        text, q, d, new = doc.text, nums[i], nums[i - 1], nums[i - 2]
        if d.percent or new.percent or d.approx or d.denominator is not None or new.denominator is not None:
            return None
        m = self.cue_re.search(text, max(s.start, d.start - 12), d.start)
        if m is None or self._negated(text, s.start, m.start()) or self._is_change(text, s, new):
            return None
        # one clause each: "N đơn, giảm D đơn, bằng" — the change right after the new value, the
        # index right after the change
        if not _INDEX_CHANGE_GAP.fullmatch(text, new.end, m.start()) or \
                not _INDEX_AFTER_CHANGE.fullmatch(text, d.end, q.start):
            return None
        if not (self._same_kind(d, new) and unit_key(d) in ("", unit_key(new))) or not in_range(q):
            return None
        up = self._up(m)

        def ratio(u: Fraction) -> Optional[Interval]:
            a, b = interval_of(new, u), interval_of(d, u)
            if None in (a.lo, a.hi, b.lo, b.hi):
                return None
            olds = [x + y for x in (a.lo, a.hi) for y in (b.lo, b.hi)] if not up else \
                [x - y for x in (a.lo, a.hi) for y in (b.lo, b.hi)]
            if min(olds) <= 0:
                return None
            vals = [100 * x / (x + y if not up else x - y) for x in (a.lo, a.hi) for y in (b.lo, b.hi)]
            return Interval(min(vals), max(vals))

        def fits(u: Fraction) -> bool:
            r = ratio(u)
            return r is None or r.intersects(interval_of(q, u))

        status = _ulp_ladder(fits)
        if status is None or ratio(Fraction(1, 2)) is None:
            return None
        nv, dv = base_value(new), base_value(d)
        ov = nv - dv if up else nv + dv
        idx = 100 * nv / ov
        olds = fmt_vn(ov / Fraction(new.scale), max(new.decimals, d.decimals))
        op = "−" if up else "+"
        values = {"new": _q(new), "old": olds, "change": f"bằng {q.text}%", "direction": "bằng",
                  "points": "", "relative": fmt_vn(idx, 1) + "%", "reading": _NO_READING,
                  "implied": fmt_vn(idx, max(q.decimals, 1)) + "%",
                  "computation": f"{_q(new)} / ({_q(new)} {op} {d.text}) × 100 = {fmt_vn(idx, 2)}%"}
        data = {"relation": "index", "new": new.text, "old": olds, "change": d.text, "stated": f"{q.text}%",
                "computed": fmt_vn(idx, 2), "implied": values["implied"]}
        return Hit(new.start, q.end, values, severity=status, data=data)

    def _target(self, text: str, lo: int, old: Optional[NumberToken]) -> bool:
        """Is ``old`` a target or a plan, named between "so với" and it?"""
        return old is not None and self.target_re is not None and self.target_re.search(text, lo, old.start) is not None

    def _judge_absolute(self, new: NumberToken, old: NumberToken, d: NumberToken, up: bool,
                        exact_old: bool = False) -> Optional[Hit]:
        """``new`` − ``old`` = ±``d`` ("tăng 300 hồ sơ so với cùng kỳ (2.000 hồ sơ)"); ``exact_old``:
        the old value is a target as set, not a rounded measurement."""
        if self.params.report == "points":
            return None  # an absolute change is no percentage-point reading: AR005 judges it
        nv, ov, dv = base_value(new), base_value(old), base_value(d)
        signed = dv if up else -dv
        def fits(u: Fraction) -> bool:
            iv = interval_of(d, u)
            stated = iv if up else Interval(-iv.hi, -iv.lo)
            o = Interval(ov, ov) if exact_old else interval_of(old, u)
            return (interval_of(new, u) - o).intersects(stated)

        status = _ulp_ladder(fits)
        if status is None:
            return None
        direction = "tăng" if up else "giảm"
        cs = _common_scale(new, old)
        # shown to the digits written ("4,1% − 5,2% = −1,1", never "= -1")
        dec = max(new.decimals, old.decimals, d.decimals)
        diff_shown = fmt_vn(abs(nv - ov) / cs, dec)
        diff_signed = ("−" if nv < ov else "") + diff_shown
        shown = f"{direction} {d.text}" + (" điểm phần trăm" if new.percent else "")
        values = {"new": _q(new), "old": _q(old), "change": shown, "direction": direction,
                  "points": diff_signed, "relative": "", "reading": _NO_READING,
                  "implied": f"{'tăng' if nv >= ov else 'giảm'} {fmt_vn(abs(nv - ov) / Fraction(d.scale), dec)}",
                  "computation": f"{_q(new)} − {_q(old)} = {diff_signed}"}
        data = {"relation": "points change" if new.percent else "absolute change", "new": new.text, "old": old.text,
                "stated": shown, "computed": diff_signed, "difference": fmt_vn(abs(nv - ov - signed) / cs, dec)}
        return Hit(min(new.start, d.start), max(old.end, d.end), values, severity=status, data=data)

    def _old(self, doc, nums: tuple[NumberToken, ...], first: int, pos: int,
             like: Optional[NumberToken] = None) -> Optional[NumberToken]:
        """The old value: the first number from ``nums[first]`` on, within ``max_gap_words`` of
        ``pos`` and no clause end between (fractions, the counts of a rate, are passed over, and
        so is a length of time when the new value ``like`` is none: "(lũy kế 12 tháng năm 2019
        đạt 16.500 tỷ đồng)")."""
        max_chars = self.params.max_gap_words * _MAX_WORD_CHARS
        lex = load_units()
        skip_periods = like is not None and lex.classify(like).kind != "period"
        for j in range(first, min(len(nums), first + _MAX_SKIPPED)):
            n = nums[j]
            if n.start - pos > max_chars:
                return None  # farther than the gap's words could reach
            gap = doc.text[pos:n.start]
            if len(gap.split()) > self.params.max_gap_words or re.search(r"[;)]|\.\s", gap):
                return None  # a ")" closes the bracket of the change: "(tăng 01 đơn vị so với năm 2020), 15 …"
            if self._breakdown_in(doc.text, pos, n.start):
                return None  # "so với cùng kỳ, trong đó thu thuế 60 tỷ đồng": a part, not the earlier whole
            if _COMMA_CLAUSE.search(gap) and not _LINKED_OLD.search(gap[gap.rfind(","):]):
                # "phát hiện 170 vụ, tăng 84 vụ so với cùng kỳ năm trước, xử phạt 163 vụ": after the
                # comparison a comma opens another clause, and its figure is that clause's own
                return None
            if _COMMA_WITH.search(gap):
                return None  # "23 chỉ tiêu, tăng 2 chỉ tiêu so giai đoạn trước, với 8 chỉ tiêu về kinh tế, …": parts
            if _NEW_SUBJECT.search(gap) or _AND_FIGURE.search(gap):
                # "so với cùng kỳ và kim ngạch nhập khẩu đạt 15 tỷ USD", "giảm 6.251 việc so với năm
                # 2018 và 23.912 việc chưa có điều kiện": another figure's level, joined by "và"
                return None
            if self.link_re is not None and self.link_re.search(doc.text, pos, n.start):
                return None  # "so với cùng kỳ (tương ứng 1.250 tỷ đồng)": the change, not the earlier figure
            if n.denominator is not None or skip_periods and lex.classify(n).kind == "period":
                continue
            if _CARRIES_ON.search(gap):
                # "tăng 228 thí sinh so với năm trước nâng tỷ lệ chọi lên 1,76": a verb that carries
                # the change onto another measure, whose new level the figure is
                return None
            if like is not None and like.is_count and not like.decimals and like.scale == 1 \
                    and n.decimals and n.scale == 1:
                # a count's earlier value is a whole number: "1,76", "8,6 bác sĩ/vạn dân" are ratios
                return None
            if self.cue_re.search(doc.text[max(pos, n.start - 12):n.start]):
                return None  # "so với cùng kỳ (tăng 3,6%)": a change, not the earlier figure
            if _OWN_SHARE_AFTER.match(doc.text, n.end + _unit_len(doc.text, n)):
                return None  # "…, chủ yếu là nuôi cá với 6.913,2 ha, chiếm 99,96%": a part, with its share
            if self._listed(doc.text, nums, j, "(" in gap):
                return None  # "(khách quốc tế 210.000 lượt; khách nội địa 139.000 lượt)": parts
            if "(" in gap and self._subperiod(doc.text[pos + gap.rfind("("):n.start]):
                return None  # "so với cùng kỳ năm 2019 (quý II đạt 22,3 nghìn tấn, …)": a part of the period
            return n if not n.approx else None
        return None

    @staticmethod
    def _subperiod(bracket: str) -> bool:
        """Does a bracket after a change open on a part of the reported period ("(quý II đạt",
        rules/lexicon/roles.toml [subperiod]) and name no year, no earlier period? Its figure is
        then that part's own level, not the earlier value ("(quý II/2019 đạt …)" may be)."""
        return load_roles().is_subperiod_before(bracket) and not _YEAR.search(bracket) \
            and not _PERIOD_RE.search(bracket)

    def _listed(self, text: str, nums: tuple[NumberToken, ...], j: int, bracketed: bool) -> bool:
        """Is ``nums[j]`` the first item of a list of figures in its unit? Then the list breaks
        the new value down ("tăng 11,25% so với cùng kỳ (khách quốc tế 210.000 lượt; khách nội
        địa 139.000 lượt)"), and no item of it is the earlier value. Inside a bracket a comma
        separates items; outside one only a semicolon does (", năm 2022 là …" may go on)."""
        n = nums[j]
        key = unit_key(n)
        sep = re.compile(r"[;,]" if bracketed else r";")
        for m in nums[j + 1:j + 1 + _MAX_SKIPPED]:
            between = text[n.end:m.start]
            if ")" in between or re.search(r"\.\s", between) or len(between) > _MAX_GAP:
                return False
            if not sep.search(between):
                continue
            if unit_key(m) == key and m.denominator is None \
                    and not self.cue_re.search(text[max(n.end, m.start - 12):m.start]):
                return True
        return False

    def _new(self, doc, nums: tuple[NumberToken, ...], before: int, cue_start: int) -> Optional[NumberToken]:
        chained = False  # past the compared value and the change of a comparison before this one
        for k in range(before - 1, max(-1, before - 1 - _MAX_SKIPPED), -1):
            n = nums[k]
            if n.denominator is not None:
                continue  # "30,73% (677/2203 hồ sơ) tăng …": the rate, not its counts
            if unit_key(n) in _REPORT_PERIODS:
                return None  # "Cộng dồn 4 tháng, chỉ số … tăng 10,19%": the length of the period, no level
            if cue_start - n.end > self.params.max_new_gap_chars * (3 if chained else 1):
                return None
            if re.search(r"[;]|\.\s", doc.text[n.end:cue_start]):
                return None
            if _CHAINED.search(doc.text, max(0, n.start - 120), n.start) and _AND_AFTER.match(doc.text, n.end, cue_start):
                # "86,25%, thấp hơn 5,25% so với chỉ tiêu … (91,5%) và thấp hơn 5,75% so với …": the
                # target of the comparison before, then its change; the level is before both
                chained = True
                continue
            if self._is_change(doc.text, _Span(max(0, n.start - 40)), n):
                if chained:
                    continue
                return None  # "tăng 5,9% so với tháng trước và tăng 9,7% …": a change, not a level
            return n if not n.approx else None
        return None

    def _judge(self, new: NumberToken, old: NumberToken, ch: NumberToken, up: bool,
               exact_old: bool = False) -> Optional[Hit]:
        lex = load_units()
        if ch.percent and lex.classify(new).kind == "period" and lex.classify(old).kind == "period":
            # "trong 3 ngày đầu Tết Quý Tỵ, số vụ cháy giảm 51,2% so với 3 ngày đầu Tết năm 2012":
            # two lengths of the periods compared, not the measure that changed
            return None
        half, one = Fraction(1, 2), Fraction(1)
        nv, ov, cv = base_value(new), base_value(old), base_value(ch)
        signed = cv if up else -cv

        def old_iv(u):
            return Interval(ov, ov) if exact_old else interval_of(old, u)

        def pts(u):
            a, b = interval_of(new, u), old_iv(u)
            return a - b

        def rel(u):
            a, b = interval_of(new, u), old_iv(u)
            if b.lo is None or b.lo <= 0 or a.lo is None or a.hi is None or b.hi is None:
                return None
            return Interval(100 * (a.lo - b.hi) / b.hi, 100 * (a.hi - b.lo) / b.lo)

        def stated(u):
            iv = interval_of(ch, u)
            return iv if up else Interval(-iv.hi, -iv.lo)

        readings = {}
        for name, fn in (("points", pts), ("relative", rel)):
            if name == "points" and not new.percent:
                continue
            for u, st in ((half, "ok"), (one, "warning")):
                iv = fn(u)
                if iv is not None and iv.intersects(stated(u)):
                    readings[name] = st
                    break
        # a difference is shown in the unit the figures are written in ("1.250 − 1.000 = 250" for
        # triệu USD, not 250.000.000): the base value divided by their common scale
        shown_scale = Fraction(new.scale) if new.scale == old.scale and not new.percent else Fraction(1)
        points_val = (nv - ov) / shown_scale
        rel_val = 100 * (nv - ov) / ov if ov else None
        direction = "tăng" if up else "giảm"
        values = {
            "new": _q(new), "old": _q(old), "change": f"{direction} {ch.text}%", "direction": direction,
            # a minus sign, not a hyphen, as the other computations print it ("86,5% − 91% = −4,5")
            "points": fmt_vn(points_val, max(new.decimals, old.decimals)).replace("-", "−", 1),
            "relative": fmt_vn(rel_val, 1).replace("-", "−", 1) + "%" if rel_val is not None else "—",
            "reading": "", "implied": "",
        }
        comp = f"{_q(new)} − {_q(old)} = {values['points']}"
        if rel_val is not None:
            comp += f"; ({_q(new)} − {_q(old)}) / {_q(old)} = {values['relative']}"
        values["computation"] = comp
        data = {"relation": "change", "new": new.text, "old": old.text, "stated": f"{direction} {ch.text}%",
                "computed_points": values["points"], "computed_relative": values["relative"]}
        start, end = min(new.start, ch.start), max(old.end, ch.end)
        sign_wrong = (up and nv < ov) or (not up and nv > ov)
        if self.params.report == "points":
            if readings.get("relative") == "ok" or "points" not in readings or sign_wrong:
                return None
            values["reading"] = {"vi": "điểm phần trăm", "en": "percentage points"}
            values["implied"] = f"{direction} {ch.text} điểm phần trăm"
            data.update(reading="percentage points", implied=values["implied"], difference="0",
                        computed=values["points"])
            return Hit(start, end, values, severity="info", data=data)
        if readings and not sign_wrong:
            return None
        said = abs(Fraction(ch.value))
        nearest = min(([abs(points_val)] if new.percent else []) + ([abs(rel_val)] if rel_val is not None else []),
                      default=None)
        if said and nearest is not None and nearest > _FAR_OFF * said and nearest > 50:
            # "đạt 167% (giảm 3% so với 1,8% kế hoạch giao)": 167 and 1,8 differ fifty times more
            # than the change says — no pair of levels a writer compared; the figures are of
            # other relations (a plan fulfilment, a planned change), not a slip
            return None
        if sign_wrong and interval_of(new, one).intersects(interval_of(old, one)):
            return None  # equal within rounding: no sign to speak of
        status = "error"
        if not sign_wrong and "warning" in readings.values():
            status = "warning"
        if sign_wrong:
            values["reading"] = {"vi": "sai dấu", "en": "wrong sign"}
            values["implied"] = f"{'giảm' if up else 'tăng'} {values['relative'] if not new.percent else values['points']}"
        else:
            values["reading"] = _NO_READING
            values["implied"] = (f"tăng/giảm {values['points']} điểm phần trăm hoặc {values['relative']}"
                                 if new.percent else f"{values['relative']}")
        data.update(reading="wrong sign" if sign_wrong else "neither reading", implied=values["implied"],
                    computed=values["points"],
                    difference=fmt_vn(abs(points_val) - cv, 2) if new.percent else "")
        return Hit(start, end, values, severity=status, data=data)


def _old_written_after(text: str, nums, i: int, group_end: int, dm) -> bool:
    """Does the figure after a change and its rate (``nums[i]``, ``nums[i + 1]``, ending at
    ``group_end``) state the earlier value, labelled by its period, in the change's measure?"""
    if i + 2 >= len(nums):
        return False
    o = nums[i + 2]
    between = text[group_end:o.start]
    return len(between) <= _WINDOW and not re.search(r"[;]|\.\s", between) \
        and _OLD_LABEL.search(between) is not None and _measure(o) == dm


def _words(phrase: str) -> str:
    """A phrase as compared: lower case, one space between its words."""
    return " ".join(phrase.lower().split())


def _alternation(phrases: list[str]) -> str:
    """The phrases as regex alternatives, any blanks between their words (no nested repeat)."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in phrases)


@record(frozen=True)
class _Span:
    """Where a window may start (the ``s.start`` of :meth:`Change._is_change`)."""
    start: int
# "(-29,93%)", "(+5,2 %)", "(− 3%)": a rate of change with its sign, in a bracket of its own
_SIGNED_RATE = re.compile(r"\([ \t]?(?P<sign>[-−–+])[ \t]?(?P<num>(?P<int>\d{1,3}(?:\.\d{3})++|\d++)(?:,(?P<dec>\d++))?)"
                          r"(?P<pct>[ \t]?%)[ \t]?\)")
_BRACKET_OPEN = re.compile(r"[ \t]{0,3}\([ \t]{0,3}")


def _unit_len(text: str, t: NumberToken) -> int:
    """Characters of the unit right after a figure ("300 hồ sơ so với": 6)."""
    if not t.unit:
        return 0
    i = text.find(t.unit, t.end, t.end + len(t.unit) + 4)
    return (i + len(t.unit) - t.end) if i >= 0 else 0


# a period that labels a figure ("năm 2023 là 12.000", "cùng kỳ năm trước: 10.000")
_PERIOD_RE = re.compile(r"(?<!\w)(?:năm[ \t]++(?P<year>\d{4})(?!\d)|(?P<now>năm[ \t]++nay|kỳ[ \t]++này|kỳ[ \t]++báo[ \t]++cáo)"
                        r"|(?P<before>cùng[ \t]++kỳ(?:[ \t]++năm[ \t]++(?:trước|ngoái))?|năm[ \t]++trước|năm[ \t]++ngoái"
                        r"|kỳ[ \t]++trước))(?!\w)", re.IGNORECASE)


_AND_FIGURE = re.compile(r"(?<!\w)và[ \t]{1,3}+\Z", re.IGNORECASE)  # "… và " right before the figure
_OWN_SHARE_AFTER = re.compile(r"[ \t]{0,3}+,?[ \t]{0,3}+\(?[ \t]{0,3}+chiếm(?!\w)", re.IGNORECASE)
# "so với mức tăng 8,7%": the figure compared with is itself a rate of growth
_GROWTH_OLD = re.compile(r"[ \t]{0,3}+(?:mức|tốc[ \t]++độ)[ \t]++(?:tăng|giảm)(?:[ \t]++trưởng)?[ \t]{1,3}+",
                         re.IGNORECASE)
_FAR_OFF = 20  # a computed change this many times the stated one is no misprint of it
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _period_rank(m: re.Match) -> Optional[float]:
    if m["year"]:
        return float(m["year"])
    return float("inf") if m["now"] else float("-inf")


# the reading of a change that no computation gives, in the reader's language (ruleset._in_lang)
_NO_READING = {"vi": "không cách tính nào ra số này", "en": "no computation gives it"}
# the unit of a change in percentage points ("1,1 điểm phần trăm", "2 điểm %")
_POINTS_UNIT = re.compile(r"[ \t]*+điểm[ \t]*+(?:phần[ \t]++trăm|%)", re.IGNORECASE)


def _common_scale(a: NumberToken, b: NumberToken) -> Fraction:
    """The scale both figures are written in (a difference is shown in it), else 1."""
    return Fraction(a.scale) if a.scale == b.scale else Fraction(1)


def _q(t: NumberToken) -> str:
    return t.text + ("%" if t.percent else "")


# ----------------------------------------------------------------------------- implicit changes
# the pieces of a short window: a word, a run of digits, any other mark (linear: each piece is
# one character class, nothing optional)
_PIECE_RE = re.compile(r"[^\W\d_]+|\d+|\S")
# a label of the earlier figure before a candidate N: that figure is written, not implied
_OLD_LABEL = re.compile(r"(?<!\w)(?:so\s+với|so\s+cùng|cùng\s+kỳ|kỳ\s+trước|năm\s+trước|năm\s+ngoái)(?!\w)",
                        re.IGNORECASE)
_MAX_GAP = 120  # characters between D and its rate, and after the rate up to ")"
_MAX_WORDS = 6  # words of a figure's role on either side
_WINDOW = 60  # characters before a figure read for its role
# the compared value of a comparison in its bracket, then "và" and the next comparison's cue
_CHAINED = re.compile(r"(?<!\w)so[ \t]+(?:với[ \t]+)?[^;()]{0,100}\([ \t]{0,3}\Z", re.IGNORECASE)
_AND_AFTER = re.compile(r"[ \t]{0,3}%?[ \t]{0,3}\)[ \t]{0,3}(?:,[ \t]{0,3})?(?:và[ \t]+)?", re.IGNORECASE)
_REPORT_PERIODS = frozenset({"tháng", "quý"})  # "4 tháng", "quý 2": the span reported, never a level
# an index after a word other than "bằng" ("đạt 115% so với cùng kỳ") is one from this value up: a
# smaller rate after "đạt" is a rate of growth ("tăng trưởng đạt 7,5% so với cùng kỳ")
_INDEX_FLOOR = 40
# the period an index compares with, named right after it without "so với"
_PERIOD_NEXT = re.compile(r"[ \t]*+(?=(?:cùng[ \t]++kỳ|năm[ \t]++trước|kỳ[ \t]++trước|tháng[ \t]++trước|quý[ \t]++trước)(?!\w))",
                          re.IGNORECASE)
# "543 đơn, giảm 55 đơn, bằng 89,9% so với cùng kỳ": the new value's unit, a comma and the
# change's cue; after the change, its unit, a comma and the index's "bằng"
_INDEX_CHANGE_GAP = re.compile(r"(?:[ \t]*+[^\W\d_]++){0,3}+[ \t]*+,[ \t]*+", re.IGNORECASE)
_INDEX_AFTER_CHANGE = re.compile(r"(?:[ \t]*+(?!bằng(?!\w))[^\W\d_]++){0,3}+[ \t]*+,[ \t]*+(?:và[ \t]++)?bằng[ \t]++",
                                 re.IGNORECASE)
# the words that may follow a link before its rate ("tương ứng với", "tương đương mức")
_LINK_FILLERS = frozenset({"với", "là", "mức", "khoảng"})
# the verbs that carry a change onto a measure's level ("…, đưa tỷ lệ hộ nghèo xuống còn …"), read
# both between a change and its range and between "so với …" and a figure
_CARRY_VERBS = "nâng|đưa|kéo"
# between "so với …" and a figure: a verb carrying the change onto another measure's level
_CARRIES_ON = re.compile(rf"(?<!\w)(?:{_CARRY_VERBS}|làm[ \t]++cho)(?!\w)", re.IGNORECASE)
# after a change, the verb that carries it onto the range of the figures it moved
_CARRIES = re.compile(rf",[ \t]*+(?:{_CARRY_VERBS}|làm(?:[ \t]++cho)?)(?!\w)", re.IGNORECASE)
_AFTER_CUE = re.compile(r"(?<![ \t])[ \t]{1,3}(?:đi|thêm|được|bớt)[ \t]{0,3}\Z", re.IGNORECASE)  # "giảm đi", "tăng thêm"
# "… so với cùng kỳ và kim ngạch nhập khẩu đạt 15 tỷ USD": after "và", a subject and a verb of level
# open another clause; its figure is not the old value of the change before
_NEW_SUBJECT = re.compile(r"(?<!\w)và[ \t]++(?:[^\s]++[ \t]++){1,8}?(?:ước[ \t]++)?(?:đạt|là|có|được)(?!\w)",
                          re.IGNORECASE)
_MAX_SENTENCES_BACK = 2  # sentences walked back for the current figure of a change "so với …"
# "Cụ thể, ", "Như vậy, ": one to three words and a comma opening a clause
_SHORT_OPENER = re.compile(r"[ \t]{0,3}+(?:(?<![^\W\d_])[^\W\d_]++[ \t]{0,3}+){1,3}+,[ \t]{0,3}+")
_SCALE_WORDS = frozenset({"nghìn", "ngàn", "triệu", "tỷ", "tỉ", "vạn"})
# words that end a figure's role: a connector or a verb of another relation
# ", với 8 chỉ tiêu về kinh tế": a clause that lists what the new figure holds
_COMMA_WITH = re.compile(r",[ \t]*+với(?!\w)", re.IGNORECASE)
# a comma and words right before the figure: a clause of its own, unless its words link the
# earlier value ("so với năm 2022, khi đó là 86 vụ", "…, ở mức 86 vụ")
_COMMA_CLAUSE = re.compile(r",[ \t]*+(?:[^\W\d_]++[ \t]*+){1,6}+\Z")
# (the link word opens the clause, after its period at most: ", đạt 1.000", ", cùng kỳ là 1.000" —
# not ", nhập khẩu đạt 1,98 tỷ USD", another measure's subject and its level)
_LINKED_OLD = re.compile(r",[ \t]*+(?:(?:cùng[ \t]++kỳ|năm[ \t]++trước|năm[ \t]++\d{4}|kỳ[ \t]++trước)[ \t]*+,?[ \t]*+)?"
                         r"(?:là|đạt|ở[ \t]++mức|chỉ[ \t]++có|có)(?!\w)|[:(]", re.IGNORECASE)
_STOPS = frozenset({"và", "so", "tăng", "giảm", "trong", "đạt", "chiếm", "bằng", "là", "với", "gồm", "còn",
                    "hoặc", "nhưng"})
_FILLER = frozenset({"lượng"})  # "số lượng hồ sơ": no role


def _semicolons(doc: Document, s) -> list[int]:
    """Where the semicolons of a sentence are (found once a sentence: a clause's bounds are then
    a bisection, not a scan of the sentence for each change in it)."""
    cache = doc.meta.setdefault("_cache", {})
    key = ("semicolons", s.start, s.end)
    found = cache.get(key)
    if found is None:
        found, pos = [], doc.text.find(";", s.start, s.end)
        while pos >= 0:
            found.append(pos)
            pos = doc.text.find(";", pos + 1, s.end)
        cache[key] = found
    return found


def _clause_start(semis: list[int], lo: int, pos: int) -> int:
    """Start of the clause holding ``pos``: after the last semicolon before it, else ``lo``."""
    j = bisect.bisect_left(semis, pos)
    return max(lo, semis[j - 1] + 1) if j else lo


def _without_qualifier(before: str, approx: str) -> str:
    """The text before a figure less its qualifier ("tăng hơn " → "tăng "), so that the cue of a
    change is found before an approximate figure."""
    if approx:
        stripped = before.rstrip()
        if stripped.lower().endswith(approx.lower()):
            return stripped[:len(stripped) - len(approx)]
    return before


def _measure(t: NumberToken):
    """What a figure measures, as a comparable key: money, a physical unit (dimension and
    factor), a count of a noun; None for a bare figure or a rate."""
    r = load_units().classify_unit(t.unit, t.percent, t.scale != 1)
    if r.cls in ("percent", "bare"):
        return None
    if r.cls == "count":
        return ("count", r.dimension)
    return (r.cls, r.dimension, r.factor)


def _skip_period(pieces: list[str], j: int, stop: frozenset) -> int:
    """Past "so với <period>" ("so với cùng kỳ năm 2021") at ``pieces[j]``, if there."""
    if j >= len(pieces) or pieces[j] != "so":
        return j
    j += 1
    n = 0
    while j < len(pieces) and n < 8 and (pieces[j][0].isalpha() or (pieces[j].isdigit() and len(pieces[j]) == 4)) \
            and pieces[j] not in stop:
        j += 1
        n += 1
    return j


def _words_before(text: str, lo: int, hi: int) -> list[str]:
    """The words right before ``hi`` back to a mark, a figure or a connector (at most
    ``_MAX_WORDS``), in order, lower case."""
    pieces = [m.group(0).lower() for m in _PIECE_RE.finditer(text, lo, hi)]
    out: list[str] = []
    for w in reversed(pieces):
        if not w[0].isalpha() or w in _STOPS or len(out) >= _MAX_WORDS:
            break
        out.append(w)
    return out[::-1]


def _words_after(text: str, lo: int, hi: int) -> list[str]:
    """The words right after ``lo`` up to a mark, a figure or a connector (at most ``_MAX_WORDS``)."""
    out: list[str] = []
    for m in _PIECE_RE.finditer(text, lo, hi):
        w = m.group(0).lower()
        if not w[0].isalpha() or w in _STOPS or len(out) >= _MAX_WORDS:
            break
        out.append(w)
    return out


def _implied_rate(n: Interval, d: Interval, up: bool) -> Optional[Interval]:
    """The interval of 100·D / (N − D) ("tăng") or 100·D / (N + D) ("giảm"): rising with D,
    falling with N; None when the earlier figure may be zero or less."""
    if up:
        old_hi = None if n.hi is None else n.hi - d.lo
        old_lo = None if d.hi is None else n.lo - d.hi
        if old_hi is not None and old_hi <= 0:
            return None
        lo = Fraction(0) if old_hi is None else 100 * d.lo / old_hi
        hi = 100 * d.hi / old_lo if old_lo is not None and old_lo > 0 else None
        return Interval(lo, hi)
    lo = Fraction(0) if n.hi is None or n.hi + d.lo <= 0 else 100 * d.lo / (n.hi + d.lo)
    if d.hi is None:
        return Interval(lo, Fraction(100))
    if n.lo + d.hi <= 0:
        return None
    return Interval(lo, 100 * d.hi / (n.lo + d.hi))


def _ulp_ladder(fits) -> str | None:
    """arithmetic.md §5.4 for a relation tested by ``fits(ulps)``: holds at half a unit of the
    last digit → None (silent); only at one unit → "warning"; not even then → "error"."""
    if fits(Fraction(1, 2)):
        return None
    return "warning" if fits(Fraction(1)) else "error"
