"""Hostile text: no hang and no crash, whatever the text (the reproducers of ../shared/hostile,
generated here: CI may not have ../shared).

Each shape is checked by the whole rule set for its outcome (no internal error CK000, the
findings a real defect beside it must still give) and for a work bound that can fail:

* the number of Python calls the check makes, at n and 4n (deterministic: a linear check makes
  about 4x as many, the quadratic breakdown judging made 16x);
* for the shapes whose cost was inside the regex engine (which makes no Python call), the time
  at n and 8n, measured in a child process: linear is ~8x, the old patterns were 64x to 4096x,
  and a regression that hangs fails on the child's timeout instead of hanging the suite.
"""
from __future__ import annotations

import json
import subprocess
import sys
import time
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from checker.engine import run
from checker.extract import build_document
from checker.extract.number_tokens import MAX_FIGURE_DIGITS, figure_digits
from checker.kinds._arith import fmt_vn
from checker.ruleset import load_ruleset

# a real defect after each hostile paragraph: a hostile part must not hide the findings of the rest
DEFECT = "\n\nTổng 10 hồ sơ, gồm 4 hồ sơ và 5 hồ sơ.\n"
BIG = "5" + "0" * 30  # 31 digits: Decimal's default 28-digit context raised InvalidOperation on it


def colon_letters(n: int) -> str:
    # redos-colon-*.txt: a number, then a run of letters with no colon after it
    return "Báo cáo: có 10 " + "x" * n + ", hết." + DEFECT


def nul_letters(n: int) -> str:
    # hang-fuzz-nul-0009.txt: a number, letter runs around NUL bytes, a colon and a cue later
    return "Kết quả: 42584730 " + "x" * n + "\x00" * 4 + "x" * n + ", trong đó: hết." + DEFECT


def share_spaces(n: int) -> str:
    # identity share_link: a count, a long run of spaces, a percentage (25 s on 500 spaces)
    # ("-" makes the link fail at its end; "!" would end the sentence before the percentage)
    return "Tiếp nhận 10 hồ sơ" + " " * n + "- đạt 5%." + DEFECT


def count_letters(n: int) -> str:
    # ratio count_link: a count, a long run of letters, a percentage
    return "Đã giải quyết 10 " + "x" * n + "- đạt 5%." + DEFECT


def tong_gom_va(n: int) -> str:
    # quad-breakdown-*.txt, longline-126KB-breakdown-hang.txt: one sentence of n relations
    return "tổng 10 gồm 4 và 5 " * n + DEFECT


def nested_parens(n: int) -> str:
    # nested-parens-100KB-hang.txt
    return "Tổng 10 hồ sơ " + "(gồm 5 " * n + ")" * n + DEFECT


def huge_figures(n: int) -> str:
    # decimal-*.txt, n times in one paragraph: sums, shares and fractions of 29+ digit figures
    unit = (f"Tổng 10 hồ sơ, gồm 4 hồ sơ và {BIG} hồ sơ, đạt 9{'9' * 29}% (677/2{'2' * 35} hồ sơ), "
            f"tăng 1{'1' * 39}% so với cùng kỳ 18%; ")
    return unit * n + DEFECT


def long_figure(n: int) -> str:
    # one figure of n digits: converting it to a Fraction is quadratic (30 s at 10**6 digits)
    return f"Tổng 1{'0' * n} hồ sơ, gồm 4 hồ sơ và 5 hồ sơ." + DEFECT


_HEADER = "UBND TỈNH X\nSỞ NỘI VỤ\n\nSố: 1/BC-SNV\n\nBÁO CÁO\nKết quả\n\n"


def heading_spaces(n: int) -> str:
    # a heading with a long run of spaces (profiles.normalise, outside this change: see below)
    return "BÁO CÁO\n\nI. Kết quả" + " " * n + "x\n\nNội dung." + DEFECT


def signature_spaces(n: int) -> str:
    # a long blank line under the signer's title (the nd30 profile's name pattern, ditto)
    return _HEADER + "Nội dung." + DEFECT + "\nNơi nhận:\n- Như trên;\n\nGIÁM ĐỐC\n\n" + " " * n + "!\n"


SHAPES = {f.__name__: f for f in (colon_letters, nul_letters, share_spaces, count_letters, tong_gom_va,
                                   nested_parens, huge_figures, long_figure, heading_spaces, signature_spaces)}


@pytest.fixture(scope="module")
def rules():
    return load_ruleset()


def check(rules, text: str):
    return run(build_document(text), rules)


def python_calls(rules, text: str) -> int:
    """Python function calls made by checking ``text`` (the rule set's caches warmed first)."""
    doc = build_document(text)
    count = 0

    def profile(frame, event, arg):
        nonlocal count
        if event == "call":
            count += 1

    sys.setprofile(profile)
    try:
        run(doc, rules)
    finally:
        sys.setprofile(None)
    return count


# ----------------------------------------------------------------------------- outcomes
@pytest.mark.parametrize("shape,n", [
    ("colon_letters", 400), ("nul_letters", 7000), ("share_spaces", 2000), ("count_letters", 2000),
    ("tong_gom_va", 500), ("nested_parens", 2000), ("huge_figures", 20), ("long_figure", 5000),
])
def test_no_internal_error_and_the_defect_is_found(rules, shape, n):
    text = SHAPES[shape](n)
    report = check(rules, text)
    assert not report.internal_errors
    assert not [f for f in report.findings if f.code == "CK000"]
    defect_line = text[:text.rindex(DEFECT.strip())].count("\n") + 1
    assert ("AR001", defect_line) in {(f.code, f.span.line) for f in report.findings}, \
        "the defect after the hostile paragraph is not found"


def test_a_long_sentence_of_relations_is_still_judged(rules):
    # every relation of a one-line list is a mismatch; the last ones (at most MAX_PARTS parts)
    # are judged, the others are longer lists than a report writes and are not
    from checker.kinds.breakdown import MAX_PARTS

    report = check(rules, tong_gom_va(1000))
    on_line_1 = [f for f in report.findings if f.code == "AR001" and f.span.line == 1]
    assert on_line_1 and all(f.severity == "error" for f in on_line_1)
    assert len(on_line_1) <= MAX_PARTS


def test_29_digit_figure_hides_no_other_finding(rules):
    # decimal-masks-other.txt: the rule used to crash on line 1 and lose line 2's finding
    text = f"Tổng 10 hồ sơ, gồm 4 hồ sơ và {BIG} hồ sơ.\nTổng 10 hồ sơ, gồm 4 hồ sơ và 5 hồ sơ.\n"
    report = check(rules, text)
    assert not report.internal_errors
    assert [(f.code, f.span.line) for f in report.findings] == [("AR001", 2)]


def test_figure_at_the_bound_is_judged_exactly(rules):
    # decimal-28digits-ok.txt: 28 digits is in range, and its sum is printed exactly
    report = check(rules, "Tổng 10 hồ sơ, gồm 4 hồ sơ và 5" + "0" * 27 + " hồ sơ.\n")
    (finding,) = report.findings
    assert finding.code == "AR001"
    assert "5.000.000.000.000.000.000.000.000.004" in finding.message


@pytest.mark.parametrize("digits", [29, 60, 5000])
@pytest.mark.parametrize("template", [
    "Tổng {x} hồ sơ, gồm 4 hồ sơ và 5 hồ sơ.",
    "Tổng 10 hồ sơ, gồm 4,{x} hồ sơ và 5 hồ sơ.",
    "Đã giải quyết {x} hồ sơ, đạt 93,54% (677/{x} hồ sơ).",
    "Có 677/{x} hồ sơ, đạt tỷ lệ 3%. Đạt 93,54% trên tổng số {x} hồ sơ.",
    "Tiếp nhận {x} hồ sơ; đã giải quyết 5 hồ sơ (chiếm 50%), đang giải quyết 5 hồ sơ.",
    "Tỷ lệ đạt 30,73%, tăng {x}% so với cùng kỳ 18%. Đạt {x}% tăng 1% so với cùng kỳ 2%.",
    "Chi ngân sách tháng Ba ước đạt {x} tỷ đồng, tổng chi ngân sách quý 1 ước đạt 28.000 tỷ đồng.",
    "Thu {x} nghìn tỷ đồng, chi 222.000 tỷ đồng, vay 3 nghìn tỷ đồng.",
    "Tổng thu 100 tỷ đồng, bằng 0,{x}% dự toán. Trong số trên, riêng thuế {x} tỷ đồng, phí 3 tỷ đồng.",
    "Nâng tổng số TTHC của tỉnh hiện có là {x} TTHC. Tỉnh có 2.033 TTHC.",
    "| Đơn vị | Tổng số | A | B |\n|---|---|---|---|\n| X | {x} | 3 | 4 |\n| Y | 7 | 3 | 4 |\n| Tổng cộng | {x} | 6 | 8 |\n",
])
def test_no_rule_crashes_on_a_figure_of_any_size(rules, template, digits):
    report = check(rules, template.format(x="9" * digits) + DEFECT)
    assert not report.internal_errors, report.internal_errors
    assert "AR001" in {f.code for f in report.findings}


def test_figure_digits_and_the_bound():
    assert figure_digits(Decimal("1234"), 0) == 4
    assert figure_digits(Decimal("30.73"), 2) == 4
    assert figure_digits(Decimal("0.05"), 2) == 3
    assert figure_digits(Decimal("0"), 0) == 1
    assert figure_digits(Decimal("5" + "0" * 27), 0) == MAX_FIGURE_DIGITS
    assert figure_digits(Decimal(BIG), 0) == 31 > MAX_FIGURE_DIGITS


@pytest.mark.parametrize("value,decimals,text", [
    (Fraction(1, 8), 2, "0,12"),  # half to even, as Decimal.quantize
    (Fraction(3, 8), 2, "0,38"),
    (Decimal("2.5"), 0, "2"),
    (Decimal("-0.001"), 2, "0,00"),
    (Decimal("1234567.5"), None, "1.234.567,5"),
    (Decimal(BIG), None, "5" + ".000" * 10),
    (Fraction(10 ** 40 + 1, 3), 2, "3.333.333.333.333.333.333.333.333.333.333.333.333.333,67"),
])
def test_fmt_vn_is_exact_at_any_size(value, decimals, text):
    assert fmt_vn(value, decimals) == text


def test_fmt_vn_past_the_int_str_limit():
    # str(int) refuses more than 4,300 digits; the formatter must not
    text = fmt_vn(Fraction(10 ** 5000), 0)
    assert text.replace(".", "") == "1" + "0" * 5000
    assert text.startswith("100.000.") and set(map(len, text.split("."))) == {3}


# ----------------------------------------------------------------------------- work bounds
@pytest.mark.parametrize("shape,n", [
    ("tong_gom_va", 250), ("nested_parens", 500), ("huge_figures", 10), ("colon_letters", 2000),
])
def test_python_work_grows_linearly(rules, shape, n):
    make = SHAPES[shape]
    check(rules, make(n))  # warm the rule set's caches (the intervals of repeated figures)
    small, large = python_calls(rules, make(n)), python_calls(rules, make(4 * n))
    # linear: about 4x (less, where repeated figures hit the caches); the quadratic judging: 16x
    assert large <= 6 * small + 2000, f"{shape}: {small} calls at n={n}, {large} at 4n"


def _clear_checker_caches() -> None:
    """Empty the lru_caches of the checker's functions (a repeated run of one text would hit them)."""
    for name, mod in list(sys.modules.items()):
        if name.startswith("checker") and mod is not None:
            for value in list(vars(mod).values()):
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


def _times(shape: str, sizes: list[int]) -> list[float]:
    """Best of three cold check times of the shape at each size (run by the child process)."""
    rules = load_ruleset()
    make = SHAPES[shape]
    check(rules, make(sizes[0]))  # warm up: imports, the rule set's compiled patterns
    out = []
    for n in sizes:
        text = make(n)
        best = float("inf")
        for _ in range(3):
            _clear_checker_caches()
            t0 = time.perf_counter()
            check(rules, text)
            best = min(best, time.perf_counter() - t0)
        out.append(best)
    return out


GROWTH = 8
FLOOR = 0.05  # a large run faster than this is linear enough whatever its ratio
HANG_GUARD = 300  # seconds for the child; the old patterns needed hours at these sizes


@pytest.mark.parametrize("shape,n", [
    ("colon_letters", 2000), ("nul_letters", 2000), ("share_spaces", 4000), ("count_letters", 4000),
    ("long_figure", 50_000),
])
def test_regex_and_conversion_work_grows_linearly(shape, n):
    code = (f"import sys, json; sys.path.insert(0, {str(Path(__file__).parent)!r}); "
            f"import test_hostile_text as t; print(json.dumps(t._times({shape!r}, [{n}, {n * GROWTH}])))")
    try:
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=HANG_GUARD,
                              cwd=Path(__file__).resolve().parent.parent)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{shape}: no result in {HANG_GUARD} s at n={n * GROWTH}: the work is not bounded")
    assert proc.returncode == 0, proc.stderr[-2000:]
    small, large = json.loads(proc.stdout.strip().splitlines()[-1])
    # linear is ~8x; quadratic 64x, the old backtracking patterns 512x and more
    assert large < FLOOR or large <= 3 * GROWTH * max(small, 1e-3), \
        f"{shape}: {small * 1000:.1f} ms at n={n}, {large * 1000:.1f} ms at {GROWTH}n"


# once quadratic through the outline profiles (a heading's long run of spaces in normalise_title;
# a long blank line under the signer's title in nd30-bao-cao.toml nguoi-ky-ho-ten.present)
@pytest.mark.parametrize("shape,n", [("heading_spaces", 2000), ("signature_spaces", 2000)])
def test_profile_patterns_grow_linearly(shape, n):
    test_regex_and_conversion_work_grows_linearly(shape, n)
