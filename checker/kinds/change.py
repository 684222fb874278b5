"""Kind ``change``: ``<new> … tăng / giảm x% so với … <old>``.

## What it does
When a sentence states a new value, a change ``tăng|giảm x%`` and, after ``so với``, the old
value of the same kind, the change is recomputed two ways: in percentage points
(``new − old``, for two rates) and as a relative change (``100·(new − old)/old``). It says which
reading holds; flags a sign error ("tăng" with a fall); and (``report = "points"``) notes a
change of two rates written with "%" where "điểm phần trăm" is meant.

## Why is this bad?
A growth figure that neither reading gives is wrong; "tăng 12,73%" for 18 % → 30,73 % is a
change of 12,73 percentage points, a relative increase of 70,7 %.

## Example
``30,73% … tăng 12,73% so với … 18%``: 12,73 points (relative: 70,7 %).
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Iterable, Optional

from ..extract.number_tokens import in_range
from ..model import Document, NumberToken
from . import Context, Hit, Kind, register
from ._arith import Interval, base_value, fmt_vn, interval_of
from ..quantities import compatible as units_compatible, load_units
from ._prose import prose_blocks, sentences, unit_key


# bounds of the search for the old and the new value (a report's gap has a few words and at most a
# fraction or two): a long run of fractions after a change is not walked to its end
_MAX_SKIPPED = 32
_MAX_WORD_CHARS = 40


@register("change")
class Change(Kind):
    placeholders = frozenset({"new", "old", "change", "direction", "points", "relative", "reading", "implied",
                              "computation"})

    @dataclass(frozen=True)
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

    def __init__(self, params: "Change.Params"):
        super().__init__(params)
        if params.report not in ("mismatch", "points"):
            raise ValueError("report phải là 'mismatch' hoặc 'points'")
        cues = [re.escape(c) for c in [*params.up_cues, *params.down_cues]]
        self.cue_re = re.compile(rf"(?<!\w)(?P<cue>{'|'.join(cues)})\s*$", re.IGNORECASE)
        self.compare_re = re.compile(params.compare, re.IGNORECASE)
        self.up = {c.lower() for c in params.up_cues}
        self.index_re = re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(c) for c in params.index_cues)})\s*$",
                                   re.IGNORECASE) if params.index_cues else None
        to = "|".join(re.escape(w) for w in params.range_to)
        # "từ 2.000 [hồ sơ] lên [mức] 2.300": the words between are the unit (at most three)
        # the unit and the period of the old value may stand between ("từ 5,2% năm 2022 xuống còn 4,1%")
        self.range_link = re.compile(rf"\s*+(?:(?:[^\W\d_]++|\d{{4}}(?!\d))\s*+){{0,5}}?(?:{to})\s++(?:(?:còn|mức)\s++){{0,2}}",
                                     re.IGNORECASE) if to else None
        self.from_re = re.compile(r"(?<!\w)từ\s*$", re.IGNORECASE)

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        text = doc.text
        for block in prose_blocks(doc):
            for s in sentences(doc, block):
                nums = s.numbers
                for i, ch in enumerate(nums):
                    hit = self._one(doc, s, nums, i)
                    if hit:
                        yield hit

    def _one(self, doc: Document, s, nums, i: int) -> Optional[Hit]:
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
            cm = self.compare_re.match(text, ch.end, s.end) if im else None
            if cm:
                old = self._old(doc, nums, i + 1, cm.end())
                new = self._new(doc, nums, i, ch.start - len(im.group(0)))
                if self._same_kind(old, new) and in_range(ch):
                    return self._judge_index(new, old, ch)
            return None
        if m is None:
            return None
        up = m["cue"].lower() in self.up
        if not ch.percent and _POINTS_UNIT.match(text, ch.end, s.end):
            # "giảm từ 5,2% xuống 4,1%, giảm 1,1 điểm phần trăm", "tăng 3,3 điểm phần trăm so với
            # cùng kỳ (95,2%)": a change in percentage points between two percentages
            pair = self._from_to(doc, s, nums, i)
            if pair is None:
                pm = _POINTS_UNIT.match(text, ch.end, s.end)
                cm = self.compare_re.match(text, pm.end(), s.end)
                if cm:
                    pair = (self._old(doc, nums, i + 1, cm.end()), self._new(doc, nums, i, ch.start - len(m.group(0))))
            if pair is not None and pair[0] is not None and pair[1] is not None and pair[0].percent \
                    and pair[1].percent and in_range(ch) and in_range(pair[0]) and in_range(pair[1]):
                return self._judge_absolute(pair[1], pair[0], ch, up)
            return None
        if not ch.percent:
            # new, tăng D so với … old: an absolute change (new − old)
            cm = self.compare_re.match(text, ch.end + _unit_len(text, ch), s.end) or self.compare_re.match(text, ch.end, s.end)
            if not cm:
                return None
            old = self._old(doc, nums, i + 1, cm.end())
            new = self._new(doc, nums, i, ch.start - len(m.group(0)))
            if self._same_kind(old, new) and in_range(ch) and self._same_kind(ch, new):
                return self._judge_absolute(new, old, ch, up)
            return None
        # tăng x% so với … old — the new value before it
        cm = self.compare_re.match(text, ch.end, s.end)
        if cm:
            old = self._old(doc, nums, i + 1, cm.end())
            new = self._new(doc, nums, i, ch.start - len(m.group(0)))
            if self._same_kind(old, new) and in_range(ch):
                return self._judge(new, old, ch, up)
            return None
        # new …, so với … (old) tăng x%
        if i >= 2:
            new, old = nums[i - 2], nums[i - 1]
            between, tail = text[new.end:old.start], text[old.end:ch.start - len(m.group(0))]
            if self.compare_re.search(between) and len(between.split()) <= self.params.max_gap_words \
                    and not re.search(r"[;]|\.\s", between) and re.fullmatch(r"(?:[^\W\d_]++|[\s,)]++)*+", tail) \
                    and new.denominator is None and old.denominator is None and self._same_kind(old, new) and in_range(ch):
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
            if len(near) > 40 or re.search(r"[;]|\.\s", near):
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

    def _judge_index(self, new: NumberToken, old: NumberToken, q: NumberToken) -> Optional[Hit]:
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
        values = {"new": _q(new), "old": _q(old), "change": f"bằng {q.text}%", "direction": "bằng",
                  "points": "", "relative": fmt_vn(idx, 1) + "%", "reading": _NO_READING,
                  "implied": fmt_vn(idx, max(q.decimals, 1)) + "%",
                  "computation": f"{_q(new)} / {_q(old)} × 100 = {fmt_vn(idx, 2)}%"}
        data = {"relation": "index", "new": new.text, "old": old.text, "stated": f"{q.text}%",
                "computed": fmt_vn(idx, 2), "implied": values["implied"]}
        return Hit(min(new.start, q.start), max(old.end, q.end), values, severity=status, data=data)

    def _judge_absolute(self, new: NumberToken, old: NumberToken, d: NumberToken, up: bool) -> Optional[Hit]:
        """``new`` − ``old`` = ±``d`` ("tăng 300 hồ sơ so với cùng kỳ (2.000 hồ sơ)")."""
        if self.params.report == "points":
            return None  # an absolute change is no percentage-point reading: AR005 judges it
        nv, ov, dv = base_value(new), base_value(old), base_value(d)
        signed = dv if up else -dv
        for u, st in ((Fraction(1, 2), None), (Fraction(1), "warning")):
            diff = interval_of(new, u) - interval_of(old, u)
            iv = interval_of(d, u)
            stated = iv if up else Interval(-iv.hi, -iv.lo)
            if diff.intersects(stated):
                if st is None:
                    return None
                status = st
                break
        else:
            status = "error"
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

    def _old(self, doc, nums: tuple[NumberToken, ...], first: int, pos: int) -> Optional[NumberToken]:
        """The old value: the first number from ``nums[first]`` on, within ``max_gap_words`` of
        ``pos`` and no clause end between (fractions, the counts of a rate, are passed over)."""
        max_chars = self.params.max_gap_words * _MAX_WORD_CHARS
        for n in nums[first:first + _MAX_SKIPPED]:
            if n.start - pos > max_chars:
                return None  # farther than the gap's words could reach
            gap = doc.text[pos:n.start]
            if len(gap.split()) > self.params.max_gap_words or re.search(r"[;]|\.\s", gap):
                return None
            if n.denominator is not None:
                continue
            return n if not n.approx else None
        return None

    def _new(self, doc, nums: tuple[NumberToken, ...], before: int, cue_start: int) -> Optional[NumberToken]:
        for k in range(before - 1, max(-1, before - 1 - _MAX_SKIPPED), -1):
            n = nums[k]
            if n.denominator is not None:
                continue  # "30,73% (677/2203 hồ sơ) tăng …": the rate, not its counts
            if cue_start - n.end > self.params.max_new_gap_chars:
                return None
            if re.search(r"[;]|\.\s", doc.text[n.end:cue_start]):
                return None
            return n if not n.approx else None
        return None

    def _judge(self, new: NumberToken, old: NumberToken, ch: NumberToken, up: bool) -> Optional[Hit]:
        half, one = Fraction(1, 2), Fraction(1)
        nv, ov, cv = base_value(new), base_value(old), base_value(ch)
        signed = cv if up else -cv

        def pts(u):
            a, b = interval_of(new, u), interval_of(old, u)
            return a - b

        def rel(u):
            a, b = interval_of(new, u), interval_of(old, u)
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
            "points": fmt_vn(points_val, max(new.decimals, old.decimals)),
            "relative": fmt_vn(rel_val, 1) + "%" if rel_val is not None else "—",
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
