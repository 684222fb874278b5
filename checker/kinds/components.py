"""Kind ``components``: the components NĐ 30/2020/NĐ-CP (Điều 8) requires of an
administrative document.

## What it does
When the draft is an administrative document (its title line names a type such as
``BÁO CÁO``), looks for each declared component — Quốc hiệu and Tiêu ngữ, issuing agency,
``Số:`` line, place-and-date line, title with trích yếu, ``Nơi nhận:``, signer — in the
part of the document where NĐ 30 puts it, and reports each one missing.

## Why is this bad?
A report without its Số line, date line or Nơi nhận is sent back before anyone reads it.

## Example
A report pasted from Word without its header table: no Quốc hiệu, no ``Số: …/BC-…``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

from ..model import Document, Heading, Paragraph, Recipients, Signature
from . import Context, Hit, Kind, register


@dataclass(frozen=True)
class Component:
    id: str
    name_vi: str
    name_en: str
    pattern: str
    where: str = "head"  # head | tail | anywhere
    severity: str = "warning"
    final_only: bool = False


def find_title(doc: Document, title_re: re.Pattern, max_blocks: int = 25):
    """The block holding the document type line (``BÁO CÁO``) near the top, or None."""
    for b in doc.blocks[:max_blocks]:
        if isinstance(b, Heading) and b.style != "markdown":
            return None
        first = b.text.strip().split("\n")[0].strip().strip("#*_ ").strip()
        if title_re.fullmatch(first):
            return b
    return None


@register("components")
class Components(Kind):
    placeholders = frozenset({"component", "component_en", "where"})

    @dataclass(frozen=True)
    class Params:
        title: str = r"(?:BÁO CÁO|TỜ TRÌNH|KẾ HOẠCH|QUYẾT ĐỊNH|THÔNG BÁO|CÔNG VĂN|HƯỚNG DẪN|CHƯƠNG TRÌNH|ĐỀ ÁN)"
        components: list[Component] = field(default_factory=list)

    def __init__(self, params: "Components.Params"):
        super().__init__(params)
        self.title_re = re.compile(params.title)
        self.compiled = []
        for c in params.components:
            if c.where not in ("head", "tail", "anywhere"):
                raise ValueError(f"components.{c.id}.where phải là head, tail hoặc anywhere")
            if c.severity not in ("error", "warning", "info"):
                raise ValueError(f"components.{c.id}.severity không hợp lệ")
            self.compiled.append((c, re.compile(c.pattern, re.MULTILINE)))

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        title = find_title(doc, self.title_re)
        if title is None:
            return  # not an administrative document (a web notice, an article): nothing to require
        head = doc.text[: title.end + 400]
        tail_start = next((b.start for b in doc.blocks if isinstance(b, (Recipients, Signature))),
                          int(len(doc.text) * 0.6))
        tail_start = min(tail_start, max(0, len(doc.text) - 2000))
        regions = {"head": head, "tail": doc.text[tail_start:], "anywhere": doc.text}
        for comp, rx in self.compiled:
            if comp.final_only and not ctx.final:
                continue
            if rx.search(regions[comp.where]):
                continue
            where_vi = {"head": "phần đầu văn bản", "tail": "phần cuối văn bản", "anywhere": "văn bản"}[comp.where]
            yield Hit(0, 0, {"component": comp.name_vi, "component_en": comp.name_en, "where": where_vi},
                      severity=comp.severity, data={"component": comp.id, "name": comp.name_vi})
