"""Ranks and their changes (issue 14, AR032): a phrasing generator.

Families from PAR INDEX / SIPAS / PCI reporting: the new rank first and the old one in a
parenthesis or after "so với", the order written ("từ vị trí thứ A lên vị trí thứ B"),
"xếp thứ" / "đứng thứ" / "xếp hạng", with or without "/63". Consistent figures stay silent;
a change that the two ranks contradict fires on its line. A single rank, or several changes in
one sentence, say nothing checkable and stay silent.
"""
from __future__ import annotations

from hypothesis import given, strategies as st

from checker import check_text, load_ruleset

RULES = load_ruleset().select(["AR032", "AR003", "AR004", "AR005"])
CUE = ["xếp thứ", "đứng thứ", "xếp hạng", "đứng vị trí thứ"]
INDEX = ["Chỉ số PAR INDEX", "Chỉ số SIPAS", "Chỉ số PCI", "Chỉ số DDCI của huyện"]
# {I} index, {c} cue, {new} {old} ranks, {k} places, {d} tăng/giảm, {o} "/63" or "", {y} year
FAMILIES = [
    "{I} năm {y1} {c} {new}{o}, {d} {k} bậc so với năm {y} (năm {y} {c} {old}{o}).",
    "{I} {d} {k} bậc, từ vị trí thứ {old}{o} năm {y} {to} vị trí thứ {new}{o} năm {y1}.",
    "{I} {c} {new}{o}, {d} {k} bậc so với năm trước ({c} {old}{o}).",
    "Năm {y1}, {I} {c} {new}{o} cả nước; so với năm {y} ({c} {old}{o}), {d} {k} bậc.",
]


@st.composite
def rank_case(draw, broken: bool):
    template = draw(st.sampled_from(FAMILIES))
    old, new = draw(st.integers(1, 63)), draw(st.integers(1, 63))
    if old == new:
        new = old % 63 + 1
    k = abs(old - new)
    rising = new < old
    if broken:
        k = k + draw(st.sampled_from([-1, 1])) * draw(st.integers(1, 5))
        if k <= 0 or k == abs(old - new):
            k = abs(old - new) + 2
    y = draw(st.integers(2015, 2024))
    head = draw(st.integers(0, 2))
    text = template.format(I=draw(st.sampled_from(INDEX)), c=draw(st.sampled_from(CUE)), new=new, old=old, k=k,
                           d="tăng" if rising else "giảm", to="lên" if rising else "xuống",
                           o=draw(st.sampled_from(["/63", ""])), y=y, y1=y + 1)
    return "".join(f"Phần mở đầu số {i + 1}.\n\n" for i in range(head)) + text, 2 * head + 1


def _found(text):
    return [(f.code, f.span.line) for f in check_text(text, RULES).findings]


@given(rank_case(broken=False))
def test_consistent_rank_changes_stay_silent(case):
    text, _ = case
    assert _found(text) == [], text


@given(rank_case(broken=True))
def test_broken_rank_changes_fire_on_their_line(case):
    text, line = case
    assert ("AR032", line) in _found(text), text


@given(st.integers(1, 63), st.integers(1, 30), st.integers(1, 63), st.integers(1, 30))
def test_several_changes_or_one_rank_stay_silent(r1, k1, r2, k2):
    for text in (f"Chỉ số A tăng {k1} bậc, xếp thứ {r1}/63; chỉ số B giảm {k2} bậc, xếp thứ {r2}/63.",
                 f"Chỉ số thành phần tăng {k1} bậc so với năm 2023, xếp thứ {r1}/63."):
        assert _found(text) == [], text


def test_the_wrong_direction_is_reported():
    # the places are right, the direction written is not: from 20th "down" to 23rd is falling
    text = "Chỉ số PAR INDEX tăng 3 bậc, từ vị trí thứ 20 xuống vị trí thứ 23."
    assert _found(text) == [("AR032", 1)]
