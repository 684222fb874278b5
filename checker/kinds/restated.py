"""Kind ``restated``: the same stock stated twice in one report with different values.

## What it does
A number is a statement of a stock when a cue such as ``tổng số``, ``hiện có``, ``tỉnh có``
stands before it in its clause and its unit is one of the declared units (``TTHC``, …).
Two such statements of one unit with different values in one document are reported once,
as information (they may refer to different dates).

## Why is this bad?
"Tỉnh có 2025 TTHC" in one section and "tỉnh có 2.033 TTHC" in another leaves the reader
asking which is right.

## Example
``Nâng tổng số TTHC của tỉnh hiện có là 2025 TTHC`` … later ``tỉnh có 2.033 TTHC``.
"""
from __future__ import annotations

import re
from dataclasses import field
from typing import Iterable

from ..records import record
from ..extract.number_tokens import in_range
from ..model import Document
from . import Context, Hit, Kind, register
from ._arith import base_value, written
from ._prose import prose_blocks, sentences

_CLAUSE_SEP = re.compile(r"[;,:(]|\.\s")


@register("restated")
class Restated(Kind):
    placeholders = frozenset({"first", "first_line", "second", "unit"})

    @record(frozen=True, eq=False)
    class Params:
        cues: list[str] = field(default_factory=lambda: [r"tổng\s+số", r"hiện\s+có", r"(?:tỉnh|toàn\s+tỉnh)\s+có"])
        units: list[str] = field(default_factory=lambda: ["TTHC", "thủ tục hành chính"])
        window: int = 60

    def __init__(self, params: "Restated.Params"):
        super().__init__(params)
        self.cue_re = re.compile("|".join(f"(?:{c})" for c in params.cues), re.IGNORECASE)
        self.units = [u.lower() for u in params.units]

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        first: dict[str, tuple] = {}
        reported: set[tuple] = set()
        for block in prose_blocks(doc):
            for s in sentences(doc, block):
                prev = s.start
                for n in s.numbers:
                    before = doc.text[max(prev, n.start - self.params.window):n.start]
                    prev = n.end
                    if n.percent or n.approx or n.denominator is not None or not in_range(n):
                        continue
                    unit = n.unit.lower()
                    key = next((u for u in self.units if unit.startswith(u)), None)
                    if key is None:
                        continue
                    parts = _CLAUSE_SEP.split(before)
                    if not self.cue_re.search(parts[-1] if parts else before):
                        continue
                    if key not in first:
                        first[key] = (n, doc.line_of(n.start))
                        continue
                    f, line = first[key]
                    if base_value(f) == base_value(n) or (key, base_value(n)) in reported:
                        continue
                    reported.add((key, base_value(n)))
                    values = {"first": written(f), "first_line": str(line), "second": written(n), "unit": n.unit}
                    data = {"relation": "same quantity stated twice", "stated": written(n), "computed": written(f),
                            "difference": str(abs(base_value(n) - base_value(f))), "implied": written(f),
                            "first_line": line}
                    yield Hit(n.start, n.end + len(n.unit) + 1, values, severity="info", data=data)


# ----------------------------------------------------------------------------- a sentence restated
MAX_VALUE_SETS = 4  # distinct figure sets compared a sentence wording: a repeated template stays linear


@register("restated_sentence")
class RestatedSentence(Kind):
    """The same sentence written twice with one figure changed.

    A report restates its headline figures in its body, a summary in its conclusion, and a lead
    paragraph is pasted again under its heading. Two sentences worded alike word for word — the
    same words, the same units, the same dates and periods (they are words of the sentence, not
    figures) — whose figures all agree but one state that one figure twice, with two values:
    "Vốn đăng ký bình quân trên một doanh nghiệp … đạt 11,3 tỷ đồng, tăng 3,9% …" and later "…
    đạt 13,0 tỷ đồng, tăng 3,9% …". With only one figure, or figures that differ in two places, the
    sentences may be about two subjects written on one template: nothing is said."""

    placeholders = frozenset({"first", "first_line", "second"})

    @record(frozen=True, eq=False)
    class Params:
        min_words: int = 10  # a short sentence ("Tổng cộng: 12 hồ sơ, 3 đơn vị") is a template
        min_figures: int = 2

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        seen: dict[str, list[tuple]] = {}
        text = doc.text
        for block in prose_blocks(doc):
            for s in sentences(doc, block):
                nums = [n for n in s.numbers if in_range(n)]
                if len(nums) < self.params.min_figures or len(nums) != len(s.numbers):
                    continue
                pieces, pos = [], s.start
                for n in nums:
                    end = n.denominator.end if n.denominator is not None else n.end
                    if n.start < pos:
                        break  # overlapping tokens: not a plain sentence
                    pieces.append(text[pos:n.start])
                    pos = end
                else:
                    pieces.append(text[pos:s.end])
                    skeleton = "\x00".join(" ".join(p.lower().split()) for p in pieces)
                    if len(skeleton.split()) < self.params.min_words:
                        continue
                    values = tuple((base_value(n), n.percent, n.denominator.value if n.denominator else None)
                                   for n in nums)
                    group = seen.setdefault(skeleton, [])
                    hit = None
                    for first_values, first_nums in group:
                        diff = [i for i, (a, b) in enumerate(zip(first_values, values)) if a != b]
                        if len(diff) == 1:
                            f, n = first_nums[diff[0]], nums[diff[0]]
                            line = doc.line_of(f.start)
                            shown = {"first": written(f), "first_line": str(line), "second": written(n)}
                            data = {"relation": "same sentence restated", "stated": written(n),
                                    "computed": written(f), "implied": written(f), "first_line": line,
                                    "difference": str(abs(base_value(n) - base_value(f)))}
                            hit = Hit(n.start, n.end, shown, severity="warning", data=data)
                            break
                    if hit is not None:
                        yield hit
                    elif len(group) < MAX_VALUE_SETS and all(v != values for v, _ in group):
                        group.append((values, nums))
