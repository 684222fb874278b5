"""The trade balance (issue 14, AR042): a phrasing generator.

Foreign-trade releases state exports, imports and the balance: "Thái Nguyên xuất siêu 10,73 tỷ
USD. Trong đó, kim ngạch xuất khẩu đạt 26,6 tỷ USD và kim ngạch nhập khẩu đạt 15,87 tỷ USD";
"… xuất khẩu đạt 312,82 tỷ USD, tăng 15,9% và … nhập khẩu đạt 303,42 tỷ USD … Như vậy, cán cân
thương mại … xuất siêu 9,4 tỷ USD". Exports − imports is the surplus (xuất siêu) or, the other
way, the deficit (nhập siêu). Consistent figures stay silent; a balance off beyond rounding fires
AR042 (a warning: the amounts are tied by their cue words).
"""
from __future__ import annotations

from hypothesis import given, strategies as st

from _vn import vn

from checker import check_text, load_ruleset

AR042 = load_ruleset().select(["AR042"])


def dec2(hundredths: int) -> str:
    return f"{vn(hundredths // 100)},{hundredths % 100:02d}"


@st.composite
def trade(draw, broken: bool):
    x = draw(st.integers(1_000, 90_000))
    m = draw(st.integers(1_000, 90_000))
    if abs(x - m) < 50:
        m = x + 500
    d = abs(x - m)
    if broken:
        d += draw(st.sampled_from([-1, 1])) * max(30, d // 5)
        d = abs(d) or 40
    word = "xuất siêu" if x > m else "nhập siêu"
    u = draw(st.sampled_from(["tỷ USD", "triệu USD"]))
    kn = draw(st.sampled_from(["kim ngạch ", ""]))
    ch1 = draw(st.sampled_from(["", ", tăng 15,9%", ", giảm 2,1% so với cùng kỳ"]))
    ch2 = draw(st.sampled_from(["", ", tăng 12,2%", ", tăng 3% so với cùng kỳ năm trước"]))
    flows = f"{kn}xuất khẩu đạt {dec2(x)} {u}{ch1} và {kn}nhập khẩu đạt {dec2(m)} {u}{ch2}"
    place = draw(st.sampled_from(["Tỉnh", "Thái Nguyên", "Cả nước"]))
    shape = draw(st.integers(0, 2))
    if shape == 0:
        joint = draw(st.sampled_from([". Trong đó, ", ". Cụ thể, ", ", trong đó "]))
        return f"{place} {word} {dec2(d)} {u}{joint}{flows}."
    sep = " " if shape == 1 else "\n\n"
    return f"Tính chung 10 tháng, {flows}.{sep}Như vậy, cán cân thương mại hàng hóa 10 tháng ước tính {word} {dec2(d)} {u}."


@given(trade(False))
def test_a_consistent_balance_stays_silent(text):
    assert [f for f in check_text(text).findings if f.category == "arithmetic" and f.severity != "info"] == [], text


@given(trade(True))
def test_a_broken_balance_fires(text):
    assert [(f.code, f.severity) for f in check_text(text, AR042).findings] == [("AR042", "warning")], text


@given(st.integers(1_000, 90_000), st.integers(1_000, 90_000), st.integers(1, 90_000), st.booleans(),
       st.sampled_from(["(cùng kỳ 2022 xuất siêu {e} triệu USD)", "(cùng kỳ năm trước xuất siêu {e} triệu USD)",
                        "(cùng kỳ: xuất siêu {e} triệu USD)"]))
def test_the_balance_of_an_earlier_period_in_a_bracket_is_another_value(exp, imp, earlier, broken, bracket):
    """"Cán cân thương mại 9 tháng của tỉnh đạt xuất siêu 36,4 triệu USD (cùng kỳ 2022 xuất siêu
    41,3 triệu USD)": the bracket's surplus is of last year, not a second value of this one."""
    if exp <= imp:
        exp, imp = imp + 1, exp
    surplus = exp - imp + (max(100, (exp - imp) // 5) if broken else 0)
    text = (f"9 tháng đầu năm 2023, xuất khẩu đạt {vn(exp // 10)},{exp % 10} triệu USD; nhập khẩu đạt "
            f"{vn(imp // 10)},{imp % 10} triệu USD. Cán cân thương mại 9 tháng của tỉnh đạt xuất siêu "
            f"{vn(surplus // 10)},{surplus % 10} triệu USD "
            + bracket.format(e=f"{vn(earlier // 10)},{earlier % 10}") + ".")
    found = [f.code for f in check_text(text, AR042).findings]
    assert found == (["AR042"] if broken else []), text
