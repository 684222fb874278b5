"""Shares of the states of administrative files (issue 14, AR010): a phrasing generator.

A month's report gives the states of the files as shares: "số hồ sơ giải quyết và trả kết quả
đúng, trước hạn là 77,98%; số hồ sơ … quá hạn: 1,58%; số hồ sơ đang trong thời gian giải quyết
… là 20,44%". Either the three states of the received files make 100 %, or the first two are
shares of the resolved files and make 100 % by themselves (the third then of the received
ones). A list that does neither fires AR010 on its line; one that does either stays silent.
"""
from __future__ import annotations

from hypothesis import given, strategies as st

from checker import check_text, load_ruleset

AR010 = load_ruleset().select(["AR010"])
ON_TIME = ["số hồ sơ giải quyết và trả kết quả đúng, trước hạn là {p}%", "tỷ lệ hồ sơ giải quyết đúng và trước hạn {p}%",
           "hồ sơ giải quyết trước và đúng hạn chiếm {p}%"]
LATE = ["số hồ sơ giải quyết và trả kết quả quá hạn: {p}%", "quá hạn {p}%", "hồ sơ trễ hạn chiếm {p}%"]
PENDING = ["số hồ sơ đang trong thời gian giải quyết theo quy định là {p}%", "đang giải quyết {p}%",
           "số hồ sơ đang trong hạn giải quyết chiếm {p}%"]


def dec2(hundredths: int) -> str:
    return f"{hundredths // 100},{hundredths % 100:02d}"


@st.composite
def states(draw, shape: str):
    """shape: "three" (the three make 100), "two" (on time + late make 100), "broken"."""
    a = draw(st.integers(5_000, 9_800))
    if shape == "two":
        b, c = 10_000 - a, draw(st.integers(100, 3_000))
    else:
        b = draw(st.integers(1, 10_000 - a - 1))
        c = 10_000 - a - b
        if shape == "broken":
            c += draw(st.sampled_from([-1, 1])) * draw(st.integers(60, 400))
            if c <= 0:
                c += 800
    parts = [draw(st.sampled_from(ON_TIME)).format(p=dec2(a)), draw(st.sampled_from(LATE)).format(p=dec2(b)),
             draw(st.sampled_from(PENDING)).format(p=dec2(c))]
    lead = draw(st.sampled_from(["Trong đó, ", "Kết quả: ", ""]))
    text = lead + "; ".join(parts) + "."
    return text[0].upper() + text[1:]


@given(st.sampled_from(["three", "two"]).flatmap(states))
def test_states_that_make_a_whole_stay_silent(text):
    assert check_text(text, AR010).findings == [], text


@given(states("broken"))
def test_states_that_make_no_whole_fire(text):
    assert [(f.code, f.span.line) for f in check_text(text, AR010).findings] == [("AR010", 1)], text
