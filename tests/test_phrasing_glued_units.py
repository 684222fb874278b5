"""Units written right against the figure (issue 14): "đạt 2.066ha", "tàu dưới 6m", "15MW".

The number reader reads a figure followed by a unit of rules/lexicon/count-nouns.toml
[glued_units] as the figure in that unit, exactly as if a space stood between; letters not
listed there keep it a code ("12A", "H5N1", "3G", "QL1A"). The relations read the same
whichever way the unit is written.
"""
from __future__ import annotations

from hypothesis import given, strategies as st

from _vn import vn

from checker import check_text, load_ruleset
from checker.extract import build_document, numbers

AR001 = load_ruleset().select(["AR001"])
GLUED = ["ha", "m", "km", "tấn", "MW", "kg", "m3"]


def _figures(text):
    doc = build_document(text, "<t>")
    return [(t.text, t.unit) for b in doc.blocks for t in numbers(doc, b)]


@given(st.integers(1, 9_999_999), st.sampled_from(GLUED), st.booleans())
def test_a_glued_unit_reads_as_a_spaced_one(n, unit, space):
    text = f"Diện tích đạt {vn(n)}{' ' if space else ''}{unit}, tăng so với cùng kỳ."
    assert [t for t, _ in _figures(text)] == [vn(n)], text
    assert _figures(text)[0][1].lower().startswith(unit.lower()[:1]), text


def test_codes_stay_codes():
    for text in ["Xe biển số 29A-123.45", "Chủng cúm H5N1 quay lại", "Mạng 3G phủ sóng", "Lớp 12A có", "Quốc lộ 1A"]:
        assert _figures(text) == [], text


@given(st.lists(st.integers(1, 90_000), min_size=2, max_size=4), st.sampled_from(["ha", "tấn", "MW"]),
       st.booleans(), st.booleans())
def test_a_breakdown_in_glued_units_is_checked(parts, unit, broken, glue_total):
    total = sum(parts) + (max(10, sum(parts) // 6) if broken else 0)
    labels = ["lúa", "ngô", "rau màu", "cây khác"]
    t = f"{vn(total)}{'' if glue_total else ' '}{unit}"
    text = f"Tổng số đạt {t}, gồm: " + "; ".join(f"{labels[i]} {vn(p)}{unit}" for i, p in enumerate(parts)) + "."
    fired = [f for f in check_text(text, AR001).findings if f.severity == "error"]
    assert bool(fired) == broken, text
