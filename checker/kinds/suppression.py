"""``suppression``: findings about the draft's own suppression directives.

## What it does
``check = "reason"``: reports a ``draftcheck-disable…`` directive (HTML comment, or Word comment
in a .docx) without a reason after ``--``. ``check = "unused"``: a directive that suppresses
nothing, names an unknown rule, or an ``enable`` that ends no ``disable``. That one needs the
other rules' findings, so this kind yields nothing for it; the engine's suppression pass
(:mod:`checker.suppress`) reports it through the rule (its code, message, severity), after
every rule has run.

## Why
The signer sees every suppressed finding; a suppression without a reason, or one that hides
nothing (stale or mistyped), defeats that.

## Example
``<!-- draftcheck-disable-next-line AR001 -->`` (no reason: CK101); the same line above a
sentence whose total is right (suppresses nothing: CK100).
"""
from __future__ import annotations

from typing import Iterable

from ..records import record
from ..model import Document
from . import Context, Hit, Kind, register

CHECKS = ("reason", "unused")


@register("suppression")
class Suppression(Kind):
    placeholders = frozenset({"directive", "codes", "why", "reason"})

    @record(frozen=True, eq=False)
    class Params:
        check: str = "reason"  # "reason" | "unused"

    def __init__(self, params):
        if params.check not in CHECKS:
            raise ValueError(f"check phải là một trong {', '.join(CHECKS)}")
        super().__init__(params)

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        if self.params.check != "reason":
            return
        if "draftcheck-" not in doc.text and not doc.meta.get("comments") and doc.meta.get("format") != "docx":
            return
        from ..suppress import missing_reasons

        vi = ctx.lang != "en"
        for s in missing_reasons(doc):
            if s.malformed:
                why = (f"lý do phải viết sau dấu --, không phải ngay sau mã ({' '.join(s.malformed)})" if vi
                       else f"the reason must follow --, not the codes ({' '.join(s.malformed)})")
            else:
                why = "không ghi lý do" if vi else "no reason given"
            text = s.text if len(s.text) <= 120 else s.text[:117] + "…"
            yield Hit(s.start, s.end, {"directive": text, "codes": s.label, "why": why, "reason": s.reason},
                      data={"directive": s.text, "codes": list(s.codes), "origin": s.origin})
