"""A part's share after "trong đó" inside its sentence is of the figure the cue breaks down
(issue 14, read on the blind set heldout9, h9-01):

    "Án hôn nhân gia đình: thụ lý 4.797 vụ (tăng 823 vụ SCK), đã giải quyết 4.732 vụ (tăng 786 vụ
    SCK), đạt tỷ lệ 98,64%; trong đó số án hòa giải thành là 3.348 vụ, đạt tỷ lệ 70,75%."

The base is the last figure of the part's unit before the cue — not a change in brackets, not a
rate. Broken beyond rounding (and fitting no other figure of the sentence) it is a warning; a
share that fits, or fits another stated figure, stays silent; a figure of another unit before the
cue is no base.
"""
from __future__ import annotations

from fractions import Fraction

from hypothesis import given, strategies as st

from _vn import vn, vn_dec

from checker import check_text, load_ruleset

AR003 = load_ruleset().select(["AR003"])
CUES = ["; trong đó", ", trong đó", "; trong số đó", ", trong đó có", "; trong đó:"]
# (unit, the part's label before its figure, after it)
UNITS = [("vụ", "số án hòa giải thành", "hòa giải thành"), ("hồ sơ", "số hồ sơ giải quyết trước hạn", "trước hạn"),
         ("đơn", "số đơn đủ điều kiện", "đủ điều kiện xử lý"), ("hộ", "số hộ thoát nghèo", "thoát nghèo")]


def _shares(text):
    return [(f.code, f.severity, f.span.line) for f in check_text(text, AR003).findings]


@st.composite
def share_after_cue(draw, broken: bool):
    unit, label_before, label_after = draw(st.sampled_from(UNITS))
    received = draw(st.integers(400, 90_000))
    solved = draw(st.integers(200, received))
    part = draw(st.integers(100, solved))
    rate = Fraction(100 * part, solved)
    if broken:
        # off beyond rounding from the base and from every other figure of the sentence
        others = [Fraction(100 * part, received), rate]
        rate = next(r for r in (rate - 11, rate + 11, rate - 23, rate + 23)
                    if 0 < r < 100 and all(abs(r - o) > 3 for o in others))
    change = draw(st.sampled_from(["", f" (tăng {draw(st.integers(1, 99))} {unit} SCK)",
                                   f", giảm {draw(st.integers(1, 99))} {unit} so với cùng kỳ"]))
    own_rate = draw(st.sampled_from(["", f", đạt tỷ lệ {vn_dec(Fraction(100 * solved, received), 2)}%"]))
    cue = draw(st.sampled_from(CUES))
    before = draw(st.booleans())
    p = f"{label_before} là {vn(part)} {unit}" if before else f"{vn(part)} {unit} {label_after}"
    link = draw(st.sampled_from([", đạt tỷ lệ ", ", chiếm ", " (", ", đạt "]))
    close = ")" if link == " (" else ""
    head = f"Trong năm, toàn ngành thụ lý {vn(received)} {unit}"
    return f"{head}, đã giải quyết {vn(solved)} {unit}{change}{own_rate}{cue} {p}{link}{vn_dec(rate, 1)}%{close}."


@given(share_after_cue(broken=False))
def test_a_share_of_the_figure_before_the_cue_that_fits_stays_silent(text):
    assert [s for s in _shares(text) if s[1] != "info"] == [], text


@given(share_after_cue(broken=True))
def test_a_share_off_the_figure_before_the_cue_is_a_warning(text):
    assert ("AR003", "warning", 1) in _shares(text), text


@given(st.integers(1_000, 9_000), st.integers(10, 99))
def test_a_figure_of_another_unit_before_the_cue_is_no_base(people, pct):
    text = (f"Toàn huyện có {vn(people)} người tham gia; trong đó 312 hộ thoát nghèo, đạt tỷ lệ {pct},0%.")
    assert [s for s in _shares(text) if s[1] != "info"] == [], text
