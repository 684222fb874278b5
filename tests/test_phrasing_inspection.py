"""Inspection findings (issue 14, AR041): a phrasing generator.

An inspection report states the money found in violation and how it is handled: "Qua thanh tra
phát hiện vi phạm về kinh tế là 4.231,4 triệu đồng, kiến nghị thu hồi 2.781,4 triệu đồng, kiến
nghị khác 1.450 triệu đồng", then what was recovered: "đã thu hồi 2.416,7 triệu đồng, đạt tỷ lệ
100%". Recovery + other handling never exceed the violations; the recovery rate is recovered /
recommended. The generator composes the sentence from the ways real reports say each amount
(cue words, scale words, "hơn" approximations, the recovery in a bracket after the
recommendation or in a clause of its own, land in m² beside the money), draws consistent
amounts (silent) or breaks one relation beyond rounding (AR041, a warning, on its line).
"""
from __future__ import annotations

from fractions import Fraction

from hypothesis import given, strategies as st

from _vn import vn

from checker import check_text, load_ruleset

AR041 = load_ruleset().select(["AR041"])

LEADS = ["Qua thanh tra phát hiện vi phạm về kinh tế là {V}", "Kết quả thanh tra đã phát hiện sai phạm {V}",
         "phát hiện vi phạm về kinh tế phải xử lý {V}", "Tổng vi phạm về kinh tế được phát hiện là {V}",
         "Qua đó, phát hiện 27 đơn vị vi phạm với số tiền {V}", "số tiền vi phạm {V}"]
RECOMMENDED = ["kiến nghị thu hồi {R}", "đã kiến nghị thu hồi {R}", "kiến nghị thu hồi về ngân sách nhà nước {R}",
               "kiến nghị thu hồi nộp ngân sách {R}"]
OTHER = ["kiến nghị khác {O}", "kiến nghị xử lý khác {O}",
         "kiến nghị cơ quan có thẩm quyền xem xét, xử lý {O}", "xuất toán, loại khỏi giá trị quyết toán {O}"]
RECOVERED = ["đã thu hồi {D}", "đã thu được {D}", "đã thu hồi được {D}", "đã nộp ngân sách nhà nước {D}"]
RATE = ["đạt {P}%", "đạt tỷ lệ {P}%"]


def money(x: Fraction, scale: str, approx: bool) -> str:
    """``x`` million đồng written in ``scale`` with two decimals, "hơn" when rounded down."""
    v = x if scale == "triệu" else x / 1000
    q = int(v * 100)  # truncated: the amount is at least what is written
    if approx and q % 10 == 0:
        q += 1  # "hơn 100,00" reads up to 200 (its last written digit one up): keep the digit
    text = f"{vn(q // 100)},{q % 100:02d}"
    return f"{'hơn ' if approx else ''}{text} {scale} đồng"


@st.composite
def inspections(draw, broken: str | None):
    scale = draw(st.sampled_from(["triệu", "tỷ"]))
    approx = draw(st.booleans())
    rec = Fraction(draw(st.integers(50_000, 9_000_000)), 100)  # million đồng
    oth = Fraction(draw(st.integers(10_000, 9_000_000)), 100)
    viol = rec + oth
    done = rec * Fraction(draw(st.integers(20, 100)), 100)
    rate = round(100 * done / rec)
    if broken == "sum":
        viol = (rec + oth) * Fraction(80, 100)  # the handling exceeds what was found by 25 %
    elif broken == "rate":
        rate = rate + 15 if rate <= 80 else rate - 15
    w = dict(V=money(viol, scale, approx), R=money(rec, scale, approx), O=money(oth, scale, approx),
             D=money(done, scale, approx))
    lead = draw(st.sampled_from(LEADS)).format(**w)
    recommended = draw(st.sampled_from(RECOMMENDED)).format(**w)
    other = draw(st.sampled_from(OTHER)).format(**w)
    recovered = draw(st.sampled_from(RECOVERED)).format(**w)
    link = draw(st.sampled_from(RATE)).format(P=rate)
    land = draw(st.sampled_from(["", " và 3.447 m2 đất"]))
    shape = draw(st.integers(0, 2))
    if shape == 0:  # the recovery in a bracket after the recommendation
        body = f"{lead}{land}; {recommended} ({recovered}, {link}); {other}."
    elif shape == 1:  # the recovery in a clause of its own, after the other handling
        body = f"{lead}{land}, {recommended}, {other}; {recovered} ({link})."
    else:
        body = f"{lead}, {recommended}, {other}; {recovered}, {link}."
    return "Lĩnh vực tài chính, ngân sách, đã thực hiện 190 cuộc, kết luận 112 cuộc. " + body[0].upper() + body[1:]


def _findings(text):
    return [(f.code, f.severity, f.span.line) for f in check_text(text).findings
            if f.category == "arithmetic" and f.severity != "info"]


@given(inspections(None))
def test_consistent_inspection_amounts_stay_silent(text):
    assert _findings(text) == [], text


@given(st.sampled_from(["sum", "rate"]).flatmap(inspections))
def test_a_broken_inspection_relation_fires(text):
    assert [(f.code, f.severity) for f in check_text(text, AR041).findings] == [("AR041", "warning")], text


def test_another_paragraph_is_another_scope():
    # the recovery of earlier years' conclusions, in the paragraph after, is not this year's rate
    text = ("Thanh tra các sở, ngành phát hiện số tiền sai phạm trên 16,21 tỷ đồng, kiến nghị thu hồi hơn 6,79 tỷ "
            "đồng.\n\nKiểm tra, đôn đốc việc thực hiện các kết luận thanh tra từ năm 2018 trở về trước, đã thu hồi "
            "được 883,4 triệu đồng (đạt 69%).")
    assert check_text(text, AR041).findings == []


def test_land_is_not_money():
    text = ("Phát hiện sai phạm 1.200 triệu đồng và 3.447 m2 đất; kiến nghị thu hồi 1.000 triệu đồng và 5.000 m2 đất; "
            "kiến nghị khác 200 triệu đồng.")
    assert check_text(text, AR041).findings == []
