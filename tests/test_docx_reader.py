"""The .docx reader: rendering (numbering, tables, merged cells, text boxes, page header),
locations in finding data, and ``draftcheck extract``."""
from __future__ import annotations

import subprocess
import sys

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from checker.extract import read_path, render
from checker.extract.docx import Numbering, format_number, location_at
from checker.model import Heading, ListItem, Recipients, Signature, Table
from fixtures_docx import Lists, set_numbering, text_to_docx


# ----------------------------------------------------------------------------- numbering
def _numbering(levels_xml: str, nums_xml: str, styles_xml: str = ""):
    numbering = parse_xml(f"<w:numbering {nsdecls('w')}>{levels_xml}{nums_xml}</w:numbering>")
    styles = parse_xml(f"<w:styles {nsdecls('w')}>{styles_xml}</w:styles>") if styles_xml else None
    return Numbering(numbering, styles)


def _lvl(ilvl, fmt, text, start=1, extra=""):
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>')


def _p(num_id=None, ilvl=None, style=None):
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num_id is not None:
        ppr += "<w:numPr>" + (f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else "") + \
               f'<w:numId w:val="{num_id}"/></w:numPr>'
    return parse_xml(f"<w:p {nsdecls('w')}><w:pPr>{ppr}</w:pPr><w:r><w:t>x</w:t></w:r></w:p>")


OUTLINE = ('<w:abstractNum w:abstractNumId="0">'
           + _lvl(0, "upperRoman", "%1.") + _lvl(1, "decimal", "%2.") + _lvl(2, "decimal", "%2.%3.")
           + _lvl(3, "lowerLetter", "%4)") + "</w:abstractNum>")


def test_outline_numbering_restarts_lower_levels():
    n = _numbering(OUTLINE, '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    seq = [0, 1, 1, 3, 3, 3, 1, 2, 2, 0, 1, 3]
    labels = [n.label(_p(1, lv)) for lv in seq]
    assert labels == ["I.", "1.", "2.", "a)", "b)", "c)", "3.", "3.1.", "3.2.", "II.", "1.", "a)"]


def test_start_override_restarts_a_shared_list_and_nums_share_counters():
    nums = ('<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
            '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>'
            '<w:num w:numId="3"><w:abstractNumId w:val="0"/>'
            '<w:lvlOverride w:ilvl="1"><w:startOverride w:val="5"/></w:lvlOverride></w:num>')
    n = _numbering(OUTLINE, nums)
    got = [n.label(_p(1, 1)), n.label(_p(1, 1)), n.label(_p(2, 1)), n.label(_p(3, 1)), n.label(_p(1, 1))]
    assert got == ["1.", "2.", "3.", "5.", "6."]


def test_formats_legal_and_lvl_restart():
    abstract = ('<w:abstractNum w:abstractNumId="0">' + _lvl(0, "upperRoman", "%1.")
                + _lvl(1, "decimal", "%1.%2.", extra="<w:isLgl/>")
                + _lvl(2, "lowerLetter", "%3)", extra='<w:lvlRestart w:val="0"/>') + "</w:abstractNum>")
    n = _numbering(abstract, '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    assert [n.label(_p(1, 0)), n.label(_p(1, 0)), n.label(_p(1, 1)), n.label(_p(1, 2)),
            n.label(_p(1, 0)), n.label(_p(1, 2))] == ["I.", "II.", "2.1.", "a)", "III.", "b)"]
    assert [format_number(v, "lowerLetter") for v in (1, 4, 5, 26, 27)] == ["a", "d", "e", "z", "aa"]
    assert [format_number(v, f) for v, f in ((4, "upperRoman"), (9, "lowerRoman"), (3, "decimalZero"),
                                             (2, "upperLetter"))] == ["IV", "ix", "03", "B"]


def test_numbering_from_paragraph_style_and_bullets_and_num_zero():
    abstract = ('<w:abstractNum w:abstractNumId="0">' + _lvl(0, "decimal", "%1.", extra='<w:pStyle w:val="H1"/>')
                + _lvl(1, "decimal", "%1.%2.", extra='<w:pStyle w:val="H2"/>') + "</w:abstractNum>"
                + '<w:abstractNum w:abstractNumId="1">' + _lvl(0, "bullet", "-") + _lvl(1, "bullet", "\uf0b7")
                + "</w:abstractNum>")
    nums = ('<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
            '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>')
    styles = ('<w:style w:type="paragraph" w:default="1" w:styleId="Normal"/>'
              '<w:style w:type="paragraph" w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="H2"><w:basedOn w:val="H1"/><w:pPr><w:numPr>'
              '<w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>')
    n = _numbering(abstract, nums, styles)
    assert n.label(_p(style="H1")) == "1."
    assert n.label(_p(style="H2")) == "1.1."
    assert n.label(_p(style="H2")) == "1.2."
    assert n.label(_p(0, 0, style="H1")) == ""  # numId 0 removes the style's numbering
    assert n.label(_p(style="H1")) == "2."
    assert n.label(_p()) == ""
    assert [n.label(_p(2, 0)), n.label(_p(2, 1))] == ["-", "•"]


# ----------------------------------------------------------------------------- rendering
HEADER = (["ỦY BAN NHÂN DÂN TỈNH BẮC AN", "SỞ NỘI VỤ", "Số: 125/BC-SNV"],
          ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Bắc An, ngày 15 tháng 5 năm 2023"])


def test_header_table_renders_left_column_then_right(tmp_path):
    path = text_to_docx("BÁO CÁO\n\nKết quả công tác quý I năm 2023\n", tmp_path / "h.docx", header=HEADER)
    doc = read_path(path)
    lines = [ln for ln in doc.text.split("\n") if ln.strip()]
    assert lines[:7] == HEADER[0] + HEADER[1] + ["BÁO CÁO"]
    locs = doc.meta["docx_locations"]
    assert locs[1] == {"table": 1, "row": 1, "cell": 1, "paragraph": 1}
    line_qh = doc.text.split("\n").index(HEADER[1][0]) + 1
    assert location_at(locs, line_qh) == {"table": 1, "row": 1, "cell": 2, "paragraph": 1}
    assert location_at(locs, lines_index(doc, "BÁO CÁO")) == {"paragraph": 1}


def lines_index(doc, text: str) -> int:
    return doc.text.split("\n").index(text) + 1


def test_auto_numbered_headings_become_headings(tmp_path):
    text = ("I. KẾT QUẢ\n\n1. Cải cách thể chế\n\na) Xây dựng văn bản\n\nb) Rà soát văn bản\n\n"
            "2. Cải cách tài chính\n\n2.1. Cơ quan hành chính\n\n2.2. Đơn vị sự nghiệp\n\na) Tự chủ\n\n"
            "II. PHƯƠNG HƯỚNG\n\n1. Nhiệm vụ\n\n- Tiếp tục rà soát;\n\n+ cấp tỉnh;\n")
    path = text_to_docx(text, tmp_path / "n.docx")
    raw = docx.Document(str(path))
    assert all(not p.text[:1].isdigit() and not p.text.startswith(("I.", "a)")) for p in raw.paragraphs)
    doc = read_path(path)
    got = [(h.label, h.style, h.level, h.title) for h in doc.headings]
    want = [(h.label, h.style, h.level, h.title) for h in read_text(text).headings]
    assert got == want
    assert [h.label for h in doc.headings] == ["I", "1", "a", "b", "2", "2.1", "2.2", "a", "II", "1"]
    items = [b.text for b in doc.blocks if isinstance(b, ListItem)]
    assert items == ["- Tiếp tục rà soát;", "+ cấp tỉnh;"]


def read_text(text: str):
    from checker.extract import build_document

    return build_document(text)


def test_merged_header_table_keeps_grid_columns(tmp_path):
    text = ("Chỉ tiêu\tNăm 2022\t\tNăm 2023\t\n\tKế hoạch\tThực hiện\tKế hoạch\tThực hiện\n"
            "Hồ sơ tiếp nhận\t1.000\t950\t1.200\t1.100\nHồ sơ giải quyết\t900\t850\t1.000\t1.050\n")
    path = text_to_docx(text, tmp_path / "m.docx", merge_header_rows=2)
    raw = docx.Document(str(path)).tables[0]._tbl
    assert raw.xpath(".//w:gridSpan") and raw.xpath(".//w:vMerge")  # really merged in Word
    doc = read_path(path)
    [table] = doc.tables
    assert [[c.text for c in row.cells] for row in table.rows] == [
        ["Chỉ tiêu", "Năm 2022", "", "Năm 2023", ""],
        ["", "Kế hoạch", "Thực hiện", "Kế hoạch", "Thực hiện"],
        ["Hồ sơ tiếp nhận", "1.000", "950", "1.200", "1.100"],
        ["Hồ sơ giải quyết", "900", "850", "1.000", "1.050"],
    ]
    locs = doc.meta["docx_locations"]
    row3 = table.rows[2].line
    col_950 = doc.source_line(row3).index("950") + 1
    assert location_at(locs, row3, col_950) == {"table": 1, "row": 3, "cell": 3}
    assert location_at(locs, row3) == {"table": 1, "row": 3}


def test_text_box_and_page_header_are_read(tmp_path):
    path = text_to_docx("BÁO CÁO\n\nNội dung báo cáo quý I.\n", tmp_path / "t.docx",
                        page_header=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
                        textbox=["SỞ NỘI VỤ", "Số: 12/BC-SNV"])
    doc = read_path(path)
    lines = [ln for ln in doc.text.split("\n") if ln.strip()]
    assert lines == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "SỞ NỘI VỤ",
                     "Số: 12/BC-SNV", "BÁO CÁO", "Nội dung báo cáo quý I."]  # the VML copy is not read twice
    locs = doc.meta["docx_locations"]
    assert locs[1] == {"header": "default", "paragraph": 1}
    assert location_at(locs, lines_index(doc, "Số: 12/BC-SNV")) == {"textbox": 1, "paragraph": 2}


def test_page_number_only_header_is_ignored(tmp_path):
    path = text_to_docx("Nội dung báo cáo quý I năm 2023.\n", tmp_path / "p.docx", page_header=["2"])
    assert read_path(path).text.strip() == "Nội dung báo cáo quý I năm 2023."


def test_deleted_text_field_codes_and_hidden_runs_are_not_read(tmp_path):
    d = docx.Document()
    p = d.add_paragraph("Tổng số ")
    p._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="1" w:author="a"><w:r><w:delText>999</w:delText></w:r></w:del>'))
    p._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="2" w:author="a"><w:r><w:t>120</w:t></w:r></w:ins>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:instrText> PAGE </w:instrText></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r>'))
    p.add_run(" hồ sơ;")
    p.add_run().add_break()
    p.add_run("dòng hai")
    d.save(str(tmp_path / "r.docx"))
    doc = read_path(tmp_path / "r.docx")
    assert doc.text.split("\n")[:2] == ["Tổng số 120 hồ sơ;", "dòng hai"]


def test_closing_table_gives_recipients_and_signature(tmp_path):
    text = ("Báo cáo đã nêu đủ kết quả trong quý.\n\nNơi nhận:\n- Bộ Nội vụ;\n- Lưu: VT, CCHC.\n\n"
            "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An\n")
    path = text_to_docx(text, tmp_path / "c.docx")
    assert len(docx.Document(str(path)).tables) == 1
    doc = read_path(path)
    rec = next(b for b in doc.blocks if isinstance(b, Recipients))
    sig = next(b for b in doc.blocks if isinstance(b, Signature))
    assert rec.items == ["- Bộ Nội vụ;", "- Lưu: VT, CCHC."]
    assert sig.lines == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An"]


def test_render_shows_lines_kinds_and_locations(tmp_path):
    text = "I. KẾT QUẢ\n\nChỉ tiêu\tSố\nHồ sơ\t12\nTổng\t12\n"
    path = text_to_docx(text, tmp_path / "x.docx")
    out = render(read_path(path))
    lines = out.splitlines()
    assert lines[0].split() == ["1", "heading", "I", "¶1", "I.", "KẾT", "QUẢ"]
    assert lines[2].split()[:4] == ["3", "table", "T1", "R1"]
    assert lines[3].split()[:3] == ["4", "T1", "R2"]
    assert render(read_path(path)) == out  # stable


def test_extract_command_prints_the_rendering(tmp_path):
    path = text_to_docx("I. KẾT QUẢ\n\nCó 12 hồ sơ.\n", tmp_path / "e.docx")
    res = subprocess.run([sys.executable, "-m", "checker", "extract", str(path)], capture_output=True,
                         text=True, encoding="utf-8")
    assert res.returncode == 0, res.stderr
    assert res.stdout == render(read_path(path))
    assert "I. KẾT QUẢ" in res.stdout and "¶2" in res.stdout


@pytest.mark.parametrize("style", ["upperRoman", "decimal"])
def test_lists_helper_numbers_what_word_would(tmp_path, style):
    d = docx.Document()
    lists = Lists(d)
    aid = lists.add_abstract([(style, "%1.")])
    nid = lists.add_num(aid)
    for title in ("Một", "Hai", "Ba"):
        set_numbering(d.add_paragraph(title), nid, 0)
    d.save(str(tmp_path / "l.docx"))
    doc = read_path(tmp_path / "l.docx")
    want = {"upperRoman": ["I", "II", "III"], "decimal": ["1", "2", "3"]}[style]
    assert [h.label for h in doc.headings] == want
    assert all(isinstance(b, Heading) for b in doc.blocks)
    assert not doc.tables or isinstance(doc.tables[0], Table)


# ----------------------------------------------------------------------------- properties
from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

from checker.extract import InputError  # noqa: E402

_ALPHABET = st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệ"
                                 "ìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
                                 "ABCĐ0123456789 .,;:%/()-–\"'"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(_ALPHABET, min_size=0, max_size=60), min_size=1, max_size=12))
def test_plain_paragraphs_render_one_a_line(tmp_path, paragraphs):
    d = docx.Document()
    for t in paragraphs:
        d.add_paragraph(t)
    path = tmp_path / "prop.docx"
    d.save(str(path))
    want = [t.rstrip() for t in paragraphs if t.strip()]
    if not want:
        with pytest.raises(InputError):
            read_path(path)
        return
    doc = read_path(path)
    lines = doc.text.rstrip("\n").split("\n")
    assert [ln for ln in lines if ln] == want
    assert all(not ln for ln in lines[1::2])  # a blank line between paragraphs
    locs = doc.meta["docx_locations"]
    body = [i for i, t in enumerate(paragraphs, start=1) if t.strip()]
    assert [locs[n]["paragraph"] for n in range(1, len(lines) + 1, 2)] == body


@pytest.fixture(scope="module")
def valid_docx_bytes(tmp_path_factory):
    p = text_to_docx("I. KẾT QUẢ\n\nCó 12 hồ sơ.\n\nA\tB\n1\t2\n", tmp_path_factory.mktemp("v") / "v.docx",
                     header=(["SỞ NỘI VỤ"], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]))
    return p.read_bytes()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(min_value=0), st.binary(min_size=1, max_size=8), st.booleans())
def test_damaged_docx_never_crashes(tmp_path, valid_docx_bytes, pos, junk, truncate):
    data = valid_docx_bytes
    pos %= len(data)
    data = data[:pos] if truncate else data[:pos] + junk + data[pos + len(junk):]
    path = tmp_path / "damaged.docx"
    path.write_bytes(data)
    try:
        doc = read_path(path)
    except InputError as e:
        assert "\n" not in str(e)
    else:
        assert doc.text


def test_num_style_link_takes_levels_from_the_numbering_style():
    abstract = ('<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="Outline"/>'
                + _lvl(0, "upperRoman", "%1.") + _lvl(1, "decimal", "%2.") + "</w:abstractNum>"
                '<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="Outline"/></w:abstractNum>')
    nums = ('<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
            '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>')
    styles = ('<w:style w:type="numbering" w:styleId="Outline"><w:pPr><w:numPr><w:numId w:val="1"/>'
              '</w:numPr></w:pPr></w:style>')
    n = _numbering(abstract, nums, styles)
    assert [n.label(_p(2, 0)), n.label(_p(2, 1)), n.label(_p(2, 1)), n.label(_p(2, 0))] == ["I.", "1.", "2.", "II."]


def test_appendix_after_the_closing_table_is_checked(tmp_path, ruleset):
    from pathlib import Path

    from fixtures_docx import _add_table

    from checker import check_path

    sample = (Path(__file__).resolve().parent.parent / "samples" / "bao-cao-cchc-hop-le.md").read_text(encoding="utf-8")
    path = text_to_docx(sample, tmp_path / "phu-luc.docx")
    d = docx.Document(str(path))
    d.add_paragraph("PHỤ LỤC")
    d.add_paragraph("Tổng số hồ sơ tiếp nhận là 8.200 hồ sơ, gồm 5.100 hồ sơ trực tuyến và 3.000 hồ sơ trực tiếp.")
    _add_table(d, [["Cấp", "Tiếp nhận", "Trực tuyến", "Trực tiếp"], ["Cấp tỉnh", "8.200", "5.100", "3.100"],
                   ["Cấp huyện", "4.280", "3.000", "1.280"], ["Tổng cộng", "12.480", "8.100", "4.480"]])
    d.save(str(path))
    doc = read_path(path)
    kinds = [b.kind for b in doc.blocks]
    assert kinds.index("signature") < kinds.index("table")
    found = {(f.code, f.data.get("location", {}).get("table")) for f in check_path(path, ruleset).findings}
    assert ("AR001", None) in found and any(code == "AR007" for code, _ in found)
