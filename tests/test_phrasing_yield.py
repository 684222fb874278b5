"""Yield = output / area (issue 14, AR038 with "năng suất"): a phrasing generator.

Agriculture reports state each crop as a triple, one crop a semicolon clause: "Diện tích cấy
lúa 6.000ha, năng suất đạt 67,0 tạ/ha, sản lượng 40.200 tấn; cây ngô 800ha, năng suất đạt 56,0
tạ/ha, sản lượng 4.480 tấn". The yield is an average per hectare: output / area must be the
yield to the precision written, clause by clause. Consistent triples stay silent; a broken one
fires AR038 (a warning: the link is read from the units) on its line.
"""
from __future__ import annotations

from fractions import Fraction

from hypothesis import given, strategies as st

from _vn import vn

from checker import check_text, load_ruleset

AR038 = load_ruleset().select(["AR038"])
CROPS = ["Diện tích cấy lúa", "cây ngô", "đậu tương", "cây lạc", "khoai lang"]
SHAPES = ["{crop} {A}{sp}ha, năng suất {v}{Y} tạ/ha, sản lượng {O} tấn",
          "{crop} {A}{sp}ha, năng suất bình quân {Y} tạ/ha, sản lượng đạt {O} tấn",
          # a district table written as prose: the unit "tạ/ha" alone says the figure is a yield
          "{crop}: {A}{sp}ha, {Y} tạ/ha, {O} tấn",
          "{crop}: {A}{sp}ha, {Y} tạ/ha ({I}%), {O} tấn"]


def dec1(x: Fraction) -> str:
    q = round(x * 10)
    return f"{vn(q // 10)},{q % 10}"


@st.composite
def crops(draw, broken_index):
    n = draw(st.integers(1, 3))
    clauses, bad = [], None
    names = draw(st.permutations(CROPS))[:n]
    for i, crop in enumerate(names):
        area = draw(st.integers(1, 900)) * 10
        y = Fraction(draw(st.integers(150, 900)), 10)  # 15,0 … 90,0 tạ/ha
        out = area * y / 10  # tấn, one decimal at most (area in tens of ha)
        if broken_index is not None and i == min(broken_index, n - 1):
            out = out * Fraction(115, 100) + 5
            bad = i
        o = vn(int(out)) if out == int(out) else dec1(out)
        clauses.append(draw(st.sampled_from(SHAPES)).format(crop=crop, A=vn(area), sp=draw(st.sampled_from(["", " "])),
                                                             v=draw(st.sampled_from(["", "đạt "])), Y=dec1(y), O=o,
                                                             I=draw(st.sampled_from(["100,46", "99,18", "97"]))))
    return "Trong vụ Xuân: " + "; ".join(clauses) + ".", bad


@given(crops(None))
def test_consistent_triples_stay_silent(case):
    text, _ = case
    assert [f for f in check_text(text).findings if f.severity != "info" and f.category == "arithmetic"] == [], text


@given(st.integers(0, 2).flatmap(crops))
def test_a_broken_triple_fires(case):
    text, bad = case
    assert [f.code for f in check_text(text, AR038).findings if f.severity == "warning"] == ["AR038"], text


# one sentence a season, the paragraph opening on another crop's output: the yield's own sentence
# holds the one area and the one output it divides ("… sản lượng ngô đạt 4,4 triệu tấn. Diện tích
# lúa … 2.952,5 nghìn ha, … năng suất đạt 78,7 tạ/ha, … sản lượng đạt 20,2 triệu tấn")
OPENERS = ["Tổng sản lượng lương thực có hạt đạt {T} nghìn tấn, trong đó sản lượng ngô đạt {C} nghìn tấn. ",
           "Sản lượng ngô đạt {C} nghìn tấn, giảm 4,7 nghìn tấn so với năm trước. ", ""]
SEASON = ["Diện tích gieo trồng lúa {s} ước đạt {A} nghìn ha, giảm 39,8 nghìn ha so với năm trước nhưng do năng suất "
          "đạt {Y} tạ/ha, tăng 1,6 tạ/ha nên sản lượng đạt {O} nghìn tấn, tăng 213,3 nghìn tấn.",
          "Diện tích lúa {s} đạt {A} nghìn ha; năng suất đạt {Y} tạ/ha, tăng 1 tạ/ha; sản lượng đạt {O} nghìn tấn."]


@st.composite
def seasons(draw, broken):
    area = Fraction(draw(st.integers(5_000, 30_000)), 10)  # nghìn ha, one decimal
    y = Fraction(draw(st.integers(450, 800)), 10)
    out = area * y / 10  # nghìn tấn
    if broken:
        out = out * Fraction(draw(st.sampled_from([85, 115, 125])), 100)
    opener = draw(st.sampled_from(OPENERS)).format(T=vn(draw(st.integers(40_000, 48_000))),
                                                  C=vn(draw(st.integers(3_000, 4_500))))
    season = draw(st.sampled_from(SEASON)).format(s=draw(st.sampled_from(["đông xuân", "hè thu", "mùa"])),
                                                  A=dec1(area), Y=dec1(y), O=dec1(out))
    return opener + season


@given(seasons(False))
def test_a_season_after_another_crop_stays_silent(text):
    assert [f for f in check_text(text).findings if f.severity != "info" and f.category == "arithmetic"] == [], text


@given(seasons(True))
def test_a_broken_season_after_another_crop_fires(text):
    assert [f.code for f in check_text(text, AR038).findings if f.severity == "warning"] == ["AR038"], text


def test_a_yield_change_or_two_areas_is_no_yield_relation():
    # "tăng 1,6 tạ/ha" is a change of the yield; a clause with two areas names no one area
    for text in ["Mỹ Lộc: 3.197ha, tăng 1,6 tạ/ha, 18.486 tấn.",
                 "Mỹ Lộc: 3.197ha lúa và 1.200ha ngô, 58,3 tạ/ha, 18.486 tấn.",
                 "Mỹ Lộc: 3.197ha, 58,3 tạ/ha; Vụ Bản: 18.486 tấn."]:
        assert check_text(text, AR038).findings == [], text
