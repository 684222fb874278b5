"""Benchmark of the tables (issue 18; run by hand, not collected by pytest):

    python tests/bench/bench_tables.py [rows ...]

A table of N rows × 20 columns (a total column, 17 count columns, a % column; a total row;
dashed sub-rows and labels over two lines every few rows) in each text layout — tabs, runs of
spaces, single spaces, ``|`` — and as a .docx, read and checked by the table rules (AR007,
AR008, AR013–AR016) at 250, 500 and 1,000 rows (or the sizes given). Prints the time to read
(blocks and the table model) and to check, per size, and the growth per doubling, which must
stay near 2 (linear) and far from 4 (quadratic).
"""
from __future__ import annotations

import random
import sys
import tempfile
import time
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

from checker import load_ruleset  # noqa: E402
from checker.engine import run  # noqa: E402
from checker.extract import build_document, read_path  # noqa: E402
from checker.extract.tables import table_models  # noqa: E402
from checker.kinds._arith import fmt_vn  # noqa: E402
from checker.ruleset import RuleSet  # noqa: E402

TABLE_RULES = ("AR007", "AR008", "AR013", "AR014", "AR015", "AR016")
N_COLS = 20
LAYOUTS = ("tab", "spaces", "plain", "pipe", "docx")


def table_rows(n_rows: int, seed: int = 0) -> list[list[str]]:
    """Header and rows of a consistent table: label, total, 17 parts, % of the first part; every
    fifth row has two dashed sub-rows, every seventh a label over two lines (as "first\\nrest")."""
    rnd = random.Random(seed or n_rows)
    k = N_COLS - 3
    head = ["Đơn vị", "Tổng số"] + [f"Loại {chr(65 + i)}" for i in range(k)] + ["Tỷ lệ loại A (%)"]
    rows, sums = [head], [0] * (k + 1)

    def line(label: str, parts: list[int]) -> list[str]:
        tot = sum(parts)
        pct = fmt_vn(Fraction(100 * parts[0], tot), 1) if tot else "-"
        return [label, fmt_vn(Fraction(tot), 0)] + [fmt_vn(Fraction(v), 0) for v in parts] + [pct]

    made = 0
    i = 0
    while made < n_rows:
        i += 1
        label = f"Đơn vị số {i}" if i % 7 else f"Trung tâm Phục vụ hành chính công\nsố {i}"
        if i % 5 == 0 and made + 3 <= n_rows:
            kids = [[rnd.randint(1, 400) for _ in range(k)] for _ in range(2)]
            parts = [a + b for a, b in zip(*kids)]
            rows.append(line(label, parts))
            rows.append(line("- Cấp tỉnh", kids[0]))
            rows.append(line("- Cấp huyện", kids[1]))
            made += 3
        else:
            parts = [rnd.randint(1, 999) for _ in range(k)]
            rows.append(line(label, parts))
            made += 1
        for j, v in enumerate([sum(parts)] + parts):
            sums[j] += v
    total = ["Tổng cộng"] + [fmt_vn(Fraction(v), 0) for v in sums] + [fmt_vn(Fraction(100 * sums[1], sums[0]), 1)]
    rows.append(total)
    return rows


def render(rows: list[list[str]], layout: str) -> str:
    out = ["Bảng 1. Kết quả giải quyết hồ sơ", ""]
    widths = [max(len(max(r[c].split("\n"), key=len)) for r in rows) for c in range(N_COLS)]
    for n, r in enumerate(rows):
        first, _, rest = r[0].partition("\n")
        cells = [first] + r[1:]
        if layout == "tab":
            out.append("\t".join(cells))
        elif layout == "pipe":
            out.append("| " + " | ".join(cells) + " |")
            if n == 0:
                out.append("|" + "---|" * N_COLS)
        elif layout == "spaces":
            out.append("  ".join(c.ljust(widths[i]) for i, c in enumerate(cells)).rstrip())
        else:
            out.append(" ".join(cells))
        if rest:
            out.append(("| " + rest + " |" + " |" * (N_COLS - 1)) if layout == "pipe" else rest)
    out += ["", "Nguồn: báo cáo của các đơn vị."]
    return "\n".join(out) + "\n"


def as_docx(rows: list[list[str]], path: Path) -> Path:
    """The table as a Word table (a label over two lines: one cell of two paragraphs). Rows are
    added one by one, each row's cells taken once (python-docx's ``table.cell(r, c)`` walks the
    whole grid: writing 20,000 cells that way takes longer than checking them)."""
    import docx

    d = docx.Document()
    d.add_paragraph("Bảng 1. Kết quả giải quyết hồ sơ")
    table = d.add_table(rows=0, cols=N_COLS)
    for r in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, r):
            first, _, rest = value.partition("\n")
            cell.text = first
            if rest:
                cell.add_paragraph(rest)
    d.save(str(path))
    return path


def timed(rows: list[list[str]], layout: str, rules: RuleSet, reps: int) -> tuple[float, float, int, int]:
    """(read s, check s, findings, judged relations): best of ``reps``."""
    from checker.kinds.table_relations import judged_relations

    best_read = best_check = float("inf")
    findings = judged = 0
    with tempfile.TemporaryDirectory() as d:
        path = as_docx(rows, Path(d) / "t.docx") if layout == "docx" else None
        text = None if path else render(rows, layout)
        for _ in range(reps):
            t0 = time.perf_counter()
            doc = read_path(path) if path else build_document(text)
            models = table_models(doc)
            t1 = time.perf_counter()
            report = run(doc, rules)
            t2 = time.perf_counter()
            best_read, best_check = min(best_read, t1 - t0), min(best_check, t2 - t1)
            findings = len(report.findings)
            judged = len(judged_relations(doc))
            assert len(models) == 1 and models[0].confident, (layout, models[0].reasons if models else None)
    return best_read, best_check, findings, judged


def main() -> int:
    sizes = [int(x) for x in sys.argv[1:]] or [250, 500, 1000]
    rules = RuleSet([r for r in load_ruleset().rules if r.code in TABLE_RULES])
    print(f"{'layout':7} {'rows':>6} {'read s':>8} {'check s':>8} {'ms/row':>7} {'findings':>8} {'judged':>7}")
    worst = 0.0
    for layout in LAYOUTS:
        prev = None
        for n in sizes:
            rows = table_rows(n)
            read, check, found, judged = timed(rows, layout, rules, reps=3 if n <= 500 else 2)
            total = read + check
            growth = "" if prev is None else f"  ×{total / prev[1]:.2f} for ×{n / prev[0]:.1f} rows"
            print(f"{layout:7} {n:>6} {read:>8.3f} {check:>8.3f} {1000 * total / n:>7.2f} {found:>8} {judged:>7}{growth}")
            if prev is not None:
                worst = max(worst, (total / prev[1]) / (n / prev[0]))
            prev = (n, total)
            assert found == 0, f"{layout}: a consistent table of {n} rows flagged"
    print(f"worst growth per doubling of the rows, over linear: {worst:.2f} (1 = linear, 2 = quadratic)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
