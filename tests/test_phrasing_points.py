"""Changes in percentage points between two rates (issue 14, AR005): a phrasing generator.

Families: "giảm từ 5,2% xuống 4,1%, giảm 1,1 điểm phần trăm", "(giảm 1,1 điểm phần trăm)" after
the range, "tăng 3,3 điểm phần trăm so với cùng kỳ (95,2%)", "điểm %"; one or two decimals.
Consistent changes stay silent; broken ones fire on their line, and the computation printed is
the difference to the digits written (never a rounded "−1" for −1,1).
"""
from __future__ import annotations

from hypothesis import given, strategies as st

from checker import check_text, load_ruleset

RULES = load_ruleset().select(["AR005", "AR006", "AR003"])
RATES = ["Tỷ lệ hộ nghèo", "Tỷ lệ hồ sơ trực tuyến", "Tỷ lệ lao động qua đào tạo", "Tỷ lệ giải quyết đúng hạn"]
FAMILIES = [
    "{R} {d} từ {old}% {to} {new}%, {d} {k} {pt}.",
    "{R} {d} từ {old}% năm {y} {to2} {new}% năm {y1} ({d} {k} {pt}).",
    "{R} đạt {new}%, {d} {k} {pt} so với cùng kỳ năm {y} ({old}%).",
]


def dec(units: int, places: int) -> str:
    return f"{units // 10 ** places},{units % 10 ** places:0{places}d}"


@st.composite
def points_case(draw, broken: bool):
    places = draw(st.sampled_from([1, 2]))
    top = 100 * 10 ** places
    old, new = draw(st.integers(1, top - 1)), draw(st.integers(1, top - 1))
    if old == new:
        new = old + 1 if old + 1 < top else old - 1
    k = abs(new - old)
    if broken:
        k += draw(st.sampled_from([1, -1])) * max(3, k // draw(st.integers(3, 20)))
        if k <= 0:
            k = abs(new - old) + 3
    up = new > old
    template = draw(st.sampled_from(FAMILIES))
    text = template.format(R=draw(st.sampled_from(RATES)), d="tăng" if up else "giảm", to="lên" if up else "xuống", to2="lên" if up else "xuống còn",
                           old=dec(old, places), new=dec(new, places), k=dec(k, places),
                           pt=draw(st.sampled_from(["điểm phần trăm", "điểm %"])), y=2022, y1=2023)
    head = draw(st.integers(0, 2))
    return "".join(f"Phần {i + 1}.\n\n" for i in range(head)) + text, 2 * head + 1, dec(abs(new - old), places)


def _found(text):
    return [f for f in check_text(text, RULES).findings if f.severity != "info"]


@given(points_case(broken=False))
def test_consistent_points_changes_stay_silent(case):
    text, _, _ = case
    assert _found(text) == [], text


@given(points_case(broken=True))
def test_broken_points_changes_fire_with_the_exact_difference(case):
    text, line, diff = case
    hits = [f for f in _found(text) if f.code == "AR005" and f.span.line == line]
    assert hits, text
    assert diff in hits[0].message, (hits[0].message, diff)


@given(st.integers(1, 150), st.integers(1, 150), st.booleans(),
       st.sampled_from(["IIP ngành chế biến, chế tạo tăng {n}% (thấp hơn {d} điểm phần trăm so với mức tăng {o}% cùng kỳ năm 2022).",
                        "GRDP tăng {n}%, cao hơn {d} điểm phần trăm so với mức tăng {o}% của năm 2022.",
                        "Kim ngạch xuất khẩu tăng {n}%, thấp hơn {d} điểm phần trăm so với tốc độ tăng {o}% của cùng kỳ."]))
def test_points_between_two_growth_rates(new10, old10, broken, template):
    """"tăng 1,1% (thấp hơn 8,8 điểm phần trăm so với mức tăng 8,7% cùng kỳ)": both are rates of
    growth; the difference in points is 8,7 − 1,1 = 7,6."""
    if new10 == old10:
        return
    higher = new10 > old10
    if ("cao hơn" in template) != higher:
        return  # the direction as written must be the true one; only the size is broken
    d10 = abs(new10 - old10) + (max(5, abs(new10 - old10) // 4) if broken else 0)
    f = lambda x: f"{x // 10},{x % 10}"
    text = template.format(n=f(new10), o=f(old10), d=f(d10))
    found = [(fd.code, fd.severity) for fd in check_text(text).findings if fd.category == "arithmetic"
             and fd.severity != "info"]
    assert found == ([("AR005", "error")] if broken else []), text
