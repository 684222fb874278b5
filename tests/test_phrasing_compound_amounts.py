"""Amounts written in their scale words (issue 14): "470 tỷ 581 triệu 046 nghìn đồng" is one
figure, 470.581.046.000 đồng, exact to the thousand — judgment enforcement and budget reports
write money so. Read as three figures it made sums of pieces of one amount."""
from __future__ import annotations

from decimal import Decimal

from hypothesis import given, strategies as st

from _vn import vn

from checker import check_text
from checker.extract import build_document
from checker.extract.number_tokens import extract_numbers


def said(amount: int, zero_pad: bool) -> str:
    """``amount`` (in nghìn đồng) in scale words: "470 tỷ 581 triệu 046 nghìn"."""
    ty, rest = divmod(amount, 1_000_000)
    trieu, nghin = divmod(rest, 1_000)
    pieces = [f"{vn(ty)} tỷ"] if ty else []
    for v, word in ((trieu, "triệu"), (nghin, "nghìn")):
        if v or pieces:
            pieces.append(f"{v:03d} {word}" if zero_pad and pieces else f"{v} {word}")
    return " ".join(pieces)


@given(st.integers(1_000_001, 900_000_000_000), st.booleans())
def test_an_amount_in_scale_words_is_one_figure(amount, zero_pad):
    text = f"Tổng số tiền phải thi hành là {said(amount, zero_pad)} đồng."
    doc = build_document(text)
    toks = extract_numbers(doc, 0, len(doc.text))
    assert [(t.value, t.scale, t.unit) for t in toks] == [(Decimal(amount) * 1000, 1, "đồng")], (text, toks)


@given(st.integers(1_000_001, 900_000_000), st.integers(1_000_001, 900_000_000), st.booleans(), st.booleans())
def test_sums_of_amounts_in_scale_words(a, b, zero_pad, broken):
    total = a + b + (a // 7 + 1_000 if broken else 0)
    text = (f"Tổng số tiền thụ lý là {said(total, zero_pad)} đồng, gồm {said(a, zero_pad)} đồng có điều "
            f"kiện giải quyết và {said(b, zero_pad)} đồng chưa có điều kiện giải quyết.")
    loud = [(f.code, f.span.line) for f in check_text(text).findings if f.category == "arithmetic" and f.severity != "info"]
    assert loud == ([("AR001", 1)] if broken else []), text
