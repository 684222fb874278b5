"""Bad Word input: each a one-line error for that file (exit 2), the other files still checked."""
from __future__ import annotations

import io
import subprocess
import sys
import zipfile

import docx
import pytest

from checker.extract import InputError, read_path
from checker.extract.docx import OLE_MAGIC, read_docx
from fixtures_docx import text_to_docx


def _ole(*stream_names: str) -> bytes:
    """A minimal OLE compound file: header sector, then a directory sector naming the streams."""
    header = OLE_MAGIC + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00" + b"\x00" * (512 - 32)
    entries = b""
    for name in ("Root Entry",) + stream_names:
        raw = name.encode("utf-16-le") + b"\x00\x00"
        entries += raw.ljust(64, b"\x00") + len(raw).to_bytes(2, "little") + b"\x02" + b"\x00" * 61
    return header + entries.ljust(512, b"\x00") + b"\x00" * 1024


def _zip(members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _error(path) -> str:
    with pytest.raises(InputError) as e:
        read_path(path)
    msg = str(e.value)
    assert "\n" not in msg and msg
    return msg


def test_not_a_zip(tmp_path):
    p = tmp_path / "a.docx"
    p.write_text("Đây là văn bản thường, không phải Word.", encoding="utf-8")
    assert "không phải tệp nén zip" in _error(p)


def test_truncated_zip_is_corrupt(tmp_path):
    good = text_to_docx("Nội dung.\n", tmp_path / "g.docx").read_bytes()
    p = tmp_path / "cut.docx"
    p.write_bytes(good[: len(good) // 2])
    msg = _error(p)
    assert "bị hỏng" in msg or "không phải tài liệu Word" in msg


def test_unsupported_zip_version_is_corrupt_not_an_internal_error(tmp_path):
    # found by the large fuzz campaign: zipfile raises NotImplementedError for a member whose
    # "version needed to extract" is beyond what it supports
    data = bytearray(text_to_docx("Nội dung.\n", tmp_path / "g.docx").read_bytes())
    i = data.index(b"PK\x01\x02")  # the first central directory entry
    data[i + 6] = 64  # version needed to extract: 6.4
    p = tmp_path / "v64.docx"
    p.write_bytes(bytes(data))
    assert "zip file version 6.4" in _error(p)


def test_zip_that_is_not_a_word_document(tmp_path):
    p = tmp_path / "z.docx"
    p.write_bytes(_zip({"readme.txt": b"hello"}))
    assert "không phải tài liệu Word" in _error(p)


def test_zip_bomb_by_compression_ratio(tmp_path):
    p = tmp_path / "bomb.docx"
    p.write_bytes(_zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"\x00" * (40 * 1024 * 1024)}))
    assert p.stat().st_size < 1024 * 1024
    msg = _error(p)
    assert "bom nén" in msg


def test_zip_bomb_by_total_size_is_configurable(tmp_path):
    p = text_to_docx("Nội dung báo cáo.\n", tmp_path / "ok.docx")
    assert read_docx(p).text.strip() == "Nội dung báo cáo."
    with pytest.raises(InputError, match="bom nén"):
        read_docx(p, max_uncompressed=10_000)


def test_password_protected(tmp_path):
    p = tmp_path / "secret.docx"
    p.write_bytes(_ole("EncryptionInfo", "EncryptedPackage"))
    msg = _error(p)
    assert "được bảo vệ bằng mật khẩu" in msg and "gỡ mật khẩu" in msg


def test_old_binary_doc(tmp_path):
    p = tmp_path / "old.doc"
    p.write_bytes(_ole("WordDocument", "1Table", "\x05SummaryInformation"))
    msg = _error(p)
    assert "tệp Word cũ dạng nhị phân (.doc)" in msg and ".docx" in msg


def test_doc_that_is_rtf(tmp_path):
    p = tmp_path / "r.doc"
    p.write_bytes(b"{\\rtf1\\ansi Noi dung}")
    assert "RTF" in _error(p)


def test_doc_that_is_really_docx_is_read(tmp_path):
    data = text_to_docx("Có 12 hồ sơ.\n", tmp_path / "x.docx").read_bytes()
    p = tmp_path / "renamed.doc"
    p.write_bytes(data)
    assert read_path(p).text.strip() == "Có 12 hồ sơ."


@pytest.mark.parametrize("paragraphs", [[], [""], ["   ", ""]])
def test_empty_document(tmp_path, paragraphs):
    d = docx.Document()
    for t in paragraphs:
        d.add_paragraph(t)
    p = tmp_path / "empty.docx"
    d.save(str(p))
    assert "tài liệu Word trống" in _error(p)


def test_empty_file(tmp_path):
    p = tmp_path / "zero.docx"
    p.write_bytes(b"")
    assert "tệp rỗng" in _error(p)


def test_template_content_type_is_refused(tmp_path):
    data = text_to_docx("Nội dung.\n", tmp_path / "x.docx").read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        members = {i.filename: zf.read(i.filename) for i in zf.infolist()}
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
        b"document.main+xml", b"template.main+xml")
    p = tmp_path / "t.docx"
    p.write_bytes(_zip(members))
    assert "không phải tài liệu Word" in _error(p)


def test_cli_reports_each_bad_file_on_one_line_and_checks_the_others(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Đã giải quyết 1.000 hồ sơ, trong đó 700 hồ sơ đúng hạn và 400 hồ sơ trễ hạn.\n",
                    encoding="utf-8")
    good_docx = text_to_docx("Đã giải quyết 1.000 hồ sơ, trong đó 700 hồ sơ đúng hạn và 400 hồ sơ trễ hạn.\n",
                             tmp_path / "good.docx")
    bad = {
        "notzip.docx": b"plain text",
        "secret.docx": _ole("EncryptionInfo", "EncryptedPackage"),
        "old.doc": _ole("WordDocument"),
        "bomb.docx": _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"\x00" * (40 * 1024 * 1024)}),
    }
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
    empty = tmp_path / "empty.docx"
    docx.Document().save(str(empty))
    args = [str(good), str(good_docx)] + [str(tmp_path / n) for n in bad] + [str(empty)]
    res = subprocess.run([sys.executable, "-m", "checker", "check", "--format", "json", *args],
                         capture_output=True, text=True, encoding="utf-8")
    assert res.returncode == 2
    err = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(err) == len(bad) + 1
    assert all(ln.startswith("draftcheck: ") for ln in err)
    assert "Traceback" not in res.stderr
    import json

    out = json.loads(res.stdout)
    by_path = {f["path"]: f for f in out["files"]}
    assert by_path[str(good)]["findings"] and "error" not in by_path[str(good)]
    assert [f["code"] for f in by_path[str(good_docx)]["findings"]] == \
        [f["code"] for f in by_path[str(good)]["findings"]]
    assert by_path[str(good_docx)]["findings"][0]["data"]["location"] == {"paragraph": 1}
    for name in list(bad) + ["empty.docx"]:
        assert by_path[str(tmp_path / name)].get("error")


def test_extract_on_bad_docx_is_one_line_exit_2(tmp_path):
    p = tmp_path / "secret.docx"
    p.write_bytes(_ole("EncryptionInfo", "EncryptedPackage"))
    res = subprocess.run([sys.executable, "-m", "checker", "extract", str(p)], capture_output=True, text=True,
                         encoding="utf-8")
    assert res.returncode == 2 and res.stdout == ""
    assert len(res.stderr.strip().splitlines()) == 1 and "bảo vệ bằng mật khẩu" in res.stderr


def test_odt_is_refused_clearly(tmp_path):
    p = tmp_path / "report.odt"
    p.write_bytes(_zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"},
                       zipfile.ZIP_STORED))
    assert "OpenDocument" in _error(p)
