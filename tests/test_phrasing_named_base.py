"""A part's share of a base named in words, and the wholes around it (issue 14): a generator.

Poverty reviews write "Hộ nghèo có 10.689 hộ, chiếm 3,20% so với tổng số hộ toàn tỉnh (tăng 137
hộ so với đầu năm, chiếm tỷ lệ 0,04%), trong đó có 3.373 hộ nghèo vùng đồng bào dân tộc (chiếm
13,13% so với tổng số hộ nghèo DTTS và chiếm 31,56% so với tổng số hộ nghèo toàn tỉnh); hộ cận
nghèo có 14.994 hộ, …". Read: the total's own share and its bracket stand between it and
"trong đó" (the list is still its breakdown); the share named "tổng số hộ nghèo toàn tỉnh" is
of the total the part breaks down, whose label is that name (AR003, a warning); the other share
names a base not stated (silent); "hộ cận nghèo có 14.994 hộ" after the semicolon is another
whole beside the total, never one of its parts (no AR001).
"""
from __future__ import annotations

from fractions import Fraction

from hypothesis import given, strategies as st

from _vn import vn, vn_dec

from checker import check_text, load_ruleset
from checker.kinds._arith import fmt_vn

RULES = load_ruleset().select(["AR001", "AR002", "AR003"])
GROUPS = [("hộ nghèo", "hộ cận nghèo", "hộ"), ("hộ cận nghèo", "hộ nghèo", "hộ")]
PLACES = ["toàn tỉnh", "toàn huyện", "của tỉnh"]


def dec2(x: Fraction) -> str:
    return vn_dec(x, 2)


@st.composite
def poverty(draw, broken: bool):
    group, other, noun = draw(st.sampled_from(GROUPS))
    total = draw(st.integers(2_000, 40_000))
    part = draw(st.integers(100, total - 100))
    share = Fraction(100 * part, total)
    if broken:
        share = share + 5 if share < 80 else share - 5
    own = draw(st.sampled_from(["", ", chiếm 3,20% so với tổng số hộ toàn tỉnh",
                                ", chiếm 3,20% so với tổng số hộ toàn tỉnh (tăng 137 hộ so với đầu năm, chiếm tỷ lệ 0,04%)"]))
    place = draw(st.sampled_from(PLACES))
    shares = draw(st.sampled_from([
        f"(chiếm {dec2(share)}% so với tổng số {group} {place})",
        f"(chiếm 13,13% so với tổng số {group} DTTS và chiếm {dec2(share)}% so với tổng số {group} {place})",
        f"(chiếm 13,13% so với tổng số {group} DTTS, chiếm {dec2(share)}% so với tổng số {group} {place})"]))
    sibling = draw(st.sampled_from(["", f"; {other} có {vn(draw(st.integers(100, 90_000)))} {noun}"]))
    return (f"{group[0].upper()}{group[1:]} có {vn(total)} {noun}{own}, trong đó có {vn(part)} {group} vùng đồng bào "
            f"dân tộc {shares}{sibling}.")


def _loud(text):
    return [(f.code, f.severity) for f in check_text(text, RULES).findings if f.severity != "info"]


@given(poverty(False))
def test_consistent_named_shares_stay_silent(text):
    assert _loud(text) == [], text


@given(poverty(True))
def test_a_broken_named_share_is_a_warning(text):
    assert _loud(text) == [("AR003", "warning")], text


def test_a_name_that_is_not_the_total_label_stays_silent():
    # the base named is the households of ethnic minorities, not stated anywhere
    text = ("Hộ nghèo có 10.689 hộ, trong đó có 3.373 hộ nghèo vùng đồng bào dân tộc (chiếm 50,00% so với tổng số "
            "hộ nghèo DTTS).")
    assert _loud(text) == [], text


@given(st.integers(2_000, 20_000), st.integers(5_000, 40_000), st.integers(10, 60), st.integers(10, 60), st.booleans())
def test_a_named_base_counts_what_its_name_says(poor, near, k1, k2, broken):
    """"toàn tỉnh còn 6.323 hộ nghèo …; 15.173 hộ cận nghèo …; trong đó, hộ nghèo vùng đồng bào
    dân tộc thiểu số có 1.705 hộ, chiếm 6,96% so với tổng số hộ đồng bào dân tộc thiểu số và chiếm
    26,97% so với tổng số hộ nghèo toàn tỉnh; hộ cận nghèo có 3.139 hộ, chiếm … và chiếm 20,69% so
    với tổng số hộ cận nghèo toàn tỉnh": the first share's base is not written (silent), the second
    is 6.323, the fourth 15.173 — never the province's poor for the near-poor."""
    a, b = poor * k1 // 100, near * k2 // 100
    pa, pb = Fraction(100 * a, poor), Fraction(100 * b, near)
    shown_b = pb + (max(2, pb / 5) if broken else 0)
    f = lambda x: fmt_vn(x, 2)
    text = (f"Đến đầu năm 2020, toàn tỉnh còn {vn(poor)} hộ nghèo, chiếm 1,92%; {vn(near)} hộ cận nghèo, chiếm 4,61%; "
            f"trong đó, hộ nghèo vùng đồng bào dân tộc thiểu số có {vn(a)} hộ, chiếm 6,96% so với tổng số hộ đồng bào dân "
            f"tộc thiểu số và chiếm {f(pa)}% so với tổng số hộ nghèo toàn tỉnh; hộ cận nghèo có {vn(b)} hộ, chiếm 12,82% so "
            f"với tổng số hộ đồng bào dân tộc thiểu số và chiếm {f(shown_b)}% so với tổng số hộ cận nghèo toàn tỉnh.")
    loud = [fd for fd in check_text(text).findings if fd.code == "AR003" and fd.severity != "info"]
    if broken:
        assert len(loud) == 1 and vn(near) in loud[0].message, (text, [x.message for x in loud])
    else:
        assert loud == [], (text, [x.message for x in loud])
