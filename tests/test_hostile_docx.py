"""Hostile .docx input: the reader stays bounded in time and memory.

Each shape of ``../shared/hostile/*.docx`` is rebuilt here (CI may not have ../shared): a zip
member lying about its size (2 GB from 2 MB), huge w:gridSpan / w:gridBefore, numbering start
values far outside what Word accepts (huge, negative, absurd), long style chains and
paragraphs of line breaks, deep nesting; and running out of memory or stack. Each is read
with its values clamped, or refused with a one-line InputError, never an internal error.
"""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from hypothesis import given, strategies as st

from _adversarial import superlinear
from _fuzz import run_cli
from checker.extract import InputError, read_path
from checker.extract import docx as docx_reader
from checker.extract.docx import (MAX_NUMBER_LABEL, MAX_TABLE_COLUMNS, check_inflated_sizes, decimal_number,
                                  format_number, location_at)
from checker.model import Table
from fixtures_docx import docx_package, raw_zip, text_to_docx

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024


# ----------------------------------------------------------------------------- helpers
def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def _refusal(path, **kw) -> str:
    with pytest.raises(InputError) as e:
        read_path(path, **kw)
    msg = str(e.value)
    assert msg and "\n" not in msg
    return msg


def _traced(fn):
    """(what ``fn()`` returned or raised, peak bytes traced by tracemalloc while it ran)."""
    tracemalloc.start()
    try:
        try:
            result = fn()
        except Exception as e:  # noqa: BLE001 - handed back to the test to assert on
            result = e
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _lines(doc) -> list[str]:
    return [ln for ln in doc.text.split("\n") if ln]


def _p(text: str, ppr: str = "") -> str:
    return f"<w:p>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}<w:r><w:t>{text}</w:t></w:r></w:p>"


def _tc(text: str, span=None) -> str:
    pr = f'<w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>' if span is not None else ""
    return f"<w:tc>{pr}{_p(text)}</w:tc>"


def _tr(cells: list[str], before=None) -> str:
    pr = f'<w:trPr><w:gridBefore w:val="{before}"/></w:trPr>' if before is not None else ""
    return f"<w:tr>{pr}{''.join(cells)}</w:tr>"


def _tbl(rows: list[str], grid_cols: int | None = None) -> str:
    grid = "<w:tblGrid>" + '<w:gridCol w:w="500"/>' * grid_cols + "</w:tblGrid>" if grid_cols else ""
    return f"<w:tbl>{grid}{''.join(rows)}</w:tbl>"


def _numbered(fmt: str, start, lvl_text: str = "%1)", paragraphs: int = 1, override=None) -> bytes:
    """The numbering reproducers: one list level ``fmt`` starting at ``start``."""
    numbering = (f'<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="{start}"/>'
                 f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{lvl_text}"/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/>'
                 + (f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{override}"/></w:lvlOverride>'
                    if override is not None else "") + "</w:num>")
    numpr = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
    return docx_package(_p("Mục một", numpr) * paragraphs, numbering=numbering)


def _lying_bomb(inflated_mb: int, declared: int = 1000) -> bytes:
    """bomb-lying-size-2GB.docx: word/document.xml declares ``declared`` bytes and inflates to
    ``inflated_mb`` MB of zeros. Fully flushed deflate segments are identical, so the stream
    is one compressed megabyte repeated, built without compressing gigabytes."""
    c = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    segment = c.compress(b"\0" * MB) + c.flush(zlib.Z_FULL_FLUSH)
    stream = segment * inflated_mb + c.flush(zlib.Z_FINISH)
    ct = b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
    return raw_zip([("[Content_Types].xml", ct, zipfile.ZIP_STORED, len(ct)),
                    ("word/document.xml", stream, zipfile.ZIP_DEFLATED, declared)])


GRIDSPAN_DOC = docx_package(_tbl([_tr([_tc("1.000", span=99999999), _tc("50%")])]))


# ----------------------------------------------------------------------------- zip members
def test_the_bomb_builder_really_inflates_to_what_it_says():
    data = _lying_bomb(3)
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as zf:
        info = zf.getinfo("word/document.xml")
        raw = data[info.header_offset + 30 + len(info.filename):][:info.compress_size]
    assert info.file_size == 1000 and len(zlib.decompress(raw, -zlib.MAX_WBITS)) == 3 * MB


def test_member_inflating_beyond_its_declared_size_is_refused_after_one_chunk(tmp_path):
    p = _write(tmp_path, "bomb.docx", _lying_bomb(64))
    assert p.stat().st_size < 100 * 1024
    err, peak = _traced(lambda: read_path(p))
    assert isinstance(err, InputError), err
    msg = str(err)
    assert msg.startswith("tệp nén bất thường: thành phần word/document.xml giải nén ra hơn 1,000 byte")
    assert "nghi là bom nén" in msg and "\n" not in msg
    assert peak < 4 * MB, f"{peak / MB:.0f} MB traced (zipfile inflates the whole member in one call)"


def test_members_summing_past_the_bound_are_refused_while_streaming(tmp_path):
    data = text_to_docx("Có 12 hồ sơ.\n", tmp_path / "ok.docx").read_bytes()
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as zf:
        infos = zf.infolist()
    check_inflated_sizes(data, infos)  # an ordinary document inflates to what it declares
    real_total = sum(i.file_size for i in infos)
    # outside a command line the reader's messages say both languages
    with pytest.raises(InputError, match=r"^tệp nén bất thường: các thành phần giải nén ra hơn 1,000 byte "
                                         r"\(nghi là bom nén\) \(abnormal zip: .* \(zip bomb suspected\)\)$"):
        check_inflated_sizes(data, infos, max_uncompressed=1000)
    assert real_total > 1000


def test_compression_other_than_deflate_is_refused(tmp_path):
    p = _write(tmp_path, "bz.docx", docx_package(_p("Có 12 hồ sơ."), compression=zipfile.ZIP_BZIP2))
    msg = _refusal(p)
    assert "không phải deflate" in msg and "[Content_Types].xml" in msg


def test_corrupt_deflate_stream_is_a_one_line_refusal(tmp_path):
    ct = b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
    p = _write(tmp_path, "bad.docx", raw_zip([("[Content_Types].xml", ct, zipfile.ZIP_STORED, len(ct)),
                                               ("word/document.xml", b"\xff" * 64, zipfile.ZIP_DEFLATED, 500)]))
    assert "tệp .docx bị hỏng, không mở được" in _refusal(p)


def test_member_name_in_a_refusal_stays_on_one_line(tmp_path):
    c = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    stream = c.compress(b"\0" * MB) + c.flush()
    ct = b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
    p = _write(tmp_path, "n.docx", raw_zip([("[Content_Types].xml", ct, zipfile.ZIP_STORED, len(ct)),
                                             ("word/a\nb\x1b[31m.xml", stream, zipfile.ZIP_DEFLATED, 10)]))
    msg = _refusal(p)
    assert "word/a?b?[31m.xml" in msg and "\x1b" not in msg


# ----------------------------------------------------------------------------- tables
@pytest.mark.parametrize("span", ["1000000", "99999999", "9" * 5000])
def test_huge_gridspan_without_a_grid_is_clamped_to_the_cells_of_the_table(tmp_path, span):
    p = _write(tmp_path, "g.docx", docx_package(_tbl([_tr([_tc("1.000", span=span), _tc("50%")])])))
    doc, peak = _traced(lambda: read_path(p))
    assert _lines(doc) == ["1.000\t\t50%"]  # the span reaches the table's width (2), "50%" is next
    locs = doc.meta["docx_locations"]
    assert location_at(locs, 1, doc.text.index("50%") + 1) == {"table": 1, "row": 1, "cell": 3}
    assert peak < 8 * MB, f"{peak / MB:.0f} MB traced"


@pytest.mark.parametrize("span,first_row", [("0", "A\tB"), ("-3", "A\tB"), ("²", "A\tB"), ("1_000", "A\tB"),
                                             ("2", "A\t\tB"), (" 2 ", "A\t\tB")])
def test_odd_gridspan_values_read_like_word(tmp_path, span, first_row):
    # Word treats 0 as 1 (MS-OI29500 2.1.130); "²" passes str.isdigit but not int(), which
    # once made it an internal error; xsd:integer allows the spaces around " 2 "
    p = _write(tmp_path, "g.docx", docx_package(_tbl([_tr([_tc("A", span=span), _tc("B")]),
                                                      _tr([_tc("1"), _tc("2"), _tc("3")])], grid_cols=3)))
    assert _lines(read_path(p)) == [first_row, "1\t2\t3"]


def test_gridspan_never_reaches_past_the_table_grid(tmp_path):
    body = _tbl([_tr([_tc("Tổng số", span=99999999)]), _tr([_tc("Xã A"), _tc("12"), _tc("40%")]),
                 _tr([_tc("Xã B"), _tc("18"), _tc("60%")])], grid_cols=3)
    doc = read_path(_write(tmp_path, "g.docx", docx_package(body)))
    assert _lines(doc) == ["Tổng số\t\t", "Xã A\t12\t40%", "Xã B\t18\t60%"]
    [table] = [b for b in doc.blocks if isinstance(b, Table)]
    assert [[c.text for c in row.cells] for row in table.rows] == [["Xã A", "12", "40%"], ["Xã B", "18", "60%"]]


def test_table_grid_is_capped_at_max_columns(tmp_path):
    body = _tbl([_tr([_tc("x", span=99999999)]), _tr([_tc("1"), _tc("2")])], grid_cols=5 * MAX_TABLE_COLUMNS)
    doc = read_path(_write(tmp_path, "g.docx", docx_package(body)))
    assert _lines(doc)[0] == "x" + "\t" * (MAX_TABLE_COLUMNS - 1)


def test_huge_grid_before_is_clamped_to_the_grid(tmp_path):
    body = _tbl([_tr([_tc("x")], before=99999999), _tr([_tc("1"), _tc("2")])], grid_cols=2)
    assert _lines(read_path(_write(tmp_path, "g.docx", docx_package(body)))) == ["\t\tx", "1\t2"]


def test_rendered_text_is_bounded_by_the_input_limit(tmp_path):
    # 1,000 rows each one cell spanning a 1,000-column grid: 40 KB of XML, a million tabs
    rows = [_tr([_tc("1", span=MAX_TABLE_COLUMNS)])] * 1000
    p = _write(tmp_path, "wide.docx", docx_package(_tbl(rows, grid_cols=MAX_TABLE_COLUMNS)))
    assert p.stat().st_size < 20_000
    err, peak = _traced(lambda: read_path(p, max_bytes=200_000))
    assert isinstance(err, InputError) and "tài liệu Word quá lớn" in str(err) and "--max-bytes" in str(err)
    assert peak < 32 * MB, f"{peak / MB:.0f} MB traced"
    doc, peak = _traced(lambda: read_path(p))  # within the default limit: read, every row a line
    lines = _lines(doc)
    assert len(lines) == 1000 and all(ln == "1" + "\t" * (MAX_TABLE_COLUMNS - 1) for ln in lines)
    # the line, its location and the document's offsets; not a Python int for every column
    assert peak < 64 * MB, f"{peak / MB:.0f} MB traced"


def _textbox_table(columns: int) -> bytes:
    table = _tbl([_tr([_tc(f"ô {i}") for i in range(columns)])])
    box = (f'<w:r><w:pict><w:txbxContent>{table}</w:txbxContent></w:pict></w:r>')
    return docx_package(f"<w:p>{box}<w:r><w:t>Báo cáo</w:t></w:r></w:p>")


def _renderer():
    """A renderer of a one-line document, to time one step of the reading without the parse."""
    import docx

    return docx_reader.DocxRenderer(docx.Document(io.BytesIO(docx_package(_p("x")))))


def test_wide_layout_table_is_read_column_by_column_in_linear_time(tmp_path):
    doc = read_path(_write(tmp_path, "t.docx", _textbox_table(3)))
    assert _lines(doc) == ["ô 0", "ô 1", "ô 2", "Báo cáo"]  # a text box's table: column by column
    renderer = _renderer()

    def make(n):
        return parse_xml(f'<w:tbl {nsdecls("w")}>' + _tr([_tc(f"ô {i}") for i in range(n)]) + "</w:tbl>")

    # each column once, not every cell of the table scanned for every column
    bad, t1, t2 = superlinear(lambda tbl: renderer._layout_table(tbl, {}), make, small=1000)
    assert not bad, f"x16 columns took {t2 / t1:.0f}x the time ({t1 * 1000:.0f} -> {t2 * 1000:.0f} ms)"


def test_paragraph_of_many_line_breaks_is_read_in_linear_time(tmp_path):
    body = "<w:p><w:r>" + "<w:br/>" * 10 + "<w:t>Nội dung</w:t></w:r></w:p>"
    assert _lines(read_path(_write(tmp_path, "br.docx", docx_package(body)))) == ["Nội dung"]
    renderer = _renderer()
    # the blank lines in front dropped at once, not one pop(0) each
    bad, t1, t2 = superlinear(lambda text: renderer._emit_paragraph(text, {"paragraph": 1}),
                              lambda n: "\n" * n + "Nội dung", small=20_000)
    assert not bad, f"x16 line breaks took {t2 / t1:.0f}x the time ({t1 * 1000:.0f} -> {t2 * 1000:.0f} ms)"


def test_nesting_is_bounded_by_the_xml_parser(tmp_path):
    def nested(n):
        return "<w:tbl><w:tr><w:tc>" * n + _p("x") + "</w:tc></w:tr></w:tbl>" * n

    assert _lines(read_path(_write(tmp_path, "n80.docx", docx_package(nested(80))))) == ["x"]
    # libxml2 (python-docx does not ask for huge trees) stops at 256 levels: the reader's
    # recursion over tables, content controls and runs is no deeper
    msg = _refusal(_write(tmp_path, "n400.docx", docx_package(nested(400))))
    assert "tệp .docx bị hỏng, không đọc được" in msg


# ----------------------------------------------------------------------------- numbering
@pytest.mark.parametrize("fmt,start,label", [
    ("upperRoman", "999999999999", "2147483647)"),  # clamped to 32 bits, too long for roman: digits
    ("lowerLetter", "999999999999", "2147483647)"),
    ("lowerLetter", "100000000", "100000000)"),
    ("decimal", "-5", "-5)"),
    ("upperRoman", "-99999999999999999999", "-2147483648)"),
    ("upperRoman", "9" * 5000, "2147483647)"),  # past int()'s 4,300-digit limit
    ("upperRoman", "3999", "MMMCMXCIX)"),
    ("lowerLetter", "28", "bb)"),
    ("lowerLetter", "²", "a)"),  # not a number: the default start
])
def test_numbering_start_values_give_a_short_label(tmp_path, fmt, start, label):
    p = _write(tmp_path, "n.docx", _numbered(fmt, start))
    doc, peak = _traced(lambda: read_path(p))
    assert _lines(doc) == [f"{label} Mục một"]
    assert peak < 8 * MB, f"{peak / MB:.0f} MB traced"


def test_start_override_is_clamped_too(tmp_path):
    p = _write(tmp_path, "n.docx", _numbered("lowerLetter", "1", override="-" + "9" * 30, paragraphs=2))
    assert _lines(read_path(p)) == ["-2147483648) Mục một", "-2147483647) Mục một"]


def test_roman_and_letter_labels_stop_at_word_label_length():
    n_letters = 26 * MAX_NUMBER_LABEL  # the last number lowerLetter draws with 31 letters
    assert format_number(n_letters, "lowerLetter") == "z" * MAX_NUMBER_LABEL
    assert format_number(n_letters + 1, "lowerLetter") == str(n_letters + 1)
    assert format_number(n_letters + 1, "upperLetter") == str(n_letters + 1)
    assert format_number(31_000, "upperRoman") == "M" * 31
    assert format_number(31_001, "lowerRoman") == "31001"
    assert format_number(3_888, "upperRoman") == "MMMDCCCLXXXVIII"
    t0 = time.perf_counter()
    for fmt in ("upperRoman", "lowerRoman", "upperLetter", "lowerLetter", "decimal", "decimalZero"):
        for n in (10 ** 12, 2 ** 31 - 1, -(10 ** 12), 0):
            assert len(format_number(n, fmt)) <= 14
    assert time.perf_counter() - t0 < 0.5


@pytest.mark.parametrize("text,value", [
    ("12", 12), (" 7 ", 7), ("+3", 3), ("-5", -5), ("007", 7), ("0" * 50 + "9", 9),
    ("2147483648", 2 ** 31 - 1), ("-2147483649", -(2 ** 31)), ("9" * 5000, 2 ** 31 - 1),
    ("²", None), ("٣", None), ("1_000", None), ("1e3", None), ("", None), (None, None), ("--1", None)])
def test_decimal_number_reads_st_decimal_number_as_a_32_bit_int(text, value):
    assert decimal_number(text) == value


def test_levels_word_would_not_load_are_ignored(tmp_path):
    numbering = ('<w:abstractNum w:abstractNumId="0">'
                 + "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                           f'<w:lvlText w:val="%1."/><w:lvlRestart w:val="²"/></w:lvl>'
                           for i in ("0", "9", "99999999999", "-1", "²"))
                 + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    body = "".join(_p(f"Đoạn {i}", f'<w:numPr><w:ilvl w:val="{i}"/><w:numId w:val="1"/></w:numPr>')
                   for i in ("0", "9", "99999999999", "²", "0"))
    doc = read_path(_write(tmp_path, "l.docx", docx_package(body, numbering=numbering)))
    # "²" is not a level: the list's first level, as for a missing w:ilvl
    assert _lines(doc) == ["1. Đoạn 0", "Đoạn 9", "Đoạn 99999999999", "2. Đoạn ²", "3. Đoạn 0"]


def test_long_level_text_gives_a_bounded_label(tmp_path):
    p = _write(tmp_path, "t.docx", _numbered("lowerLetter", "806", lvl_text="%1" * 50_000, paragraphs=200))
    doc, peak = _traced(lambda: read_path(p))
    lines = _lines(doc)
    assert len(lines) == 200
    assert all(len(ln) <= docx_reader.MAX_LVL_TEXT * MAX_NUMBER_LABEL + 20 for ln in lines)
    assert lines[1].startswith("807807807")  # past 31 letters: digits
    assert peak < 64 * MB, f"{peak / MB:.0f} MB traced"


class _CountingDict(dict):
    reads = 0

    def __getitem__(self, key):
        self.reads += 1
        return super().__getitem__(key)


def _style_chain(n: int) -> tuple[str, str, str]:
    """(numbering, styles, body): style s0 carries the list, s1..s(n-1) are each based on the
    one before; every paragraph takes a different style of the chain, the deepest first."""
    numbering = ('<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                 '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    styles = ('<w:style w:type="paragraph" w:styleId="s0"><w:pPr><w:numPr><w:numId w:val="1"/>'
              '</w:numPr></w:pPr></w:style>'
              + "".join(f'<w:style w:type="paragraph" w:styleId="s{i}"><w:basedOn w:val="s{i - 1}"/></w:style>'
                        for i in range(1, n)))
    body = "".join(_p("Mục", f'<w:pStyle w:val="s{i}"/>') for i in range(n - 1, -1, -1))
    return numbering, styles, body


def test_long_style_chain_is_walked_once(tmp_path):
    numbering, styles, body = _style_chain(3)
    doc = read_path(_write(tmp_path, "s.docx", docx_package(body, numbering=numbering, styles=styles)))
    assert _lines(doc) == ["1. Mục", "2. Mục", "3. Mục"]
    n = 2000
    numbering, styles, body = _style_chain(n)
    nb = docx_reader.Numbering(parse_xml(f"<w:numbering {nsdecls('w')}>{numbering}</w:numbering>"),
                               parse_xml(f"<w:styles {nsdecls('w')}>{styles}</w:styles>"))
    nb.style_num = _CountingDict(nb.style_num)
    paragraphs = parse_xml(f"<w:body {nsdecls('w')}>{body}</w:body>")
    labels = [nb.label(p) for p in paragraphs]
    assert labels[:2] == ["1.", "2."] and labels[-1] == f"{n}."
    # each style of the chain looked up a few times in all, not the chain for every paragraph
    assert nb.style_num.reads <= 3 * n, f"{nb.style_num.reads:,} style look-ups for {n:,} paragraphs"


# ----------------------------------------------------------------------------- out of memory, of stack
def test_memory_error_while_reading_is_an_input_error(tmp_path, monkeypatch):
    p = _write(tmp_path, "n.docx", _numbered("lowerLetter", "5"))

    def exhausted(n, fmt):  # what the old reader did with lowerLetter 999999999999
        raise MemoryError

    monkeypatch.setattr(docx_reader, "format_number", exhausted)
    assert _refusal(p) == ("tài liệu Word cần quá nhiều bộ nhớ để đọc, tệp có thể bất thường "
                           "(out of memory while reading the .docx; the file may be abnormal)")


def test_memory_error_inside_python_docx_is_not_called_corrupt(tmp_path, monkeypatch):
    import docx

    p = _write(tmp_path, "n.docx", _numbered("decimal", "1"))

    def exhausted(*a, **k):
        raise MemoryError

    monkeypatch.setattr(docx, "Document", exhausted)
    assert "cần quá nhiều bộ nhớ để đọc" in _refusal(p)


def test_recursion_error_while_reading_is_an_input_error(tmp_path, monkeypatch):
    p = _write(tmp_path, "n.docx", _numbered("decimal", "1"))

    def too_deep(self, p):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(docx_reader.DocxRenderer, "_paragraph", too_deep)
    assert "lồng nhau quá sâu, không đọc được" in _refusal(p)


def test_one_exhausted_file_does_not_stop_the_batch(tmp_path, monkeypatch):
    good = tmp_path / "good.txt"
    good.write_text("Tổng số 10 hồ sơ, gồm 4 hồ sơ và 5 hồ sơ.\n", encoding="utf-8")
    huge = _write(tmp_path, "huge.docx", _numbered("lowerLetter", "40000000"))
    real = docx_reader.format_number

    def exhausted(n, fmt):
        if n > 10 ** 6:
            raise MemoryError
        return real(n, fmt)

    monkeypatch.setattr(docx_reader, "format_number", exhausted)
    code, out, err = run_cli(["check", "--format", "json", str(huge), str(good)])
    assert code == 2 and "lỗi nội bộ" not in err and "Traceback" not in err
    assert [ln for ln in err.splitlines() if ln.strip()] == [
        f"draftcheck: {huge}: tài liệu Word cần quá nhiều bộ nhớ để đọc, tệp có thể bất thường"]
    by_path = {f["path"]: f for f in json.loads(out)["files"]}
    assert by_path[str(good)]["findings"] and "error" not in by_path[str(good)]  # 10 != 4 + 5: still checked
    assert "quá nhiều bộ nhớ" in by_path[str(huge)]["error"]


# ----------------------------------------------------------------------------- the reproducers, end to end
_PEAK = """
import json, re, resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, (2 * 1024 ** 3, 2 * 1024 ** 3))  # a regression fails, not the machine
from checker.cli import main
t0 = time.perf_counter()
try:
    main(["check", "--format", "json", "-o", sys.argv[1], *sys.argv[3:]])
except SystemExit as e:
    rc = e.code
hwm = int(re.search(r"VmHWM:\\s*(\\d+)", open("/proc/self/status").read()).group(1))
json.dump({"rc": rc, "seconds": time.perf_counter() - t0, "peak_kb": hwm}, open(sys.argv[2], "w"))
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc (VmHWM)")
def test_reproducers_end_to_end_in_bounded_time_and_memory(tmp_path):
    files = {
        "gridspan-1000000.docx": docx_package(_tbl([_tr([_tc("1.000", span=1000000), _tc("50%")])])),
        "gridspan-99999999.docx": GRIDSPAN_DOC,
        "numbering-upperRoman-999999999999.docx": _numbered("upperRoman", "999999999999"),
        "numbering-lowerLetter-999999999999.docx": _numbered("lowerLetter", "999999999999"),
        "numbering-lowerLetter-100000000.docx": _numbered("lowerLetter", "100000000"),
        "numbering-decimal--5.docx": _numbered("decimal", "-5"),
        "numbering-upperRoman--99999999999999999999.docx": _numbered("upperRoman", "-99999999999999999999"),
        "bomb-lying-size-2GB.docx": _lying_bomb(2048),
    }
    paths = [str(_write(tmp_path, name, data)) for name, data in files.items()]
    assert 1.5 * MB < os.path.getsize(paths[-1]) < 3 * MB
    report, stats = tmp_path / "report.json", tmp_path / "stats.json"
    proc = subprocess.run([sys.executable, "-c", _PEAK, str(report), str(stats), *paths], capture_output=True,
                          text=True, encoding="utf-8", cwd=ROOT, timeout=120)
    assert "Traceback" not in proc.stderr and "lỗi nội bộ" not in proc.stderr, proc.stderr[-2000:]
    measured = json.loads(stats.read_text())
    assert measured["rc"] == 2  # the bomb is refused; the others are read
    assert [ln for ln in proc.stderr.splitlines() if ln.strip()] == [
        f"draftcheck: {paths[-1]}: tệp nén bất thường: thành phần word/document.xml giải nén ra hơn 1,000 byte "
        "đã khai báo (nghi là bom nén)"]
    by_name = {Path(f["path"]).name: f for f in json.loads(report.read_text())["files"]}
    assert all("error" not in by_name[n] for n in files if not n.startswith("bomb"))
    assert measured["peak_kb"] <= 200 * 1024, f"peak RSS {measured['peak_kb'] // 1024} MB"
    assert measured["seconds"] < 15, f"{measured['seconds']:.1f} s for {len(files)} files"  # was > 30 s each


# ----------------------------------------------------------------------------- property
_VALUES = st.one_of(st.integers(-10 ** 30, 10 ** 30).map(str), st.integers(-3, 70).map(str),
                    st.sampled_from(["99999999", "2147483648", "-2147483649", "9" * 5000, "²", "1_0", "", " 3",
                                     "0x10", "+7", "-0"]))
_FORMATS = st.sampled_from(["decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter", "decimalZero",
                            "bullet", "none", "ordinal"])


@st.composite
def _hostile_bodies(draw) -> bytes:
    grid = draw(st.one_of(st.none(), st.integers(1, 2000)))
    rows = []
    for _ in range(draw(st.integers(1, 4))):
        cells = [_tc(draw(st.sampled_from(["1.000", "50%", "Tổng", ""])), span=draw(st.one_of(st.none(), _VALUES)))
                 for _ in range(draw(st.integers(1, 4)))]
        rows.append(_tr(cells, before=draw(st.one_of(st.none(), _VALUES))))
    fmt, start, override = draw(_FORMATS), draw(_VALUES), draw(st.one_of(st.none(), _VALUES))
    restart, ilvl = draw(_VALUES), draw(_VALUES)
    numbering = (f'<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="{start}"/>'
                 f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="%1.%2)"/></w:lvl>'
                 f'<w:lvl w:ilvl="1"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
                 f'<w:lvlText w:val="%1.%2."/><w:lvlRestart w:val="{restart}"/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/>'
                 + (f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{override}"/></w:lvlOverride>'
                    if override is not None else "") + "</w:num>")
    paras = "".join(_p("Mục", f'<w:numPr><w:ilvl w:val="{lv}"/><w:numId w:val="1"/></w:numPr>')
                    for lv in draw(st.lists(st.one_of(st.sampled_from(["0", "1"]), _VALUES), min_size=1, max_size=5)))
    return docx_package(paras + _tbl(rows, grid_cols=grid), numbering=numbering)


@given(_hostile_bodies())
def test_any_span_or_numbering_value_reads_quickly_or_is_refused(data):
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "h.docx"
        p.write_bytes(data)
        t0 = time.perf_counter()
        try:
            doc = read_path(p)
        except InputError as e:
            assert str(e) and "\n" not in str(e)
        else:
            # at most MAX_TABLE_COLUMNS columns a row, labels of a few dozen characters
            assert all(len(ln) < 2 * MAX_TABLE_COLUMNS for ln in doc.text.split("\n"))
        assert time.perf_counter() - t0 < 2
