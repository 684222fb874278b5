"""A fraction and its rate with a long label between (issue 14; fresh/g-02): "Cả nước có 35/63
tỉnh,thành phố được công nhận đạt chuẩn phổ cập giáo dục tiểu học mức độ 3, đạt tỷ lệ 54%". The
two are consecutive figures, so a digit between them is a label's ("mức độ 3") or a year's, and the
label may run to a long clause: the rate is still the fraction's (AR003)."""
from __future__ import annotations

from fractions import Fraction

from hypothesis import given, strategies as st

from _vn import vn, vn_dec

from checker import check_text, load_ruleset

RULES = load_ruleset().select(["AR003"])

LABELS = ["được công nhận đạt chuẩn phổ cập giáo dục tiểu học mức độ 3",
          "duy trì và đạt chuẩn xóa mù chữ mức độ 2 trong năm học 2023-2024",
          "hoàn thành kế hoạch giai đoạn 2021-2025 về chuyển đổi số",
          "có tổ chức Công đoàn tổ chức được hội nghị người lao động năm 2016",
          "đạt chuẩn"]
NOUNS = [("tỉnh, thành phố", 63), ("tỉnh,thành phố", 63), ("xã", 145), ("doanh nghiệp", 1_026), ("trường", 412)]


@given(st.sampled_from(LABELS), st.sampled_from(NOUNS), st.integers(10, 90), st.sampled_from([0, 0, 4, -5]),
       st.sampled_from([", đạt tỷ lệ {p}%", " (chiếm {p}%)", ", chiếm tỷ lệ {p}%", ", đạt {p}%"]), st.integers(0, 2))
def test_a_fraction_and_its_rate_across_a_long_label(label, noun, pct, off, link, decimals):
    name, whole = noun
    part = max(1, whole * pct // 100)
    rate = vn_dec(Fraction(100 * part, whole) + off, decimals)
    text = f"Năm 2023, cả nước có {vn(part)}/{vn(whole)} {name} {label}{link.format(p=rate)}."
    found = [(f.code, f.span.line) for f in check_text(text, RULES).findings if f.severity != "info"]
    assert found == ([("AR003", 1)] if off else []), text
