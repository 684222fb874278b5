"""Number formats (issue 14): Vietnamese first, international where only that reading is
possible, and silence (with AR035 saying why) where a figure could be either.

The generator writes one relation — a total and its parts, or a share — in a document whose
figures are all Vietnamese ("1.250", "30,73%"), all international ("1,250", "30.73%"), or
with no figure that tells ("1,250" alone). Consistent figures stay silent in every format;
broken ones fire in the two certain formats; an ambiguous figure is never computed with.
"""
from __future__ import annotations

from fractions import Fraction

from hypothesis import given, strategies as st

from _vn import vn

from checker import check_text, load_ruleset
from checker.extract import build_document
from checker.extract.number_tokens import number_convention

RULES = load_ruleset().select(["AR001", "AR003", "AR004", "AR010", "AR035", "SY001"])


def intl(n: int) -> str:
    return f"{n:,}"


def pct(x: Fraction, fmt: str) -> str:
    q = round(x * 100)
    s = f"{q // 100}{',' if fmt == 'vi' else '.'}{q % 100:02d}"
    return s


# a sentence whose figure can only be read one way: it sets the document's format
CONTEXT = {"vi": "Dân số của tỉnh là 1.234.567 người. ", "intl": "Dân số của tỉnh là 1,234,567 người. "}


@st.composite
def breakdown_doc(draw, fmt: str, broken: bool):
    parts = [draw(st.integers(1_000, 900_000)) for _ in range(draw(st.integers(2, 3)))]
    total = sum(parts)
    if broken:
        total += draw(st.sampled_from([1, -1])) * max(10, total // draw(st.integers(5, 40)))
    w = vn if fmt == "vi" else intl
    labels = ["trực tuyến", "trực tiếp", "qua bưu chính"]
    body = ", ".join(f"{labels[i]} {w(p)} hồ sơ" for i, p in enumerate(parts))
    return CONTEXT[fmt] + f"Tổng số hồ sơ tiếp nhận là {w(total)} hồ sơ, gồm: {body}."


@st.composite
def share_doc(draw, fmt: str, broken: bool):
    whole = draw(st.integers(1_000, 900_000))
    part = draw(st.integers(1, whole - 1))
    share = Fraction(part * 100, whole)
    if broken:
        share += draw(st.sampled_from([1, -1])) * draw(st.integers(2, 9))
        if share <= 0 or share >= 100:
            share = Fraction(part * 100, whole) / 2 + 1
    w = vn if fmt == "vi" else intl
    return CONTEXT[fmt] + f"Đã giải quyết {w(whole)} hồ sơ, trong đó đúng hạn {w(part)} hồ sơ (đạt {pct(share, fmt)}%)."


def _found(text):
    return [(f.code, f.severity) for f in check_text(text, RULES).findings]


@given(st.sampled_from(["vi", "intl"]).flatmap(lambda f: st.one_of(breakdown_doc(f, False), share_doc(f, False))))
def test_consistent_figures_stay_silent_in_either_format(text):
    assert [f for f in _found(text) if f[1] != "info"] == [], text


@given(st.sampled_from(["vi", "intl"]).flatmap(lambda f: st.one_of(breakdown_doc(f, True), share_doc(f, True))))
def test_broken_figures_fire_in_either_format(text):
    assert any(c in ("AR001", "AR003") for c, _ in _found(text)), text


@given(st.integers(100, 999), st.integers(0, 999), st.integers(1, 999), st.integers(1, 999))
def test_a_figure_that_could_be_either_is_not_computed_with(a, b, c, d):
    # "1,250 hồ sơ" with nothing else to tell the format: no AR001 whatever the parts say
    total = f"{a},{b:03d}"
    text = f"Tổng số hồ sơ tiếp nhận là {total} hồ sơ, gồm: trực tuyến {c} hồ sơ, trực tiếp {d} hồ sơ."
    found = _found(text)
    assert ("AR035", "info") in found and not any(code == "AR001" for code, _ in found), text


def test_the_documents_other_figures_decide_a_comma_figure():
    # international elsewhere: "1,250" is 1.250
    assert number_convention(build_document("Tổng 1,250,000 hồ sơ; chi 1,250 tỷ.")) == "intl"
    assert _found("Thu 2,500,000 triệu; chi 1,250 tỷ đồng, gồm chi thường xuyên 1,000 tỷ đồng và chi đầu tư 250 tỷ "
                  "đồng.") == []
    # Vietnamese elsewhere: "1,250 tỷ" is 1,25 tỷ (an amount can be fractional)
    assert number_convention(build_document("Tiếp nhận 1.644 hồ sơ, chi 1,250 tỷ.")) == "vi"
    assert _found("Tiếp nhận 1.644 hồ sơ. Chi 1,250 tỷ đồng, gồm chi thường xuyên 1 tỷ đồng và chi đầu tư 0,250 "
                  "tỷ đồng.") == []
    # ... but a count of files has no fraction: "1,250 hồ sơ" stays ambiguous
    assert ("AR035", "info") in _found("Tiếp nhận 1.644 hồ sơ. Đã giải quyết 1,250 hồ sơ.")


def test_a_foreign_figure_in_a_vietnamese_document_is_pointed_out():
    assert ("SY001", "info") in _found("Tiếp nhận 1.644 hồ sơ, đạt 98.5% kế hoạch.")
    assert not any(c == "SY001" for c, _ in _found("Tiếp nhận 1.644 hồ sơ, đạt 98,5% kế hoạch."))


def test_points_and_multiples_with_a_decimal_point_are_international():
    """"0.65 điểm phần trăm", "2.5 lần": a Vietnamese "." groups three digits, so one or two
    digits after it can only be a decimal point (a year or section number is no such figure)."""
    from checker.extract.number_tokens import extract_numbers

    for written, value in (("0.65 điểm phần trăm", "0.65"), ("1.29 điểm %", "1.29"), ("2.5 lần", "2.5"),
                           ("6.52%", "6.52")):
        doc = build_document(f"GRDP tăng 7.19%, khu vực I đóng góp {written} vào tăng trưởng.")
        toks = [t for t in extract_numbers(doc, 0, len(doc.text)) if t.text == written.split()[0].rstrip("%")]
        assert [str(t.value) for t in toks] == [value] and toks[0].number_format == "intl", written
    # a Vietnamese thousands group stays one ("1.290 điểm" is 1290 points)
    doc = build_document("Thí sinh đạt 1.290 điểm.")
    assert [str(t.value) for t in extract_numbers(doc, 0, len(doc.text))] == ["1290"]
