"""Kind ``outline``: the sections of a report, as declared by an outline profile
(``rules/profiles/``: ``cchc-2011-2020``, ``cchc-2021-2030``, ``bao-cao``).

## What it does
When the draft is a report (type line ``BÁO CÁO``), picks the outline profile from the
trích yếu and the report's year (``--profile`` overrides) and matches its sections to the
headings of the body. Headings are compared after normalisation (case, numbering label,
trailing colon, tone placement ``hoà``/``hòa``; diacritics too when the profile says so)
against each section's synonym set; a section's children are matched inside it. Depending
on the rule's ``check``:

- ``missing``: every required section that no heading matches, saying where it was
  expected ("sau mục III");
- ``order``: with ``order = "strict"``, every section found out of the profile's order
  (the headings outside the longest in-order run);
- ``empty``: a matched section with nothing between its heading and the next heading of
  the same or a higher level.

Unlike markdownlint's MD043 it reports every missing or misplaced section, not the first.

## Why is this bad?
A CCHC report without its assessment or recommendations is returned for completion.

## Example
A report with I (chỉ đạo), II (kết quả), III (phương hướng) and no "Đánh giá chung" or
"Đề xuất, kiến nghị".
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Optional

from ..records import record
from ..model import Block, Directive, Document, Heading, Paragraph
from ..profiles import load_profiles, Profile, SectionSpec, choose_profile, normalise_title
from . import Context, Hit, Kind, register
from ._layout import TYPE_TITLE, Layout, layout

_CAPS_LINE = re.compile(r"^[^a-zđàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹ]+$")


@record
class Item:
    block: Block
    level: int
    label: str
    title: str  # as written
    norm: str  # normalised for matching
    numbered: bool

    @property
    def ref(self) -> str:
        return f"mục {self.label}" if self.label else f"mục '{_short(self.title)}'"

    @property
    def ref_en(self) -> str:
        return f"section {self.label}" if self.label else f"section '{_short(self.title)}'"


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _word_in(needle: str, hay: str) -> bool:
    return needle in hay and _whole_word(needle).search(hay) is not None


@lru_cache(maxsize=1024)
def _whole_word(needle: str) -> "re.Pattern":
    return re.compile(rf"(?<!\w){re.escape(needle)}(?!\w)")


def score(norm: str, spec: SectionSpec, ignore_diacritics: bool) -> tuple[int, int]:
    best = (0, 0)
    for syn in spec.synonyms:
        s = normalise_title(syn, ignore_diacritics, strip_label=False)
        if not s:
            continue
        if norm == s:
            cand = (3, len(s))
        elif norm.startswith(s) and (len(norm) == len(s) or not norm[len(s)].isalnum()):
            cand = (2, len(s))
        elif _word_in(s, norm):
            cand = (1, len(s))
        else:
            continue
        best = max(best, cand)
    return best


@record
class Match:
    spec: SectionSpec
    item: Item
    index: int  # position of the spec in its profile list


@register("outline")
class Outline(Kind):
    placeholders = frozenset({"section", "section_en", "where", "where_en", "heading", "profile", "label"})

    @record(frozen=True, eq=False)
    class Params:
        check: str = "missing"  # missing | order | empty
        title: str = TYPE_TITLE

    def __init__(self, params: "Outline.Params"):
        super().__init__(params)
        if params.check not in ("missing", "order", "empty"):
            raise ValueError(f"check phải là missing, order hoặc empty, không phải {params.check!r}")
        re.compile(params.title)
        load_profiles()  # a bad profile file is a load error (file: key: reason), not a failure mid-run

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        lay = layout(doc, ctx, self.params.title)
        if lay is None:
            return
        prof = choose_profile("outline", lay.type_name, lay.trich_text, lay.year, ctx.profile)
        if prof is None or prof.kind != "outline":
            return
        items = _items(doc, lay, prof)
        yield from self._scope(doc, lay, prof, prof.sections, items, None)

    # ------------------------------------------------------------------ one level
    def _scope(self, doc: Document, lay: Layout, prof: Profile, specs: tuple[SectionSpec, ...],
               items: list[Item], parent: Optional[Match]) -> Iterable[Hit]:
        numbered = [it for it in items if it.numbered]
        level = min((it.level for it in (numbered or items)), default=0)
        cands = [it for it in items if it.level == level or (not it.numbered and not numbered)]
        chosen: dict[int, Item] = {}
        for it in cands:
            scored = [(score(it.norm, s, prof.ignore_diacritics), -i) for i, s in enumerate(specs)]
            best = max(scored, default=((0, 0), 0))
            if best[0][0] == 0:
                continue
            idx = -best[1]
            if idx not in chosen:
                chosen[idx] = it
        matches = sorted((Match(specs[i], it, i) for i, it in chosen.items()), key=lambda m: m.item.block.start)
        in_order = _longest_in_order(matches) if prof.order == "strict" else set(range(len(matches)))
        ordered = [m for k, m in enumerate(matches) if k in in_order]
        prefix_vi = f"trong {parent.item.ref}, " if parent else ""
        prefix_en = f"in {parent.item.ref_en}, " if parent else ""
        check = self.params.check

        if check == "missing":
            for i, spec in enumerate(specs):
                if i in chosen or not spec.required:
                    continue
                before = [m for m in ordered if m.index < i]
                after = [m for m in ordered if m.index > i]
                if before:
                    where_vi, where_en = f"sau {before[-1].item.ref}", f"after {before[-1].item.ref_en}"
                elif after:
                    where_vi, where_en = f"trước {after[0].item.ref}", f"before {after[0].item.ref_en}"
                else:
                    where_vi = "ở đầu phần nội dung" if not parent else "ở đầu mục"
                    where_en = "at the start of the body" if not parent else "at the start of the section"
                yield Hit(0, 0, {"section": spec.title, "section_en": spec.title_en,
                                 "where": prefix_vi + where_vi, "where_en": prefix_en + where_en,
                                 "profile": prof.name, "heading": "", "label": ""},
                          severity=spec.severity,
                          data={"section": spec.id, "title": spec.title, "synonyms": list(spec.synonyms),
                                "profile": prof.name, "expected": prefix_vi + where_vi})
        elif check == "order":
            for k, m in enumerate(matches):
                if k in in_order:
                    continue
                before = [o for o in ordered if o.index < m.index]
                after = [o for o in ordered if o.index > m.index]
                if before:
                    where_vi = f"theo dàn ý, mục này đứng sau {before[-1].item.ref} ('{before[-1].spec.title}')"
                    where_en = f"the outline puts it after {before[-1].item.ref_en} ('{before[-1].spec.title_en}')"
                else:
                    where_vi = f"theo dàn ý, mục này đứng trước {after[0].item.ref} ('{after[0].spec.title}')"
                    where_en = f"the outline puts it before {after[0].item.ref_en} ('{after[0].spec.title_en}')"
                b = m.item.block
                yield Hit(b.start, _line_end(doc, b), {
                    "section": m.spec.title, "section_en": m.spec.title_en, "where": prefix_vi + where_vi,
                    "where_en": prefix_en + where_en, "profile": prof.name, "heading": _short(m.item.title, 80),
                    "label": m.item.label},
                    severity=m.spec.severity,
                    data={"section": m.spec.id, "title": m.spec.title, "profile": prof.name})
        elif check == "empty":
            for m in matches:
                if m.spec.allow_empty or len(m.item.title) > 120:
                    continue
                if _is_empty(doc, lay, m.item):
                    b = m.item.block
                    yield Hit(b.start, _line_end(doc, b), {
                        "section": m.spec.title, "section_en": m.spec.title_en, "where": "", "where_en": "",
                        "profile": prof.name, "heading": _short(m.item.title, 80), "label": m.item.label},
                        severity=m.spec.severity,
                        data={"section": m.spec.id, "title": m.spec.title, "profile": prof.name})

        # children, inside each matched section that declares them
        tops = sorted(cands, key=lambda it: it.block.start)
        for m in matches:
            if not m.spec.children:
                continue
            nxt = next((it for it in tops if it.block.start > m.item.block.start
                        and (it.numbered or any(x.item is it for x in matches))), None)
            end = nxt.block.start if nxt else lay.content_end
            inner = [it for it in items if m.item.block.start < it.block.start < end and it.numbered]
            yield from self._scope(doc, lay, prof, m.spec.children, inner, m)


def _line_end(doc: Document, b: Block) -> int:
    e = doc.text.find("\n", b.start)
    return min(b.end, e) if e != -1 else b.end


def _items(doc: Document, lay: Layout, prof: Profile) -> list[Item]:
    out = []
    for b in doc.blocks:
        if b.start < lay.body_start or b.start >= lay.content_end:
            continue
        if isinstance(b, Heading):
            title = b.title or b.text
            out.append(Item(b, b.level, b.label, title, normalise_title(title, prof.ignore_diacritics), True))
        elif isinstance(b, Paragraph) and "\n" not in b.text.strip():
            t = b.text.strip().strip("*_# ").strip()
            if 2 <= len(t.split()) <= 20 and len(t) <= 150 and _CAPS_LINE.match(t) and any(c.isalpha() for c in t):
                norm = normalise_title(t, prof.ignore_diacritics)
                # an unnumbered capitalised line counts as a heading only when it names a section
                if any(score(norm, s, prof.ignore_diacritics)[0] for top in prof.sections for s in top.flat()):
                    out.append(Item(b, 0, "", t, norm, False))
    numbered = [it.level for it in out if it.numbered]
    top = min(numbered, default=1)
    for it in out:
        if not it.numbered:
            it.level = top
    return out


def _is_empty(doc: Document, lay: Layout, item: Item) -> bool:
    blocks = doc.blocks
    i = blocks.index(item.block)
    for b in blocks[i + 1:]:
        if b.start >= lay.content_end:
            return True
        if isinstance(b, Directive):
            continue
        if isinstance(b, Heading) and b.style != "markdown" and item.numbered and b.level <= item.level:
            return True
        if isinstance(b, Heading) and not item.numbered and b.level <= 1:
            return True
        return False
    return True


def _longest_in_order(matches: list[Match]) -> set[int]:
    """Positions (in document order) of the longest run whose profile indexes increase."""
    n = len(matches)
    if n == 0:
        return set()
    best = [1] * n
    prev = [-1] * n
    for i in range(n):
        for j in range(i):
            if matches[j].index < matches[i].index and best[j] + 1 > best[i]:
                best[i], prev[i] = best[j] + 1, j
    k = max(range(n), key=lambda i: (best[i], -i))
    keep = set()
    while k != -1:
        keep.add(k)
        k = prev[k]
    return keep
