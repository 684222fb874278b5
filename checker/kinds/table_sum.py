"""Kind ``table_sum``: totals inside tables.

## What it does
For a table whose header names a total column (``Tổng số``, ``Tổng cộng``, ``Cộng``), each
row's total must equal the sum of the component columns after it (empty cells count as 0;
a header "trong đó" makes the components partial, so only parts above the total are wrong).
A total row (``Tổng cộng``, ``Cộng``, ``Tổng số``) must equal the sum of the rows above it —
of the top-level rows only when the rows are grouped (``I``, ``II`` with ``1``, ``2`` under
them), and each group row must equal the sum of its own rows. Percentage columns
(``%``, ``Tỷ lệ``) are not summed. With ``mode = "percent"`` each percentage cell is recomputed
from its row's counts (the count column left of it over the total column), so a total row's
percentage must be Σparts / Σwholes, not the mean of the row percentages.

## Why is this bad?
A total row that its rows do not add up to is the first thing an inspector recomputes.

## Example
A ``Tổng cộng`` row with 668 where the rows hold 53, 03 and 611 (= 667).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Iterable, Optional

from ..extract.number_tokens import MAX_FIGURE_DIGITS
from ..model import Cell, Document, Table
from . import Context, Hit, Kind, register
from ._arith import Interval, exact, fmt_vn, ladder

_NUM = re.compile(r"^\s*(?P<int>\d{1,3}(?:\.\d{3})+|\d+)(?:,(?P<dec>\d+))?\s*(?P<pct>%)?\s*$")
_ROMAN = re.compile(r"^\s*(?:[IVX]{1,4})\s*[.\-)]?\s*(?:\s|$)")
_ARABIC = re.compile(r"^\s*\d{1,2}\s*[.)]?\s*(?:\s|$)")


@dataclass(frozen=True)
class Num:
    value: Fraction
    decimals: int
    text: str
    cell: Optional[Cell]

    def interval(self, ulps: Fraction) -> Interval:
        if self.decimals == 0:
            return exact(self.value)
        h = ulps * Fraction(1, 10 ** self.decimals)
        return Interval(self.value - h, self.value + h)


def parse_cell(cell: Optional[Cell]) -> Optional[Num]:
    """A cell's number; an empty cell is 0; text is None."""
    if cell is None or not cell.text.strip() or cell.text.strip() in ("-", "–", "0"):
        return Num(Fraction(0), 0, cell.text if cell else "", cell)
    m = _NUM.match(cell.text)
    if not m or m["pct"]:
        return None
    digits = m["int"].replace(".", "")
    dec = m["dec"] or ""
    if len(digits.lstrip("0")) + len(dec) > MAX_FIGURE_DIGITS:
        return None  # out of range (number_tokens.MAX_FIGURE_DIGITS): not summed, like text
    return Num(Fraction(int(digits + dec), 10 ** len(dec)), len(dec), cell.text.strip(), cell)


@register("table_sum")
class TableSum(Kind):
    placeholders = frozenset({"stated", "computed", "computation", "difference", "implied", "where"})

    @dataclass(frozen=True)
    class Params:
        total_column: str = r"^\s*(?:tổng\s*số|tổng\s*cộng|cộng|tổng)\b"
        total_row: str = r"^\s*(?:tổng\s*cộng|cộng|tổng\s*số|tổng)\b"
        percent_column: str = r"%|tỷ\s*lệ|tỉ\s*lệ"
        partial_header: str = r"trong\s+đó"
        check_rows: bool = True
        check_columns: bool = True
        mode: str = "totals"  # "totals": sums of cells; "percent": % columns against their counts

    def __init__(self, params: "TableSum.Params"):
        super().__init__(params)
        self.total_col_re = re.compile(params.total_column, re.IGNORECASE)
        self.total_row_re = re.compile(params.total_row, re.IGNORECASE)
        self.pct_re = re.compile(params.percent_column, re.IGNORECASE)
        self.partial_re = re.compile(params.partial_header, re.IGNORECASE)

    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        if self.params.mode not in ("totals", "percent"):
            raise ValueError("mode must be 'totals' or 'percent'")
        models = None
        for k, t in enumerate(doc.tables):
            if self.params.mode == "percent":
                yield from self._percent(t)
                continue
            if models is None:
                from ..extract.tables import table_models

                models = table_models(doc)
            # rows that the table model hangs under another row ("Trong đó", "Công lập / Ngoài công
            # lập", lettered or dashed rows) are parts of that row, not of the total row
            m = models[k] if k < len(models) else None
            sub_lines = frozenset(r.line for r in m.rows if r.parent is not None) if m is not None and m.confident \
                else frozenset()
            yield from self._table(t, sub_lines)

    def percent_columns(self, t: Table) -> Iterable[tuple[int, list[str], list[tuple]]]:
        """(% column, header texts, [(status, row, part, whole, pct)]) for each % column whose
        pairing with part / whole holds on at least one row (see :meth:`_percent`). Shared with
        the table_relations kind, which leaves these cells to this one."""
        rows = [r for r in t.rows if any(c.text.strip() for c in r.cells)]
        if len(rows) < 2:
            return
        header = rows[0]
        ncol = max(len(r.cells) for r in rows)
        heads = [header.cells[i].text if i < len(header.cells) else "" for i in range(ncol)]
        pct_cols = [i for i, h in enumerate(heads) if i > 0 and self.pct_re.search(h)]
        if not pct_cols:
            return
        counts = [i for i in range(1, ncol) if i not in pct_cols]
        total_col = next((i for i in counts if self.total_col_re.search(heads[i])), None)
        whole_col = total_col if total_col is not None else (counts[0] if counts else None)

        def cell(r, i):
            return r.cells[i] if i < len(r.cells) else None

        half, one = Fraction(1, 2), Fraction(1)
        for pc in pct_cols:
            part_col = next((i for i in range(pc - 1, 0, -1) if i in counts), None)
            if whole_col is None or part_col is None or part_col == whole_col:
                continue
            judged = []
            for r in rows[1:]:
                part, whole, pct = parse_cell(cell(r, part_col)), parse_cell(cell(r, whole_col)), _pct(cell(r, pc))
                if part is None or whole is None or pct is None or whole.value <= 0 or not part.text:
                    continue
                v = ladder(pct.interval(half), _share(part, whole, half), pct.interval(one), _share(part, whole, one),
                           pct.value, 100 * part.value / whole.value)
                judged.append((v.status, r, part, whole, pct))
            if any(st == "ok" for st, *_ in judged):
                yield pc, heads, judged

    def _percent(self, t: Table) -> Iterable[Hit]:
        """Each % column against part / whole of its row: the part is the count column just
        left of it, the whole the table's total column (else its first count column). A total
        row is checked the same way, so a total row's % that is the mean of the row % (and not
        Σparts / Σwholes) is caught. The pairing must hold on at least one row before any row
        is reported: a table whose % means something else stays silent."""
        for pc, heads, judged in self.percent_columns(t):
            for st, r, part, whole, pct in judged:
                if st == "ok":
                    continue
                computed = 100 * part.value / whole.value
                dec = max(pct.decimals, 1)
                col = _short(heads[pc] or f"cột {pc + 1}")
                values = {"stated": f"{pct.text}%", "computed": f"{fmt_vn(computed, dec)}%",
                          "computation": f"{part.text}/{whole.text} × 100 = {fmt_vn(computed, dec + 1)}%",
                          "difference": fmt_vn(abs(computed - pct.value), dec + 1),
                          "implied": f"{fmt_vn(computed, pct.decimals)}%",
                          "where": f"dòng '{_label(r)}', cột '{col}'"}
                data = {"relation": "table percent = 100·part/whole", "where": f"row '{_label(r)}', column '{col}'",
                        "stated": pct.text, "numerator": part.text, "denominator": whole.text,
                        "computed": fmt_vn(computed, dec + 1), "difference": fmt_vn(computed - pct.value, dec + 1),
                        "implied": fmt_vn(computed, pct.decimals)}
                yield Hit(pct.cell.start, pct.cell.end, values, severity=st, data=data)

    def _table(self, t: Table, sub_lines: frozenset = frozenset()) -> Iterable[Hit]:
        rows = [r for r in t.rows if any(c.text.strip() for c in r.cells)]
        if len(rows) < 3:
            return
        header = rows[0]
        if any(parse_cell(c) is not None and c.text.strip() for c in header.cells[1:]):
            return  # no header row
        ncol = max(len(r.cells) for r in rows)
        heads = [header.cells[i].text if i < len(header.cells) else "" for i in range(ncol)]
        pct_cols = {i for i, h in enumerate(heads) if self.pct_re.search(h)}
        total_col = next((i for i, h in enumerate(heads) if i > 0 and self.total_col_re.search(h)), None)
        body = rows[1:]

        def cell(r, i):
            return r.cells[i] if i < len(r.cells) else None

        # row totals
        if self.params.check_rows and total_col is not None:
            comps = [i for i in range(total_col + 1, ncol) if i not in pct_cols]
            partial = bool(comps) and bool(self.partial_re.search(heads[comps[0]]))
            if len(comps) >= 2:
                for r in body:
                    tot = parse_cell(cell(r, total_col))
                    parts = [parse_cell(cell(r, i)) for i in comps]
                    if tot is None or tot.cell is None or not tot.text or any(p is None for p in parts):
                        continue
                    if not any(p.text for p in parts):
                        continue
                    hit = self._judge(tot, [p for p in parts], partial,
                                      f"dòng '{_label(r)}'", f"row '{_label(r)}'")
                    if hit:
                        yield hit
        # total rows and group rows
        if not self.params.check_columns:
            return
        labels = [_label(r) for r in body]
        total_idx = [k for k, lab in enumerate(labels) if self.total_row_re.search(lab)]
        if not total_idx:
            return
        ti = total_idx[0]
        data_rows = list(range(0, ti))
        roman = [k for k in data_rows if _ROMAN.match(labels[k])]
        if roman:
            top = roman
            groups = []
            for j, k in enumerate(roman):
                end = roman[j + 1] if j + 1 < len(roman) else ti
                kids = [x for x in range(k + 1, end) if _ARABIC.match(labels[x])]
                if kids:
                    groups.append((k, kids))
        else:
            top, groups = [k for k in data_rows if body[k].line not in sub_lines], []
        numeric_cols = [i for i in range(1, ncol) if i not in pct_cols]
        for i in numeric_cols:
            for parent, kids in [(ti, top)] + groups:
                tot = parse_cell(cell(body[parent], i))
                parts = [parse_cell(cell(body[k], i)) for k in kids]
                if tot is None or tot.cell is None or not tot.text or any(p is None for p in parts):
                    continue
                if len(parts) < 2 or not any(p.text for p in parts):
                    continue
                col = heads[i] or f"cột {i + 1}"
                hit = self._judge(tot, parts, False, f"'{labels[parent]}', cột '{_short(col)}'",
                                  f"'{labels[parent]}', column '{_short(col)}'")
                if hit:
                    yield hit

    def _judge(self, tot: Num, parts: list[Num], partial: bool, where: str, where_en: str) -> Optional[Hit]:
        half, one = Fraction(1, 2), Fraction(1)
        s_half = sum((p.interval(half) for p in parts), exact(0))
        s_one = sum((p.interval(one) for p in parts), exact(0))
        computed = sum((p.value for p in parts), Fraction(0))
        if partial:
            if not s_half.above(tot.interval(half)):
                return None
            status = "warning" if s_one.intersects(tot.interval(one)) else "error"
        else:
            status = ladder(tot.interval(half), s_half, tot.interval(one), s_one, tot.value, computed).status
        if status == "ok":
            return None
        dec = max([tot.decimals] + [p.decimals for p in parts])
        comp = " + ".join(p.text or "0" for p in parts) + f" = {fmt_vn(computed, dec)}"
        values = {"stated": tot.text, "computed": fmt_vn(computed, dec), "computation": comp,
                  "difference": fmt_vn(abs(computed - tot.value), dec), "implied": fmt_vn(computed, dec),
                  "where": where}
        data = {"relation": "table total", "where": where_en, "stated": tot.text, "parts": [p.text for p in parts],
                "computed": fmt_vn(computed, dec), "difference": fmt_vn(computed - tot.value, dec),
                "implied": fmt_vn(computed, dec)}
        return Hit(tot.cell.start, tot.cell.end, values, severity=status, data=data)


def _pct(cell: Optional[Cell]) -> Optional[Num]:
    """A percentage cell ("98,5", "98,5%"); empty or text is None."""
    if cell is None or not cell.text.strip():
        return None
    m = _NUM.match(cell.text)
    if not m:
        return None
    digits, dec = m["int"].replace(".", ""), m["dec"] or ""
    if len(digits.lstrip("0")) + len(dec) > MAX_FIGURE_DIGITS:
        return None
    return Num(Fraction(int(digits + dec), 10 ** len(dec)), max(len(dec), 0), cell.text.strip().rstrip("% "), cell)


def _share(part: Num, whole: Num, ulps: Fraction) -> Interval:
    """100·part/whole as an interval (counts exact; decimals from the digits written)."""
    p, w = part.interval(ulps), whole.interval(ulps)
    if w.lo <= 0:
        return Interval(None, None)
    return Interval(100 * p.lo / w.hi, 100 * p.hi / w.lo)


def _label(row) -> str:
    for c in row.cells:
        if c.text.strip():
            return c.text.strip()
    return ""


def _short(s: str, n: int = 40) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"
