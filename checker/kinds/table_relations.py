"""Kind ``table_relations``: every relation a table states, recomputed from the table model.

## What it does
Reads each table with :mod:`checker.extract.tables` (any layout: Word, tab, ``|``, aligned
spaces, yearbook lines "label then figures") and recomputes, with exact interval arithmetic:

* ``relation = "sum"``: a total row ("Tổng số", "Toàn tỉnh", "Cộng" first, "Tổng cộng" last)
  against the top-level rows it covers; sub-rows ("Công lập / Ngoài công lập", "Chia ra:",
  numbered, lettered and dashed rows) against the row above them, at every level; a "Trong đó"
  sub-row only when it exceeds its row (a partial list may fall short); a total column against
  the columns under its spanning header ("Chia ra", "Trong đó") or the columns after it;
* ``relation = "share"``: a percentage column from its count columns (each row, the total row as
  Σ parts / Σ wholes — it is recomputed from its own counts, never from the row percentages);
* ``relation = "index"``: an index ("Năm trước = 100", "So với cùng kỳ (%)") from the two values it
  compares, only when the previous value is in the table (a gap in the years means no check);
* ``relation = "structure"``: shares that must make 100 % ("Cơ cấu", "Tỷ trọng"), and — only as
  information — shares of one denominator and their counts that do not make their whole.

Severity follows the evidence: an error only when the relation is explicit (a labelled total, a
declared breakdown, a header that names it) and fails beyond rounding; a warning when the
relation is inferred from the data (which count a percentage is of, a pairing of rows by order);
information when it is only plausible. A table whose structure is not read with confidence
gets no finding. The relations are computed once for both kinds; those the kind ``table_sum``
reports (AR007: total rows, numbered group rows, declared total columns; AR008: a % column over
the count left of it and the total column) are left to it, so one relation gives one finding.

## Why is this bad?
Half of the figures of a report live in its tables; a total, a share or an index that its own
table does not give is the first thing an inspector recomputes.

## Example
A yearbook index row "Trường học 97,95 95,29 …" where 182/191 × 100 = 95,29 but the printed
value is 95,92.
"""
from __future__ import annotations

import re
from fractions import Fraction
from typing import Iterable, Optional

from ..records import record
from ..extract.tables import (ATTRIBUTE_RE, COMPLETE_RE, PAIR_WORDS, PARTIAL_RE, PRELIM_RE,
                              STRUCTURE_RE, YEAR_RE, Column, ModelRow, TableModel, Value, pair_key, table_models)
from ..model import Document
from . import Context, Hit, Kind, register
from ._arith import Interval, exact, fmt_vn

HALF, ONE = Fraction(1, 2), Fraction(1)
FAMILIES = ("sum", "share", "index", "structure")
SAMPLE_ROWS = 12  # rows a candidate pairing of a % column is scored on (then every row is judged)
MAX_PART_CANDIDATES = 4
MAX_WHOLE_CANDIDATES = 8


# ----------------------------------------------------------------------------- intervals
def _exact(v: Value, col: Optional[Column]) -> bool:
    """Counts of discrete things are exact; everything else is rounded at its last digit
    (whole figures in a scaled unit — "tỷ đồng" — too)."""
    if v.decimals or v.percent:
        return False
    if col is None:
        return True
    return col.type == "count" and not col.scaled


def interval(v: Value, col: Optional[Column], ulps: Fraction) -> Interval:
    if _exact(v, col):
        return exact(v.value)
    h = ulps * Fraction(1, 10 ** v.decimals)
    return Interval(v.value - h, v.value + h)


def _sum_and_width(values: list[Value], col: Optional[Column]) -> tuple[Fraction, Fraction]:
    """Σ values, and Σ of one unit of the last digit of each rounded one: the sum of their
    intervals is Σ ± ulps·width. Whole figures are added as integers (a total of 1,000 rows is
    1,000 integer additions, not 1,000 Fraction ones)."""
    whole, rest = 0, Fraction(0)
    rounded: dict[int, int] = {}
    for v in values:
        x = v.value
        if x.denominator == 1:
            whole += x.numerator
        else:
            rest += x
        if not _exact(v, col):
            rounded[v.decimals] = rounded.get(v.decimals, 0) + 1
    width = sum((Fraction(n, 10 ** d) for d, n in rounded.items()), Fraction(0))
    return rest + whole, width


def _ratio(x: Interval, y: Interval) -> Optional[Interval]:
    """100·x/y for y > 0."""
    if y.lo is None or y.hi is None or x.lo is None or x.hi is None or y.lo <= 0:
        return None
    corners = [100 * a / b for a in (x.lo, x.hi) for b in (y.lo, y.hi)]
    return Interval(min(corners), max(corners))


def _status(stated_half: Interval, computed_half: Optional[Interval], stated_one: Interval,
            computed_one: Optional[Interval]) -> str:
    if computed_half is None or computed_one is None:
        return "skip"
    if stated_half.intersects(computed_half):
        return "ok"
    if stated_one.intersects(computed_one):
        return "warning"
    return "error"


# ----------------------------------------------------------------------------- relations
@record
class Judged:
    family: str
    evidence: str  # explicit, inferred, plausible
    status: str  # ok, warning, error (before the evidence caps it)
    stated: Value
    parts: list[Value]
    computed: Fraction
    decimals: int
    relation: str  # what was recomputed, in English
    row: ModelRow
    column: Optional[Column]
    computation: str
    stated_text: str = ""
    anchor: Optional[Value] = None  # the cell the finding points at (default: stated)
    severity: str = ""
    # which kind reports it: "table_sum" (AR007: a total row against the rows it covers, a
    # numbered group row against its rows, a total column against the columns its header
    # declares; AR008: a % column over the count just left of it and the total column) or
    # "table_relations" (everything else). One computation, each relation reported once.
    owner: str = "table_relations"


def _cap(status: str, evidence: str) -> str:
    if status == "ok":
        return "ok"
    if evidence == "explicit":
        return status
    if evidence == "inferred":
        return "warning" if status == "error" else "info"
    return "info"


def _gate(family: list[Judged], evidence: str) -> bool:
    """An inferred relation is proposed only when the data confirm it: it holds on at least two
    instances and fails on few. An explicit one always is, and a plausible one too (it is only
    ever information)."""
    if evidence != "inferred":
        return True
    holds = sum(1 for j in family if j.status == "ok")
    fails = sum(1 for j in family if j.status != "ok")
    if len(family) <= 3:  # a breakdown over two or three columns: one exact sum confirms it
        return holds >= 1 and fails <= 1
    return holds >= 2 and fails <= max(1, len(family) // 4)


def _settle(family: list[Judged], evidence: str) -> list[Judged]:
    family = [j for j in family if j.status != "skip"]
    if not family or not _gate(family, evidence):
        return []
    suspect = evidence == "explicit" and len(family) >= 3 and all(j.status != "ok" for j in family)
    for j in family:
        j.evidence = evidence
        j.severity = _cap(j.status, evidence)
        if suspect and j.severity == "error":
            j.severity = "warning"  # every instance fails: more likely a misread table than a table all wrong
    return family


class _Table:
    """One table's relations, recomputed."""

    def __init__(self, model: TableModel):
        self.m = model
        self.cols = model.columns
        self.rows = model.rows
        self.out: list[Judged] = []

    # -- helpers
    def kind_of(self, r: ModelRow) -> str:
        return self.m.blocks[r.block].kind if self.m.blocks else "values"

    def summable(self) -> list[Column]:
        return [c for c in self.cols if c.summable]

    def sum_instance(self, stated: Value, parts: list[Value], col: Column, row: ModelRow, partial: bool,
                     relation: str, overlapping: bool = False) -> Optional[Judged]:
        """``stated`` against the sum of ``parts``; ``partial``: a "Trong đó" list, which may fall
        short; ``overlapping``: "of which" attributes ("Nữ", "Đảng viên") that may overlap, so
        only each one against the whole is a relation."""
        if not stated.is_number or not parts or any(p.kind == "text" for p in parts):
            return None
        known = [p for p in parts if p.is_number]
        if not known:
            return None
        partial = partial or len(known) < len(parts)  # a missing part may be anything: a lower bound
        s_half, s_one = interval(stated, col, HALF), interval(stated, col, ONE)
        if overlapping and len(known) > 1:
            over = [p for p in known if interval(p, col, HALF).above(s_half)]
            if not over:
                return Judged("sum", "", "ok", stated, known, stated.value, stated.decimals, relation, row, col, "")
            known = [max(over, key=lambda p: p.value)]
        computed, width = _sum_and_width(known, col)
        c_half, c_one = Interval(computed - width / 2, computed + width / 2), Interval(computed - width, computed + width)
        if partial:
            if not c_half.above(s_half):
                status = "ok"
            elif c_one.intersects(s_one):
                status = "warning"
            else:
                # one part above its whole is impossible; several may overlap ("Trong đó: nữ …,
                # đảng viên …"): their sum above the whole is a warning
                alone = any(interval(p, col, ONE).above(s_one) for p in known)
                status = "error" if alone or len(known) == 1 else "warning"
        else:
            status = _status(s_half, c_half, s_one, c_one)
        dec = max([stated.decimals] + [p.decimals for p in known])
        # the worked sum only where it is shown (a total of 1,000 rows that holds writes none)
        comp = "" if status == "ok" else \
            " + ".join(p.text if p.is_number else "…" for p in parts) + f" = {fmt_vn(computed, dec)}"
        return Judged("sum", "", status, stated, known, computed, dec, relation, row, col, comp)

    # -- sums
    def total_rows(self) -> None:
        for b in self.m.blocks:
            if b.kind != "values":
                continue
            block_rows = self._block_rows[self.m.blocks.index(b)]
            for t in (x for x in block_rows if x.role == "data" and x.total):
                for covered in self._covered_groups(block_rows, t):
                    if len(covered) < 2:
                        continue
                    family = []
                    for col in self.summable():
                        stated = t.cells[col.index]
                        if not stated.is_number:
                            continue
                        parts = self._contributions(covered, col)
                        if len(parts) < 2:
                            continue
                        j = self.sum_instance(stated, parts, col, t, False, "table total row = sum of its rows")
                        if j:
                            j.owner = "table_sum"
                            family.append(j)
                    self.out.extend(_settle(family, "explicit"))

    def _covered(self, block_rows: list[ModelRow], t: ModelRow) -> list[ModelRow]:
        """The rows a total adds up, when they make one breakdown (else none)."""
        groups = self._covered_groups(block_rows, t)
        return groups[0] if len(groups) == 1 else []

    def _covered_groups(self, block_rows: list[ModelRow], t: ModelRow) -> list[list[ModelRow]]:
        return self.m.breakdowns(t)

    def _children(self) -> dict[int, list[ModelRow]]:
        kids: dict[int, list[ModelRow]] = {}
        for r in self.rows:
            if r.parent is not None:
                kids.setdefault(r.parent, []).append(r)
        return kids

    def _contributions(self, covered: list[ModelRow], col: Column) -> list[Value]:
        """The cells a total adds up in ``col``: each covered row's, or for a row without figures
        (a group heading "I. Cấp tỉnh"), its sub-rows'."""
        kids = self._kids
        out = []
        for r in covered:
            v = r.cells[col.index]
            if r.role == "data" and (v.is_number or v.kind in ("none", "text")):
                out.append(v)
                continue
            if r.role == "data" and not r.has_values:
                sub = kids.get(r.index, [])
                out.extend(self._contributions([k for k in sub if k.attach != "partial"], col) if sub else [v])
                continue
            if r.role == "section":
                sub = [k for k in kids.get(r.index, []) if k.attach != "partial"]
                if sub:
                    out.extend(self._contributions(sub, col))
                continue
            out.append(v)
        return out

    def sub_rows(self) -> None:
        kids = self._kids
        dashed: list[Judged] = []
        for pid, children in kids.items():
            parent = self.rows[pid]
            if parent.role != "data" or self.kind_of(parent) != "values":
                continue
            groups: dict[str, list[ModelRow]] = {}
            for k in children:
                key = k.attach
                if key == "pair":
                    key = f"pair{PAIR_WORDS.get(pair_key(k.label) or '', -1)}"
                groups.setdefault(key, []).append(k)
            for key, members in groups.items():
                if key == "partial":
                    evidence, partial = "explicit", True
                elif key.startswith("pair"):
                    evidence, partial = "explicit", len(members) < 2
                elif key in ("complete", "numbered"):
                    evidence, partial = "explicit", False
                else:  # dashed rows: a breakdown by its look, not by a word
                    evidence, partial = "inferred", False
                if not partial and len(members) < 2:
                    continue
                family = []
                for col in self.summable():
                    stated = parent.cells[col.index]
                    if not stated.is_number:
                        continue
                    parts = [m.cells[col.index] for m in members]
                    if all(p.kind == "empty" for p in parts):
                        continue
                    j = self.sum_instance(stated, parts, col, parent, partial,
                                          "table row = sum of its sub-rows" if not partial else
                                          "table row >= its 'trong đó' sub-rows", overlapping=partial and any(
                                              ATTRIBUTE_RE.match(PARTIAL_RE.sub("", m.label, count=1).strip())
                                              for m in members))
                    if j:
                        if key == "numbered":
                            j.owner = "table_sum"  # "I. Cấp tỉnh" over "1. Sở A", "2. Sở B": a group row
                        family.append(j)
                if evidence == "inferred":
                    dashed.extend(family)  # confirmed or not by the table's dashed breakdowns together
                else:
                    self.out.extend(_settle(family, evidence))
        self.out.extend(_settle(dashed, "inferred"))

    def total_columns(self) -> None:
        for tc in self.cols:
            if not tc.total or not tc.summable:
                continue
            comps, partial, evidence = self._components(tc)
            if len(comps) < 2 and not (partial and comps):
                continue
            overlapping = any(ATTRIBUTE_RE.match(c.path[-1]) for c in comps if c.path)
            family = []
            for r in self.rows:
                if r.role != "data" or self.kind_of(r) != "values":
                    continue
                stated = r.cells[tc.index]
                if not stated.is_number:
                    continue
                parts = [r.cells[c.index] for c in comps]
                if all(p.kind == "empty" for p in parts):
                    continue
                j = self.sum_instance(stated, parts, tc, r, partial, "table total column = sum of its columns",
                                      overlapping)
                if j:
                    if evidence == "explicit":
                        j.owner = "table_sum"
                    family.append(j)
            self.out.extend(_settle(family, evidence))

    def _components(self, tc: Column) -> tuple[list[Column], bool, str]:
        """The columns a total column adds up: its siblings under one spanning header; the
        columns under the spanning header right after it ("Chia ra", "Trong đó"); else the
        count columns after it (before it, when it is the last one) up to a boundary."""
        cols = self.cols
        if tc.group is not None:
            sib = [c for c in cols if c.group == tc.group and c is not tc and c.summable]
            partial = bool(PARTIAL_RE.match(tc.group_head)) or any(
                ATTRIBUTE_RE.match(c.path[-1]) for c in sib if c.path)
            declared = bool(COMPLETE_RE.match(tc.group_head))
            return sib, partial, "explicit" if declared or partial else "inferred"
        after = [c for c in cols if c.index > tc.index and c.type not in ("unused",)]
        # the first column after it that is not a share: a spanning header there names the parts
        nxt = next((c for c in after if not (c.type in ("percent", "index") and c.group is None)), None)
        if nxt is not None and nxt.group is not None:
            head = nxt.group_head
            members = [c for c in after if c.group == nxt.group and c.summable]
            if PARTIAL_RE.match(head) or any(ATTRIBUTE_RE.match(c.path[-1]) for c in members if c.path):
                return members, True, "explicit"
            if COMPLETE_RE.match(head):
                return members, False, "explicit"
        run: list[Column] = []
        whole_rest = True
        for c in after:
            if c.type in ("percent", "index") and c.group is None:
                continue
            if c.summable and c.group is None and not c.total:
                run.append(c)
                continue
            whole_rest = False
            break
        if not run:  # a total column after its parts ("… | Loại D | Cộng | Tỷ lệ (%)")
            before = [c for c in cols if c.index < tc.index and c.type not in ("unused", "label", "code")]
            run, whole_rest = [], True
            for c in reversed(before):
                if c.type in ("percent", "index") and c.group is None:
                    continue
                if c.summable and c.group is None and not c.total:
                    run.insert(0, c)
                    continue
                whole_rest = False
                break
        if run and any(ATTRIBUTE_RE.match(c.path[-1]) for c in run if c.path):
            return run, True, "explicit"  # "Tổng số | Nữ | Đảng viên": of which, not a breakdown
        return run, False, "explicit" if whole_rest else "inferred"

    # -- shares and indices
    def ratio_columns(self) -> None:
        value_rows = [r for r in self.rows if r.role == "data" and self.kind_of(r) == "values"]
        summable = self.summable()
        for rc in self.cols:
            if rc.type not in ("percent", "index"):
                continue
            family_name = "index" if rc.type == "index" else "share"
            pair = self._pair_for(rc, summable, value_rows)
            if pair is None:
                continue
            x, y, evidence = pair
            declared = self._declared_pair(rc, summable)
            owner = "table_sum" if family_name == "share" and declared is not None and x is declared[0] \
                and y is declared[1] else "table_relations"
            family = []
            for r in value_rows:
                j = self._ratio_instance(r, rc, x, y, family_name)
                if j is not None:
                    j.owner = owner
                    family.append(j)
            self.out.extend(_settle(family, evidence))
            self._share_of[rc.index] = (x, y)

    def _ratio_instance(self, r: ModelRow, rc: Column, x: Column, y, family_name: str) -> Optional[Judged]:
        stated = r.cells[rc.index]
        xv = r.cells[x.index]
        if y == "vertical":
            tot = self._total_of(r)
            if tot is None or tot is r:
                return None
            yv, ycol = tot.cells[x.index], x
        else:
            yv, ycol = r.cells[y.index], y
        if not (stated.is_number and xv.is_number and yv.is_number) or yv.value <= 0:
            return None
        s_half, s_one = interval(stated, rc, HALF), interval(stated, rc, ONE)
        c_half = _ratio(interval(xv, x, HALF), interval(yv, ycol, HALF))
        c_one = _ratio(interval(xv, x, ONE), interval(yv, ycol, ONE))
        status = _status(s_half, c_half, s_one, c_one)
        computed = 100 * xv.value / yv.value
        dec = max(stated.decimals, 1)
        comp = f"{xv.text}/{yv.text} × 100 = {fmt_vn(computed, dec + 1)}%"
        rel = "table percent = 100·part/whole" if family_name == "share" else "table index = 100·value/previous value"
        j = Judged(family_name, "", status, stated, [xv, yv], computed, dec, rel, r, rc, comp,
                   stated_text=stated.text if stated.text.endswith("%") or family_name == "index" else stated.text + "%")
        return j

    def _total_of(self, r: ModelRow) -> Optional[ModelRow]:
        """The total row that covers ``r`` (for a structure column: the whole of a share); the
        map from rows to their total is made once."""
        if self._total_map is None:
            self._total_map = {}
            for block_rows in self._block_rows:
                for t in (x for x in block_rows if x.role == "data" and x.total):
                    self._total_map[t.index] = t
                    for x in self._covered(block_rows, t):
                        self._total_map.setdefault(x.index, t)
        return self._total_map.get(r.index)

    def _declared_pair(self, rc: Column, summable: list[Column]) -> Optional[tuple[Column, Column]]:
        """The pairing a plain % column states by its place (AR008's): the count column just left
        of it over the table's total column, else over its first count column. None for a
        structure column (a share of the column's total, not of its row)."""
        if rc.type != "percent" or rc.structure:
            return None
        x = next((c for c in reversed(summable) if c.index < rc.index), None)
        y = next((c for c in summable if c.total), summable[0] if summable else None)
        if x is None or y is None or x is y:
            return None
        return x, y

    def _pair_for(self, rc: Column, summable: list[Column], rows: list[ModelRow]):
        """Which two columns a % or index column compares: scored on the first rows, the best
        pairing that holds on them. The header helps: a part whose name is in the % header
        ("Tỷ lệ đúng hạn" ↔ "Đúng hạn"), the table's total column as the whole."""
        left = [c for c in reversed(summable) if c.index < rc.index]
        right = [c for c in summable if c.index > rc.index and (rc.group is None or c.group == rc.group)][:2]
        if not left and not right:
            return None
        declared = self._declared_pair(rc, summable)
        head = " ".join(rc.path).lower()
        named = [c for c in summable if c.index != rc.index and c.path and c.path[-1].lower() in head and len(c.path[-1]) > 3
                 and not re.fullmatch(r"tổng|tổng số|số lượng|%", c.path[-1].lower())]
        same_group = [c for c in left if rc.group is not None and c.group == rc.group]
        parts: list[Column] = []
        for c in named + same_group + left + right:
            if c not in parts:
                parts.append(c)
        parts = parts[:MAX_PART_CANDIDATES]
        if declared is not None and declared[0] not in parts:
            parts.append(declared[0])
        wholes: list = []
        if rc.structure:
            wholes.append("vertical")
        for c in [c for c in summable if c.total] + left + summable[:1] + right:
            if c not in wholes:
                wholes.append(c)
        wholes = wholes[:MAX_WHOLE_CANDIDATES]
        if declared is not None and declared[1] not in wholes:
            wholes.append(declared[1])
        sample = [r for r in rows if r.cells[rc.index].is_number][:SAMPLE_ROWS]
        if len(sample) < (1 if declared is not None else 2):
            return None
        best, best_score = None, None
        for pi, x in enumerate(parts):
            for wi, y in enumerate(wholes):
                if y is x:
                    continue
                if rc.type == "index" and y != "vertical":
                    if rc.previous and x.year is not None and y.year is not None and x.year - y.year != 1:
                        continue  # "năm trước = 100" over a gap in the years: not checkable
                    if x.year is not None and y.year is not None and x.year <= y.year:
                        continue
                holds = fails = 0
                for r in sample:
                    j = self._ratio_instance(r, rc, x, y, "share")
                    if j is None or j.status == "skip":
                        continue
                    if j.status == "ok":
                        holds += 1
                    else:
                        fails += 1
                score = (holds - 2 * fails, -pi - wi)
                # the pairing the columns' places declare needs one row to confirm it; any other two
                need = 1 if declared is not None and x is declared[0] and y is declared[1] else 2
                if holds >= need and (best_score is None or score > best_score):
                    best, best_score = (x, y), score
        if best is None:
            return None
        x, y = best
        explicit = (y != "vertical" and y.total and (rc.group is None or x.group == rc.group)) or \
            (y == "vertical" and rc.structure)
        return x, y, "explicit" if explicit else "inferred"

    def index_blocks(self) -> None:
        blocks = self.m.blocks
        for bi, b in enumerate(blocks):
            if b.kind != "index":
                continue
            base = next((blocks[k] for k in range(bi - 1, -1, -1) if blocks[k].kind == "values"), None)
            if base is None:
                continue
            values = [r for r in self.rows[base.start:base.end] if r.role == "data"]
            indices = [r for r in self.rows[b.start:b.end] if r.role == "data"]
            if not values or len(values) != len(indices):
                continue
            if any(pair_key(v.label) != pair_key(i.label) for v, i in zip(values, indices)):
                continue
            same = all(_norm_label(v.label) == _norm_label(i.label) for v, i in zip(values, indices))
            evidence = "explicit" if same else "inferred"
            year_cols = [c for c in self.cols if c.year is not None and c.type not in ("label", "code", "unused")]
            by_year: dict[tuple, Column] = {}
            for c in year_cols:
                by_year[(_period_key(c), c.year)] = c
            family = []
            for v, i in zip(values, indices):
                for c in year_cols:
                    prev = by_year.get((_period_key(c), c.year - 1))
                    if prev is None:
                        continue  # the previous year is not in the table: nothing to compare with
                    stated = i.cells[c.index]
                    cur, old = v.cells[c.index], v.cells[prev.index]
                    if not (stated.is_number and cur.is_number and old.is_number) or old.value <= 0:
                        continue
                    s_half, s_one = interval(stated, None, HALF), interval(stated, None, ONE)
                    c_half = _ratio(interval(cur, c, HALF), interval(old, prev, HALF))
                    c_one = _ratio(interval(cur, c, ONE), interval(old, prev, ONE))
                    computed = 100 * cur.value / old.value
                    dec = max(stated.decimals, 1)
                    j = Judged("index", "", _status(s_half, c_half, s_one, c_one), stated, [cur, old], computed,
                               dec, "table index = 100·value/previous year", i, c,
                               f"{cur.text}/{old.text} × 100 = {fmt_vn(computed, dec + 1)}", stated_text=stated.text)
                    family.append(j)
            self.out.extend(_settle(family, evidence))

    # -- structure: shares that make 100 %
    def structures(self) -> None:
        # a spanning "Cơ cấu (%)" over share columns: each row makes 100
        groups: dict[int, list[Column]] = {}
        for c in self.cols:
            if c.group is not None and c.type == "percent":
                groups.setdefault(c.group, []).append(c)
        for members in groups.values():
            if len(members) < 2 or not STRUCTURE_RE.search(members[0].group_head):
                continue
            family = []
            for r in self.rows:
                if r.role != "data" or self.kind_of(r) != "values":
                    continue
                cells = [r.cells[c.index] for c in members]
                j = self._hundred(r, members[0], cells, cells[0], "table structure row = 100%")
                if j:
                    family.append(j)
            self.out.extend(_settle(family, "explicit"))
        # a structure column: the rows under a total make 100
        for c in self.cols:
            if not c.structure or c.type != "percent" or c.group is not None:
                continue
            for bi, b in enumerate(self.m.blocks):
                if b.kind != "values":
                    continue
                block_rows = self._block_rows[bi]
                covers = [(t, self._covered(block_rows, t)) for t in block_rows if t.role == "data" and t.total]
                if not covers:
                    top = [r for r in block_rows if r.role == "data" and r.parent is None]
                    covers = [(None, top)]
                for t, covered in covers:
                    cells = self._contributions(covered, c)
                    if len(cells) < 2:
                        continue
                    stated = t.cells[c.index] if t is not None and t.cells[c.index].is_number else None
                    anchor = stated if stated is not None else cells[-1]
                    j = self._hundred(t or covered[-1], c, cells, anchor, "table structure column = 100%", stated)
                    if j:
                        self.out.extend(_settle([j], "explicit"))

    def _hundred(self, row: ModelRow, col: Column, cells: list[Value], anchor: Value, relation: str,
                 stated: Optional[Value] = None) -> Optional[Judged]:
        """Shares that make 100 %: their sum against 100, and a stated total share ("100,0" on
        the total row) against 100 and against their sum."""
        if any(v.kind == "text" for v in cells) or not all(v.is_number for v in cells) or not anchor.is_number:
            return None
        c_half = sum((interval(v, col, HALF) for v in cells), exact(0))
        c_one = sum((interval(v, col, ONE) for v in cells), exact(0))
        computed = sum((v.value for v in cells), Fraction(0))
        hundred = exact(100)
        status = _status(hundred, c_half, hundred, c_one)
        text = "100%"
        if stated is not None and stated.is_number:
            s_half, s_one = interval(stated, col, HALF), interval(stated, col, ONE)
            worst = [status, _status(s_half, c_half, s_one, c_one), _status(s_half, hundred, s_one, hundred)]
            status = "error" if "error" in worst else "warning" if "warning" in worst else "ok"
            text = stated.text if stated.text.endswith("%") else stated.text + "%"
        dec = max(v.decimals for v in cells)
        comp = " + ".join(v.text if v.text.endswith("%") else v.text + "%" for v in cells) + \
            f" = {fmt_vn(computed, dec)}%"
        j = Judged("structure", "", status, anchor, cells, computed, dec, relation, row, col, comp,
                   stated_text=text, anchor=anchor)
        return j

    def partitions(self) -> None:
        """Shares of one denominator in one row (each a % of the same whole, their parts in
        columns side by side): their counts should make the whole and the shares 100 %. Only
        plausible — a bucket may be missing from the table — so information, and not when a
        total column already states which columns make the whole."""
        by_whole: dict[int, list[tuple[int, Column]]] = {}
        for rc_index, (x, y) in self._share_of.items():
            rc = self.cols[rc_index]
            if y == "vertical" or rc.type != "percent" or rc.structure:
                continue
            if x.group is not None and PARTIAL_RE.match(x.group_head):
                continue
            by_whole.setdefault(y.index, []).append((rc_index, x))
        stated_parts = {tuple(sorted(c.index for c in self._components(tc)[0])): tc.index
                        for tc in self.cols if tc.total and tc.summable}
        failing = {(j.row.index, j.column.index) for j in self.out if j.family == "share" and j.status != "ok"}
        for yi, shares in by_whole.items():
            xs = [x for _, x in shares]
            if len(shares) < 2 or len({x.index for x in xs}) != len(xs):
                continue
            if tuple(sorted(x.index for x in xs)) in stated_parts or self.cols[yi].total and any(
                    set(k) >= {x.index for x in xs} for k, v in stated_parts.items() if v == yi):
                continue
            ycol = self.cols[yi]
            counts, pcts = [], []
            for r in self.rows:
                if r.role != "data" or self.kind_of(r) != "values":
                    continue
                if any((r.index, rc) in failing for rc, _ in shares):
                    continue  # a share of this row is already reported wrong: that is the finding
                j = self.sum_instance(r.cells[yi], [r.cells[x.index] for x in xs], ycol, r, False,
                                      "table whole = sum of the parts its shares are of")
                if j:
                    j.family = "structure"
                    counts.append(j)
                cells = [r.cells[rc] for rc, _ in shares]
                h = self._hundred(r, self.cols[shares[0][0]], cells, cells[0], "table shares of one whole = 100%")
                if h:
                    pcts.append(h)
            self.out.extend(_settle(counts, "plausible"))
            self.out.extend(_settle(pcts, "plausible"))

    def run(self) -> list[Judged]:
        self._kids = self._children()
        self._share_of: dict[int, tuple] = {}
        self._block_rows = self.m.block_rows()
        self._total_map: Optional[dict[int, ModelRow]] = None
        self.total_rows()
        self.sub_rows()
        self.total_columns()
        self.ratio_columns()
        self.index_blocks()
        self.structures()
        self.partitions()
        return self.out


def _period_key(col: Column) -> tuple[str, ...]:
    """A column's headings without its period: "Năm 2022 / Kế hoạch" and "Năm 2023 / Kế hoạch"
    are the same series a year apart; "2018- / 2019" and "2019- / 2020" too."""
    return tuple(p.lower() for p in col.path if not YEAR_RE.search(p) and not PRELIM_RE.search(p))


def _norm_label(label: str) -> str:
    s = label.lower()
    for sep in (" - ", " – ", " — "):
        if sep in s:
            s = s.split(sep, 1)[0]
    return " ".join(s.replace("/", " / ").split())


def judged_relations(doc: Document) -> list[Judged]:
    """Every relation of every confidently read table of the document (once a document)."""
    cache = doc.meta.setdefault("_cache", {})
    found = cache.get("table_relations")
    if found is None:
        found = []
        for m in table_models(doc):
            if not m.confident:
                continue
            found.extend(_Table(m).run())
        cache["table_relations"] = found
    return found


def _short(s: str, n: int = 40) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


@register("table_relations")
class TableRelations(Kind):
    placeholders = frozenset({"where", "stated", "computed", "computation", "difference", "implied"})

    @record(frozen=True, eq=False)
    class Params:
        relation: str = "sum"  # sum, share, index, structure

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        if self.params.relation not in FAMILIES:
            raise ValueError(f"relation must be one of {', '.join(FAMILIES)}")
        number_of = {id(r): m.number for m in table_models(doc) for r in m.rows}  # a row's table
        seen = set()
        for j in judged_relations(doc):
            if j.family != self.params.relation or j.severity in ("", "ok") or j.owner != "table_relations":
                continue
            anchor = j.anchor or j.stated
            key = (anchor.start, j.relation, j.computation)
            if key in seen:
                continue
            seen.add(key)
            table_no = number_of.get(id(j.row), 0)
            col = _short(j.column.name) if j.column is not None else ""
            where = f"Bảng {table_no}, dòng '{_short(j.row.label)}'" + (f", cột '{col}'" if col else "")
            where_en = f"table {table_no}, row '{_short(j.row.label)}'" + (f", column '{col}'" if col else "")
            stated_text = j.stated_text or j.stated.text
            stated_value = j.stated.value if j.family == "structure" and j.stated_text != "100%" else \
                Fraction(100) if j.family == "structure" else j.stated.value
            diff = j.computed - stated_value
            dec = j.decimals + (1 if j.family in ("share", "index") else 0)
            implied_dec = j.stated.decimals if j.family in ("share", "index") else j.decimals
            suffix = "%" if j.family in ("share", "structure") else ""
            values = {"where": where, "stated": stated_text, "computed": fmt_vn(j.computed, dec) + suffix,
                      "computation": j.computation, "difference": fmt_vn(abs(diff), dec),
                      "implied": fmt_vn(j.computed, implied_dec) + suffix}
            data = {"relation": j.relation, "where": where_en, "table": table_no, "row": j.row.label,
                    "column": j.column.name if j.column is not None else "", "stated": stated_text,
                    "parts": [p.text for p in j.parts], "computed": fmt_vn(j.computed, j.decimals if j.family == "sum"
                                                                          else dec),
                    "difference": fmt_vn(diff, dec), "implied": fmt_vn(j.computed, implied_dec),
                    "evidence": j.evidence}
            yield Hit(anchor.start, anchor.end, values, severity=j.severity, data=data)
