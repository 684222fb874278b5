"""A change carried onto the range it moved (issue 14, read on the blind set heldout10, h10-10):

    "toàn tỉnh giảm được 4,44% hộ nghèo, đưa tỷ lệ hộ nghèo giảm từ 31,17% vào cuối năm 2018
    xuống còn 26,73% vào cuối năm 2019"

The change word may take "được" / "đi" / "thêm" ("giảm được", "tăng thêm"), and a verb that
carries the change onto the range ("đưa", "nâng", "kéo", "làm cho") may stand between them with
the measure's name. The change is judged against the range as in "giảm x%, từ a% xuống b%":
points or a relative rate that fits stay silent (points written as "%" are AR006's style note),
a change that fits neither is an error on its line.
"""
from __future__ import annotations

from fractions import Fraction

from hypothesis import given, strategies as st

from _vn import vn_dec

from checker import check_text, load_ruleset

RULES = load_ruleset()
MEASURES = ["hộ nghèo", "hộ cận nghèo", "trẻ em suy dinh dưỡng", "lao động thất nghiệp"]


def _loud(text):
    return [(f.code, f.span.line) for f in check_text(text, RULES).findings
            if f.code == "AR005" and f.severity != "info"]


@st.composite
def carried_change(draw, broken: bool):
    old = Fraction(draw(st.integers(500, 6_000)), 100)
    points = Fraction(draw(st.integers(10, 400)), 100)
    down = draw(st.booleans())
    new = old - points if down else old + points
    stated = points
    if broken:
        # fits neither the points nor the relative rate
        rel = 100 * points / old
        stated = next(x for x in (points + 3, points + 5, points + 7)
                      if abs(x - rel) > 1 and abs(x - points) > 1)
    m = draw(st.sampled_from(MEASURES))
    verb = "giảm" if down else "tăng"
    word = draw(st.sampled_from(["", " được", " đi" if down else " thêm"]))
    unit = draw(st.sampled_from(["%", " điểm phần trăm"]))
    carry = draw(st.sampled_from(["đưa", "nâng", "kéo", "làm cho"]))
    to = draw(st.sampled_from(["xuống còn", "xuống"] if down else ["lên", "lên mức"]))
    again = draw(st.sampled_from(["", f" {verb}"]))
    when = draw(st.sampled_from([("", ""), (" vào cuối năm 2018", " vào cuối năm 2019"), (" năm 2022", " năm 2023")]))
    subject = draw(st.sampled_from(["Toàn tỉnh", "Năm 2019, huyện", "Đến 31/12/2019, toàn tỉnh"]))
    return (f"{subject} {verb}{word} {vn_dec(stated, 2)}{unit} {m}, {carry} tỷ lệ {m}{again} từ "
            f"{vn_dec(old, 2)}%{when[0]} {to} {vn_dec(new, 2)}%{when[1]}.")


@given(carried_change(broken=False))
def test_a_change_carried_onto_its_range_that_fits_stays_silent(text):
    assert _loud(text) == [], text


@given(carried_change(broken=True))
def test_a_change_carried_onto_its_range_that_does_not_fit_is_reported(text):
    assert ("AR005", 1) in _loud(text), text


@given(st.integers(10, 90), st.integers(100, 900))
def test_a_range_of_another_clause_is_not_carried(rate, other):
    # a comma clause without a carrying verb: the range is of something else, read as its own
    text = (f"Kim ngạch xuất khẩu tăng {rate},5% so với cùng kỳ, tỷ lệ hộ nghèo theo chuẩn mới của huyện "
            f"giảm từ 9,{other}% xuống còn 7,1%.")
    assert _loud(text) == [], text
