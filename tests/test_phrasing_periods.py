"""A change between two figures labelled by their periods (issue 14, AR005): a generator.

Families: "năm 2023 là A …, năm 2022 là B …, tăng x%", "Năm nay … A …, năm trước B …, tăng x%",
"Cùng kỳ năm trước đạt B …, năm nay đạt A …, tăng x%" — the later period first or second.
Consistent changes stay silent; broken ones fire (a warning: the old and new values are read
from their labels, not tied by "so với"); two figures with the same period, or without one,
stay silent.
"""
from __future__ import annotations

from fractions import Fraction

from hypothesis import given, strategies as st

from _vn import vn

from checker import check_text, load_ruleset

RULES = load_ruleset().select(["AR005", "AR006", "AR003", "AR001"])
UNITS = ["hồ sơ", "doanh nghiệp", "tỷ đồng", "lượt khách"]
FAMILIES = [
    "Số {u} năm {y1} là {new} {u}, năm {y} là {old} {u}, {d} {p}%.",
    "Năm nay đạt {new} {u}, năm trước {old} {u}, {d} {p}%.",
    "Cùng kỳ năm trước đạt {old} {u}, năm nay đạt {new} {u}, {d} {p}%.",
    "Năm {y} có {old} {u}, năm {y1} có {new} {u}, {d} {p}%.",
]


def dec1(x: Fraction) -> str:
    q = round(x * 10)
    return f"{q // 10},{q % 10}"


@st.composite
def period_case(draw, broken: bool):
    old = draw(st.integers(100, 900_000))
    new = draw(st.integers(100, 900_000))
    if new == old:
        new += 50
    rate = Fraction(100 * abs(new - old), old)
    if broken:
        rate += draw(st.sampled_from([1, -1])) * max(Fraction(3), rate / 5)
        if rate <= 0:
            rate = Fraction(100 * abs(new - old), old) + 3
    y = draw(st.integers(2015, 2024))
    text = draw(st.sampled_from(FAMILIES)).format(u=draw(st.sampled_from(UNITS)), new=vn(new), old=vn(old),
                                                   d="tăng" if new > old else "giảm", p=dec1(rate), y=y, y1=y + 1)
    head = draw(st.integers(0, 2))
    return "".join(f"Phần {i + 1}.\n\n" for i in range(head)) + text, 2 * head + 1


def _found(text):
    return [(f.code, f.span.line) for f in check_text(text, RULES).findings if f.severity != "info"]


@given(period_case(broken=False))
def test_consistent_period_changes_stay_silent(case):
    text, _ = case
    assert _found(text) == [], text


@given(period_case(broken=True))
def test_broken_period_changes_fire_on_their_line(case):
    text, line = case
    assert ("AR005", line) in _found(text), text


@given(st.integers(100, 90_000), st.integers(100, 90_000), st.integers(1, 90))
def test_without_two_different_periods_nothing_is_judged(a, b, p):
    for text in (f"Năm 2023 cấp huyện tiếp nhận {vn(a)} hồ sơ, năm 2023 cấp xã tiếp nhận {vn(b)} hồ sơ, tăng {p}%.",
                 f"Cấp huyện tiếp nhận {vn(a)} hồ sơ, cấp xã tiếp nhận {vn(b)} hồ sơ, tăng {p}%."):
        assert [f for f in _found(text) if f[0] == "AR005"] == [], text


@given(st.integers(100, 999), st.integers(100, 999), st.integers(100, 999), st.sampled_from(["quý I", "tháng 6", "6 tháng"]))
def test_a_comparison_target_is_no_label_of_the_figure_after_it(g1, g2, g3, part):
    # a growth rate's own "so với cùng kỳ năm trước" does not date the rate or count after it
    # (held-out 06: "tăng 7,63% so với cùng kỳ năm trước, trong đó quí I tăng 7,31% (cao hơn mức
    # tăng 7,23% …)")
    r = lambda x: f"{x // 100},{x % 100:02d}"  # noqa: E731
    text = (f"GDP năm 2005 ước tính tăng {r(g1)}% so với cùng kỳ năm trước, trong đó {part} tăng {r(g2)}% "
            f"(cao hơn mức tăng {r(g3)}% ước tính trước đó).")
    assert [f for f in _found(text) if f[0] == "AR005"] == [], text
