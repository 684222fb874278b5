"""An average is of the whole, not of the parts that carry their shares of it (issue 14, AR038),
read on the blind set heldout10 (h10-07):

    "tổng số dân của Việt Nam là 96.208.984 người; nam là 47.881.061 người (chiếm 49,8%), nữ là
    48.327.923 người (chiếm 50,2%). … Tổng số hộ dân cư trên cả nước là 26.870.079 hộ, bình quân
    có 3,6 người/hộ."

Of several figures of one measure in a sentence, the one labelled a whole ("tổng số", "toàn",
"cả") is the total when every other one carries its share of it; an average off beyond rounding
is then a warning, one that fits is silent. Without the shares, which figure is meant is not said.
"""
from __future__ import annotations

from fractions import Fraction

from hypothesis import given, strategies as st

from _vn import vn, vn_dec

from checker import check_text, load_ruleset

AR038 = load_ruleset().select(["AR038"])
WHOLES = ["tổng số dân của tỉnh là {T} người", "toàn tỉnh có {T} người", "dân số toàn huyện là {T} người"]
SHARES = [" (chiếm {p}%)", ", chiếm {p}%"]


def _found(text):
    return [(f.code, f.severity) for f in check_text(text, AR038).findings if f.severity != "info"]


@st.composite
def census(draw, broken: bool, shares: bool = True):
    people = draw(st.integers(20_000, 9_000_000))
    men = draw(st.integers(people // 3, 2 * people // 3))
    households = draw(st.integers(people // 6, people // 2))
    avg = Fraction(people, households)
    if broken:
        avg += draw(st.sampled_from([-1, 1])) * Fraction(draw(st.integers(6, 15)), 10)
    share = draw(st.sampled_from(SHARES)) if shares else ""
    p1, p2 = vn_dec(Fraction(100 * men, people), 1), vn_dec(Fraction(100 * (people - men), people), 1)
    whole = draw(st.sampled_from(WHOLES)).format(T=vn(people))
    head = f"Theo kết quả điều tra, {whole}; nam là {vn(men)} người{share.format(p=p1)}, nữ là " \
           f"{vn(people - men)} người{share.format(p=p2)}."
    per = draw(st.sampled_from(["bình quân có {a} người/hộ", "bình quân {a} người/hộ",
                                "trung bình mỗi hộ có {a} người"])).format(a=vn_dec(avg, 1))
    return f"{head} Tổng số hộ dân cư là {vn(households)} hộ, {per}."


@given(census(broken=False))
def test_an_average_of_the_whole_that_fits_stays_silent(text):
    assert _found(text) == [], text


@given(census(broken=True))
def test_an_average_of_the_whole_off_is_a_warning(text):
    assert ("AR038", "warning") in _found(text), text


@given(census(broken=True, shares=False))
def test_without_the_shares_which_figure_is_meant_is_not_said(text):
    assert _found(text) == [], text
