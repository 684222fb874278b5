"""Shares as Vietnamese reports write them (issue 14): a phrasing generator.

Each family composes the sentence from interchangeable parts — the role words (tiếp nhận,
giải quyết, đúng hạn…), the connector to the percentage ("đạt", "chiếm", "tỷ lệ", brackets),
the order (base before or after the part, the percentage before or after its counts), the unit,
number formats (grouped thousands, leading zeros) — and draws figures that are consistent
(silent) or broken beyond rounding (AR003 must fire on the line of the percentage). Bounds and
targets ("dưới 10%", "phấn đấu đạt 95%") are never shares, and changes ("tăng 120 hồ sơ (15%)")
are not either.
"""
from __future__ import annotations

from fractions import Fraction

from hypothesis import given, strategies as st

from _vn import vn

from checker import check_text, load_ruleset

RULES = load_ruleset().select(["AR003"])
UNITS = ["hồ sơ", "TTHC", "đơn vị", "thủ tục", "trường hợp", "kiến nghị"]
PART_ROLES = ["đã giải quyết", "giải quyết đúng hạn", "trả kết quả trước hạn", "tiếp nhận trực tuyến",
              "nộp trực tuyến", "được xử lý đúng hạn"]
BASE_ROLES = ["tiếp nhận", "đến hạn giải quyết", "phải giải quyết", "tổng số", "nhận"]

# (family, template) — {a} part, {b} base, {p} percentage, {u}/{u2} units, {r} part role, {br} base role
FAMILIES = [
    ("base first, ', đạt x%'", "Trong kỳ {br} {b} {u}, {r} {a} {u}, đạt {p}%."),
    ("base first, '(đạt x%)'", "Trong kỳ {br} {b} {u}, {r} {a} {u} (đạt {p}%)."),
    ("base first, '(chiếm x%)'", "Trong kỳ {br} {b} {u}, {r} {a} {u} (chiếm {p}%)."),
    ("base first, ', chiếm tỷ lệ x%'", "Trong kỳ {br} {b} {u}, {r} {a} {u}, chiếm tỷ lệ {p}%."),
    ("base first, '(x%)'", "Trong kỳ {br} {b} {u}, {r} {a} {u} ({p}%)."),
    ("base first, ', tỷ lệ x%'", "Trong kỳ {br} {b} {u}; trong đó {r} {a} {u}, tỷ lệ {p}%."),
    ("base after the share", "Trong kỳ {r} {a} {u} (đạt {p}%), {br} {b} {u}."),
    ("a/b, đạt x%", "Đơn vị {r} {a}/{b} {u}, đạt {p}%."),
    ("a/b (x%)", "Đơn vị {r} {a}/{b} {u} ({p}%)."),
    ("a/b, đạt tỷ lệ x%", "Đơn vị {r} {a}/{b} {u}, đạt tỷ lệ {p}%."),
    ("x% (a/b)", "Tỷ lệ {u} {r} đạt {p}% ({a}/{b} {u})."),
    ("x% … (a/b)", "Có {p}% {u} ({a}/{b}) được xử lý."),
    ("a trên tổng số b, đạt x%", "Số {u} {r} là {a} {u} trên tổng số {b} {u}, đạt {p}%."),
    ("x% … (a trên tổng số b)", "{p}% {u} {r} ({a} trên tổng số {b} {u})."),
    ("label before the number", "Tổng số {br} {b} {u}, trong đó nộp trực tuyến {a} {u}, chiếm {p}%."),
    ("bare figures after 'là'", "Tổng số {u} {br} là {b}; số {u} {r} là {a}, chiếm {p}%."),
    ("a u/b u, đạt x%", "Đơn vị {r} {a} {u}/{b} {u}, đạt {p}%."),
    ("a u/b u (x%)", "Đơn vị {r} {a} {u}/{b} {u} ({p}%)."),
    ("a u chiếm x% (no comma)", "Trong kỳ {br} {b} {u}, {r} {a} {u} chiếm {p}%."),
    ("a u đạt tỷ lệ x% (no comma)", "Trong kỳ {br} {b} {u}, {r} {a} {u} đạt tỷ lệ {p}%."),
]




def pct_text(value: Fraction, decimals: int) -> str:
    q = round(value * 10 ** decimals)
    whole, frac = divmod(q, 10 ** decimals)
    return f"{whole},{frac:0{decimals}d}" if decimals else str(whole)


@st.composite
def share_case(draw, family: str, template: str, broken: bool):
    b = draw(st.integers(20, 2_000_000))
    a = draw(st.integers(1, b))
    decimals = draw(st.sampled_from([0, 1, 2]))
    true = Fraction(100 * a, b)
    if broken:
        # beyond rounding and beyond the 3 % of a hedged figure: at least 2 points and 10 % off
        shift = max(Fraction(2), true / 10) * draw(st.sampled_from([1, -1]))
        shown = true + shift
        if shown <= 0 or shown > 100:
            shown = true - shift if 0 < true - shift <= 100 else true / 2
    else:
        shown = true
    lead = draw(st.booleans())
    text = template.format(a=vn(a, lead), b=vn(b), p=pct_text(shown, decimals), u=draw(st.sampled_from(UNITS)),
                           r=draw(st.sampled_from(PART_ROLES)), br=draw(st.sampled_from(BASE_ROLES)))
    head_lines = draw(st.integers(0, 2))
    head = "".join(f"Nội dung mở đầu số {i + 1}.\n\n" for i in range(head_lines))
    return head + text, 2 * head_lines + 1


def _flagged(text):
    return [(f.code, f.span.line) for f in check_text(text, RULES).findings if f.severity != "info"]


@given(st.sampled_from(FAMILIES).flatmap(lambda fam: share_case(fam[0], fam[1], broken=False)))
def test_consistent_shares_stay_silent_in_every_family(case):
    text, _ = case
    assert _flagged(text) == [], text


@given(st.sampled_from(FAMILIES).flatmap(lambda fam: share_case(fam[0], fam[1], broken=True)))
def test_broken_shares_fire_on_their_line_in_every_family(case):
    text, line = case
    found = _flagged(text)
    assert ("AR003", line) in found, text


BOUNDS = ["{p}% so với kế hoạch", "{p}% kế hoạch năm", "{p}% dự toán", "{p}% so với cùng kỳ", "dưới {p}%", "trên {p}%", "tối thiểu {p}%", "không quá {p}%", "phấn đấu đạt {p}%",
          "chỉ tiêu {p}%", "theo kế hoạch là {p}%", "mục tiêu đạt {p}%"]


@given(st.integers(2, 99), st.integers(1, 60), st.sampled_from(BOUNDS), st.sampled_from(UNITS))
def test_bounds_and_targets_are_not_shares(n, p, bound, unit):
    text = f"Có {n}/{n} {unit} đạt tỷ lệ {bound.format(p=p)}."
    assert _flagged(text) == [], text
    text = f"Tiếp nhận {n * 7} {unit}, đã giải quyết {n} {unit}, {bound.format(p=p)}."
    assert _flagged(text) == [], text


@given(st.integers(2, 5000), st.integers(1, 60), st.sampled_from(["tăng", "giảm"]), st.sampled_from(UNITS))
def test_a_change_with_its_rate_is_not_a_share(n, p, verb, unit):
    text = f"Tiếp nhận {n * 9} {unit}, {verb} {n} {unit} ({p}%) so với cùng kỳ."
    assert _flagged(text) == [], text
