"""Hypothesis strategies for the fuzz tests: Vietnamese-looking drafts full of numbers, dates,
codes, headings and tables; encodings; .docx zips (valid, truncated, wrong parts). Not a test
module (no ``test_`` prefix); imported by tests/test_fuzz_*.py."""
from __future__ import annotations

import contextlib
import io
import unicodedata
import zipfile

from hypothesis import strategies as st

WORDS = ["hồ sơ", "thủ tục", "TTHC", "đơn vị", "cán bộ", "công chức", "đồng", "tỷ đồng", "triệu đồng",
         "người", "xã", "lượt", "văn bản", "doanh nghiệp", "dự án", "%", "", "kiến nghị"]
CUES = ["Tổng số", "tổng cộng", "gồm", "trong đó", "đạt", "chiếm", "tăng", "giảm", "so với cùng kỳ",
        "khoảng", "ước đạt", "đúng hạn", "trễ hạn", "đã giải quyết", "đang giải quyết", "tiếp nhận",
        "còn lại", "bằng", "tỷ lệ", "so với", "hơn", "gần", "trên", "cộng", "cùng kỳ năm trước"]
FILL = ["Ủy ban nhân dân", "tỉnh", "huyện", "thực hiện", "cải cách hành chính", "Sở Nội vụ", "năm",
        "tháng", "quý", "ngày", "báo cáo", "kết quả", "UBND", "các cơ quan", "trực tuyến", "mức độ",
        "thứ Hai", "chủ nhật", "số", "của", "về", "và", "(", ")", ",", ";", ":", "-", "/", "…"]
TYPES = ["Nghị định", "Quyết định", "Kế hoạch", "Thông tư", "Công văn", "Nghị quyết", "Chỉ thị", "Báo cáo"]
KH = ["UBND", "NĐ-CP", "QĐ-UBND", "KH-UBND", "SNV-CCHC", "TT-BTC", "QH15", "CP", "BC-UBND", "QĐ–TTg"]


def _grouped(n: int) -> str:
    s = str(n)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return ".".join(out)


@st.composite
def vn_number(draw) -> str:
    n = draw(st.one_of(st.integers(0, 120), st.integers(0, 10**7), st.integers(0, 10**13)))
    form = draw(st.sampled_from(["grouped", "plain", "dec", "pct", "lead0", "weird"]))
    if form == "grouped":
        return _grouped(n)
    if form == "plain":
        return str(n)
    if form == "dec":
        return f"{_grouped(n)},{draw(st.integers(0, 999))}"
    if form == "pct":
        return f"{n % 101},{draw(st.integers(0, 99)):02d}%"
    if form == "lead0":
        return f"0{n % 100}"
    return draw(st.sampled_from(["1.2.3", "1,2,3", "1..2", "1.23", ",5", "1.", "1,", "12.3456", "-5",
                                 "1/0", "0/0", "1.000/0", "1e5", "½", "٣", "１２"]))


@st.composite
def vn_date(draw) -> str:
    d, m = draw(st.integers(0, 40)), draw(st.integers(0, 14))
    y = draw(st.sampled_from([1899, 1999, 2019, 2020, 2021, 2024, 2100, 9999]))
    form = draw(st.integers(0, 7))
    return [f"ngày {d:02d} tháng {m:02d} năm {y}", f"{d}/{m}/{y}", f"ngày {d}/{m}/{y}", f"{d}/{m}",
            f"tháng {m}/{y}", f"quý {draw(st.sampled_from(['I', 'II', 'IV', 'V', '1', '5']))}/{y}",
            f"từ ngày {d}/{m} đến ngày {d + 1}/{m}/{y}", f"thứ Hai, ngày {d}/{m}/{y}"][form]


@st.composite
def vn_code(draw) -> str:
    num, y = draw(st.integers(1, 99999)), draw(st.sampled_from([2018, 2020, 2023]))
    kh = draw(st.sampled_from(KH))
    code = draw(st.sampled_from([f"{num}/{y}/{kh}", f"{num}/{kh}", f"{num} / {kh}", f"{num}/{y}/{kh}/x"]))
    if draw(st.booleans()):
        return f"{draw(st.sampled_from(TYPES))} số {code} ngày {draw(vn_date())} của UBND tỉnh"
    return code


WORD = st.text(alphabet=st.characters(codec="utf-8", categories=["L", "M", "N", "P", "S", "Zs"]),
               min_size=1, max_size=8)


def sentence():
    piece = st.one_of(
        st.sampled_from(CUES), st.sampled_from(FILL), WORD,
        st.builds(lambda n, w: f"{n} {w}".strip(), vn_number(), st.sampled_from(WORDS)),
        vn_date(), vn_code(),
    )
    return st.lists(piece, min_size=1, max_size=25).map(" ".join).map(lambda s: s + ".")


def heading():
    label = st.sampled_from(["I.", "II.", "IV -", "X.", "1.", "2)", "3.", "1.1.", "2.3.4.", "a)", "đ)", "#",
                             "##", "###", "IIII.", "0.", "99.", "1.1.1.1.1."])
    return st.builds(lambda l, s: f"{l} {s}", label, sentence())


def table():
    cell = st.one_of(vn_number(), st.sampled_from(WORDS + FILL + ["Tổng", "Cộng", ""]), WORD)
    row = st.lists(cell, min_size=1, max_size=6)
    sep = st.sampled_from(["\t", "|"])
    return st.builds(
        lambda rows, s: "\n".join(("\t".join(r) if s == "\t" else "| " + " | ".join(r) + " |") for r in rows),
        st.lists(row, min_size=1, max_size=8), sep)


# ----------------------------------------------------------------------------- hostile shapes
# The shapes that hung or crashed the checker once (issue 13): a long run of letters after a
# number and a colon (a backtracking label pattern), one long sentence of repeated relations
# (quadratic judging), deep parentheses, numbers of 29 digits and more (Decimal contexts), NUL
# bytes and control characters inside prose.
LETTERS = st.text(alphabet=st.sampled_from("aăâbcdđeêghiklmnoôơpqrstuưvxyàáạảãếệ"), min_size=1, max_size=3)


@st.composite
def hostile_block(draw) -> str:
    shape = draw(st.sampled_from(["colon-run", "relations", "nesting", "huge-number", "nul", "long-word"]))
    n = draw(st.integers(1, 400))
    if shape == "colon-run":
        run = draw(LETTERS) * draw(st.integers(20, 300))
        sep = draw(st.sampled_from(["", " ", "  ", "\x00"]))
        return f"{draw(st.sampled_from(CUES))} {draw(vn_number())} {draw(st.sampled_from(WORDS))}:{sep}{run}"
    if shape == "relations":
        unit = draw(st.sampled_from(WORDS))
        one = draw(st.sampled_from([f"tổng 10 {unit} gồm 4 và 5 ", f"Tổng số 9 {unit}, trong đó 4 {unit} và 5 {unit}; ",
                                    f"đạt 50% (5/10 {unit}), ", "tăng 10% so với cùng kỳ (100), "]))
        return one * n
    if shape == "nesting":
        opener = draw(st.sampled_from(["(gồm 5 ", "(", "(trong đó 3 ", "[", "(đạt 5% "]))
        return f"Tổng 10 hồ sơ {opener * n}{')' * draw(st.integers(0, n))}."
    if shape == "huge-number":
        digits = draw(st.integers(25, 80))
        big = "9" * digits
        return draw(st.sampled_from([
            f"Tổng {big} hồ sơ, gồm 1 hồ sơ và 2 hồ sơ.", f"Đạt {big}% kế hoạch.", f"Tăng {big} so với cùng kỳ.",
            f"Thu {_grouped(int(big))},{big} tỷ đồng.", f"Tổng 10, gồm {big} và 5.", f"chiếm {big},5%."]))
    if shape == "nul":
        return draw(sentence()).replace(" ", draw(st.sampled_from(["\x00", "\x0b", "\x1f", "\u200b"])))
    return "Tổng " + draw(LETTERS) * draw(st.integers(100, 2000)) + " 10 hồ sơ."


def block():
    return st.one_of(
        sentence(), heading(), table(), hostile_block(),
        st.lists(sentence(), min_size=1, max_size=4).map(" ".join),
        st.builds(lambda s: f"- {s}", sentence()), st.builds(lambda s: f"+ {s}", sentence()),
        st.sampled_from(["BÁO CÁO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                         "Số: /BC-UBND", "Tiền Giang, ngày 05 tháng 01 năm 2020", "Nơi nhận:", "- Như trên;",
                         "KT. CHỦ TỊCH", "<!-- draftcheck: disable AR001 -->", "<!-- expect: AR001 -->",
                         "<!--", "-->", "|", "| --- | --- |", "\t", "((((", "))))", "", "   "]),
    )


def vn_text(max_blocks: int = 30):
    """A draft-looking text: blocks joined by one or two newlines (sometimes CRLF)."""
    return st.builds(
        lambda blocks, nl: nl.join(blocks),
        st.lists(block(), min_size=0, max_size=max_blocks),
        st.sampled_from(["\n", "\n\n", "\r\n", "\r\n\r\n", "\n \n"]),
    )


ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1258", "nfd", "latin-1"]


def encode(text: str, enc: str) -> bytes:
    if enc == "nfd":
        return unicodedata.normalize("NFD", text).encode("utf-8")
    return text.encode(enc, errors="replace")


# ----------------------------------------------------------------------------- .docx
_CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
       '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
       '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
       '<Default Extension="xml" ContentType="application/xml"/>'
       '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
       'wordprocessingml.document.main+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'officeDocument" Target="word/document.xml"/></Relationships>')
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _esc(s: str) -> str:
    s = "".join(ch for ch in s if ch in "\t\n" or (ord(ch) >= 0x20 and not 0xD800 <= ord(ch) <= 0xDFFF
                                                   and ch not in "\ufffe\uffff"))
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def document_xml(text: str) -> str:
    """A minimal WordprocessingML body: one paragraph a line, tab-separated lines as a table."""
    body = []
    for line in text.split("\n"):
        if "\t" in line:
            cells = "".join(f"<w:tc><w:p><w:r><w:t xml:space=\"preserve\">{_esc(c)}</w:t></w:r></w:p></w:tc>"
                            for c in line.split("\t"))
            body.append(f"<w:tbl><w:tr>{cells}</w:tr></w:tbl>")
        else:
            body.append(f"<w:p><w:r><w:t xml:space=\"preserve\">{_esc(line)}</w:t></w:r></w:p>")
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{_W}"><w:body>'
            + "".join(body) + "</w:body></w:document>")


def make_zip(parts: dict[str, bytes | str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return buf.getvalue()


def valid_docx(text: str) -> bytes:
    return make_zip({"[Content_Types].xml": _CT, "_rels/.rels": _RELS, "word/document.xml": document_xml(text)})


# numbering starts and spans as a crafted file may give them: huge, negative, absurd
HOSTILE_INT = st.one_of(st.integers(-5, 40), st.integers(-(10**20), 10**20),
                        st.sampled_from([0, 32767, 32768, 99999999, 999999999999, -99999999999999999999]))
NUM_FORMATS = ["decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter", "bullet", "none",
               "decimalZero", "ordinal", "bogus"]
_CT_NUMBERING = _CT.replace("</Types>", '<Override PartName="/word/numbering.xml" ContentType="application/'
                            'vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>')
_DOC_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
             'numbering" Target="numbering.xml"/></Relationships>')


def numbered_docx(fmt: str, start: int, paragraphs: int) -> bytes:
    """A .docx whose paragraphs are numbered from ``start`` in format ``fmt``."""
    numbering = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="{_W}">'
                 f'<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="{start}"/>'
                 f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
                 f'<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
    body = "".join('<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
                   f'<w:r><w:t>Mục {i}: tổng 10 hồ sơ, gồm 4 và 5</w:t></w:r></w:p>' for i in range(paragraphs))
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{_W}"><w:body>'
           f"{body}</w:body></w:document>")
    return make_zip({"[Content_Types].xml": _CT_NUMBERING, "_rels/.rels": _RELS,
                     "word/_rels/document.xml.rels": _DOC_RELS, "word/document.xml": doc,
                     "word/numbering.xml": numbering})


def spanned_docx(span: int, rows: int) -> bytes:
    """A .docx with a table whose first cell claims to span ``span`` grid columns."""
    row = (f'<w:tr><w:tc><w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr><w:p><w:r><w:t>Tổng</w:t></w:r></w:p></w:tc>'
           '<w:tc><w:p><w:r><w:t>10</w:t></w:r></w:p></w:tc></w:tr>')
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{_W}"><w:body>'
           f'<w:tbl><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>{row * rows}</w:tbl>'
           "<w:p><w:r><w:t>Tổng 10 hồ sơ, gồm 4 và 5.</w:t></w:r></w:p></w:body></w:document>")
    return make_zip({"[Content_Types].xml": _CT, "_rels/.rels": _RELS, "word/document.xml": doc})


@st.composite
def docx_bytes(draw) -> bytes:
    """A .docx: valid, truncated, with wrong or missing parts, bad XML, or flipped bytes."""
    text = draw(vn_text(max_blocks=12))
    good = valid_docx(text)
    kind = draw(st.sampled_from(["valid", "truncated", "missing", "badxml", "wrongpart", "flip", "garbage",
                                 "empty", "nested", "numbering", "gridspan"]))
    if kind == "valid":
        return good
    if kind == "numbering":
        return numbered_docx(draw(st.sampled_from(NUM_FORMATS)), draw(HOSTILE_INT), draw(st.integers(1, 5)))
    if kind == "gridspan":
        return spanned_docx(draw(HOSTILE_INT), draw(st.integers(1, 4)))
    if kind == "truncated":
        return good[:draw(st.integers(0, max(0, len(good) - 1)))]
    if kind == "missing":
        drop = draw(st.sampled_from(["[Content_Types].xml", "_rels/.rels", "word/document.xml"]))
        parts = {"[Content_Types].xml": _CT, "_rels/.rels": _RELS, "word/document.xml": document_xml(text)}
        parts.pop(drop)
        return make_zip(parts)
    if kind == "badxml":
        xml = document_xml(text)
        cut = draw(st.integers(0, len(xml)))
        junk = draw(st.sampled_from(["", "<w:p>", "</w:body>", "&bogus;", "<![CDATA[", "\x00", "<?xml?>",
                                     '<!DOCTYPE x [<!ENTITY a "aaaa">]>']))
        return make_zip({"[Content_Types].xml": _CT, "_rels/.rels": _RELS,
                         "word/document.xml": xml[:cut] + junk + xml[cut:]})
    if kind == "wrongpart":
        return make_zip({"[Content_Types].xml": _CT, "_rels/.rels": _RELS,
                         draw(st.sampled_from(["word/document2.xml", "document.xml", "word/styles.xml"])):
                         document_xml(text),
                         "word/numbering.xml": draw(st.sampled_from(["", "<x/>", document_xml(text)]))})
    if kind == "flip":
        data = bytearray(good)
        for _ in range(draw(st.integers(1, 8))):
            i = draw(st.integers(0, len(data) - 1))
            data[i] = draw(st.integers(0, 255))
        return bytes(data)
    if kind == "garbage":
        return b"PK\x03\x04" + draw(st.binary(max_size=400))
    if kind == "empty":
        return make_zip({})
    return make_zip({"[Content_Types].xml": _CT, "_rels/.rels": _RELS, "word/document.xml": good})


# ----------------------------------------------------------------------------- running the CLI in-process
def run_cli(args: list[str]) -> tuple[int, str, str]:
    """``draftcheck ARGS`` in this process: (exit code, stdout, stderr)."""
    from checker.cli import main

    out, err = io.StringIO(), io.StringIO()
    code = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            main(args)
        except SystemExit as e:
            code = e.code
    return (0 if code is None else code), out.getvalue(), err.getvalue()
