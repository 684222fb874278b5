"""A total's rate of change rebuilt from its parts' own rates (issue 14, AR046), read on the kept
blind and fresh sets (fresh e05, heldout10 h10-02 and h10-03):

    "sản lượng thủy sản cả năm ước đạt 60.711 tấn, đạt 112,4% kế hoạch, tăng 6,4% so cùng kỳ.
    Trong đó, sản lượng khai thác 50.706 tấn, …, tăng 2% so cùng kỳ. Sản lượng nuôi trồng ước đạt
    10.005 tấn, …, tăng 7,4% so cùng kỳ."

Each part's earlier value is its value over (1 + its rate); the total grows by what their sum
allows. Generated over connectors (gồm, trong đó with parts that make the total, cụ thể, a list on
lines), rate forms (", tăng r%", " (tăng r%)", "giảm r% so với cùng kỳ", a plan rate first),
units and scales: a consistent rate is silent, one off by three points or more is a warning on the
total's line; partial lists, rates of other periods, plan rates only stay silent.
"""
from __future__ import annotations

from fractions import Fraction

from hypothesis import given, strategies as st

from _vn import vn_dec

from checker import check_text, load_ruleset

AR046 = load_ruleset().select(["AR046"])
LABELS = ["khu vực nhà nước", "khu vực ngoài nhà nước", "khu vực có vốn đầu tư nước ngoài", "kinh tế tập thể"]
UNITS = [("tỷ đồng", 1), ("tấn", 0), ("nghìn lao động", 1), ("triệu USD", 1)]


def _found(text):
    return [(f.code, f.severity, f.span.line) for f in check_text(text, AR046).findings]


def _rate(up: bool, r: Fraction, form: str, period: str) -> str:
    word = "tăng" if up else "giảm"
    x = vn_dec(r, 1)
    return {"comma": f", {word} {x}%{period}", "bracket": f" ({word} {x}%{period})",
            "plan": f", đạt 101,5% kế hoạch, {word} {x}%{period}"}[form]


@st.composite
def growth_list(draw, broken: bool, connector: str | None = None):
    n = draw(st.integers(2, 4))
    unit, dec = draw(st.sampled_from(UNITS))
    values = [Fraction(draw(st.integers(200, 90_000)), 10 ** dec) for _ in range(n)]
    rates = [Fraction(draw(st.integers(-150, 400)), 10) for _ in range(n)]  # -15,0 % … 40,0 %
    old = sum(v / (1 + r / 100) for v, r in zip(values, rates))
    total = sum(values)
    growth = 100 * (total / old - 1)
    if broken:
        growth += draw(st.sampled_from([-1, 1])) * draw(st.integers(3, 9))
    form = draw(st.sampled_from(["comma", "bracket", "plan"]))
    period = draw(st.sampled_from(["", " so với cùng kỳ"]))
    total_period = draw(st.sampled_from([" so với cùng kỳ", " so với cùng kỳ năm trước", ""]))
    head = (f"Giá trị sản xuất ước đạt {vn_dec(total, dec)} {unit}"
            f"{_rate(growth >= 0, abs(growth), draw(st.sampled_from(['comma', 'plan'])), total_period)}")
    items = [f"{LABELS[k]} {vn_dec(v, dec)} {unit}{_rate(r >= 0, abs(r), form, period if k else period)}"
             for k, (v, r) in enumerate(zip(values, rates))]
    connector = connector or draw(st.sampled_from(["gồm", "trong đó", "cụ thể:", "lines"]))
    if connector == "lines":
        return head + ", cụ thể như sau:\n" + "\n".join(f"- {it[0].upper()}{it[1:]};" for it in items)
    return f"{head}, {connector} {'; '.join(items)}."


@given(growth_list(broken=False))
def test_a_total_growing_as_its_parts_allow_stays_silent(text):
    assert [f for f in _found(text) if f[1] != "info"] == [], text


@given(growth_list(broken=True))
def test_a_total_growing_otherwise_is_a_warning_at_its_line(text):
    assert ("AR046", "warning", 1) in _found(text), text


@given(st.integers(2_000, 9_000), st.integers(10, 90), st.integers(10, 90))
def test_some_of_the_parts_say_nothing_of_the_total(total, r1, r2):
    # "trong đó" one part, or parts short of the total: the other parts' rates are not written
    text = (f"Giá trị sản xuất ước đạt {total} tỷ đồng, tăng 30,0% so với cùng kỳ, trong đó khu vực nhà nước "
            f"{total // 3} tỷ đồng, tăng {r1},0%; khu vực ngoài nhà nước {total // 3} tỷ đồng, tăng {r2},0%.")
    assert _found(text) == [], text


@given(st.sampled_from(["so với tháng trước", "so với kỳ trước", "so với quý trước"]),
       st.sampled_from(["tăng 3,0% so với cùng kỳ", "tăng 3,0% so với cùng kỳ năm trước"]))
def test_rates_of_another_comparison_are_not_combined(other, total_rate):
    # the parts make 2.000 (tăng 20,0 % each would give 20,0 %): one part is compared with the
    # period before, the total with the year before — no one comparison, nothing rebuilt
    text = (f"Giá trị sản xuất ước đạt 2.000 tỷ đồng, {total_rate}, gồm khu vực nhà nước 1.200 tỷ đồng, "
            f"tăng 20,0% {other}; khu vực ngoài nhà nước 800 tỷ đồng, tăng 20,0%.")
    assert _found(text) == [], text
    same = text.replace(other, "so với cùng kỳ")
    assert ("AR046", "warning", 1) in _found(same), same
