"""Abbreviations a document defines ("doanh nghiệp (DN)"), and the scale words of "tỉ"."""
from __future__ import annotations

from decimal import Decimal

from hypothesis import given, strategies as st

from checker.extract import build_document, numbers
from checker.quantities.abbreviations import abbreviations


def test_a_bracket_spelling_the_initials_defines_an_abbreviation():
    doc = build_document("Cả nước có 114.400 doanh nghiệp (DN) mới; thủ tục hành chính (TTHC) và lực lượng lao động "
                         "(LLLĐ) tăng.")
    assert abbreviations(doc) == {"dn": ("doanh", "nghiệp"), "tthc": ("thủ", "tục", "hành", "chính"),
                                  "lllđ": ("lực", "lượng", "lao", "động")}


def test_other_brackets_define_nothing():
    doc = build_document("(QBĐT) - Trong quý, số vụ (tăng 5%) giảm; hồ sơ (HS) và Ủy ban nhân dân (UBND).")
    assert abbreviations(doc) == {"hs": ("hồ", "sơ"), "ubnd": ("ủy", "ban", "nhân", "dân")}


def test_an_abbreviation_defined_two_ways_is_not_read():
    doc = build_document("doanh nghiệp (DN) và hộ dân nghèo (DN) khác.")
    assert abbreviations(doc) == {}


@given(st.text(alphabet="abcDNđĐ() ,.", max_size=300))
def test_any_text_reads_without_error(text):
    assert isinstance(abbreviations(build_document(text)), dict)


def test_ti_is_tỷ_in_compound_scale_words_too():
    doc = build_document("vốn đăng ký là 1.434,4 nghìn tỉ đồng, 12,5 tỉ đồng và 3 ngàn tỉ đồng.")
    assert [(n.text, n.scale) for n in numbers(doc)] == [("1.434,4", Decimal(10) ** 12), ("12,5", Decimal(10) ** 9),
                                                         ("3", Decimal(10) ** 12)]
