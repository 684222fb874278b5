"""A .docx gives the same findings (codes and counts) as the text it was typed from.

The .docx files are generated here with python-docx the way an agency types a report:
headings as Word automatic numbering (the labels are not in the text), a header table,
a table with merged header cells, a Nơi nhận/signer table. The two runs are compared
with each other, not with fixed numbers: the rules change, the equivalence must hold.
"""
from __future__ import annotations

from collections import Counter

import docx
import pytest

from checker.engine import run
from checker.extract import read_path
from conftest import CORPUS, SEED, needs_shared
from fixtures_docx import text_to_docx

HEADER_LEFT = ["ỦY BAN NHÂN DÂN TỈNH BẮC AN", "SỞ NỘI VỤ", "Số: 125/BC-SNV"]
HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Bắc An, ngày 15 tháng 5 năm 2023"]
BODY = """BÁO CÁO

Kết quả công tác cải cách hành chính quý I năm 2023

I. KẾT QUẢ THỰC HIỆN

1. Cải cách thủ tục hành chính

a) Tiếp nhận hồ sơ

Trong quý, Trung tâm tiếp nhận 1.250 hồ sơ, trong đó 800 hồ sơ trực tuyến và 400 hồ sơ trực tiếp.

b) Giải quyết hồ sơ

Đã giải quyết 1.000 hồ sơ, trong đó 700 hồ sơ đúng hạn và 300 hồ sơ trễ hạn.

2. Cải cách tài chính công

2.1. Kết quả tiếp nhận, giải quyết hồ sơ

Chỉ tiêu\tNăm 2022\t\tNăm 2023\t
\tKế hoạch\tThực hiện\tKế hoạch\tThực hiện
Hồ sơ tiếp nhận\t1.000\t950\t1.200\t1.100
Hồ sơ giải quyết\t900\t850\t1.000\t1.050
Tổng cộng\t1.900\t1.800\t2.200\t2.100

2.2. Văn bản ban hành

Văn bản\tNgày ban hành
Kế hoạch số 12/KH-SNV\t30/02/2023
Quyết định số 45/QĐ-SNV\t15/03/2023

II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II

1. Tiếp tục rà soát thủ tục hành chính

- Rà soát 35 thủ tục, gồm 20 thủ tục cấp tỉnh và 15 thủ tục cấp huyện;

- Hoàn thành trước ngày 30/6/2023.

Nơi nhận:
- Bộ Nội vụ;
- UBND tỉnh;
- Lưu: VT, CCHC.

GIÁM ĐỐC

Nguyễn Văn An
"""


def sample_text() -> str:
    return "\n\n".join(HEADER_LEFT + HEADER_RIGHT) + "\n\n" + BODY


def _codes(report) -> Counter:
    return Counter(f.code for f in report.findings)


@pytest.fixture(scope="module")
def sample_pair(tmp_path_factory, ruleset):
    d = tmp_path_factory.mktemp("eq")
    txt = d / "sample.txt"
    txt.write_text(sample_text(), encoding="utf-8")
    docx_path = text_to_docx(BODY, d / "sample.docx", header=(HEADER_LEFT, HEADER_RIGHT), merge_header_rows=2)
    return txt, docx_path, run(read_path(txt), ruleset), run(read_path(docx_path), ruleset)


def test_sample_docx_is_really_word_structured(sample_pair):
    _, path, _, _ = sample_pair
    d = docx.Document(str(path))
    assert len(d.tables) == 4  # header, merged-header data table, dates table, closing table
    assert d.tables[1]._tbl.xpath(".//w:gridSpan") and d.tables[1]._tbl.xpath(".//w:vMerge")
    numbered = [p for p in d.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]
    assert len(numbered) >= 10
    assert not any(p.text.startswith(("I.", "II.", "1.", "2.1", "a)")) for p in d.paragraphs)


def test_sample_docx_gives_same_findings_as_text(sample_pair):
    _, _, from_txt, from_docx = sample_pair
    assert not from_txt.internal_errors and not from_docx.internal_errors
    assert from_txt.findings, "the sample has defects: the text run must find some"
    assert _codes(from_docx) == _codes(from_txt)
    # messages may quote line numbers, which differ; what was flagged must not
    assert sorted((f.code, f.excerpt) for f in from_docx.findings) == \
        sorted((f.code, f.excerpt) for f in from_txt.findings)


def test_sample_docx_blocks_match_text(sample_pair):
    txt, path, _, _ = sample_pair
    a, b = read_path(txt), read_path(path)
    assert [(h.label, h.style, h.level, h.title) for h in b.headings] == \
        [(h.label, h.style, h.level, h.title) for h in a.headings]
    assert [[[c.text for c in r.cells] for r in t.rows] for t in b.tables] == \
        [[[c.text for c in r.cells] for r in t.rows] for t in a.tables]
    assert [type(x).__name__ for x in b.blocks] == [type(x).__name__ for x in a.blocks]


def test_docx_findings_carry_their_word_location(sample_pair):
    _, path, _, from_docx = sample_pair
    d = docx.Document(str(path))
    para = next(i for i, p in enumerate(d.paragraphs, start=1) if "1.250 hồ sơ" in p.text)
    located = [f for f in from_docx.findings if f.span.line > 1 or f.data.get("location")]
    assert located and all("location" in f.data for f in located)
    for f in from_docx.findings:
        loc = f.data.get("location")
        if loc is None:
            continue
        if "1.250" in f.excerpt:
            assert loc == {"paragraph": para}
        if "30/02/2023" in f.excerpt:  # the impossible date, in the dates table (3rd table)
            assert loc == {"table": 3, "row": 2, "cell": 2}
    dates = [f for f in from_docx.findings if "30/02/2023" in f.excerpt]
    assert dates, "the impossible date in a table cell must be found"


def test_text_findings_have_no_location(sample_pair):
    _, _, from_txt, _ = sample_pair
    assert all("location" not in f.data for f in from_txt.findings)


@needs_shared()
def test_reference_draft_as_auto_numbered_docx_gives_same_findings(tmp_path, ruleset):
    text = SEED.read_text(encoding="utf-8")
    path = text_to_docx(text, tmp_path / "seed.docx")
    d = docx.Document(str(path))
    assert sum(p._p.pPr is not None and p._p.pPr.numPr is not None for p in d.paragraphs) > 25
    assert d.tables, "the 5.2 table is a Word table"
    a, b = read_path(SEED), read_path(path)
    # the outline Word draws from numbering.xml is the outline written in the text
    assert [(h.label, h.level, h.title) for h in b.headings] == [(h.label, h.level, h.title) for h in a.headings]
    # the 5.2 table (with a stray blank line in the text) is the same table
    assert [[[c.text for c in r.cells] for r in t.rows] for t in b.tables] == \
        [[[c.text for c in r.cells] for r in t.rows] for t in a.tables]
    ra, rb = run(a, ruleset), run(b, ruleset)
    assert not ra.internal_errors and not rb.internal_errors
    assert ra.findings
    assert _codes(rb) == _codes(ra)
    assert sorted((f.code, f.excerpt) for f in rb.findings) == sorted((f.code, f.excerpt) for f in ra.findings)


CORPUS_FILES = sorted(CORPUS.glob("*.txt")) if CORPUS.exists() else []


@needs_shared()
@pytest.mark.parametrize("path", CORPUS_FILES, ids=[p.stem for p in CORPUS_FILES])
def test_corpus_documents_as_docx_give_same_findings(tmp_path, ruleset, path):
    text = path.read_text(encoding="utf-8")
    a, b = read_path(path), read_path(text_to_docx(text, tmp_path / f"{path.stem}.docx"))
    assert [(h.label, h.level) for h in b.headings] == [(h.label, h.level) for h in a.headings]
    assert _codes(run(b, ruleset)) == _codes(run(a, ruleset))
