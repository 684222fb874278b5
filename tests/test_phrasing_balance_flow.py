"""A balance grows by what came in less what went out (issue 14, AR044): "doanh số cho vay 197,6
tỷ đồng, nâng tổng số dư nợ lên 713 tỷ đồng, tăng 3,2% so với cuối năm 2021, thu nợ 184,2 tỷ
đồng" — 713 − 713 / 1,032 = 22,1, but 197,6 − 184,2 = 13,4. The growth is read from the
balance's own change, a rate or an amount; without it nothing is said."""
from __future__ import annotations

from fractions import Fraction

from hypothesis import given, strategies as st

from _vn import vn

from checker import check_text, load_ruleset

AR044 = load_ruleset().select(["AR044"])


def tenths(x: int) -> str:
    return f"{vn(x // 10)},{x % 10}"


TEMPLATES = [
    "Trong 6 tháng, các ngân hàng đã thực hiện doanh số cho vay {L} tỷ đồng, nâng tổng số dư nợ lên {B} tỷ đồng, "
    "{C} so với cuối năm 2021, thu nợ {R} tỷ đồng.",
    "Doanh số cho vay đạt {L} tỷ đồng, doanh số thu nợ {R} tỷ đồng; tổng dư nợ đạt {B} tỷ đồng, {C} so với đầu năm.",
    "Tổng dư nợ đạt {B} tỷ đồng, {C} so với 31/12/2022; trong kỳ doanh số cho vay {L} tỷ đồng, thu nợ {R} tỷ đồng.",
]


@given(st.integers(50_000, 900_000), st.integers(1_000, 90_000), st.integers(100, 40_000), st.booleans(),
       st.sampled_from(TEMPLATES), st.booleans())
def test_a_balance_and_its_flows(opening, lending, repaid, as_rate, template, broken):
    """Amounts in tenths of a tỷ; the growth said as a rate (to one decimal) or as an amount."""
    closing = opening + lending - repaid
    if closing <= 0 or lending <= repaid:
        return
    growth = closing - opening
    shown_growth = growth + (max(growth // 2, 200) if broken else 0)
    if as_rate:
        rate = Fraction(100 * shown_growth, closing - shown_growth)
        r10 = round(rate * 10)
        if r10 <= 0:
            return
        change = f"tăng {tenths(r10)}%"
        # the rate as written must still say the broken growth: far beyond its rounding
        if broken and abs(Fraction(r10, 10) - Fraction(100 * growth, opening)) < 1:
            return
    else:
        change = f"tăng {tenths(shown_growth)} tỷ đồng"
    text = template.format(L=tenths(lending), R=tenths(repaid), B=tenths(closing), C=change)
    found = [(f.code, f.severity) for f in check_text(text, AR044).findings]
    assert found == ([("AR044", "warning")] if broken else []), text


@given(st.integers(50_000, 900_000), st.integers(1, 99))
def test_no_change_written_no_finding(balance, rate):
    text = f"Tổng dư nợ đạt {tenths(balance)} tỷ đồng, tăng {rate}% so với đầu năm; nợ quá hạn chiếm 0,5%."
    assert check_text(text, AR044).findings == [], text


MONTH_OPENERS = ["Tháng 11/2024", "Riêng tháng 6", "Trong tháng 9/2023", "Quý III/2023"]
SPAN_OPENERS = ["11 tháng năm 2024", "9 tháng đầu năm", "6 tháng đầu năm 2023", "Lũy kế 10 tháng năm 2023"]


@given(st.integers(50_000, 900_000), st.integers(1_000, 90_000), st.integers(100, 40_000), st.integers(1, 99),
       st.sampled_from(MONTH_OPENERS), st.sampled_from(SPAN_OPENERS))
def test_a_months_flows_are_not_a_longer_periods_change(balance, lending, repaid, rate, month, span):
    """"Tháng 11/2024, doanh số cho vay đạt 2.550 tỷ đồng; doanh số thu nợ đạt 2.374 tỷ đồng. 11 tháng
    năm 2024, tổng dư nợ … đạt 16.471 tỷ đồng, tăng 4% so với đầu năm": another period opens the
    balance's sentence, so its change is not the month's net flow — whatever the figures."""
    text = (f"{month}, doanh số cho vay đạt {tenths(lending)} tỷ đồng; doanh số thu nợ đạt {tenths(repaid)} tỷ đồng. "
            f"{span}, tổng dư nợ cho vay nền kinh tế đạt {tenths(balance)} tỷ đồng, tăng {rate}% so với đầu năm.")
    assert check_text(text, AR044).findings == [], text
