"""A share of the whole named by the sentence before (issue 14): "Tỷ lệ hộ nghèo chiếm 11% dân
số (tương đương 669 hộ). Trong đó, hộ đồng bào dân tộc thiểu số là 649 hộ, chiếm tỷ lệ 97% số hộ
nghèo toàn huyện."

A sentence opening on "Trong đó" / "Trong số đó" / "Trong số này" breaks down the figure of the
sentence before: the one figure of the part's measure there is the share's base. The link is
inferred (a warning): a share off beyond rounding fires AR003, a consistent one stays silent;
with two such figures before, which one is meant is not said (info at most).
"""
from __future__ import annotations

from fractions import Fraction

from hypothesis import given, strategies as st

from _vn import vn

from checker import check_text, load_ruleset

AR003 = load_ruleset().select(["AR003"])
WHOLES = ["Toàn huyện có {T} {u}.", "Tỷ lệ hộ nghèo chiếm 11% dân số toàn huyện (tương đương {T} {u}).",
          "Số {u} đang quản lý là {T} {u}."]
OPENERS = ["Trong đó,", "Trong số đó,", "Trong số này,", "Trong đó"]
LINKS = ["chiếm tỷ lệ {p}% số {u} toàn huyện", "chiếm {p}%", "chiếm tỷ lệ {p}%"]
UNITS = ["hộ", "hồ sơ", "doanh nghiệp", "học sinh"]


def dec1(x: Fraction) -> str:
    q = round(x * 10)
    return f"{q // 10},{q % 10}"


@st.composite
def opener_share(draw, broken: bool):
    u = draw(st.sampled_from(UNITS))
    total = draw(st.integers(50, 90_000))
    part = draw(st.integers(1, total))
    rate = Fraction(100 * part, total)
    if broken:
        rate = rate + 5 if rate < 90 else rate - 5
    whole = draw(st.sampled_from(WHOLES)).format(T=vn(total), u=u)
    link = draw(st.sampled_from(LINKS)).format(p=dec1(rate), u=u)
    # the part's own change may stand between it and its share ("48,06 triệu USD, tăng 47,89% so
    # với cùng kỳ năm trước, chiếm 71% …")
    change = draw(st.sampled_from(["", " tăng 12,5% so với cùng kỳ năm trước,", " giảm 3% so với năm 2021,",
                                   " tăng 4,2%,", " giảm 6,7% và", " tăng 12,5% so với cùng kỳ năm trước và",
                                   " tăng 4,2%, và"]))
    return f"{whole} {draw(st.sampled_from(OPENERS))} {u} đồng bào dân tộc thiểu số là {vn(part)} {u},{change} {link}."


def _shares(text):
    return [(f.code, f.severity) for f in check_text(text, AR003).findings]


@given(opener_share(broken=False))
def test_a_consistent_share_of_the_whole_before_stays_silent(text):
    assert [s for s in _shares(text) if s[1] != "info"] == [], text


@given(opener_share(broken=True))
def test_a_broken_share_of_the_whole_before_is_a_warning(text):
    assert ("AR003", "warning") in _shares(text), text


@given(st.integers(1000, 9000), st.integers(1000, 9000), st.integers(1, 999))
def test_two_wholes_before_leave_the_base_unsaid(t1, t2, part):
    text = (f"Toàn huyện có {vn(t1)} hộ nghèo và {vn(t2)} hộ cận nghèo. Trong đó, hộ đồng bào dân tộc thiểu số "
            f"là {vn(part)} hộ, chiếm 97,0%.")
    assert [s for s in _shares(text) if s[1] != "info"] == [], text


def test_no_opener_leaves_the_base_plausible_only():
    text = "Toàn huyện có 669 hộ nghèo. Hộ đồng bào dân tộc thiểu số là 552 hộ, chiếm 97,0%."
    assert [s for s in _shares(text) if s[1] != "info"] == []


@st.composite
def amount_share(draw, broken: bool):
    """An amount and its share of the amount of the sentence before, its own change between
    them, joined by a comma or "và" ("79,83 tỷ USD, giảm 6,7% và chiếm 65,9% tổng kim ngạch")."""
    total = draw(st.integers(2_000, 900_000))  # hundredths
    part = draw(st.integers(100, total - 100))
    rate = Fraction(100 * part, total)
    if broken:
        rate = rate + 10 if rate < 80 else rate - 10
    unit = draw(st.sampled_from(["tỷ USD", "tỷ đồng", "triệu USD"]))
    t, p = f"{total // 100},{total % 100:02d}", f"{part // 100},{part % 100:02d}"
    whole = draw(st.sampled_from([f"Kim ngạch hàng hóa xuất khẩu ước tính đạt {t} {unit}, giảm 1,1% so với cùng kỳ.",
                                  f"Tổng kim ngạch xuất khẩu đạt {t} {unit}."]))
    change = draw(st.sampled_from([", giảm 6,7% và", ", tăng 11,7%,", ", tăng 4,5% so với cùng kỳ năm trước và",
                                   ", giảm 2% so với cùng kỳ,"]))
    base = draw(st.sampled_from(["", " tổng kim ngạch xuất khẩu", " kim ngạch xuất khẩu"]))
    opener = draw(st.sampled_from(OPENERS))
    return f"{whole} {opener} khu vực có vốn đầu tư nước ngoài đạt {p} {unit}{change} chiếm {dec1(rate)}%{base}."


@given(amount_share(broken=False))
def test_a_consistent_share_of_an_amount_after_its_change_stays_silent(text):
    assert [s for s in _shares(text) if s[1] != "info"] == [], text


@given(amount_share(broken=True))
def test_a_broken_share_of_an_amount_after_its_change_is_a_warning(text):
    assert ("AR003", "warning") in _shares(text), text
