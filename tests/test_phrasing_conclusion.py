"""A change restated as a conclusion (issue 14, AR005): a phrasing generator.

"Tỷ lệ hộ nghèo giảm từ 58,2% năm 2006 xuống 27,9% năm 2021. Như vậy, sau 16 năm, tỷ lệ hộ
nghèo đã giảm đi 30,3%" — the sentence opening on a conclusion word restates the range of the
sentence before; its change is that range's difference (in points, or relative, when written
with "%"). Consistent restatements stay silent; one that neither reading gives fires AR005 (a
warning: the link is the opener) on its line. Two ranges before, or a figure of its own in the
conclusion, leave it unjudged.
"""
from __future__ import annotations

from fractions import Fraction

from hypothesis import assume, given, strategies as st

from _vn import vn, vn_dec

from checker import check_text, load_ruleset

AR005 = load_ruleset().select(["AR005"])
OPENERS = ["Như vậy, sau {n} năm, {L} đã {d} {k}.", "Như vậy, {L} {d} {k} sau {n} năm.", "Tính ra, {L} đã {d} {k}."]


def dec1(x: Fraction) -> str:
    return vn_dec(x, 1)


@st.composite
def conclusion(draw, broken: bool):
    rates = draw(st.booleans())
    if rates:
        old, new = Fraction(draw(st.integers(50, 900)), 10), Fraction(draw(st.integers(10, 900)), 10)
        fmt = lambda v: dec1(v) + "%"  # noqa: E731
        label = "tỷ lệ hộ nghèo"
    else:
        old, new = Fraction(draw(st.integers(500, 90_000))), Fraction(draw(st.integers(100, 90_000)))
        fmt = lambda v: f"{vn(int(v))} hộ"  # noqa: E731
        label = "số hộ nghèo"
    assume(abs(old - new) * 10 >= max(old, new) // 20 + 2)
    up = new > old
    diff = abs(new - old)
    reading = draw(st.sampled_from(["points", "relative"]))
    if reading == "relative":
        k = 100 * diff / old
        unit = "%"
    else:
        k = diff
        unit = draw(st.sampled_from(["%", " điểm phần trăm"])) if rates else " hộ"
    if broken:
        k = k * Fraction(draw(st.sampled_from([70, 130, 150])), 100) + 2
        # beyond what a whole unit of the last digit of each figure explains, in both readings (the
        # checker's warning tier: rates to one decimal, ±0,1 each)
        e = Fraction(1, 10) if rates else Fraction(0)
        rel_lo = 100 * (diff - 2 * e) / (old + e)
        rel_hi = 100 * (diff + 2 * e) / (old - e)
        assume(abs(k - diff) > 2 * e + Fraction(2, 10) and not rel_lo - 1 <= k <= rel_hi + 1)
    ktext = (dec1(k) if unit != " hộ" else vn(int(k))) + unit
    first = f"{label[0].upper()}{label[1:]} {'tăng' if up else 'giảm'} từ {fmt(old)} năm 2016 {'lên' if up else 'xuống'} {fmt(new)} năm 2021."
    d = draw(st.sampled_from(["tăng", "tăng thêm"] if up else ["giảm", "giảm đi"]))
    second = draw(st.sampled_from(OPENERS)).format(n=5, L=label, d=d, k=ktext)
    return f"{first} {second}"


@given(conclusion(False))
def test_a_consistent_conclusion_stays_silent(text):
    assert [f for f in check_text(text, AR005).findings if f.severity != "info"] == [], text


@given(conclusion(True))
def test_a_broken_conclusion_fires(text):
    assert [(f.code, f.severity) for f in check_text(text, AR005).findings] == [("AR005", "warning")], text


def test_two_ranges_or_an_own_figure_leave_it_unjudged():
    for text in ["Số hộ nghèo giảm từ 12.000 hộ xuống 8.000 hộ, số hộ cận nghèo giảm từ 9.000 hộ xuống 7.000 hộ. "
                 "Như vậy, sau 5 năm, số hộ nghèo đã giảm 23,3%.",
                 "Số hộ nghèo giảm từ 12.000 hộ xuống 8.000 hộ. Như vậy, năm 2021 còn 8.000 hộ, giảm 23,3%.",
                 "Số hộ nghèo giảm từ 12.000 hộ xuống 8.000 hộ. Số hộ cận nghèo giảm 23,3%."]:
        assert check_text(text, AR005).findings == [], text
