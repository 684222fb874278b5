"""Kind ``table_sum``: totals and percentages inside tables.

## What it does
Reads each table through the table model (:mod:`checker.extract.tables`: header rows told
apart from data rows, spanning headers, typed columns, total rows and the rows they cover,
sub-rows, ``-`` / ``…`` / ``x`` / empty cells as no value) — the same reading, and the same
computation, as the kind ``table_relations`` (:func:`~checker.kinds.table_relations.judged_relations`);
this kind reports the relations a table declares by its words and places:

* ``mode = "totals"``: a total row (``Tổng cộng``, ``Cộng``, ``Tổng số``, ``Toàn tỉnh``, first or
  last) against the top-level rows it covers (``check_columns``), a numbered group row
  (``I. Cấp tỉnh``) against its rows ``1.``, ``2.``; a total column (``Tổng số``) against the
  columns its header declares (the count columns after it, or before it when it comes last;
  the columns under a spanning "Chia ra"; under "Trong đó" the parts may fall short)
  (``check_rows``). A cell without a value is a part that may be anything: the sum with it only
  has to stay below the total. Percentages, indices, averages, ranks and codes are never summed.
* ``mode = "percent"``: each percentage column recomputed from its row's counts (the count
  column just left of it over the table's total column, else its first count column), a total
  row the same way, so a total row's percentage must be Σparts / Σwholes, not the mean of the
  row percentages. The pairing must hold on at least one row before any row is reported.

A table whose structure the model does not read with confidence gets no finding.

## Why is this bad?
A total row that its rows do not add up to is the first thing an inspector recomputes.

## Example
A ``Tổng cộng`` row with 668 where the rows hold 53, 03 and 611 (= 667).
"""
from __future__ import annotations

from fractions import Fraction
from typing import Iterable

from ..records import record
from ..model import Document
from . import Context, Hit, Kind, register
from ._arith import fmt_vn

# the relations this kind reports, by the parameter that turns them on
_ROW_SUMS = ("table total column = sum of its columns",)
_COLUMN_SUMS = ("table total row = sum of its rows", "table row = sum of its sub-rows")


@register("table_sum")
class TableSum(Kind):
    placeholders = frozenset({"stated", "computed", "computation", "difference", "implied", "where"})

    @record(frozen=True, eq=False)
    class Params:
        check_rows: bool = True  # a total column against its columns, on each row
        check_columns: bool = True  # a total row (and a numbered group row) against its rows
        mode: str = "totals"  # "totals": sums of cells; "percent": % columns against their counts

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        if self.params.mode not in ("totals", "percent"):
            raise ValueError("mode must be 'totals' or 'percent'")
        from .table_relations import judged_relations

        wanted = ()
        if self.params.mode == "totals":
            wanted = (_ROW_SUMS if self.params.check_rows else ()) + (_COLUMN_SUMS if self.params.check_columns else ())
        seen = set()
        for j in judged_relations(doc):
            if j.owner != "table_sum" or j.severity in ("", "ok"):
                continue
            if self.params.mode == "percent":
                if j.family != "share":
                    continue
            elif j.family != "sum" or j.relation not in wanted:
                continue
            key = (j.stated.start, j.relation, j.computation)
            if key in seen:
                continue
            seen.add(key)
            yield _percent_hit(j) if self.params.mode == "percent" else _total_hit(j)


def _total_hit(j) -> Hit:
    label, col = _short(j.row.label), _short(j.column.name) if j.column is not None else ""
    if j.relation in _ROW_SUMS:  # along the row: the row's total column
        where, where_en = f"dòng '{label}', cột '{col}'", f"row '{label}', column '{col}'"
    else:  # down the column: the total (or group) row's cell
        where, where_en = f"'{label}', cột '{col}'", f"'{label}', column '{col}'"
    tot, dec = j.stated, j.decimals
    values = {"stated": tot.text, "computed": fmt_vn(j.computed, dec), "computation": j.computation,
              "difference": fmt_vn(abs(j.computed - tot.value), dec), "implied": fmt_vn(j.computed, dec),
              "where": where}
    data = {"relation": "table total", "where": where_en, "stated": tot.text, "parts": [p.text for p in j.parts],
            "computed": fmt_vn(j.computed, dec), "difference": fmt_vn(j.computed - tot.value, dec),
            "implied": fmt_vn(j.computed, dec)}
    return Hit(tot.start, tot.end, values, severity=j.severity, data=data)


def _percent_hit(j) -> Hit:
    pct, (part, whole) = j.stated, j.parts
    text = pct.text.rstrip("% ")
    computed: Fraction = j.computed
    dec = max(pct.decimals, 1)
    label, col = _short(j.row.label), _short(j.column.name)
    values = {"stated": f"{text}%", "computed": f"{fmt_vn(computed, dec)}%",
              "computation": f"{part.text}/{whole.text} × 100 = {fmt_vn(computed, dec + 1)}%",
              "difference": fmt_vn(abs(computed - pct.value), dec + 1),
              "implied": f"{fmt_vn(computed, pct.decimals)}%",
              "where": f"dòng '{label}', cột '{col}'"}
    data = {"relation": "table percent = 100·part/whole", "where": f"row '{label}', column '{col}'",
            "stated": text, "numerator": part.text, "denominator": whole.text,
            "computed": fmt_vn(computed, dec + 1), "difference": fmt_vn(computed - pct.value, dec + 1),
            "implied": fmt_vn(computed, pct.decimals)}
    return Hit(pct.start, pct.end, values, severity=j.severity, data=data)


def _short(s: str, n: int = 40) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"
