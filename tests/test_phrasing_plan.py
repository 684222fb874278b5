"""Plan fulfilment (issue 14, AR037): a phrasing generator.

Families from budget releases and socio-economic reports: the plan's value in a bracket after
the plan word ("bằng 55,6% dự toán (10.500 tỷ đồng)"), stated before in the sentence ("Dự toán
… là 8.000 tỷ đồng; ước thực hiện … đạt 5.600 tỷ đồng, đạt 70% dự toán") or in the sentence
before ("Kế hoạch năm 2023 giao 1.200 hộ. … đã có 900 hộ, đạt 75% kế hoạch"); "bằng" / "đạt" /
"so với kế hoạch"; money, counts and physical units. Consistent rates stay silent, broken ones
fire on the rate's line; a rate with two candidate plans, or none, stays silent.
"""
from __future__ import annotations

from fractions import Fraction

from hypothesis import given, strategies as st

from _vn import vn

from checker import check_text, load_ruleset
from checker.kinds._arith import fmt_vn

RULES = load_ruleset().select(["AR037", "AR003", "AR004", "AR005"])
SUBJECTS = [("Thu nội địa", "tỷ đồng"), ("Tổng chi ngân sách địa phương", "triệu đồng"),
            ("Số hộ thoát nghèo", "hộ"), ("Diện tích gieo trồng lúa", "ha"), ("Sản lượng thủy sản", "tấn")]
FAMILIES = [
    "{S} ước đạt {A} {u}, bằng {p}% dự toán được giao (dự toán {P} {u}).",
    "{S} ước đạt {A} {u}, đạt {p}% kế hoạch năm ({P} {u}).",
    "Dự toán năm {y} là {P} {u}; {s} ước thực hiện 9 tháng đạt {A} {u}, đạt {p}% dự toán.",
    "Kế hoạch năm {y} giao {P} {u}. Đến nay, {s} đạt {A} {u}, đạt {p}% kế hoạch.",
    "{S} đạt {A} {u}, bằng {p}% so với kế hoạch ({P} {u}).",
    # the plan's label long, with its year and a bracketed place, in the sentence before
    "Tổng kế hoạch vốn điều chỉnh giao năm {y} cho huyện Hớn Quản (tỉnh Bình Phước) là {P} {u}. Kết quả "
    "giải ngân đến ngày 24/11/{y} là {A} {u}, đạt {p}% kế hoạch năm.",
]


def pct(x: Fraction, d: int) -> str:
    q = round(x * 10 ** d)
    return f"{q // 10 ** d},{q % 10 ** d:0{d}d}" if d else str(q)


@st.composite
def plan_case(draw, broken: bool):
    template = draw(st.sampled_from(FAMILIES))
    subject, unit = draw(st.sampled_from(SUBJECTS))
    plan = draw(st.integers(100, 900_000))
    actual = draw(st.integers(1, plan * 13 // 10))
    d = draw(st.sampled_from([0, 1, 2]))
    rate = Fraction(100 * actual, plan)
    if broken:
        rate += draw(st.sampled_from([1, -1])) * max(Fraction(2), rate / 10)
        if rate <= 0:
            rate = Fraction(100 * actual, plan) + max(Fraction(2), Fraction(10 * actual, plan))
    head = draw(st.integers(0, 2))
    text = template.format(S=subject, s=subject[0].lower() + subject[1:], A=vn(actual), P=vn(plan), u=unit,
                           p=pct(rate, d), y=draw(st.integers(2018, 2025)))
    return "".join(f"Mục {i + 1} của báo cáo.\n\n" for i in range(head)) + text, 2 * head + 1


def _found(text):
    return [(f.code, f.span.line) for f in check_text(text, RULES).findings if f.severity != "info"]


@given(plan_case(broken=False))
def test_consistent_rates_stay_silent(case):
    text, _ = case
    assert _found(text) == [], text


@given(plan_case(broken=True))
def test_broken_rates_fire_on_their_line(case):
    text, line = case
    assert ("AR037", line) in _found(text), text


@given(st.integers(100, 9000), st.integers(100, 9000), st.integers(1, 9000), st.integers(1, 150))
def test_two_plans_or_none_stay_silent(p1, p2, a, r):
    if p1 == p2:
        p2 += 1
    for text in (f"Dự toán chi thường xuyên {vn(p1)} tỷ đồng, dự toán chi đầu tư {vn(p2)} tỷ đồng; ước chi "
                 f"{vn(a)} tỷ đồng, đạt {r}% dự toán.",
                 f"Thu nội địa ước đạt {vn(a)} tỷ đồng, đạt {r}% dự toán năm."):
        assert [f for f in _found(text) if f[0] == "AR037"] == [], text


@given(st.integers(100_001, 999_999), st.integers(1, 100), st.booleans())
def test_figures_undecided_in_format_alike_are_divided(plan, share, broken):
    # "357,792 tỷ đồng … 173,592 tỷ đồng": 357,792 or 357.792 — one reading for both, and the
    # rate is the same either way; a rate off beyond rounding fires, a consistent one does not
    actual = plan * share // 100
    if actual % 1000 == 0 or actual < 100_001:
        actual += 1  # three digits after the comma, none of them all zeros: undecided
    rate = Fraction(100 * actual, plan) + (max(Fraction(3), Fraction(10 * actual, plan)) if broken else 0)
    w = lambda n: f"{n // 1000},{n % 1000:03d}"
    text = (f"Tổng kế hoạch vốn giao năm 2021 là {w(plan)} tỷ đồng. Giải ngân đến nay là {w(actual)} tỷ đồng, "
            f"đạt {pct(rate, 1)}% kế hoạch năm.")
    assert (("AR037", 1) in _found(text)) == broken, text



@given(st.integers(1_000, 900_000), st.integers(1_000, 900_000), st.integers(100, 999), st.integers(100, 999))
def test_the_plan_word_of_another_figures_rate_labels_no_plan(a, b, ra, rb):
    """"…, đạt 58,9% kế hoạch năm và khách nội địa 3.254.120 lượt, … Khách qua lưu trú đạt 2.321.753
    lượt, … đạt 59,5% kế hoạch năm": the plan word belongs to the first rate, so 3.254.120 is no plan."""
    f = lambda x: f"{x // 10},{x % 10}"
    text = (f"Trong đó, khách quốc tế {vn(a)} lượt, tăng 34,7% so với cùng kỳ, đạt {f(ra)}% kế hoạch năm và khách nội "
            f"địa {vn(a + b)} lượt, tăng 6,5% so với cùng kỳ. Khách qua lưu trú đạt {vn(b)} lượt, tăng 14,31% so với "
            f"cùng kỳ và đạt {f(rb)}% kế hoạch năm.")
    assert [fd.code for fd in check_text(text).findings if fd.code == "AR037" and fd.severity != "info"] == [], text


@given(st.integers(1_000, 90_000), st.integers(30, 99), st.booleans(),
       st.sampled_from(["hơn", "gần", "khoảng", "trên"]), st.sampled_from(["gần", "hơn", "khoảng", ""]))
def test_approximate_figures_against_a_plan_are_judged_on_their_ranges(plan, pct, broken, q_actual, q_rate):
    """"Kế hoạch vốn năm 2023 là 212 tỷ đồng; đã phân bổ hơn 202 tỷ đồng, đạt gần 95,3% kế hoạch":
    the qualifiers widen the figures (3 % at most); a rate beyond every reading is a warning."""
    actual = plan * pct // 100
    true = Fraction(100 * actual, plan)
    shown = true * (Fraction(7, 10) if broken else 1)
    text = (f"Kế hoạch vốn đầu tư công năm 2023 là {vn(plan)} tỷ đồng; đến nay đã phân bổ {q_actual} {vn(actual)} tỷ đồng, "
            f"đạt {q_rate + ' ' if q_rate else ''}{fmt_vn(shown, 1)}% kế hoạch.")
    found = [(fd.code, fd.severity) for fd in check_text(text).findings if fd.code == "AR037"]
    if broken:
        assert found == [("AR037", "warning")], text
    elif not (q_actual or q_rate):
        assert found == [], text
    else:
        assert ("AR037", "error") not in found and ("AR037", "warning") not in found, text
