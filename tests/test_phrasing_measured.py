"""Whole numbers of physical units are rounded measurements (issue 14, arithmetic.md §5.1).

"diện tích rau đạt 11.596ha (vụ xuân 4.812ha, vụ hè 2.404ha, vụ đông 4.381ha)": four areas
rounded to the hectare may add to one more or less than their rounded total. Counts of things
("hồ sơ", "người") stay exact: one file too many is a defect.
"""
from __future__ import annotations

from hypothesis import given, strategies as st

from _vn import vn

from checker import check_text

UNITS = ["ha", "tấn", "m3"]
SEASONS = ["vụ xuân", "vụ hè", "vụ đông", "vụ mùa"]


def _sums(text):
    return [(f.code, f.severity) for f in check_text(text).findings
            if f.code == "AR001" and f.severity != "info"]


@given(st.lists(st.integers(100, 90_000), min_size=2, max_size=4), st.sampled_from(UNITS), st.data())
def test_rounded_measures_within_their_rounding_stay_silent(parts, unit, data):
    slack = (len(parts) + 1) // 2  # each of n + 1 figures off by at most ½
    total = sum(parts) + data.draw(st.integers(-slack, slack))
    said = ", ".join(f"{SEASONS[k]} {vn(p)} {unit}" for k, p in enumerate(parts))
    text = f"Diện tích rau đạt {vn(total)} {unit} ({said})."
    assert _sums(text) == [], text


@given(st.lists(st.integers(100, 90_000), min_size=2, max_size=4), st.sampled_from(UNITS), st.data())
def test_measures_beyond_their_rounding_fire(parts, unit, data):
    gap = data.draw(st.integers(len(parts) + 1, 5_000)) * data.draw(st.sampled_from([1, -1]))
    said = ", ".join(f"{SEASONS[k]} {vn(p)} {unit}" for k, p in enumerate(parts))
    text = f"Diện tích rau đạt {vn(sum(parts) + gap)} {unit} ({said})."
    assert _sums(text), text


@given(st.lists(st.integers(100, 90_000), min_size=2, max_size=4), st.sampled_from([1, -1]))
def test_counts_stay_exact(parts, sign):
    said = ", ".join(f"{SEASONS[k]} {vn(p)} hồ sơ" for k, p in enumerate(parts))
    text = f"Tiếp nhận {vn(sum(parts) + sign)} hồ sơ ({said})."
    assert _sums(text), text
