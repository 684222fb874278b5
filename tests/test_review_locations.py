"""Locations in Word's terms for a .docx in every output ("đoạn 6", "bảng 2, dòng 2, ô 2",
"tiêu đề trang"), with the heading path the finding stands under ("I.1 › a)"); JSON keeps its
line and column fields; a text draft keeps ``path:line:col``. Also: the reader is the only
code that opens a .docx (comments and locations come from the document model)."""
from __future__ import annotations

import json
from xml.etree import ElementTree as ET

import pytest
from click.testing import CliRunner

from checker.cli import cli
from checker.extract import build_document, read_path
from checker.model import heading_path_text
from test_review_docx import BODY, HEADER_LEFT, HEADER_RIGHT
from fixtures_docx import text_to_docx


@pytest.fixture(scope="module")
def draft(tmp_path_factory):
    d = tmp_path_factory.mktemp("loc")
    path = text_to_docx(BODY, d / "bao-cao.docx", header=(HEADER_LEFT, HEADER_RIGHT),
                        page_header=["Dự thảo ngày 31/04/2023"])
    txt = d / "bao-cao.txt"
    txt.write_text("\n\n".join(HEADER_LEFT + HEADER_RIGHT) + "\n\n" + BODY, encoding="utf-8")
    return path, txt


def out(path, fmt, *extra) -> str:
    res = CliRunner().invoke(cli, ["check", "--no-config", str(path), "--format", fmt, *extra])
    assert res.exit_code == 1, res.stderr
    return res.stdout


def test_json_keeps_line_and_column_and_adds_where_and_heading(draft):
    doc = json.loads(out(draft[0], "json"))
    findings = doc["files"][0]["findings"]
    by_code = {f["code"]: f for f in findings if f["excerpt"]}
    date = next(f for f in findings if f["excerpt"] == "30/02/2023")
    assert date["line"] > 1 and date["column"] > 1 and date["end_column"] > date["column"]
    assert date["data"]["location"] == {"table": 2, "row": 2, "cell": 2}
    assert date["where"] == "bảng 2, dòng 2, ô 2" and date["heading"] == "I.2"
    arith = by_code["AR002"]
    assert arith["where"].startswith("đoạn ") and arith["heading"] == "I.1 › a)"
    header = next(f for f in findings if "31/04/2023" in f["excerpt"])
    assert header["where"] == "tiêu đề trang"
    english = json.loads(out(draft[0], "json", "--lang", "en"))["files"][0]["findings"]
    assert any(f["where"] == "table 2, row 2, cell 2" for f in english)


def test_text_outputs_say_where_in_word(draft):
    concise = out(draft[0], "concise")
    assert "bao-cao.docx (bảng 2, dòng 2, ô 2 · mục I.2): error DT001" in concise
    assert "bao-cao.docx (tiêu đề trang): error DT001" in concise
    assert any(line.startswith(f"{draft[0]} (đoạn ") and "mục I.1 › a)" in line for line in concise.splitlines())
    assert not any(line.startswith(f"{draft[0]}:") for line in concise.splitlines())
    full = out(draft[0], "full")
    assert "bảng 2, dòng 2, ô 2 · mục I.2" in full and "toàn văn bản" in full
    github = out(draft[0], "github")
    line = next(ln for ln in github.splitlines() if "30/02/2023" in ln)
    assert "line=" not in line and "bảng 2%2C dòng 2%2C ô 2" in line
    junit = ET.fromstring(out(draft[0], "junit"))
    names = [c.get("name") for c in junit.iter("testcase")]
    assert any(n.startswith("DT001 bảng 2, dòng 2, ô 2") for n in names)


def test_sarif_has_a_logical_location(draft):
    run = json.loads(out(draft[0], "sarif"))["runs"][0]
    result = next(r for r in run["results"] if r["locations"][0]["physicalLocation"]["region"].get("snippet", {})
                  .get("text") == "30/02/2023")
    (logical,) = result["locations"][0]["logicalLocations"]
    assert logical["name"] == "bảng 2, dòng 2, ô 2"
    assert logical["fullyQualifiedName"] == f"{draft[0].name} › I.2 › bảng 2, dòng 2, ô 2"
    assert logical["properties"]["word"] == {"table": 2, "row": 2, "cell": 2}


def test_html_says_where_in_word(draft):
    page = out(draft[0], "html")
    assert "bảng 2, dòng 2, ô 2" in page and "I.1 › a)" in page


def test_text_draft_keeps_line_and_column(draft):
    concise = out(draft[1], "concise")
    assert any(line.startswith(f"{draft[1]}:") and ": error DT001" in line for line in concise.splitlines())
    findings = json.loads(out(draft[1], "json"))["files"][0]["findings"]
    assert all("location" not in f["data"] for f in findings)
    assert any(f["heading"] == "I.2" for f in findings)  # the heading path is there for text too


def test_heading_path_text():
    assert heading_path_text(("II", "2", "c)")) == "II.2 › c)"
    assert heading_path_text(("II", "2", "2.1", "a)")) == "II.2.1 › a)"
    assert heading_path_text(("1", "1.2")) == "1.2"
    assert heading_path_text(()) == ""
    doc = build_document("I. KẾT QUẢ\n\n1. Thủ tục\n\na) Tiếp nhận\n\nNội dung.\n\nII. PHƯƠNG HƯỚNG\n\nHết.\n")
    assert doc.heading_path(doc.text.index("Nội dung")) == ("I", "1", "a)")
    assert doc.heading_path(doc.text.index("Hết")) == ("II",)
    assert doc.heading_path(0) == ("I",)


def test_word_is_read_in_one_place(draft, monkeypatch):
    """The comments and locations are in the document model: once read, nothing opens the file."""
    import zipfile

    import docx as python_docx

    doc = read_path(draft[0])
    assert doc.meta["docx_locations"] and doc.meta["docx_anchors"] and "comments" in doc.meta
    from checker import load_ruleset
    from checker.engine import run

    def refuse(*a, **k):
        raise AssertionError("a .docx was opened outside the reader")

    monkeypatch.setattr(zipfile, "ZipFile", refuse)
    monkeypatch.setattr(python_docx, "Document", refuse)
    report = run(doc, load_ruleset())
    assert any("location" in f.data for f in report.findings)
    import checker.engine
    import checker.suppress

    for module in (checker.engine, checker.suppress):
        source = open(module.__file__, encoding="utf-8").read()
        assert "zipfile" not in source and "extract.docx" not in source, module.__name__
