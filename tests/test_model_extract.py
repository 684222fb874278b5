"""Reading, NFC normalisation with spans into the text as read, and block splitting."""
from __future__ import annotations

import unicodedata
from decimal import Decimal

from hypothesis import given, settings, strategies as st

from checker.extract import InputError, build_document, numbers, read_path
from checker.extract import grammar as g
from checker.extract.number_tokens import parse_vn_number
from checker.model import Heading, ListItem, Paragraph, Recipients, Signature, Table

import pytest


def test_nfd_input_is_normalised_but_spans_point_at_the_text_as_read():
    nfc = "Tỷ lệ đạt 30,73% (677/2203 hồ sơ)."
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc
    doc = build_document("Dòng đầu\n" + nfd)
    assert doc.text == "Dòng đầu\n" + nfc
    tok = next(t for t in numbers(doc) if t.percent)
    assert tok.text == "30,73"
    # the column counts code points of the NFD line as read
    assert tok.span.line == 2
    assert tok.span.column == nfd.index("30,73") + 1
    assert doc.source_line(2)[tok.span.column - 1:tok.span.end_column - 1] == "30,73%"


def test_crlf_and_bom(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("\ufeffTiêu đề\r\nCó 15 hồ sơ.\r\n".encode("utf-8"))
    doc = read_path(p)
    assert doc.text.startswith("Tiêu đề\nCó 15")
    tok = numbers(doc)[0]
    assert (tok.span.line, tok.span.column) == (2, 4)


def test_utf16_with_bom(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("Tổng số 15 hồ sơ.\n".encode("utf-16"))
    assert read_path(p).text.startswith("Tổng số 15")


@pytest.mark.parametrize("data,word", [(b"\x00\x01\x02binary\x00", "nhị phân"),
                                       (b"T\xf4ng s\xf4 h\xf4 s\xf5 \xff", "UTF-8")])
def test_unreadable_inputs(tmp_path, data, word):
    p = tmp_path / "x.txt"
    p.write_bytes(data)
    with pytest.raises(InputError) as e:
        read_path(p)
    assert word in str(e.value) and "\n" not in str(e.value)


def test_blocks_headings_lists_tables_closing():
    text = (
        "BÁO CÁO\nKết quả quý I\n\nI. KẾT QUẢ\n\n1. Công tác\n\n5.2. Đơn vị:\n\na) Mục a\n\n"
        "- gạch đầu dòng\n+ cộng\n\n"
        "Tên\tTổng số\tA\nDòng 1\t3\t3\n\nTổng cộng\t3\t3\n\n"
        "| Cột | Số |\n|---|---|\n| x | 1 |\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nNguyễn Văn A\n"
    )
    doc = build_document(text)
    kinds = [(type(b).__name__, getattr(b, "label", "")) for b in doc.blocks]
    assert kinds == [
        ("Paragraph", ""), ("Heading", "I"), ("Heading", "1"), ("Heading", "5.2"), ("Heading", "a"),
        ("ListItem", ""), ("ListItem", ""), ("Table", ""), ("Table", ""), ("Recipients", ""), ("Signature", ""),
    ]
    tab = doc.blocks[7]
    assert isinstance(tab, Table) and len(tab.rows) == 3  # the stray blank line inside is skipped
    assert [c.text for c in tab.rows[2].cells] == ["Tổng cộng", "3", "3"]
    assert tab.rows[2].line == 18
    pipe = doc.blocks[8]
    assert [[c.text for c in r.cells] for r in pipe.rows] == [["Cột", "Số"], ["x", "1"]]
    heads = [b for b in doc.blocks if isinstance(b, Heading)]
    assert [(h.style, h.level) for h in heads] == [("roman", 1), ("arabic", 2), ("decimal", 3), ("letter", 4)]
    assert doc.blocks[9].items == ["- Như trên;", "- Lưu: VT."]
    assert doc.blocks[10].lines == ["GIÁM ĐỐC", "Nguyễn Văn A"]


def test_numbers_carry_value_precision_unit_and_cues():
    doc = build_document("Tỉnh có 2025 TTHC, khoảng 1.234.567,50 tỷ đồng, hơn 08 tin, 30,73% và 110 /lớp năm 2020.")
    toks = {t.text: t for t in numbers(doc)}
    assert toks["2025"].value == 2025 and toks["2025"].unit.startswith("TTHC")  # a count, not a year
    big = toks["1.234.567,50"]
    assert big.value == Decimal("1234567.50") and big.decimals == 2 and big.scale == 10**9 and big.approx == "khoảng"
    assert toks["08"].approx == "hơn" and toks["08"].leading_zero
    assert toks["30,73"].percent and toks["30,73"].half_unit == Decimal("0.005")
    assert toks["110"].unit.startswith("lớp")
    assert "2020" not in toks  # "năm 2020" is a year


def test_dates_codes_ranges_are_not_quantities():
    doc = build_document("Kế hoạch số 424/KH-UBND ngày 16/12/2019, giai đoạn 2011 - 2020, từ 01 - 03% công chức, "
                         "lúc 06:03, tại www.x.gov.vn, ISO 9001, Covid-19.")
    assert [t.text for t in numbers(doc)] == []


def vn_format(value: Decimal, decimals: int) -> str:
    q = value.quantize(Decimal(1).scaleb(-decimals)) if decimals else value.quantize(Decimal(1))
    s = f"{q:f}"
    int_part, _, dec_part = s.partition(".")
    groups = []
    while len(int_part) > 3:
        groups.insert(0, int_part[-3:])
        int_part = int_part[:-3]
    groups.insert(0, int_part)
    return ".".join(groups) + ("," + dec_part if dec_part else "")


@settings(max_examples=300)
@given(st.decimals(min_value=0, max_value=10**12, allow_nan=False, allow_infinity=False, places=3),
       st.integers(min_value=0, max_value=3))
def test_vietnamese_numbers_round_trip(value, decimals):
    written = vn_format(value, decimals)
    m = g.VN_NUMBER.parse_string(written, parse_all=True)
    parsed, dec = parse_vn_number(m["int"], m.get("dec"))
    assert dec == decimals
    assert parsed == Decimal(written.replace(".", "").replace(",", "."))
    # and inside a sentence, through the extractor
    doc = build_document(f"Đạt {written} hồ sơ.")
    [tok] = numbers(doc)
    assert tok.value == parsed and tok.decimals == decimals and tok.text == written


@pytest.mark.parametrize("text", [
    "theo Nghị định số 32/2020/NĐ-CP ngày 05/3/2020 của Chính phủ và Kế hoạch 76/KH-UBND ngày 12/3/2020.",
    "Kế hoạch số 424/KH-UBND ngày 16 tháng 12 năm 2019; Chỉ thị 16/CT-TTg của Thủ tướng; 08/NQ/CP",
    "Quyết định số 4761/QĐ-UBND, Thông tư số 01/2019/TT-BNV ngày 24/01/2019.",
])
def test_citation_grammar_and_its_compiled_scan_agree(text):
    import re

    pp_hits = [(s, e) for _, s, e in g.CITATION.parse_with_tabs().scan_string(text)]
    re_hits = [m.span() for m in re.finditer(g.CITATION_RE, text)]
    assert pp_hits == re_hits and pp_hits


def test_periods_every_form():
    from checker.extract import periods

    doc = build_document("Báo cáo quý I/2020, quí II năm 2021, 6 tháng đầu năm 2022, bốn tháng đầu năm 2020, "
                         "9 tháng năm 2022, sau 9 tháng, năm 2023, giai đoạn 2021-2030, từ đầu năm đến nay.")
    got = [(p.kind, p.text) for p in periods(doc)]
    assert ("quarter", "quý I/2020") in got and ("quarter", "quí II năm 2021") in got
    assert ("months", "6 tháng đầu năm 2022") in got and ("months", "bốn tháng đầu năm 2020") in got
    assert ("months", "9 tháng năm 2022") in got
    assert ("months_bare", "9 tháng") in got  # no anchor in the year: its own kind
    assert ("range", "2021-2030") in got and ("year", "năm 2023") in got
    assert any(k == "ytd" for k, _ in got)
