"""Kind ``numbering``: the numbering of headings — Roman (``I.``), Arabic (``1.``),
decimal (``5.1.``, ``6.2.1.``) and Vietnamese letters (``a)``, ``b)`` … ``đ)`` …).

## What it does
Walks the numbered headings in document order, keeping a stack of the open levels (a
level is a numbering style; a style seen again closes the levels opened after it), and
reports, depending on the rule's ``check``:

- ``gap``: a number skipped (``d)`` then ``e)`` — ``đ)`` is missing; ``2.`` then ``4.``), or a
  list that does not start at its first value under a parent;
- ``repeat``: a number used twice in a row (``2.`` then ``2.``) or running backwards;
- ``level``: a level jump — a decimal heading under the wrong parent (``5.1.`` under
  ``4.``) or skipping a level (``2.1.1.`` right after ``2.``);
- ``letter``: a letter that Vietnamese lettering never uses (``f j w z``).

Letters run ``a b c d đ e g h i k l m n o p q r s t u v x y`` (NĐ 30/2020/NĐ-CP,
Phụ lục I: điểm are numbered with the Vietnamese alphabet). A list that restarts at its
first value inside a deeper level (``1.`` under ``b)``) is a nested list, not a repeat.

## Why is this bad?
A skipped or repeated number makes cross-references ("điểm đ khoản 2 mục II") point at
the wrong item and shows that an item was lost or duplicated while editing.

## Example
``a) b) c) d) e) g)`` under ``2. Cải cách thủ tục hành chính``: ``đ)`` is missing.
"""
from __future__ import annotations

import re
from dataclasses import field
from typing import Iterable, Optional

from ..records import record
from ..model import Document, Heading, Paragraph, Recipients, Signature
from . import Context, Hit, Kind, register
from ..extract.blocks import APPENDIX_RE, roman_value, to_roman

VN_LETTERS = "a b c d đ e g h i k l m n o p q r s t u v x y".split()
NEVER_LETTERS = set("fjwz")
PART_RE = re.compile(r"^[ \t*_#]*(?:(?:PHẦN|Phần|CHƯƠNG|Chương)[ \t]+(?:THỨ[ \t]+\w+|thứ[ \t]+\w+|[IVXLC]+\b|\d+\b)"
                     r"|[A-EĐ]\.[ \t]+[A-ZĐÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸ]{2,})")


@record
class Entry:
    key: str  # "roman", "arabic", "letter", "decimal2", "decimal3", ...
    value: int
    label: str
    prefix: str  # for decimals: "5" of "5.1"
    line: int
    block: Heading


@record
class Event:
    check: str  # gap | repeat | level | letter
    block: Heading
    values: dict = field(default_factory=dict)


def _shown(key: str, label: str) -> str:
    return f"{label})" if key == "letter" else f"{label}."


def _label_of(key: str, value: int, prefix: str = "") -> str:
    if key == "roman":
        return to_roman(value)
    if key == "arabic":
        return str(value)
    if key == "letter":
        return VN_LETTERS[value] if 0 <= value < len(VN_LETTERS) else "?"
    return f"{prefix}.{value}"


def _key_value(h: Heading) -> Optional[tuple[str, int, str]]:
    if h.style == "roman":
        return "roman", roman_value(h.label), ""
    if h.style == "arabic":
        return "arabic", int(h.label), ""
    if h.style == "decimal":
        parts = h.label.split(".")
        return f"decimal{len(parts)}", int(parts[-1]), ".".join(parts[:-1])
    if h.style == "letter":
        if h.label in VN_LETTERS:
            return "letter", VN_LETTERS.index(h.label), ""
        return None
    return None


def _start(key: str) -> int:
    return 0 if key == "letter" else 1


def analyse(doc: Document) -> list[Event]:
    """Every numbering event of the document, in order (computed once a document)."""
    cache = doc.meta.setdefault("_cache", {})
    if "numbering.events" in cache:
        return cache["numbering.events"]
    events: list[Event] = []
    stack: list[Entry] = []
    for h in doc.blocks:
        if (isinstance(h, Paragraph) and (PART_RE.match(h.text) or APPENDIX_RE.match(h.text))) \
                or isinstance(h, (Recipients, Signature)):
            # "PHẦN THỨ HAI", "Chương II", "B. NHIỆM VỤ …", the closing, an appendix after it:
            # numbering starts again
            stack.clear()
            continue
        if not isinstance(h, Heading):
            continue
        if h.style == "letter" and h.label in NEVER_LETTERS:
            events.append(Event("letter", h, {"label": _shown("letter", h.label)}))
            continue
        kv = _key_value(h)
        if kv is None:
            continue
        key, value, prefix = kv
        shown = _shown(key, h.label)
        same = [i for i in range(len(stack) - 1, -1, -1) if stack[i].key == key]
        # the next number of an outer list after a nested one ("3." after "b) 1.") continues the outer list
        pos = next((i for i in same if value == stack[i].value + 1), same[0] if same else None)
        if pos is not None and key.startswith("decimal") and stack[pos].prefix != prefix:
            del stack[pos:]
            pos = None
        if pos is not None:
            sib = stack[pos]
            entry = Entry(key, value, h.label, prefix, h.line, h)
            if value == sib.value + 1:
                del stack[pos:]
                stack.append(entry)
            elif value == sib.value:
                events.append(Event("repeat", h, {"label": shown, "prev": _shown(key, sib.label),
                                                  "prev_line": sib.line, "backwards": False}))
                del stack[pos:]
                stack.append(entry)
            elif value > sib.value + 1:
                # the first five missing labels only: a label of a .docx list can be any number
                missing = [_label_of(key, v, prefix) for v in range(sib.value + 1, min(value, sib.value + 6))]
                events.append(Event("gap", h, {"label": shown, "prev": _shown(key, sib.label),
                                               "missing": ", ".join(_shown(key, m) for m in missing)
                                               + (", …" if value - sib.value - 1 > 5 else "")}))
                del stack[pos:]
                stack.append(entry)
            elif value == _start(key):
                # a list starting again: nested inside a deeper level ("1." under "b)"), or a new
                # list at this level (a new part of the report) — not a repeat
                if pos == len(stack) - 1:
                    del stack[pos:]
                stack.append(entry)
            else:
                events.append(Event("repeat", h, {"label": shown, "prev": _shown(key, sib.label),
                                                  "prev_line": sib.line, "backwards": True}))
                del stack[pos:]
                stack.append(entry)
            continue
        # a new level
        if key.startswith("decimal"):
            depth = int(key[len("decimal"):])
            parent_key = "arabic" if depth == 2 else f"decimal{depth - 1}"
            parent = next((e for e in reversed(stack) if e.key == parent_key), None)
            if parent is not None:
                parent_label = parent.label
                if parent_label != prefix:
                    events.append(Event("level", h, {"label": shown, "parent": _shown(parent_key, parent_label),
                                                     "kind": "parent"}))
                else:
                    del stack[stack.index(parent) + 1:]
            elif depth > 2:
                grand = next((e for e in reversed(stack) if e.key == "arabic"), None)
                if grand is not None and prefix.split(".")[0] == grand.label:
                    events.append(Event("level", h, {"label": shown, "parent": _shown("arabic", grand.label),
                                                     "missing": f"{prefix}.", "kind": "skip"}))
        if value != _start(key) and (stack or key == "roman"):
            missing = [_label_of(key, v, prefix) for v in range(_start(key), value)]
            events.append(Event("gap", h, {"label": shown, "prev": "",
                                           "missing": ", ".join(_shown(key, m) for m in missing[:5])
                                           + (", …" if len(missing) > 5 else "")}))
        stack.append(Entry(key, value, h.label, prefix, h.line, h))
    cache["numbering.events"] = events
    return events


@register("numbering")
class Numbering(Kind):
    placeholders = frozenset({"label", "prev", "missing", "detail", "detail_en", "parent"})

    @record(frozen=True, eq=False)
    class Params:
        check: str = "gap"  # gap | repeat | level | letter

    def __init__(self, params: "Numbering.Params"):
        super().__init__(params)
        if params.check not in ("gap", "repeat", "level", "letter"):
            raise ValueError(f"check phải là gap, repeat, level hoặc letter, không phải {params.check!r}")

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        for ev in analyse(doc):
            if ev.check != self.params.check:
                continue
            v = dict(ev.values)
            b = ev.block
            label_at = b.text.find(b.label)
            start = b.start + max(label_at, 0)
            end = min(start + len(b.label) + 1, b.end)
            v.setdefault("prev", "")
            v.setdefault("missing", "")
            v.setdefault("parent", "")
            detail_vi, detail_en = _detail(ev.check, v)
            v["detail"], v["detail_en"] = detail_vi, detail_en
            yield Hit(start, end, {k: v[k] for k in self.placeholders if k in v},
                      data={k: val for k, val in ev.values.items()})


def _detail(check: str, v: dict) -> tuple[str, str]:
    if check == "gap":
        if v["prev"]:
            return (f"'{v['label']}' đứng ngay sau '{v['prev']}', thiếu {v['missing']}",
                    f"'{v['label']}' comes right after '{v['prev']}'; missing {v['missing']}")
        return (f"'{v['label']}' là mục đầu tiên của cấp này, thiếu {v['missing']}",
                f"'{v['label']}' is the first item of its level; missing {v['missing']}")
    if check == "repeat":
        if v.get("backwards"):
            return (f"'{v['label']}' đứng sau '{v['prev']}' (dòng {v['prev_line']}): số thứ tự lùi lại",
                    f"'{v['label']}' comes after '{v['prev']}' (line {v['prev_line']}): numbering runs backwards")
        return (f"'{v['label']}' lặp lại số của mục ở dòng {v['prev_line']}",
                f"'{v['label']}' repeats the number of the item on line {v['prev_line']}")
    if check == "level":
        if v.get("kind") == "skip":
            return (f"'{v['label']}' nằm ngay dưới '{v['parent']}', bỏ qua cấp {v['missing']}",
                    f"'{v['label']}' sits right under '{v['parent']}', skipping level {v['missing']}")
        return (f"'{v['label']}' nằm dưới '{v['parent']}': số đầu không khớp với mục cha",
                f"'{v['label']}' sits under '{v['parent']}': its prefix does not match the parent")
    return (f"chữ '{v['label']}' không có trong thứ tự chữ cái đánh số điểm (a, b, c, d, đ, e, g, h, i, k, …; "
            "không dùng f, j, w, z)",
            f"the letter '{v['label']}' is not used for numbering (a, b, c, d, đ, e, g, h, i, k, …; never f, j, w, z)")
