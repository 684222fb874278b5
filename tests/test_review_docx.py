"""The reviewed copy (``check --format docx -o``): a copy of the Word draft with one comment per
finding, anchored at its span, the document itself unchanged.

Judged by programs nobody here wrote: python-docx reads the comments back (with the text they
are anchored to, from the XML ranges); LibreOffice opens the copy and exports it to PDF with
the comments (in the margin where the installed LibreOffice can, as PDF notes otherwise) and
to OpenDocument, whose annotations say what LibreOffice took each comment to be anchored to.
Every .docx is built here (tests/fixtures_docx.py); the LibreOffice tests skip without it."""
from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import docx
import pytest
from click.testing import CliRunner
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from checker.cli import cli
from checker.extract import read_path
from checker.extract.docx import W_P, run_pieces
from fixtures_docx import text_to_docx

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")
needs_office = pytest.mark.skipif(not (SOFFICE and PDFTOTEXT), reason="LibreOffice (soffice) or pdftotext not installed")

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

Đã giải quyết 1.000 hồ sơ, trong đó 700 hồ sơ đúng hạn và 400 hồ sơ trễ hạn.

2. Văn bản ban hành

Văn bản\tNgày ban hành
Kế hoạch số 12/KH-SNV\t30/02/2023
Quyết định số 45/QĐ-SNV\t15/03/2023

II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II

- Hoàn thành trước ngày 30/6/2023./.

Nơi nhận:
- Bộ Nội vụ;
- Lưu: VT, CCHC.

GIÁM ĐỐC

Nguyễn Văn An
"""


def _draft(tmp_path: Path, name: str = "bao-cao.docx", **kw) -> Path:
    return text_to_docx(BODY, tmp_path / name, header=(HEADER_LEFT, HEADER_RIGHT), **kw)


def _check(*args) -> "object":
    return CliRunner().invoke(cli, ["check", "--no-config", *map(str, args)])


def _findings(path: Path, *extra) -> tuple[list[dict], list[dict]]:
    res = _check(path, "--format", "json", *extra)
    assert res.exit_code in (0, 1), res.stderr
    entry = json.loads(res.stdout)["files"][0]
    return entry["findings"], entry.get("suppressed", [])


def _review(src: Path, out: Path, *extra) -> "object":
    res = _check(src, "--format", "docx", "-o", out, *extra)
    assert res.exit_code in (0, 1), res.stderr
    assert out.is_file()
    return res


def anchored(document) -> dict[str, str]:
    """comment id -> the visible text between its commentRangeStart and commentRangeEnd (tracked
    deletions left out), read from the XML in document order."""
    out: dict[str, str] = {}
    open_ids: list[str] = []
    skip = {qn("w:del"), qn("w:moveFrom")}

    def walk(el, hidden=False):
        for child in el:
            if not isinstance(child.tag, str):
                continue
            if child.tag == qn("w:commentRangeStart"):
                cid = child.get(qn("w:id"))
                open_ids.append(cid)
                out.setdefault(cid, "")
            elif child.tag == qn("w:commentRangeEnd"):
                cid = child.get(qn("w:id"))
                if cid in open_ids:
                    open_ids.remove(cid)
            elif child.tag == qn("w:t") and not hidden:
                for cid in open_ids:
                    out[cid] += child.text or ""
            else:
                walk(child, hidden or child.tag in skip)

    walk(document.element.body)
    return out


def _ours(document) -> list:
    return [c for c in document.comments if c.author == "draftcheck"]


def _characters(document) -> list[list[tuple[str, str]]]:
    """Each body paragraph as (paragraph properties, [(character, its run's properties)]): what
    the reader sees and how it is formatted, whatever the runs are cut into."""
    out = []
    for p in document.element.body.iter(W_P):
        ppr = p.find(qn("w:pPr"))
        chars = []
        for run, pieces in run_pieces(p)[0]:
            rpr = run.find(qn("w:rPr"))
            fmt = ET.tostring(rpr, encoding="unicode") if rpr is not None else ""
            from checker.extract.docx import visible_text

            for child, _, _ in pieces:
                chars.extend((ch, fmt) for ch in visible_text(child))
        out.append([ET.tostring(ppr, encoding="unicode") if ppr is not None else "", chars])
    return out


# ----------------------------------------------------------------------------- python-docx reads it back
def test_one_comment_a_finding_anchored_at_its_span(tmp_path):
    src = _draft(tmp_path)
    before = hashlib.sha256(src.read_bytes()).hexdigest()
    out = tmp_path / "bao-cao.da-kiem-tra.docx"
    findings, _ = _findings(src)
    assert {"AR001", "AR002", "DT001"} <= {f["code"] for f in findings}
    res = _review(src, out)
    assert res.exit_code == 1  # findings: the gate still judges them
    assert "đã ghi bản có nhận xét" in res.stderr and res.stdout == ""
    assert hashlib.sha256(src.read_bytes()).hexdigest() == before  # the draft is never written
    copy = docx.Document(str(out))
    ours = _ours(copy)
    assert len(ours) == len(findings)
    spans = anchored(copy)
    by_message = {c.text.split("\n")[1]: c for c in ours}
    for f in findings:
        c = by_message[f["message"]]
        assert c.initials == "DC" and c.text.startswith(f["code"] + " · ")
        assert f["code"] in c.text and (not f["suggestion"] or f["suggestion"] in c.text)
        text = spans[str(c.comment_id)]
        if f["excerpt"]:
            assert text == f["excerpt"], (f["code"], text, f["excerpt"])
        else:  # a document-level finding (the outline's missing sections): the start of the document
            assert text == HEADER_LEFT[0]
    # the figure, the date in its table cell, each exactly
    assert any(spans[str(c.comment_id)] == "30/02/2023" and "DT001" in c.text for c in ours)
    arith = next(c for c in ours if c.text.startswith("AR001"))
    assert "Phép tính: 700 + 400 = 1.100 ≠ 1.000" in arith.text


def test_copy_keeps_text_formatting_numbering_and_tables(tmp_path):
    src = tmp_path / "fmt.docx"
    document = docx.Document()
    document.add_paragraph("BÁO CÁO")
    p = document.add_paragraph("Đã giải quyết ")
    bold = p.add_run("1.000")
    bold.bold = True
    p.add_run(" hồ sơ, trong đó ")
    italic = p.add_run("700 hồ sơ đúng hạn")
    italic.italic = True
    p.add_run(" và 400 hồ sơ trễ hạn.")
    table = document.add_table(rows=2, cols=2)
    for (r, c), text in {(0, 0): "Văn bản", (0, 1): "Ngày", (1, 0): "Kế hoạch 12/KH-SNV", (1, 1): "30/02/2023"}.items():
        table.cell(r, c).text = text
    hdr = document.sections[0].header
    hdr.is_linked_to_previous = False
    hdr.paragraphs[0].text = "UBND TỈNH BẮC AN — tiêu đề trang"
    document.save(str(src))
    out = tmp_path / "fmt.da-kiem-tra.docx"
    _review(src, out)
    original, copy = docx.Document(str(src)), docx.Document(str(out))
    assert len(_ours(copy)) >= 2
    assert _characters(copy) == _characters(original)  # every character, with its formatting
    assert read_path(out).text == read_path(src).text
    assert [[c.text for c in row.cells] for row in copy.tables[0].rows] == \
        [[c.text for c in row.cells] for row in original.tables[0].rows]
    assert ET.tostring(copy.sections[0].header._element) == ET.tostring(original.sections[0].header._element)
    spans = anchored(copy)
    texts = {spans[str(c.comment_id)] for c in _ours(copy)}
    assert "30/02/2023" in texts
    assert any(t.startswith("1.000 hồ sơ, trong đó 700") for t in texts)  # across the bold and italic runs


def test_existing_comments_and_tracked_changes_survive(tmp_path):
    src = tmp_path / "tracked.docx"
    document = docx.Document()
    document.add_paragraph("BÁO CÁO")
    first = document.add_paragraph("Trong quý, Trung tâm tiếp nhận 1.250 hồ sơ.")
    document.add_comment(first.runs, text="Số liệu này lấy từ đâu?", author="Trưởng phòng", initials="TP")
    tracked = document.add_paragraph("Đã giải quyết ")
    ins = parse_xml(f'<w:ins {nsdecls("w")} w:id="901" w:author="Chuyên viên" w:date="2024-05-01T00:00:00Z">'
                    '<w:r><w:t xml:space="preserve">1.000 hồ sơ, trong đó 700 hồ sơ đúng hạn</w:t></w:r></w:ins>')
    dele = parse_xml(f'<w:del {nsdecls("w")} w:id="902" w:author="Chuyên viên" w:date="2024-05-01T00:00:00Z">'
                     '<w:r><w:delText xml:space="preserve"> và 200 hồ sơ</w:delText></w:r></w:del>')
    tracked._p.append(ins)
    tracked._p.append(dele)
    tracked.add_run(" và 400 hồ sơ trễ hạn.")
    suppressed = document.add_paragraph("Tổng chi 10 tỷ đồng, gồm 3 tỷ đồng chi thường xuyên và 5 tỷ đồng chi đầu tư.")
    document.add_comment(suppressed.runs, text="draftcheck-disable-line AR001 -- số liệu của Sở Tài chính",
                         author="Trưởng phòng")
    document.save(str(src))
    findings, sup = _findings(src)
    assert any(f["code"] == "AR001" for f in findings) and [f["code"] for f in sup] == ["AR001"]
    out = tmp_path / "tracked.da-kiem-tra.docx"
    _review(src, out)
    copy = docx.Document(str(out))
    spans = anchored(copy)
    theirs = [c for c in copy.comments if c.author == "Trưởng phòng"]
    assert [(c.text, c.initials) for c in theirs] == [(c.text, c.initials) for c in docx.Document(str(src)).comments]
    assert spans[str(theirs[0].comment_id)] == "Trong quý, Trung tâm tiếp nhận 1.250 hồ sơ."
    body = copy.element.body
    assert [e.get(qn("w:author")) for e in body.iter(qn("w:ins"))] == ["Chuyên viên"]
    assert "".join(t.text for t in body.iter(qn("w:delText"))) == " và 200 hồ sơ"
    assert _characters(copy) == _characters(docx.Document(str(src)))
    ours = _ours(copy)
    arith = next(c for c in ours if c.text.startswith("AR001") and "1.000" in c.text)
    assert spans[str(arith.comment_id)].startswith("1.000 hồ sơ, trong đó 700 hồ sơ đúng hạn")
    # the suppressed finding is not commented; its suppression is, with the reason
    assert not any(c.text.startswith("AR001") and "10 tỷ" in c.text for c in ours)
    (note,) = [c for c in ours if "đã tắt" in c.text]
    assert "số liệu của Sở Tài chính" in note.text and "10 tỷ" in spans[str(note.comment_id)]


def test_text_box_and_page_header_findings_comment_the_nearest_body_paragraph(tmp_path):
    body = BODY.replace("30/02/2023", "15/02/2023")  # the only impossible date: in the header and the box
    src = text_to_docx(body, tmp_path / "hb.docx", header=(HEADER_LEFT, HEADER_RIGHT),
                       page_header=["Dự thảo ngày 31/04/2023"], textbox=["Hạn góp ý: 30/02/2023"])
    out = tmp_path / "hb.da-kiem-tra.docx"
    findings, _ = _findings(src)
    dates = [f for f in findings if f["code"] == "DT001"]
    assert {json.dumps(f["data"]["location"], sort_keys=True) for f in dates} >= {
        '{"header": "default", "paragraph": 1}', '{"paragraph": 1, "textbox": 1}'}
    _review(src, out)
    copy = docx.Document(str(out))
    notes = [c for c in _ours(copy) if c.text.startswith("DT001")]
    assert len(notes) == 2
    assert any("tiêu đề trang" in c.text for c in notes) and any("khung văn bản 1" in c.text for c in notes)
    assert all("Word không đặt được nhận xét ở đó" in c.text for c in notes)
    # the header itself is untouched: no comment can live there
    assert not copy.sections[0].header._element.xpath(".//w:commentRangeStart")


def test_english_comments(tmp_path):
    src = _draft(tmp_path)
    out = tmp_path / "en.docx"
    _review(src, out, "--lang", "en")
    texts = [c.text for c in _ours(docx.Document(str(out)))]
    assert any(t.startswith("AR001 · error · ") and "Suggestion: " in t for t in texts)
    assert not any("Gợi ý" in t for t in texts)


# ----------------------------------------------------------------------------- never onto an input
def test_output_onto_the_input_is_refused(tmp_path):
    src = _draft(tmp_path)
    before = src.read_bytes()
    for target in (src, tmp_path / "." / src.name):
        res = _check(src, "--format", "docx", "-o", target)
        assert res.exit_code == 2 and "không ghi đè" in res.stderr and len(res.stderr.strip().splitlines()) == 1
    assert src.read_bytes() == before
    res = _check(src, "--format", "docx")
    assert res.exit_code == 2 and "cần -o" in res.stderr


def test_several_drafts_go_to_a_folder(tmp_path):
    drafts = tmp_path / "du-thao"
    drafts.mkdir()
    a, b = _draft(drafts, "a.docx"), _draft(drafts, "b.docx")
    (drafts / "c.md").write_text("Tổng số 10 hồ sơ, gồm 4 hồ sơ và 5 hồ sơ.\n", encoding="utf-8")
    out = tmp_path / "da-kiem-tra"
    res = _check(drafts, "--format", "docx", "-o", out)
    assert res.exit_code == 1, res.stderr
    assert sorted(p.name for p in out.iterdir()) == ["a.da-kiem-tra.docx", "b.da-kiem-tra.docx"]
    assert "c.md: không phải tệp .docx" in res.stderr
    assert _ours(docx.Document(str(out / "a.da-kiem-tra.docx")))
    # a folder whose copies would land on a checked file: refused before anything is written
    (drafts / "a.da-kiem-tra.docx").write_bytes(a.read_bytes())
    before = (drafts / "a.da-kiem-tra.docx").read_bytes()
    res = _check(drafts, "--format", "docx", "-o", drafts)
    assert res.exit_code == 2 and "không ghi đè" in res.stderr
    assert (drafts / "a.da-kiem-tra.docx").read_bytes() == before and b.exists()
    # -o naming a file for several drafts
    res = _check(a, b, "--format", "docx", "-o", tmp_path / "x.txt")
    assert res.exit_code == 1 and (tmp_path / "x.txt").is_dir()


def test_a_file_changed_since_it_was_checked_is_not_commented(tmp_path):
    from checker import check_path
    from checker.reporters import RenderContext
    from checker.reporters.docx_review import ReviewError, review_bytes

    src = _draft(tmp_path)
    report = check_path(str(src))
    src.write_bytes(src.read_bytes() + b"\0")
    with pytest.raises(ReviewError, match="tệp đã thay đổi từ lúc kiểm tra"):
        review_bytes(report, RenderContext())


# ----------------------------------------------------------------------------- LibreOffice reads it
def _soffice(args: list[str], cwd: Path) -> None:
    profile = cwd / "lo-profile"
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore", *args],
                   cwd=cwd, check=True, capture_output=True, timeout=240)


PDF_WITH_NOTES = ('pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"},'
                  '"ExportNotesInMargin":{"type":"boolean","value":"true"}}')


def _pdf_text(pdf: Path) -> str:
    return subprocess.run([PDFTOTEXT, str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def _pdf_notes(pdf: Path) -> str:
    """The comments LibreOffice exported as PDF notes (older LibreOffice cannot put them in the margin)."""
    pypdf = pytest.importorskip("pypdf")
    out = []
    for page in pypdf.PdfReader(str(pdf)).pages:
        for annot in page.get("/Annots") or []:
            annot = annot.get_object()
            if annot.get("/Subtype") == "/Text" and annot.get("/Contents"):
                out.append(str(annot["/Contents"]))
    return "\n".join(out)


def _flat(text: str) -> str:
    return "".join(text.split())


@needs_office
def test_libreoffice_shows_every_finding_and_the_same_document(tmp_path):
    src = _draft(tmp_path)
    out = tmp_path / "bao-cao.da-kiem-tra.docx"
    findings, _ = _findings(src)
    _review(src, out)
    _soffice(["--convert-to", PDF_WITH_NOTES, "--outdir", str(tmp_path / "notes"), str(out)], tmp_path)
    pdf = tmp_path / "notes" / "bao-cao.da-kiem-tra.pdf"
    # the margin (LibreOffice >= 7.6) or the PDF notes (earlier): every finding's text, as LibreOffice rendered it
    shown = _flat(_pdf_text(pdf) + _pdf_notes(pdf))
    for f in findings:
        assert _flat(f["message"]) in shown, f["code"]
        if f["suggestion"]:
            assert _flat(f["suggestion"]) in shown, f["code"]
    # without the comments, LibreOffice renders the copy exactly as the original
    plain = {}
    for name, path in (("original", src), ("copy", out)):
        folder = tmp_path / name
        _soffice(["--convert-to", "pdf", "--outdir", str(folder), str(path)], tmp_path)
        plain[name] = _pdf_text(next(folder.glob("*.pdf")))
    assert plain["copy"] == plain["original"] and "30/02/2023" in plain["copy"]


@needs_office
def test_libreoffice_anchors_each_comment_where_it_belongs(tmp_path):
    src = _draft(tmp_path)
    out = tmp_path / "bao-cao.da-kiem-tra.docx"
    findings, _ = _findings(src)
    _review(src, out)
    _soffice(["--convert-to", "odt", "--outdir", str(tmp_path / "odt"), str(out)], tmp_path)
    with zipfile.ZipFile(tmp_path / "odt" / "bao-cao.da-kiem-tra.odt") as z:
        content = ET.fromstring(z.read("content.xml"))
    ns = {"office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
          "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0", "dc": "http://purl.org/dc/elements/1.1/"}
    office, text_ns = "{%s}" % ns["office"], "{%s}" % ns["text"]

    def events(el):
        """The document in reading order: its text, and where each annotation starts and ends."""
        if el.text:
            yield "text", el.text
        for child in el:
            if child.tag == office + "annotation":
                yield "start", child
            elif child.tag == office + "annotation-end":
                yield "end", child.get(office + "name")
            elif child.tag == text_ns + "s":
                yield "text", " " * int(child.get(text_ns + "c", "1"))
            elif child.tag == text_ns + "tab":
                yield "text", "\t"
            else:
                yield from events(child)
            if child.tail:
                yield "text", child.tail

    spans: dict[str, str] = {}
    bodies: dict[str, str] = {}
    open_names: list[str] = []
    for kind, value in events(content.find("office:body", ns)):
        if kind == "start":
            creator = value.find("dc:creator", ns)
            if creator is not None and creator.text == "draftcheck":
                name = value.get(office + "name") or f"point-{len(bodies)}"
                bodies[name] = "\n".join("".join(p.itertext()) for p in value.iter(text_ns + "p"))
                spans[name] = ""
                open_names.append(name)
        elif kind == "end":
            if value in open_names:
                open_names.remove(value)
        else:
            for name in open_names:
                spans[name] += value
    assert len(bodies) == len(findings)
    anchored_by_message = {bodies[n].split("\n")[1]: spans[n] for n in bodies}
    for f in findings:
        if f["excerpt"]:
            assert anchored_by_message[f["message"]] == f["excerpt"], f["code"]
        else:
            assert anchored_by_message[f["message"]] == HEADER_LEFT[0]


def test_the_writer_counts_characters_as_the_reader_does(tmp_path):
    """run_pieces/visible_text (what the copy splits) and paragraph_text (what the checker read)
    must agree on every paragraph, or a comment lands beside its text."""
    from checker.extract.docx import paragraph_text, visible_text

    src = text_to_docx(BODY, tmp_path / "all.docx", header=(HEADER_LEFT, HEADER_RIGHT),
                       page_header=["Dự thảo ngày 31/04/2023"], textbox=["Hạn góp ý: 30/02/2023"])
    document = docx.Document(str(src))
    p = document.add_paragraph("Tab\tvà ")
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:br/><w:t>ngắt</w:t><w:noBreakHyphen/><w:sym w:char="F06C"/>'
                          '<w:rPr><w:vanish/></w:rPr></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r>'))
    p._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="1" w:author="A"><w:r><w:delText>xóa</w:delText></w:r></w:del>'))
    paragraphs = list(document.element.body.iter(W_P))
    assert len(paragraphs) > 20
    for q in paragraphs:
        runs, _ = run_pieces(q)
        pieced = "".join(visible_text(child) for _, pieces in runs for child, _, _ in pieces)
        assert pieced == paragraph_text(q)
        ends = [e for _, pieces in runs for _, _, e in pieces]
        assert ends == sorted(ends) and (not ends or ends[-1] == len(paragraph_text(q)))
