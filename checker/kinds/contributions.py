"""Kind ``contributions``: the contributions of complete categories to a growth rate.

## What it does
A statistics release states how much each sector contributed to the growth of the whole:
"Trong mức tăng của tổng giá trị tăng thêm toàn nền kinh tế, khu vực I tăng 3,36%, đóng góp
5,11%; khu vực II …, đóng góp 38,24%; khu vực III …, đóng góp 56,65%". When a sentence opens
with such a frame ("Trong mức tăng …", "Trong tốc độ tăng …") and lists at least ``min_parts``
contributions, the contributions in per cent must total 100 %; contributions in percentage
points ("đóng góp 0,91 điểm phần trăm") must total the growth rate the frame states ("Trong mức
tăng 6,81% …"). The tolerance is the rounding of the digits written; the link is inferred from
the frame (a list may leave out a category, such as product taxes), so a mismatch is a warning.

## Why is this bad?
Contributions that do not add up mean a sector's figure was copied from another period or
mistyped: the whole breakdown of growth the report rests on is then in doubt.

## Example
``đóng góp 5,11%; … đóng góp 38,24%; … đóng góp 57,65%`` under "Trong mức tăng …" total
101,00 %.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Iterable

from ..model import Document
from . import Context, Hit, Kind, register
from ._arith import exact, fmt_vn, interval_of, ladder, sum_intervals, written
from ._prose import alternation, prose_blocks, sentences



@register("contributions")
class Contributions(Kind):
    placeholders = frozenset({"computation", "computed", "stated", "difference"})

    @dataclass(frozen=True)
    class Params:
        # the frame that makes the list complete, at the start of the sentence
        frames: list[str] = field(default_factory=lambda: [
            "trong mức tăng", "trong tốc độ tăng", "trong mức tăng trưởng", "trong tăng trưởng"])
        # the word right before each contribution
        contribution_cues: list[str] = field(default_factory=lambda: ["đóng góp", "góp"])
        points_words: list[str] = field(default_factory=lambda: ["điểm phần trăm", "điểm %"])
        min_parts: int = 3

    def __init__(self, params: "Contributions.Params"):
        super().__init__(params)
        if not params.frames or not params.contribution_cues or params.min_parts < 2:
            raise ValueError("frames và contribution_cues không được rỗng; min_parts ≥ 2")
        self.frame_re = re.compile(rf"\s*+(?:{alternation(params.frames)})(?!\w)", re.IGNORECASE)
        self.cue_re = re.compile(rf"(?<!\w)(?:{alternation(params.contribution_cues)})[ \t]++(?:vào[ \t]++)?$",
                                 re.IGNORECASE)
        self.points_re = re.compile(rf"[ \t]*+(?:{alternation(params.points_words)})(?!\w)", re.IGNORECASE) \
            if params.points_words else None

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        text = doc.text
        for block in prose_blocks(doc):
            if "óng góp" not in block.text:
                continue
            for s in sentences(doc, block):
                frame = self.frame_re.match(text, s.start, s.end)
                if not frame:
                    continue
                shares, points = [], []
                frame_rate = None
                for n in s.numbers:
                    before = text[max(s.start, n.start - 20):n.start]
                    if self.cue_re.search(before):
                        if n.percent:
                            shares.append(n)
                        elif self.points_re is not None and self.points_re.match(text, n.end):
                            points.append(n)
                    elif n.percent and frame_rate is None and n.start - frame.end() < 40 and not shares:
                        frame_rate = n  # "Trong mức tăng 6,81% của toàn nền kinh tế"
                if shares and points:
                    continue  # mixed units: not one list
                if len(shares) >= self.params.min_parts:
                    yield from self._judge(shares, Fraction(100), exact(100), exact(100), "100%")
                elif len(points) >= self.params.min_parts and frame_rate is not None and not frame_rate.approx:
                    yield from self._judge(points, Fraction(frame_rate.value), interval_of(frame_rate),
                                           interval_of(frame_rate, Fraction(1)), written(frame_rate))

    def _judge(self, parts, stated, strict, loose, stated_text) -> Iterable[Hit]:
        if any(p.approx for p in parts):
            return
        c_strict = sum_intervals(interval_of(p) for p in parts)
        c_loose = sum_intervals(interval_of(p, Fraction(1)) for p in parts)
        computed = sum((Fraction(p.value) for p in parts), Fraction(0))
        status = ladder(strict, c_strict, loose, c_loose, stated, computed).status
        if status == "ok":
            return
        dec = max(p.decimals for p in parts)
        comp = " + ".join(written(p) for p in parts) + f" = {fmt_vn(computed, dec)}"
        yield Hit(parts[0].start, parts[-1].end,
                  {"computation": comp, "computed": fmt_vn(computed, dec), "stated": stated_text,
                   "difference": fmt_vn(abs(computed - stated), dec)},
                  severity="warning",
                  data={"relation": "contributions of complete categories = whole", "parts": [p.text for p in parts],
                        "computed": fmt_vn(computed, dec), "stated": stated_text})
