"""A rate against its target (issue 14, AR005): a phrasing generator.

Coverage and service reports compare a rate with the target set for it: "BHYT …, đạt tỷ lệ bao
phủ 86,5% dân số, thấp hơn 4,5% so với chỉ tiêu UBND tỉnh giao (91%)"; "cao hơn 0,48 điểm phần
trăm so với kế hoạch (32%)". The gap is the difference in points (or, written with "%", either
the points or the relative change). A target is set, not measured: "91%" is exactly 91, so the
gap is judged without the rounding a measured rate would get. Consistent gaps stay silent;
a gap off beyond the rate's rounding fires AR005 on its line.
"""
from __future__ import annotations

import re
from fractions import Fraction

from hypothesis import assume, given, strategies as st

from checker import check_text, load_ruleset

AR005 = load_ruleset().select(["AR005"])
SUBJECTS = ["BHYT 1.017.308 người, đạt tỷ lệ bao phủ {new}% dân số", "Tỷ lệ hộ nghèo còn {new}%",
            "Tỷ lệ hồ sơ giải quyết đúng hạn đạt {new}%", "Tỷ lệ lao động qua đào tạo đạt {new}%"]
TARGETS = ["chỉ tiêu UBND tỉnh giao ({t}%)", "chỉ tiêu Nghị quyết ({t}%)", "kế hoạch ({t}%)",
           "mục tiêu đề ra ({t}%)", "chỉ tiêu được giao là {t}%"]


def dec(x: Fraction, places: int) -> str:
    q = round(x * 10 ** places)
    if places == 0:
        return str(q)
    return f"{q // 10 ** places},{q % 10 ** places:0{places}d}"


@st.composite
def target_gaps(draw, broken: bool):
    places = draw(st.sampled_from([1, 2]))
    new = Fraction(draw(st.integers(100, 9_800)), 100)
    new = Fraction(round(new * 10 ** places), 10 ** places)
    t = Fraction(draw(st.integers(5, 99))) if draw(st.booleans()) else Fraction(draw(st.integers(50, 990)), 10)
    assume(abs(new - t) >= Fraction(3, 10))
    gap = abs(new - t)
    unit = draw(st.sampled_from(["%", " điểm phần trăm", " điểm %"]))
    if broken:
        gap = gap + Fraction(draw(st.sampled_from([5, 7, 12])), 10)
        # never the relative change either ("thấp hơn 4,9%" of 86,5 against 91 is a reading)
        assume(abs(gap - 100 * abs(new - t) / t) > Fraction(2, 10))
    word = "cao hơn" if new > t else "thấp hơn"
    text = (draw(st.sampled_from(SUBJECTS)).format(new=dec(new, places)) + f", {word} {dec(gap, places)}{unit} so với "
            + draw(st.sampled_from(TARGETS)).format(t=dec(t, 0 if t.denominator == 1 else 1)) + ".")
    head = draw(st.integers(0, 1))
    return ("Kết quả thực hiện.\n\n" if head else "") + text, 1 + 2 * head


@given(target_gaps(broken=False))
def test_a_consistent_gap_to_the_target_stays_silent(case):
    text, _ = case
    assert [f for f in check_text(text, AR005).findings if f.severity != "info"] == [], text


@given(target_gaps(broken=True))
def test_a_broken_gap_to_the_target_fires_on_its_line(case):
    text, line = case
    assert [(f.code, f.span.line) for f in check_text(text, AR005).findings] == [("AR005", line)], text


@given(target_gaps(broken=False), st.integers(1, 30), st.booleans())
def test_a_second_target_compared_after_the_first(case, extra, broken):
    # "… thấp hơn 5,25% so với chỉ tiêu … (91,5%) và thấp hơn 5,75% so với chỉ tiêu … (92%)": the
    # second gap is of the same rate, not of the first target
    text, line = case
    m = re.search(r"(\d+(?:,\d+)?)%(?: dân số)?, (cao|thấp) hơn", text)
    if m is None or "(" not in text:
        return
    new = Fraction(m.group(1).replace(",", ".")) if "," in m.group(1) else Fraction(int(m.group(1)))
    t2 = new + Fraction(extra, 10) if m.group(2) == "thấp" else new - Fraction(extra, 10)
    t2 = Fraction(round(t2 * 10), 10)  # the target written to one decimal, exactly as set
    if t2 <= 0 or t2 == new:
        return
    gap = abs(new - t2) + (Fraction(15, 10) if broken else 0)
    word = "thấp hơn" if m.group(2) == "thấp" else "cao hơn"
    text = text[:-1] + f" và {word} {dec(gap, 2)}% so với chỉ tiêu của Tỉnh ủy ({dec(t2, 1)}%)."
    e = Fraction(1, 10)  # the rate's last digit, the warning tier of the checker
    if broken and 100 * (abs(new - t2) - e) / t2 - 1 <= gap <= 100 * (abs(new - t2) + e) / t2 + 1:
        return  # the relative reading gives it
    got = [(f.code, f.span.line) for f in check_text(text, AR005).findings]
    assert got == ([("AR005", line)] if broken else []), text
