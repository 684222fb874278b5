"""Kind ``rank_change``: a change of rank against the two ranks it is the change between.

## What it does
Reads the ranks a sentence states ("xếp thứ 11/63", "đứng thứ 21", "vị trí thứ 9") and the
change of rank it states with them ("tăng 10 bậc", "giảm 3 hạng"), and, when the sentence holds
exactly one change and two ranks, recomputes the change: the two ranks must be that many places
apart. When the order is written ("từ vị trí thứ 21 lên vị trí thứ 11"), the direction is
checked too: rising ("tăng", "lên") is a smaller rank number. The words are rule parameters.

A rank is no quantity of any other relation: "xếp thứ 9/63" is not a share, nor 9 a count.

## Why is this bad?
PAR INDEX, SIPAS, PCI and DDCI results are reported as ranks and their changes; a change that
its own ranks contradict is the first figure a province's leadership will be asked about.

## Example
``xếp thứ 11/63, tăng 12 bậc so với năm 2023 (năm 2023 xếp thứ 21/63)``: 21 → 11 is 10 places.
"""
from __future__ import annotations

import re
from dataclasses import field
from typing import Iterable

from ..records import record
from ..model import Document
from . import Context, Hit, Kind, register
from ._prose import alternation, prose_blocks, sentences



@register("rank_change")
class RankChange(Kind):
    placeholders = frozenset({"change", "old", "new", "places"})

    @record(frozen=True, eq=False)
    class Params:
        # words right before a rank ("xếp thứ 11/63")
        rank_cues: list[str] = field(default_factory=lambda: [
            "xếp thứ", "đứng thứ", "xếp hạng thứ", "xếp hạng", "vị trí thứ", "thứ hạng", "đứng vị trí thứ"])
        # the units of a change of rank ("tăng 10 bậc")
        change_units: list[str] = field(default_factory=lambda: ["bậc", "hạng", "vị trí", "bậc xếp hạng"])
        up_words: list[str] = field(default_factory=lambda: ["tăng", "vươn lên", "cải thiện", "lên"])
        down_words: list[str] = field(default_factory=lambda: ["giảm", "tụt", "tụt xuống", "xuống"])
        # "từ <rank> lên/xuống <rank>": the order of the two ranks is written
        from_words: list[str] = field(default_factory=lambda: ["từ"])

    def __init__(self, params: "RankChange.Params"):
        super().__init__(params)
        p = params
        if not p.rank_cues or not p.change_units or not p.up_words or not p.down_words:
            raise ValueError("rank_cues, change_units, up_words và down_words không được rỗng")
        self.rank_re = re.compile(
            rf"(?<!\w)(?:{alternation(p.rank_cues)})[ \t]++(\d{{1,4}})(?:[ \t]*+/[ \t]*+(\d{{1,4}}))?(?![\d/])",
            re.IGNORECASE)
        self.change_re = re.compile(
            rf"(?<!\w)(?P<dir>{alternation(p.up_words + p.down_words)})[ \t]++(?P<k>\d{{1,4}})[ \t]++"
            rf"(?:{alternation(p.change_units)})(?!\w)", re.IGNORECASE)
        self.up = {" ".join(w.lower().split()) for w in p.up_words}
        self.from_re = re.compile(rf"(?<!\w)(?:{alternation(p.from_words)})[ \t]++(?:[^\W\d_]++[ \t]++){{0,4}}$",
                                  re.IGNORECASE) if p.from_words else None

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        text = doc.text
        for block in prose_blocks(doc):
            if "bậc" not in block.text and "hạng" not in block.text and "vị trí" not in block.text:
                continue
            for s in sentences(doc, block):
                changes = list(self.change_re.finditer(text, s.start, s.end))
                if len(changes) != 1:
                    continue  # several changes in one sentence: which ranks go with which is unsure
                ranks = list(self.rank_re.finditer(text, s.start, s.end))
                if len(ranks) != 2:
                    continue
                c = changes[0]
                k = int(c["k"])
                a, b = int(ranks[0].group(1)), int(ranks[1].group(1))
                outs = [int(r.group(2)) for r in ranks if r.group(2)]
                if len(set(outs)) > 1:
                    continue  # "2/6" and "9/63": ranks among different sets
                if k == 0 or a == 0 or b == 0 or any(o < v for o in outs for v in (a, b)):
                    continue  # "thứ 70/63" is no rank of 63
                rising = " ".join(c["dir"].lower().split()) in self.up
                # "từ" and at most four words before the first rank: a window of 40 characters
                ordered = self.from_re is not None \
                    and self.from_re.search(text, max(s.start, ranks[0].start() - 40), ranks[0].start()) \
                    and ranks[1].start() > ranks[0].end()
                diff = abs(a - b)
                wrong_way = ordered and ((b > a) if rising else (b < a))
                if diff == k and not wrong_way:
                    continue
                old, new = (a, b) if ordered else ((b, a) if ranks[0].start() < c.start() < ranks[1].start() else (None, None))
                if old is None:
                    old, new = max(a, b) if rising else min(a, b), min(a, b) if rising else max(a, b)
                values = {"change": c.group(0), "old": str(old), "new": str(new), "places": str(diff)}
                start = min(c.start(), ranks[0].start())
                end = max(c.end(), ranks[1].end())
                yield Hit(start, end, values, data={
                    "relation": "rank change = old rank - new rank", "change": c.group(0),
                    "ranks": [ranks[0].group(0), ranks[1].group(0)], "places_between": diff,
                    "stated_places": k, "direction_written": bool(ordered)})
