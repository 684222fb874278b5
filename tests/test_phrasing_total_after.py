"""A total written after its parts (issue 14): what the words after the parts say it is.

"…, 250 hồ sơ trực tiếp, tổng số 1.270 hồ sơ" and "(tổng số hồ sơ tiếp nhận là 1.270)" make the
parts' sum; "có thêm 5 xã …, nâng tổng số xã đạt chuẩn lên 85 xã" is a stock the parts raised
(the stock before them plus them: only parts above it are wrong); "tổng số hồ sơ giải quyết đúng
hạn 1.200" after parts of "tiếp nhận" names another measure; "trên tổng số 2.000 hộ" is a base;
"120 hộ nghèo, 80 hộ cận nghèo, tổng số hộ 2.000 hộ" is the population two classes are drawn
from; "tổng số hộ nghèo là …; tổng số hộ cận nghèo là …" labels each figure alike.
"""
from __future__ import annotations

from hypothesis import given, strategies as st

from _vn import vn

from checker import check_text, load_ruleset

RULES = load_ruleset().select(["AR001", "AR002"])
UNITS = ["hồ sơ", "xã", "hợp tác xã", "giấy phép", "đảng viên", "tỷ đồng"]
# increments, then the stock they raised
CUMULATIVE = [
    "Trong năm có thêm {a} {u} mới và {b} {u} chuyển đến, nâng tổng số lên {T} {u}.",
    "Trong kỳ công nhận {a} {u} ở khu vực I, {b} {u} ở khu vực II, nâng tổng số {u} lên {T} {u}.",
    "Năm 2023, phát triển mới {a} {u} tại thành thị và {b} {u} tại nông thôn, đưa tổng số {u} trên địa bàn lên {T} {u}.",
    "Cấp mới {a} {u} cho tổ chức, {b} {u} cho cá nhân, nâng tổng số {u} đã cấp lên {T} {u}.",
]
# parts, then their sum
SUM_AFTER = [
    "Trong kỳ tiếp nhận {a} {u} trực tuyến và {b} {u} trực tiếp, tổng số {T} {u}.",
    "Trong kỳ tiếp nhận {a} {u} trực tuyến và {b} {u} trực tiếp (tổng số {T} {u}).",
    "Cấp tỉnh tiếp nhận {a} {u}, cấp huyện tiếp nhận {b} {u}; tổng số {u} tiếp nhận là {T} {u}.",
    "Khu vực thành thị có {a} {u}, khu vực nông thôn có {b} {u}, tổng số {u} toàn tỉnh {T} {u}.",
]


@st.composite
def case(draw, templates, broken: bool, stock: bool):
    a, b = draw(st.integers(1, 90_000)), draw(st.integers(1, 90_000))
    unit = draw(st.sampled_from(UNITS))
    if stock:
        # a stock is the parts and what there was before them; broken: the parts exceed it
        total = a + b + draw(st.integers(0, 200_000))
        if broken:
            total = a + b - max(3, (a + b) // draw(st.integers(3, 30)))
            if total < 1:
                a, b = a + 10, b + 10
                total = a + b - 5
    else:
        total = a + b
        if broken:
            total += draw(st.sampled_from([1, -1])) * max(10, total // draw(st.integers(5, 50)))
            if total <= max(a, b):
                total = a + b + max(10, (a + b) // 10)
    return draw(st.sampled_from(templates)).format(a=vn(a), b=vn(b), T=vn(total), u=unit)


def _flagged(text):
    return [(f.code, f.span.line) for f in check_text(text, RULES).findings if f.severity != "info"]


def _all(text):
    return [f.code for f in check_text(text, RULES).findings]


@given(case(CUMULATIVE, broken=False, stock=True))
def test_a_stock_the_parts_raised_holds_more_than_them(text):
    assert _all(text) == [], text


@given(case(CUMULATIVE, broken=True, stock=True))
def test_parts_above_the_stock_they_raised_fire(text):
    assert ("AR001", 1) in _flagged(text), text


@given(case(SUM_AFTER, broken=False, stock=False))
def test_a_sum_after_its_parts_stays_silent_when_it_holds(text):
    assert _flagged(text) == [], text


@given(case(SUM_AFTER, broken=True, stock=False))
def test_a_sum_after_its_parts_fires_when_broken(text):
    assert ("AR001", 1) in _flagged(text), text


@given(st.integers(100, 5000), st.integers(100, 5000), st.integers(100, 20000))
def test_a_total_naming_another_measure_is_not_the_parts_sum(a, b, total):
    text = f"Tiếp nhận {vn(a)} hồ sơ trực tuyến và {vn(b)} hồ sơ trực tiếp, tổng số hồ sơ giải quyết đúng hạn là {vn(total)} hồ sơ."
    assert _flagged(text) == [], text


@given(st.integers(10, 900), st.integers(10, 900), st.integers(1000, 20000),
       st.sampled_from(["trên tổng số", "so với tổng số", "của tổng số"]))
def test_a_base_after_the_parts_is_no_total(a, b, total, link):
    text = f"Có {vn(a)} hộ nghèo và {vn(b)} hộ chính sách {link} {vn(total)} hộ."
    assert _flagged(text) == [], text


@given(st.integers(10, 900), st.integers(10, 900), st.integers(1000, 20000))
def test_a_class_and_its_sibling_before_the_population_are_not_its_parts(a, b, total):
    text = f"Toàn xã có {vn(a)} hộ nghèo, {vn(b)} hộ cận nghèo, tổng số hộ {vn(total)} hộ."
    assert _flagged(text) == [], text
    # but named as their sum, it is one
    text = f"Toàn xã có {vn(a)} hộ nghèo, {vn(b)} hộ cận nghèo, tổng số hộ nghèo và cận nghèo {vn(a + b + 7)} hộ."
    assert ("AR001", 1) in _flagged(text), text


@given(st.integers(1000, 90_000), st.integers(100, 9000), st.integers(100, 9000))
def test_the_same_label_before_each_figure_is_no_total_after(whole, a, b):
    text = (f"Tổng số hộ nghèo và cận nghèo là {vn(whole)} hộ; tổng số hộ nghèo là {vn(a)} hộ, "
            f"tổng số hộ cận nghèo là {vn(b)} hộ.")
    assert _flagged(text) == [], text
