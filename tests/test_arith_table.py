"""Table totals (pipe and tab tables cannot carry line annotations, so they are tested here)."""
from __future__ import annotations

from checker import load_ruleset
from checker.engine import run
from checker.extract import build_document
from checker.ruleset import RuleSet

RULES = RuleSet([r for r in load_ruleset().rules if r.code == "AR007"])

OK = """Đơn vị sự nghiệp\tTổng số\tLoại A\tLoại B\tLoại C
Nghị định số 141/2016/NĐ-CP\t53\t04\t25\t24

Nghị định số 54/2016/NĐ-CP\t03\t01\t02\t
Nghị định số 43/2006/NĐ-CP\t611\t\t10\t601
Tổng cộng\t667\t05\t37\t625
"""


def lines(text):
    return sorted((f.span.line, f.severity) for f in run(build_document(text), RULES).findings)


def test_consistent_table_with_empty_cells_and_stray_blank_line_is_silent():
    assert lines(OK) == []


def test_wrong_total_row_cell():
    bad = OK.replace("Tổng cộng\t667\t05\t37\t625", "Tổng cộng\t667\t05\t38\t625")
    found = run(build_document(bad), RULES).findings
    # the row total (667 ≠ 05 + 38 + 625) and the column (38 ≠ 25 + 02 + 10)
    assert sorted(f.span.line for f in found) == [6, 6]
    assert any("25 + 02 + 10 = 37" in f.message for f in found)


def test_wrong_row_total():
    bad = OK.replace("53\t04\t25\t24", "53\t04\t25\t25")
    found = run(build_document(bad), RULES).findings
    assert [(f.span.line, f.data["computed"]) for f in found] == [(2, "54"), (6, "626")]


def test_grouped_rows_use_group_subtotals():
    text = """| Chỉ tiêu | Số lượng |
|---|---|
| I. Cấp tỉnh | 30 |
| 1. Sở A | 10 |
| 2. Sở B | 20 |
| II. Cấp huyện | 15 |
| 1. Huyện C | 15 |
| Tổng cộng | 45 |
"""
    assert lines(text) == []
    assert lines(text.replace("| 2. Sở B | 20 |", "| 2. Sở B | 21 |")) == [(3, "error")]


def test_appendix_table_after_the_signature_is_checked():
    # an appendix after Nơi nhận and the signer is read as usual (it used to be swallowed
    # by the signature block): its table totals are checked
    from pathlib import Path

    sample = (Path(__file__).resolve().parent.parent / "samples" / "phu-luc-sau-chu-ky.md").read_text(encoding="utf-8")
    assert lines(sample) == []
    bad = sample.replace("| Tổng cộng | 12.480 | 8.100 | 4.380 |", "| Tổng cộng | 12.480 | 8.100 | 4.480 |")
    doc = build_document(bad)
    kinds = [b.kind for b in doc.blocks]
    assert kinds.index("signature") < kinds.index("table")
    total_line = bad.splitlines().index("| Tổng cộng | 12.480 | 8.100 | 4.480 |") + 1
    assert [ln for ln, _ in lines(bad)] == [total_line]  # 3.100 + 1.280 = 4.380, not 4.480


def test_signature_block_is_the_signer_lines_only():
    doc = build_document("Nơi nhận:\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nNguyễn Văn A\n\n"
                         "PHỤ LỤC\nTổng số 10 hồ sơ, gồm 4 hồ sơ và 5 hồ sơ.\n")
    sig = next(b for b in doc.blocks if b.kind == "signature")
    assert sig.text.splitlines()[0] == "KT. GIÁM ĐỐC" and sig.text.rstrip().endswith("Nguyễn Văn A")
    assert [b.kind for b in doc.blocks if b.start > sig.end] == ["paragraph"]
