"""The reviewed copy of a draft that a colleague has already commented and edited with tracked
changes, opened by LibreOffice (issue 15: "also round-trip a document that already has comments
and tracked changes"): the reviewer's own comment and draftcheck's are both in the PDF's margin,
the tracked insertion and deletion are still tracked changes of their author in LibreOffice's
OpenDocument, and without the comments the copy prints exactly as the original."""
from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from test_review_docx import (PDF_WITH_NOTES, _findings, _flat, _pdf_notes, _pdf_text, _review, _soffice,
                              needs_office)

THEIR_COMMENT = "Số liệu này lấy từ đâu?"
ODF = {"text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
       "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
       "dc": "http://purl.org/dc/elements/1.1/"}


def _commented_and_tracked(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("BÁO CÁO")
    first = document.add_paragraph("Trong quý, Trung tâm tiếp nhận 1.250 hồ sơ.")
    document.add_comment(first.runs, text=THEIR_COMMENT, author="Trưởng phòng", initials="TP")
    tracked = document.add_paragraph("Đã giải quyết ")
    tracked._p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="901" w:author="Chuyên viên" w:date="2024-05-01T00:00:00Z">'
        '<w:r><w:t xml:space="preserve">1.000 hồ sơ, trong đó 700 hồ sơ đúng hạn</w:t></w:r></w:ins>'))
    tracked._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="902" w:author="Chuyên viên" w:date="2024-05-01T00:00:00Z">'
        '<w:r><w:delText xml:space="preserve"> và 200 hồ sơ</w:delText></w:r></w:del>'))
    tracked.add_run(" và 400 hồ sơ trễ hạn.")
    document.add_paragraph("Ngày 30/02/2024, Sở đã tổ chức hội nghị.")
    document.save(str(path))
    return path


def _odt(tmp_path: Path, docx_path: Path) -> ET.Element:
    folder = tmp_path / f"odt-{docx_path.stem}"
    _soffice(["--convert-to", "odt", "--outdir", str(folder), str(docx_path)], tmp_path)
    with zipfile.ZipFile(next(folder.glob("*.odt"))) as z:
        return ET.fromstring(z.read("content.xml"))


def _tracked_changes(content: ET.Element) -> list[tuple[str, str, str]]:
    """(kind, author, text) of each tracked change LibreOffice read: insertions carry their
    text in the body, deletions in the change region."""
    out = []
    for region in content.iter("{%s}changed-region" % ODF["text"]):
        for kind in ("insertion", "deletion"):
            change = region.find(f"text:{kind}", ODF)
            if change is None:
                continue
            author = change.find("office:change-info/dc:creator", ODF)
            removed = "".join("".join(p.itertext()) for p in change.findall("text:p", ODF))
            out.append((kind, author.text if author is not None else "", removed.strip()))
    return sorted(out)


@needs_office
def test_libreoffice_keeps_their_comments_and_tracked_changes_beside_ours(tmp_path):
    src = _commented_and_tracked(tmp_path / "da-gop-y.docx")
    out = tmp_path / "da-gop-y.da-kiem-tra.docx"
    findings, _ = _findings(src)
    assert {f["code"] for f in findings} >= {"AR001", "DT001"}
    _review(src, out)
    # the margin: the colleague's comment and every finding
    _soffice(["--convert-to", PDF_WITH_NOTES, "--outdir", str(tmp_path / "notes"), str(out)], tmp_path)
    pdf = tmp_path / "notes" / "da-gop-y.da-kiem-tra.pdf"
    shown = _flat(_pdf_text(pdf) + _pdf_notes(pdf))
    assert _flat(THEIR_COMMENT) in shown
    for f in findings:
        assert _flat(f["message"]) in shown, f["code"]
    # LibreOffice still sees the same tracked changes, by the same author
    before, after = _tracked_changes(_odt(tmp_path, src)), _tracked_changes(_odt(tmp_path, out))
    assert after == before and {a for _, a, _ in after} == {"Chuyên viên"}
    assert ("deletion", "Chuyên viên", "và 200 hồ sơ") in after and any(k == "insertion" for k, _, _ in after)
    # and its annotations: theirs once, ours one a finding
    creators = [a.findtext("dc:creator", namespaces=ODF) for a in _odt(tmp_path, out).iter("{%s}annotation" % ODF["office"])]
    assert creators.count("Trưởng phòng") == 1 and creators.count("draftcheck") == len(findings)
    # without the comments the copy prints as the original
    plain = {}
    for name, path in (("original", src), ("copy", out)):
        _soffice(["--convert-to", "pdf", "--outdir", str(tmp_path / name), str(path)], tmp_path)
        plain[name] = _pdf_text(next((tmp_path / name).glob("*.pdf")))
    assert plain["copy"] == plain["original"] and "30/02/2024" in plain["copy"]
