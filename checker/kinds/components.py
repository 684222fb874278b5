"""Kind ``components``: the components NĐ 30/2020/NĐ-CP (Điều 8) requires of an
administrative document, as declared by a components profile (``rules/profiles/``).

## What it does
When the draft is an administrative document (its title line names a type such as
``BÁO CÁO``), picks the components profile for that type (or the one ``--profile``
names) and, depending on the rule's ``check``:

- ``missing``: reports each declared component not found in its region;
- ``format``: for each component that is there, its ``requires`` (exact Quốc hiệu text,
  the ``Số:`` line's shape, the ``- Lưu: VT, ….`` line, no academic title before the
  signer's name…);
- ``final``: with ``--final`` only, the ``requires`` marked ``mode = "final"`` (the number
  and the date filled in);
- ``type_code``: the type code in the ``Số:`` line matches the document type
  (``BÁO CÁO`` → ``BC``), from the rule's ``type_codes`` table.

## Why is this bad?
A report without its Số line, date line or Nơi nhận is sent back before anyone reads it.

## Example
A report pasted from Word without its header table: no Quốc hiệu, no ``Số: …/BC-…``.
"""
from __future__ import annotations

import re
from dataclasses import field
from typing import Iterable, Optional

from ..records import record
from ..model import Directive, Document
from ..profiles import load_profiles, ComponentSpec, Requirement, choose_profile
from . import Context, Hit, Kind, register
from ._layout import TYPE_TITLE, Layout, find_title, layout

__all__ = ["Components", "find_title"]

WHERE_VI = {"head": "phần đầu văn bản (trên tên loại)", "title_next": "ngay dưới tên loại văn bản",
            "body": "phần nội dung", "tail": "phần cuối văn bản", "anywhere": "văn bản"}
WHERE_EN = {"head": "the header (above the document type)", "title_next": "right under the document type",
            "body": "the body", "tail": "the closing part", "anywhere": "the document"}
SO_LINE = re.compile(r"(?m)^[ \t]*Số\s*:[^/\n]*/\s*(?P<code>[^\s/]+)")


@register("components")
class Components(Kind):
    placeholders = frozenset({"component", "component_en", "where", "where_en", "detail", "detail_en",
                              "code", "expected", "doc_type", "profile"})

    @record(frozen=True, eq=False)
    class Params:
        check: str = "missing"  # missing | format | final | type_code
        title: str = TYPE_TITLE
        type_codes: dict[str, str] = field(default_factory=dict)

    def __init__(self, params: "Components.Params"):
        super().__init__(params)
        if params.check not in ("missing", "format", "final", "type_code"):
            raise ValueError(f"check phải là missing, format, final hoặc type_code, không phải {params.check!r}")
        re.compile(params.title)
        if params.check == "type_code" and not params.type_codes:
            raise ValueError("type_code cần bảng type_codes (ví dụ 'BÁO CÁO' = 'BC')")
        self.type_codes = {" ".join(k.upper().split()): v for k, v in params.type_codes.items()}
        load_profiles()  # a bad profile file is a load error (file: key: reason), not a failure mid-run

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        lay = layout(doc, ctx, self.params.title)
        if lay is None:
            return  # not an administrative document (a web notice, an article): nothing to require
        if self.params.check == "type_code":
            yield from self._type_code(lay)
            return
        if self.params.check == "final" and not is_final(doc, ctx):
            return
        prof = choose_profile("components", lay.type_name, lay.trich_text, lay.year, ctx.profile)
        if prof is None:
            return
        for comp in prof.components:
            s, e = lay.regions[comp.where]
            m = comp.pattern.search(lay.scan, s, e) if e > s else None
            if self.params.check == "missing":
                if m is None:
                    yield Hit(0, 0, {"component": comp.name, "component_en": comp.name_en,
                                     "where": WHERE_VI[comp.where], "where_en": WHERE_EN[comp.where],
                                     "profile": prof.name},
                              severity=comp.severity,
                              data={"component": comp.id, "name": comp.name, "profile": prof.name})
                continue
            if m is None:
                continue
            for req in comp.requires:
                if (req.mode == "final") != (self.params.check == "final"):
                    continue
                hit = _requirement_hit(lay, comp, req, m, s, e, prof.name)
                if hit is not None:
                    yield hit

    def _type_code(self, lay: Layout) -> Iterable[Hit]:
        expected = self.type_codes.get(lay.type_name)
        if not expected:
            return
        s, e = lay.regions["head"]
        m = SO_LINE.search(lay.scan, s, e)
        if m is None:
            return
        code = m["code"].rstrip(".,;")
        # "BC–SNV", "BC - SNV": the type code is still BC (the dash itself is CT004's finding)
        first = code.replace("–", "-").split("-")[0].strip()
        if first == expected:
            return
        yield Hit(m.start("code"), m.start("code") + len(code),
                  {"code": code, "expected": expected, "doc_type": lay.type_name},
                  data={"code": code, "expected": expected, "doc_type": lay.type_name})


FINAL_DIRECTIVE = re.compile(r"^draftcheck\s*:\s*final\b", re.IGNORECASE)


def is_final(doc: Document, ctx: Context) -> bool:
    """``--final``, or the draft declares itself final with ``<!-- draftcheck: final -->``."""
    return ctx.final or any(FINAL_DIRECTIVE.match(b.body) for b in doc.iter_blocks(Directive))


def _line_span(lay: Layout, start: int, end: int) -> tuple[int, int]:
    """The stripped text of the line(s) from ``start`` to ``end``."""
    seg = lay.scan[start:end]
    lead = len(seg) - len(seg.lstrip())
    trail = len(seg) - len(seg.rstrip())
    return start + lead, max(start + lead, end - trail)


def _requirement_hit(lay: Layout, comp: ComponentSpec, req: Requirement, comp_match: re.Match,
                     s: int, e: int, profile: str) -> Optional[Hit]:
    at = _line_span(lay, *_whole_line(lay.scan, comp_match.start()))
    quote = ""
    problem_vi = problem_en = ""
    if req.forbid is not None:
        fm = req.forbid.search(lay.scan, s, e)
        if fm is not None:
            at = _line_span(lay, fm.start(), fm.end())
            quote = lay.scan[at[0]:at[1]]
            problem_vi, problem_en = "", ""
        else:
            return None
    else:
        pm = req.present.search(lay.scan, s, e) if req.present is not None else None
        if req.present is not None and pm is None:
            problem_vi, problem_en = "thiếu ", "missing "
        elif req.exact is not None and req.exact.search(lay.scan, s, e) is None:
            if pm is not None:
                at = _line_span(lay, pm.start(), pm.end())
            quote = lay.scan[at[0]:at[1]]
            if req.mode != "final":
                problem_vi, problem_en = "chưa đúng: ", "not as required: "
        else:
            return None
    q_vi = f"; đang viết: '{' '.join(quote.split())}'" if quote else ""
    q_en = f"; written: '{' '.join(quote.split())}'" if quote else ""
    values = {"component": comp.name, "component_en": comp.name_en,
              "detail": f"{problem_vi}{req.what}{q_vi}", "detail_en": f"{problem_en}{req.what_en}{q_en}",
              "profile": profile}
    return Hit(at[0], at[1], values, severity=req.severity,
               data={"component": comp.id, "requirement": req.id, "name": req.what, "profile": profile})


def _whole_line(text: str, pos: int) -> tuple[int, int]:
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    return s, (e if e != -1 else len(text))
