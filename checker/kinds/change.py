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

import re
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Iterable, Optional

from ..extract.number_tokens import in_range
from ..model import Document, NumberToken
from . import Context, Hit, Kind, register
from ._arith import Interval, base_value, fmt_vn, interval_of
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

    def __init__(self, params: "Change.Params"):
        super().__init__(params)
        if params.report not in ("mismatch", "points"):
            raise ValueError("report phải là 'mismatch' hoặc 'points'")
        cues = [re.escape(c) for c in [*params.up_cues, *params.down_cues]]
        self.cue_re = re.compile(rf"(?<!\w)(?P<cue>{'|'.join(cues)})\s*$", re.IGNORECASE)
        self.compare_re = re.compile(params.compare, re.IGNORECASE)
        self.up = {c.lower() for c in params.up_cues}

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        text = doc.text
        for block in prose_blocks(doc):
            for s in sentences(doc, block):
                nums = s.numbers
                for i, ch in enumerate(nums):
                    if not ch.percent or ch.approx:
                        continue
                    m = self.cue_re.search(text[max(s.start, ch.start - 12):ch.start])
                    if not m:
                        continue
                    # matched in place, not on a copy of the rest of the sentence (a copy for
                    # each change made a long sentence of changes quadratic)
                    cm = self.compare_re.match(text, ch.end, s.end)
                    if not cm:
                        continue
                    old = self._old(doc, nums, i + 1, cm.end())
                    new = self._new(doc, nums, i, ch.start - len(m.group(0)))
                    if old is None or new is None or old.percent != new.percent:
                        continue
                    if not (in_range(ch) and in_range(old) and in_range(new)):
                        continue  # a figure beyond the reader's bound is not judged
                    if not new.percent and (unit_key(old) != unit_key(new) or old.scale != new.scale):
                        continue
                    hit = self._judge(new, old, ch, m["cue"].lower() in self.up)
                    if hit:
                        yield hit

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
        points_val = nv - ov
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
            values["reading"] = "điểm phần trăm"
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
            values["reading"] = "sai dấu"
            values["implied"] = f"{'giảm' if up else 'tăng'} {values['relative'] if not new.percent else values['points']}"
        else:
            values["reading"] = "không khớp"
            values["implied"] = (f"tăng/giảm {values['points']} điểm phần trăm hoặc {values['relative']}"
                                 if new.percent else f"{values['relative']}")
        data.update(reading=values["reading"], implied=values["implied"], computed=values["points"],
                    difference=fmt_vn(abs(points_val) - cv, 2) if new.percent else "")
        return Hit(start, end, values, severity=status, data=data)


def _q(t: NumberToken) -> str:
    return t.text + ("%" if t.percent else "")
