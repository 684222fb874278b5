"""'Each X has k Y' designs (issue 14, AR034): a phrasing generator.

Families from survey designs and allocations (SIPAS, PAPI, school and household samples): the
count of X in the sentence before ("khảo sát tại 6 quận, huyện", "chọn 18 đơn vị cấp xã"), X
named by its level ("Mỗi đơn vị cấp huyện") or its own noun ("Mỗi trường"), the total in a
parenthesis or after "tổng số …", chained designs. Consistent figures stay silent; a total or a
count broken beyond the product fires on the design's line; an X that nothing before counts,
or two different counts of it, stays silent.
"""
from __future__ import annotations

from hypothesis import given, strategies as st

from _vn import vn

from checker import check_text, load_ruleset

RULES = load_ruleset().select(["AR034", "AR001", "AR003"])
# (count sentence, each-X, Y noun)
DESIGNS = [
    ("Thực hiện khảo sát tại {c} quận, huyện, thị xã.", "Mỗi đơn vị cấp huyện chọn", "đơn vị cấp xã"),
    ("Khảo sát được thực hiện tại {c} huyện.", "Mỗi đơn vị cấp huyện chọn", "xã"),
    ("Toàn tỉnh chọn {c} đơn vị cấp xã.", "Mỗi đơn vị cấp xã chọn", "thôn, tổ dân phố"),
    ("Năm học này chọn {c} trường học.", "Mỗi trường học chọn ngẫu nhiên", "học sinh"),
    ("Chương trình hỗ trợ {c} hợp tác xã.", "Mỗi hợp tác xã được hỗ trợ", "thành viên"),
]
TOTALS = [" {k} {y} (tổng toàn tỉnh: {n} {y}).", " {k} {y} (tổng số {n} {y} được chọn mẫu).",
          " {k} {y}, tổng cộng {n} {y}."]


@st.composite
def design_case(draw, broken: bool):
    first, each, noun = draw(st.sampled_from(DESIGNS))
    c, k = draw(st.integers(2, 400)), draw(st.integers(2, 300))
    n = c * k
    if broken:
        n += draw(st.sampled_from([-1, 1])) * max(1, n // draw(st.integers(3, 40)))
    head = draw(st.integers(0, 2))
    text = first.format(c=vn(c)) + " " + each + draw(st.sampled_from(TOTALS)).format(k=vn(k), y=noun, n=vn(n))
    return "".join(f"Phần {i + 1}.\n\n" for i in range(head)) + text, 2 * head + 1


def _found(text):
    return [(f.code, f.span.line) for f in check_text(text, RULES).findings if f.severity != "info"]


@given(design_case(broken=False))
def test_consistent_designs_stay_silent(case):
    text, _ = case
    assert _found(text) == [], text


@given(design_case(broken=True))
def test_broken_designs_fire_on_their_line(case):
    text, line = case
    assert ("AR034", line) in _found(text), text


@given(design_case(broken=True))
def test_without_a_count_of_x_nothing_is_judged(case):
    text, _ = case
    # the count sentence dropped: nothing says how many X there are
    body = text.split(". ", 1)[1] if ". " in text else text
    assert [f for f in _found(body) if f[0] == "AR034"] == [], body
