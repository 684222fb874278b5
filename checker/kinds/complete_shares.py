"""Kind ``complete_shares``: shares of the categories of one complete set must make 100 %.

## What it does
Reports give the structure of a whole as shares: "Trong tổng số lao động, nam chiếm 52,3%, nữ
chiếm 48,7%"; "đạt chuẩn chiếm 92%, chưa đạt chuẩn chiếm 8%"; "TTHC mới ban hành chiếm 47,8%, sửa
đổi, bổ sung chiếm 13%, bãi bỏ chiếm 38,9%". When consecutive shares stated with a share word
(``share_cues``: chiếm …) are labelled with the sides of one set of ``rules/lexicon/roles.toml``
[[complements]] — one share a side, every side once — the categories split the whole between
them, and their shares must add up to 100 % to the precision written. The completeness is read
from the labels, so a mismatch is a warning. Rates of groups ("tỷ lệ thất nghiệp của nam 2,1%,
nữ 1,8%") carry no share word and are not read; sets another rule judges (``skip_sets``: the
on-time and late files of AR010) are left to it.

## Why is this bad?
The shares of categories that make up the whole cannot add up to more or less than the whole:
one of them was mistyped, or taken from another base or period.

## Example
``nam chiếm 52,3%, nữ chiếm 48,7%`` — 52,3 + 48,7 = 101,0 %.
"""
from __future__ import annotations

import re
from dataclasses import field
from fractions import Fraction
from typing import Iterable

from ..records import record
from ..extract.number_tokens import in_range
from ..model import Document, NumberToken
from ..quantities import load_roles
from ..quantities.roles import MAX_SIDES
from . import Context, Hit, Kind, register
from ._arith import exact, fmt_vn, interval_of, ladder, sum_intervals, written
from ._prose import alternation, prose_blocks, sentences

LABEL_CHARS = 100  # how far before its first share the first label may start


@register("complete_shares")
class CompleteShares(Kind):
    placeholders = frozenset({"set", "stated", "computation", "computed", "difference"})

    @record(frozen=True, eq=False)
    class Params:
        share_cues: list[str] = field(default_factory=lambda: ["chiếm", "chiếm tỷ lệ", "chiếm tỉ lệ"])
        skip_sets: list[str] = field(default_factory=list)

    def __init__(self, params: "CompleteShares.Params"):
        super().__init__(params)
        if not params.share_cues:
            raise ValueError("share_cues không được rỗng")
        self.cue_re = re.compile(rf"(?<!\w)(?:{alternation(params.share_cues)})[ \t]{{0,3}}+\Z", re.IGNORECASE)

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        text = doc.text
        roles = load_roles()
        skip = set(self.params.skip_sets)
        for block in prose_blocks(doc):
            if "%" not in block.text:
                continue
            block_pcts = [t for x in sentences(doc, block) for t in x.numbers if t.percent and in_range(t)]
            for s in sentences(doc, block):
                items = [t for t in s.numbers if t.percent and t.denominator is None
                         and self.cue_re.search(text, max(s.start, t.start - 24), t.start)]
                if len(items) < 2:
                    continue
                labels = self._labels(doc, s, items)
                used: set[int] = set()
                for size in range(MAX_SIDES, 1, -1):  # the largest set first: three kinds before a pair in them
                    for k in range(0, len(items) - size + 1):
                        window = range(k, k + size)
                        if used & set(window):
                            continue
                        name = roles.complete_set([labels[j] for j in window])
                        if name is None or name in skip:
                            continue
                        used |= set(window)
                        first = items[k]
                        # "… giải quyết được 17.922 hồ sơ, chiếm tỷ lệ 97,26%. Trong đó, trước hạn …
                        # (88,5%); đúng hạn … (3,6%); trễ hạn … (5,16%)": shares of the received
                        # files, which add up to the resolved ones' stated share, not to 100 %
                        prior = [t for t in block_pcts if t.end <= first.start][-6:]
                        hit = self._judge(name, roles.sides_text(name), [items[j] for j in window], prior)
                        if hit is not None:
                            yield hit

    @staticmethod
    def _labels(doc: Document, s, items: list[NumberToken]) -> list[str]:
        """Each share's label: the text from the share before it (for the first, from the
        sentence or at most LABEL_CHARS back) to it, and after it to the next mark."""
        text = doc.text
        out = []
        for k, t in enumerate(items):
            lo = items[k - 1].end if k else max(s.start, t.start - LABEL_CHARS)
            tail = text[t.end:min(s.end, t.end + 40)]
            cut = re.search(r"[,;:()]|\s(?:và|còn)\s", tail)
            before = text[lo:t.start]
            if k:
                # the words right after the share before belong to it ("52% là nam, 48% là nữ"):
                # this label starts after the first mark between the two
                m = re.search(r"[,;]|\svà\s", before)
                before = before[m.end():] if m else before
            out.append(before + " " + (tail[:cut.start()] if cut else tail))
        return out

    def _judge(self, name: str, shown: str, shares: list[NumberToken], prior=()) -> Hit | None:
        if any(t.approx or not in_range(t) for t in shares):
            return None
        half, one = Fraction(1, 2), Fraction(1)
        strict = sum_intervals(interval_of(t, half) for t in shares)
        loose = sum_intervals(interval_of(t, one) for t in shares)
        if any(loose.intersects(interval_of(p, one)) for p in prior):
            return None  # they add up to a share stated before them: a part's share, split again
        computed = sum((Fraction(t.value) for t in shares), Fraction(0))
        verdict = ladder(exact(100), strict, exact(100), loose, Fraction(100), computed)
        if verdict.status == "ok":
            return None
        dec = max(t.decimals for t in shares)
        values = {
            "set": shown,
            "stated": "100%",
            "computation": " + ".join(written(t) for t in shares) + f" = {fmt_vn(computed, dec)}%",
            "computed": fmt_vn(computed, dec),
            "difference": fmt_vn(abs(computed - 100), dec),
        }
        data = {"relation": "shares of a complete set = 100%", "set": name, "stated": "100%",
                "parts": [written(t) for t in shares], "computed": fmt_vn(computed, dec),
                "difference": fmt_vn(computed - 100, dec)}
        # inferred from the labels: a warning beyond rounding, information within a unit of it
        severity = "warning" if verdict.status == "error" else "info"
        return Hit(shares[0].start, shares[-1].end, values, severity=severity, data=data)
