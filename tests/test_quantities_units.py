"""What a figure measures (issue 14): unit classes and dimensions from rules/lexicon/units.toml,
and the arithmetic kinds never adding or comparing figures of different classes."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from checker import check_text, load_ruleset
from checker.extract import build_document, numbers
from checker.quantities import LexiconError, compatible, load_units, reading

ARITH = load_ruleset().select(["AR"])


def _readings(text: str):
    doc = build_document(text)
    return [(n.text, reading(n, doc.text).cls, reading(n, doc.text).dimension) for n in numbers(doc)]


@pytest.mark.parametrize("text,expected", [
    ("đạt 9,5 triệu lít", ("9,5", "physical", "volume")),
    ("67,5 ngàn cái", ("67,5", "physical", "cái")),
    ("221 nghìn viên", ("221", "physical", "viên")),
    ("thu 1.234 tỷ đồng", ("1.234", "money", "")),
    ("thu 1.690 tỷ", ("1.690", "money", "")),
    ("năng suất 3,2 tạ/ha", ("3,2", "physical", "yield")),
    ("diện tích 4.000 m2", ("4.000", "physical", "area")),
    ("sản lượng điện 150 MWh", ("150", "physical", "energy")),
    ("tiếp nhận 12 hồ sơ", ("12", "count", "hồ")),
    ("đạt 30,5%", ("30,5", "percent", "")),
    ("gồm 4 và", ("4", "bare", "")),
])
def test_units_are_read_with_their_class(text, expected):
    assert _readings(text)[0] == expected


def test_compatibility_is_by_class_and_dimension():
    lex = load_units()
    tan, kg, lit, cai, vien = (lex.classify_unit(u) for u in ("tấn", "kg", "lít", "cái", "viên"))
    money, ho_so, bare = lex.classify_unit("tỷ đồng", scaled=True), lex.classify_unit("hồ sơ"), lex.classify_unit("")
    pct = lex.classify_unit("%", percent=True)
    assert compatible(tan, kg) and tan.factor == 1000 * kg.factor
    assert not compatible(lit, cai) and not compatible(cai, vien) and not compatible(lit, money)
    assert not compatible(ho_so, money) and not compatible(pct, ho_so)
    assert compatible(bare, ho_so) and compatible(bare, money) and not compatible(bare, pct)


def test_a_bad_unit_lexicon_is_a_load_error_naming_file_and_key(tmp_path):
    from checker.quantities.words import lexicon_dir

    text = (lexicon_dir() / "units.toml").read_text(encoding="utf-8")
    bad = tmp_path / "units.toml"
    bad.write_text(text.replace('"tấn" = ["mass", 1000]', '"tấn" = ["mass", -1]'), encoding="utf-8")
    with pytest.raises(LexiconError, match=r"units\.toml: physical\.tấn"):
        load_units(str(bad))
    bad.write_text(text.replace('dimension = "volume"', 'dimension = "mass"'), encoding="utf-8")
    with pytest.raises(LexiconError, match=r"cases\[6\]: 'triệu lít'"):
        load_units(str(bad))


# ----------------------------------------------------------------------------- no sum across classes
PHYSICAL = ["triệu lít", "ngàn cái", "nghìn viên", "nghìn tấn", "ha", "MWh", "triệu m3", "con"]
CONNECT = ["gồm", "bao gồm", "trong đó", "cụ thể:", "chia ra:"]


@given(st.lists(st.sampled_from(PHYSICAL), min_size=2, max_size=4, unique=True),
       st.lists(st.integers(1, 999), min_size=4, max_size=4), st.integers(1, 99_999), st.sampled_from(CONNECT),
       st.sampled_from(["tỷ đồng", "triệu đồng", "hồ sơ", "đơn vị"]))
def test_figures_of_different_classes_are_never_summed(units, values, total, connector, total_unit):
    parts = ", ".join(f"{v} {u}" for v, u in zip(values, units))
    text = f"Tổng giá trị hàng hóa là {total} {total_unit}, {connector} {parts}."
    found = [(f.code, f.message) for f in check_text(text, ARITH).findings if f.severity != "info"]
    assert found == [], text
