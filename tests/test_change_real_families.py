"""Changes (AR005) in the shapes real reports showed it misread: phrasing generators by family.

1. A breakdown after the comparison: "Tổng thu đạt 100 tỷ đồng, tăng 5% so với cùng kỳ, trong đó
   thu thuế 60 tỷ đồng …" — the part after "trong đó" (trong số đó, gồm, bao gồm, riêng, cụ thể,
   chia ra) is no earlier value of the whole. Silent whatever the figures when the earlier value
   is not written; judged as usual when it is, before the breakdown.
2. Two growth rates: "IIP … tăng 5,9% so với tháng trước và tăng 9,7% so với cùng kỳ năm trước,
   trong đó ngành khai khoáng tăng 4,4% …" — two changes are no old and new levels. Silent
   whatever the rates; "new …, so với … (old) tăng x%" with a breakdown after the change stays judged.
3. The rate first, the absolute change after it: "ngô là 17.724 tấn, giảm 12,35% (2.133 tấn)"
   (the generators are in tests/test_phrasing_implicit_change.py; here the report's sentences).
4. Comparison words as cues: "đạt 87,79%, cao hơn 3,51% so với năm 2022 (84,74%)" is judged as
   "tăng" (points or relative), "thấp hơn" as "giảm", and "nhiều hơn/ít hơn" likewise.

Consistent figures stay silent; one broken beyond rounding fires AR005 on its line.
"""
from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, strategies as st

from _vn import vn

from checker import check_text, load_ruleset

RULES = load_ruleset().select(["AR005", "AR006"])
BREAKDOWN = ["trong đó", "trong số đó", "gồm", "bao gồm", "riêng", "cụ thể", "chia ra"]
COMPARE = ["so với cùng kỳ", "so với cùng kỳ năm trước", "so với năm 2022", "so với tháng trước"]


def _flagged(text):
    return [(f.code, f.span.line) for f in check_text(text, RULES).findings if f.severity != "info"]


def _ar005(text):
    return [f for f in check_text(text, RULES).findings if f.code == "AR005"]


def dec(x: Fraction, places: int) -> str:
    q = round(x * 10 ** places)
    whole, frac = divmod(abs(q), 10 ** places)
    return f"{vn(whole)},{frac:0{places}d}" if places else vn(whole)


def _dir(up: bool) -> str:
    return "tăng" if up else "giảm"


def _placed(draw, text: str) -> tuple[str, int]:
    head = draw(st.integers(0, 2))
    return "".join(f"Phần {i + 1} của báo cáo.\n\n" for i in range(head)) + text, 2 * head + 1


@st.composite
def _relative(draw, broken: bool, least: int = 200):
    """(old, new, up, p as written): a relative change of counts, broken beyond rounding or not."""
    old = draw(st.integers(least, 900_000))
    up = draw(st.booleans())
    rate = Fraction(draw(st.integers(10, 800)), 10)
    new = round(old * (1 + rate / 100)) if up else round(old * (1 - rate / 100))
    true = abs(Fraction(new - old) * 100 / old)
    shown = true + max(Fraction(3), true / 4) if broken else true
    return old, new, up, dec(shown, 1)


# ----------------------------------------------------------------------------- 1. breakdown after "so với"
@st.composite
def breakdown_after_compare(draw, broken: bool, written: bool):
    """"Tổng thu đạt N tỷ đồng, tăng p% so với cùng kỳ[ (old tỷ đồng)], trong đó thu thuế a tỷ
    đồng, thu phí b tỷ đồng"; ``written``: the earlier value before the breakdown (judged), else
    none (silent whatever p)."""
    old, new, up, p = draw(_relative(broken))
    word = draw(st.sampled_from(BREAKDOWN))
    unit = draw(st.sampled_from(["tỷ đồng", "hồ sơ", "lượt khách", "tấn"]))
    a = draw(st.integers(1, max(1, new - 1)))
    b = draw(st.integers(1, 2 * new))  # any parts: the breakdown is not this rule's to judge
    cmp = draw(st.sampled_from(COMPARE))
    was = f" ({vn(old)} {unit})" if written else ""
    shape = draw(st.sampled_from([
        f"{_dir(up)} {p}% {cmp}{was}, {word} khu vực I {vn(a)} {unit}, khu vực II {vn(b)} {unit}",
        f"{_dir(up)} {p}% {cmp}{was}; {word} khu vực I {vn(a)} {unit}",
        f"{_dir(up)} {p}% {cmp}{was}, {word}: khu vực I {vn(a)} {unit}",
    ]))
    return _placed(draw, f"Tổng số đạt {vn(new)} {unit}, {shape}.")


@given(breakdown_after_compare(broken=False, written=False))
def test_a_part_after_a_breakdown_word_is_no_earlier_value(case):
    text, _ = case
    assert _flagged(text) == [], text


@given(st.booleans(), st.integers(100, 900_000), st.integers(1, 900_000), st.integers(1, 900),
       st.sampled_from(BREAKDOWN), st.sampled_from(COMPARE))
def test_a_part_after_a_breakdown_word_is_no_earlier_value_of_any_change(up, n, a, r, word, cmp):
    # broken or not: with no earlier value written there is nothing to judge
    for change in (f"{_dir(up)} {dec(Fraction(r, 10), 1)}%", f"{_dir(up)} {vn(r)} tỷ đồng"):
        text = f"Tổng thu đạt {vn(n)} tỷ đồng, {change} {cmp}, {word} thu thuế {vn(a)} tỷ đồng."
        assert _ar005(text) == [], text


@given(breakdown_after_compare(broken=False, written=True))
def test_a_written_earlier_value_before_a_breakdown_consistent_stays_silent(case):
    text, _ = case
    assert _flagged(text) == [], text


@given(breakdown_after_compare(broken=True, written=True))
def test_a_written_earlier_value_before_a_breakdown_broken_fires(case):
    text, line = case
    assert ("AR005", line) in _flagged(text), text


# ----------------------------------------------------------------------------- 2. two growth rates
@st.composite
def two_rates(draw):
    """"IIP tháng 7 ước tăng r1% so với tháng trước và tăng r2% so với cùng kỳ năm trước, trong đó
    ngành A tăng r3%; ngành B giảm r4%": every figure a change, none a level."""
    r = [dec(Fraction(draw(st.integers(1, 400)), 10), 1) for _ in range(4)]
    d = [_dir(draw(st.booleans())) for _ in range(4)]
    subject = draw(st.sampled_from(["Chỉ số sản xuất công nghiệp (IIP) tháng 7", "IIP tháng 7",
                                    "Tổng mức bán lẻ hàng hóa tháng 10", "Kim ngạch xuất khẩu quý III"]))
    est = draw(st.sampled_from(["ước ", "ước tính ", ""]))
    link = draw(st.sampled_from([" và ", ", "]))
    word = draw(st.sampled_from(["trong đó", "trong đó,", "cụ thể", "riêng"]))
    sep = draw(st.sampled_from(["; ", ", "]))
    return _placed(draw, f"{subject} {est}{d[0]} {r[0]}% so với tháng trước{link}{d[1]} {r[1]}% so với cùng kỳ "
                         f"năm trước, {word} ngành khai khoáng {d[2]} {r[2]}%{sep}ngành chế biến, chế tạo "
                         f"{d[3]} {r[3]}%.")


@given(two_rates())
def test_two_growth_rates_are_no_old_and_new_levels(case):
    text, _ = case
    assert _flagged(text) == [], text


@st.composite
def compared_first_then_breakdown(draw, broken: bool):
    """"Tiếp nhận new hồ sơ, so với cùng kỳ năm trước (old hồ sơ) tăng p%, trong đó trực tuyến
    tăng r%": the comparison first is judged, the part's change after the breakdown is not."""
    old, new, up, p = draw(_relative(broken))
    r = dec(Fraction(draw(st.integers(1, 900)), 10), 1)
    word = draw(st.sampled_from(BREAKDOWN))
    unit = draw(st.sampled_from(["hồ sơ", "lượt", "doanh nghiệp"]))
    return _placed(draw, f"Tiếp nhận {vn(new)} {unit}, so với cùng kỳ năm trước ({vn(old)} {unit}) {_dir(up)} "
                         f"{p}%, {word} trực tuyến {_dir(draw(st.booleans()))} {r}%.")


@given(compared_first_then_breakdown(broken=False))
def test_comparison_first_then_a_breakdown_consistent_stays_silent(case):
    text, _ = case
    assert _flagged(text) == [], text


@given(compared_first_then_breakdown(broken=True))
def test_comparison_first_then_a_breakdown_broken_fires(case):
    text, line = case
    assert ("AR005", line) in _flagged(text), text


# ----------------------------------------------------------------------------- 4. comparison words
MORE, LESS = ["cao hơn", "nhiều hơn"], ["thấp hơn", "ít hơn"]


@st.composite
def compared_rates(draw, broken: bool):
    """"Tỷ lệ … đạt new%, cao hơn p% so với năm 2022 (old%)": p is the difference in points or
    the relative change (either reading holds); broken: at least one point beyond both."""
    old = draw(st.integers(2_000, 9_000))  # hundredths of a percent
    new = draw(st.integers(2_000, 9_500).filter(lambda v: abs(v - old) >= 50))
    up = new > old
    points = Fraction(abs(new - old), 100)
    rel = Fraction(abs(new - old) * 100, old)
    if broken:
        shown = max(points, rel) + 1 + points / 4
    else:
        shown = draw(st.sampled_from([points, rel]))
    cue = draw(st.sampled_from(MORE if up else LESS))
    what = draw(st.sampled_from(["Tỷ lệ hồ sơ giải quyết đúng hạn", "Tỷ lệ hộ dân sử dụng nước sạch",
                                 "Tỷ lệ lao động qua đào tạo"]))
    cmp = draw(st.sampled_from(["so với năm 2022", "so với cùng kỳ", "so với kỳ trước"]))
    shape = draw(st.sampled_from([f"{cue} {dec(shown, 2)}% {cmp} ({dec(Fraction(old, 100), 2)}%)",
                                  f"{cmp} ({dec(Fraction(old, 100), 2)}%) {cue} {dec(shown, 2)}%"]))
    return _placed(draw, f"{what} đạt {dec(Fraction(new, 100), 2)}%, {shape}.")


@given(compared_rates(broken=False))
def test_comparison_words_between_rates_consistent_stay_silent(case):
    text, _ = case
    assert _flagged(text) == [], text


@given(compared_rates(broken=True))
def test_comparison_words_between_rates_broken_fire(case):
    text, line = case
    assert ("AR005", line) in _flagged(text), text


@st.composite
def compared_counts(draw, broken: bool):
    """"Có N doanh nghiệp giải thể, nhiều hơn D trường hợp so với cùng kỳ (p%)" (the earlier value
    unwritten, N ∓ D) and "tiếp nhận new hồ sơ, ít hơn D hồ sơ so với cùng kỳ (old hồ sơ)"."""
    old, new, up, p = draw(_relative(broken))
    cue = draw(st.sampled_from(MORE if up else LESS))
    d = abs(new - old)
    if draw(st.booleans()):
        shown = d + max(10, d // 4) if broken else d
        text = f"Tiếp nhận {vn(new)} hồ sơ, {cue} {vn(shown)} hồ sơ so với cùng kỳ năm trước ({vn(old)} hồ sơ)."
    else:
        exact = Fraction(100 * d, old)
        shown = exact + max(Fraction(3, 10), exact / 8) if broken else exact
        text = f"Có {vn(new)} doanh nghiệp giải thể, {cue} {vn(d)} trường hợp so với cùng kỳ ({dec(shown, 1)}%)."
    return _placed(draw, text)


@given(compared_counts(broken=False))
def test_comparison_words_between_counts_consistent_stay_silent(case):
    text, _ = case
    assert _flagged(text) == [], text


@given(compared_counts(broken=True))
def test_comparison_words_between_counts_broken_fire(case):
    text, line = case
    assert ("AR005", line) in _flagged(text), text


# ----------------------------------------------------------------------------- the reports' sentences
@pytest.mark.parametrize("text", [
    "Tổng thu đạt 100 tỷ đồng, tăng 5% so với cùng kỳ, trong đó thu thuế 60 tỷ đồng, thu phí 50 tỷ đồng.",
    "IIP tháng 7 ước tăng 5,9% so với tháng trước và tăng 9,7% so với cùng kỳ năm trước, trong đó ngành khai "
    "khoáng tăng 4,4%; ngành chế biến tăng 10,1%.",
    "Năng suất lúa đạt 51,5 tạ/ha, tăng 2,63% (1,32 tạ/ha).",
    "Sản lượng lúa đạt 900.000 tấn, giảm 0,58% (tương ứng 5.240 tấn).",
    "Thu ngân sách đạt 16.500 tỷ đồng, tăng 8,2% (tăng 1.250 tỷ đồng).",
    "Sản lượng ngô là 17.724 tấn, giảm 10,74% (2.133 tấn).",
    "Tỷ lệ đạt 87,79%, cao hơn 3,05 điểm phần trăm so với năm 2022 (84,74%).",
    "Tỷ lệ đạt 87,79%, cao hơn 3,6% so với năm 2022 (84,74%).",
    # unsure, so silent: a bound, not a change; a bare bracket above N; a direction contradicted;
    # the change of a part after "trong đó"
    "Tỷ lệ giải quyết đạt 92%, không thấp hơn 90% so với kế hoạch (95%).",
    "Sản lượng ngô là 1.724 tấn, giảm 12,35% (2.133 tấn).",
    "Sản lượng ngô là 17.724 tấn, giảm 12,35% (tăng 2.133 tấn).",
    "Tổng thu 100 tỷ đồng, trong đó thu thuế 60 tỷ đồng, tăng 12% (tăng 5 tỷ đồng).",
    "Số hồ sơ trực tuyến tăng 15% (2.300 hồ sơ).",
])
def test_the_reports_consistent_or_unsure_sentences_stay_silent(text):
    assert _flagged(text) == [], text


@pytest.mark.parametrize("text,severity,words", [
    ("Sản lượng ngô là 17.724 tấn, giảm 12,35% (2.133 tấn).", "error", "2.133 / (17.724 + 2.133) = 10,74%"),
    ("Năng suất lúa đạt 51,5 tạ/ha, tăng 3,63% (1,32 tạ/ha).", "error", "1,32 / (51,5 − 1,32) = 2,63%"),
    ("Sản lượng lúa đạt 900.000 tấn, giảm 0,68% (tương ứng 5.240 tấn).", "error", "= 0,58%"),
    ("Thu ngân sách đạt 16.500 tỷ đồng, tăng 9,2% (tăng 1.250 tỷ đồng).", "error", "1.250 / (16.500 − 1.250)"),
    ("Thu ngân sách đạt 16.500 tỷ đồng, tăng 9,2%, tương ứng tăng 1.250 tỷ đồng.", "error", "= 8,2%"),
    ("Trong tháng xảy ra 40 vụ cháy. So với cùng kỳ năm trước, giảm 25% (giảm 10 vụ).", "warning", "10 / (40 + 10)"),
    ("Tỷ lệ đạt 87,79%, cao hơn 3,51% so với năm 2022 (84,74%).", "error", "87,79% − 84,74% = 3,05"),
    ("Tỷ lệ đạt 84,74%, thấp hơn 3,51% so với năm 2022 (87,79%).", "error", "84,74% − 87,79%"),
    ("Tiếp nhận 2.300 hồ sơ, ít hơn 200 hồ sơ so với cùng kỳ năm trước (2.600 hồ sơ).", "error", "2.300 − 2.600"),
    ("Tổng thu đạt 100 tỷ đồng, tăng 25% so với cùng kỳ (95,2 tỷ đồng), trong đó thu thuế 60 tỷ đồng.", "error",
     "(100 − 95,2) / 95,2"),
])
def test_the_reports_broken_sentences_fire(text, severity, words):
    found = _ar005(text)
    assert len(found) == 1 and found[0].severity == severity, (text, found)
    assert words in found[0].message, found[0].message


def test_a_comparison_word_is_shown_as_written():
    (f,) = _ar005("Tỷ lệ đạt 87,79%, cao hơn 3,51% so với năm 2022 (84,74%).")
    assert "'cao hơn 3,51%'" in f.message, f.message
    (g,) = [f for f in check_text("Tỷ lệ đạt 87,79%, cao hơn 3,05% so với năm 2022 (84,74%).", RULES).findings
            if f.code == "AR006"]
    assert "cao hơn 3,05 điểm phần trăm" in g.message, g.message
