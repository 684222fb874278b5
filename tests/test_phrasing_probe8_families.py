"""Families read wrongly on an eighth probe of real text (issue 14): traffic accidents, OCOP.

* "…, tăng trên 2.700 người bị thương (…). Trong đó, đường bộ … làm tử vong gần 5.200 người, bị
  thương khoảng 9.584 người": a change is no total, with a qualifier between its word and its
  figure too (AR001);
* "48 sản phẩm OCOP được gắn sao, trong đó 15 sản phẩm đạt chuẩn 4 sao và 33 sản phẩm đạt 3 sao":
  a grade is a label, no quantity (rules/lexicon/count-nouns.toml [grades]).
"""
from __future__ import annotations

from hypothesis import given, strategies as st

from _vn import vn

from checker import check_text, load_ruleset

RULES = load_ruleset()


def loud(text: str) -> list:
    return [(f.code, f.span.line) for f in check_text(text, RULES).findings
            if f.category == "arithmetic" and f.severity != "info"]


@given(st.integers(100, 9_000), st.integers(1_000, 9_000), st.integers(1_000, 20_000),
       st.sampled_from(["tăng", "giảm"]), st.sampled_from(["trên", "hơn", "gần", "khoảng"]))
def test_a_change_with_a_qualifier_is_no_total(change, deaths, injured, word, qualifier):
    text = (f"Năm 2023, toàn quốc xảy ra 11.500 vụ tai nạn giao thông, {word} {qualifier} {vn(change)} người bị "
            f"thương so với năm trước. Trong đó, đường bộ xảy ra 11.200 vụ, làm tử vong gần {vn(deaths)} người, "
            f"bị thương khoảng {vn(injured)} người.")
    assert loud(text) == [], text


@given(st.lists(st.integers(1, 60), min_size=2, max_size=3), st.booleans(), st.sampled_from(
    ["sản phẩm", "sản phẩm OCOP", "chủ thể"]))
def test_a_grade_is_no_quantity(counts, broken, noun):
    stars = [5, 4, 3]
    total = sum(counts) + (max(3, sum(counts) // 3) if broken else 0)
    listed = " và ".join(f"{c} {noun} đạt chuẩn {s} sao" for c, s in zip(counts, stars))
    text = f"Đến nay, toàn tỉnh có {total} {noun} được công nhận đạt chuẩn OCOP, gồm {listed}."
    found = loud(text)
    assert found == ([("AR001", 1)] if broken else []), text
