"""Two shares of one unstated base must imply the same base (issue 14, AR047), read on the blind
set heldout10 (h10-09):

    "toàn huyện có 2.332 hộ nghèo, chiếm tỷ lệ 9,51% tổng số hộ trên địa bàn; 2.946 hộ cận
    nghèo, chiếm tỷ lệ 12,01%."

The second share is bare, so of the base the first names; each count over its share gives that
base. Generated over nouns, the base's name, separators and precision: bases that agree within
rounding stay silent, bases apart beyond it are a warning on the line; a stated base (AR003's
business), a second base named in other words, rates without "chiếm" stay silent.
"""
from __future__ import annotations

from fractions import Fraction

from hypothesis import given, strategies as st

from _vn import vn, vn_dec

from checker import check_text, load_ruleset

AR047 = load_ruleset().select(["AR047"])
NOUNS = [("hộ", "hộ nghèo", "hộ cận nghèo", "tổng số hộ trên địa bàn"),
         ("người", "người có việc làm", "người thất nghiệp", "dân số"),
         ("doanh nghiệp", "doanh nghiệp nhà nước", "doanh nghiệp FDI", "tổng số doanh nghiệp")]


def _found(text):
    return [(f.code, f.severity, f.span.line) for f in check_text(text, AR047).findings]


@st.composite
def two_shares(draw, broken: bool, base_stated: bool = False, other_name: bool = False):
    unit, first, second, name = draw(st.sampled_from(NOUNS))
    base = draw(st.integers(5_000, 900_000))
    a = draw(st.integers(base // 50, base // 3))
    b = draw(st.integers(base // 50, base // 3))
    dec = draw(st.sampled_from([1, 2]))
    pa, pb = Fraction(100 * a, base), Fraction(100 * b, base)
    if broken:
        b = b + max(b // 6, 50) * draw(st.sampled_from([-1, 1]))
    sep = draw(st.sampled_from(["; ", ", "]))
    link = draw(st.sampled_from(["chiếm tỷ lệ ", "chiếm ", "(chiếm "]))
    close = ")" if link.startswith("(") else ""
    lead = f"Toàn huyện có {vn(base)} {unit}; " if base_stated else "Theo đó, toàn huyện có "
    tail = f" {name} người dân tộc thiểu số" if other_name else ""
    return (f"{lead}{vn(a)} {first}, {link}{vn_dec(pa, dec)}% {name}{close}{sep}{vn(b)} {second}, "
            f"{link}{vn_dec(pb, dec)}%{tail}{close}.")


@given(two_shares(broken=False))
def test_shares_of_one_base_that_agree_stay_silent(text):
    assert [f for f in _found(text) if f[1] != "info"] == [], text


@given(two_shares(broken=True))
def test_shares_of_one_base_apart_are_a_warning(text):
    assert ("AR047", "warning", 1) in _found(text), text


@given(two_shares(broken=True, base_stated=True))
def test_a_stated_base_is_the_share_kinds_business(text):
    assert _found(text) == [], text


@given(two_shares(broken=True, other_name=True))
def test_a_second_base_named_in_other_words_is_another_base(text):
    assert _found(text) == [], text
