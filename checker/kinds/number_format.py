"""Kind ``number_format``: figures whose number format is ambiguous or foreign to the document.

## What it does
Vietnamese groups thousands with "." and writes decimals after ",": ``1.644``, ``30,73%``.
A figure pasted from a spreadsheet or an English source may be in the international format:
``1,250,000``, ``30.73%``. The reader reads such a figure as international where only that
reading is possible, and follows the document's own figures for ``1,250`` (one comma, three
digits), which could be 1,25 or 1.250. With ``report = "ambiguous"`` this kind reports a
``1,250`` that nothing decides (no other figure of the document shows its format, or it counts
things that have no fractions: ``1,250 hồ sơ``): no arithmetic check uses it. With
``report = "mixed"`` it reports the figures written in the other format than the document's.

## Why is this bad?
A reader cannot tell whether ``1,250 tỷ đồng`` is one and a quarter billion or twelve hundred and
fifty; NĐ 30/2020 documents write numbers the Vietnamese way.

## Example
``Tiếp nhận 1,250 hồ sơ`` — 1.250 files, or 1,25?
"""
from __future__ import annotations

import re
from typing import Iterable

from ..records import record
from ..extract.number_tokens import number_convention
from ..model import Document
from . import Context, Hit, Kind, register
from .. import extract


_COMMA_THREE = re.compile(r"\d,\d{3}(?!\d)")


@register("number_format")
class NumberFormat(Kind):
    placeholders = frozenset({"figure", "vi_reading", "intl_reading"})

    @record(frozen=True, eq=False)
    class Params:
        report: str = "ambiguous"  # "ambiguous" | "mixed"

    def __init__(self, params: "NumberFormat.Params"):
        super().__init__(params)
        if params.report not in ("ambiguous", "mixed"):
            raise ValueError("report phải là 'ambiguous' hoặc 'mixed'")

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        if "," not in doc.text:
            return
        mixed = self.params.report == "mixed"
        if mixed and number_convention(doc) != "unknown":
            return  # one format throughout: nothing is mixed
        if not mixed and not _COMMA_THREE.search(doc.text):
            return  # no "1,250" anywhere: nothing can be ambiguous (one scan, not every figure)
        for tok in extract.numbers(doc):
            if mixed:
                if tok.number_format != "intl":
                    continue
            elif tok.number_format != "ambiguous":
                continue
            whole, _, frac = tok.text.partition(",")
            values = {"figure": tok.text + ("%" if tok.percent else ""),
                      "vi_reading": f"{whole},{frac}" if frac else tok.text,
                      "intl_reading": f"{whole}.{frac}" if frac else tok.text}
            yield Hit(tok.start, tok.end, values, data={"figure": tok.text, "number_format": tok.number_format,
                                                        "document_format": number_convention(doc)})
