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
          "{crop} {A}{sp}ha, năng suất bình quân {Y} tạ/ha, sản lượng đạt {O} tấn"]


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
                                                             v=draw(st.sampled_from(["", "đạt "])), Y=dec1(y), O=o))
    return "Trong vụ Xuân: " + "; ".join(clauses) + ".", bad


@given(crops(None))
def test_consistent_triples_stay_silent(case):
    text, _ = case
    assert [f for f in check_text(text).findings if f.severity != "info" and f.category == "arithmetic"] == [], text


@given(st.integers(0, 2).flatmap(crops))
def test_a_broken_triple_fires(case):
    text, bad = case
    assert [f.code for f in check_text(text, AR038).findings if f.severity == "warning"] == ["AR038"], text
