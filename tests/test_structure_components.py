"""Structure family, components: a complete NĐ 30 report is silent (draft and --final);
removing any one component or outline section gives exactly one structure finding."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from checker.engine import Options, run
from checker.extract import build_document

ROOT = Path(__file__).resolve().parent.parent
COMPLETE = (ROOT / "samples" / "structure-bao-cao-day-du.txt").read_text(encoding="utf-8")


def structure(text: str, ruleset, final: bool = False, profile: str | None = None):
    report = run(build_document(text), ruleset, Options(final=final, profile=profile))
    assert not report.internal_errors, report.internal_errors
    return [f for f in report.findings if f.category == "structure"]


def test_complete_report_is_silent_in_draft_and_final(ruleset):
    assert structure(COMPLETE, ruleset) == []
    assert structure(COMPLETE, ruleset, final=True) == []
    report = run(build_document(COMPLETE), ruleset, Options(final=True))
    assert report.findings == [], [(f.code, f.span.line, f.message) for f in report.findings]


def test_draft_placeholders_accepted_in_draft_required_in_final(ruleset):
    draft = COMPLETE.replace("Số: 125/BC-SNV", "Số:      /BC-SNV").replace(
        "An Giang, ngày 05 tháng 7 năm 2024", "An Giang, ngày   tháng   năm 2024")
    assert structure(draft, ruleset) == []
    found = structure(draft, ruleset, final=True)
    assert sorted((f.code, f.span.line) for f in found) == [("ST003", 3), ("ST003", 3)]
    assert {f.data["requirement"] for f in found} == {"so-ky-hieu-final", "dia-danh-ngay-thang-final"}
    # the document may declare itself final
    assert len(structure("<!-- draftcheck: final -->\n" + draft, ruleset)) == 2


COMPONENT_REMOVALS = [
    ("quoc-hieu", [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "")], "ST002"),
    ("tieu-ngu", [("Độc lập - Tự do - Hạnh phúc", "")], "ST002"),
    ("quoc-hieu-va-tieu-ngu", [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", ""), ("Độc lập - Tự do - Hạnh phúc", "")],
     "ST001"),
    ("co-quan", [("UBND TỈNH AN GIANG", ""), ("SỞ NỘI VỤ", "")], "ST001"),
    ("so-ky-hieu", [("Số: 125/BC-SNV", "")], "ST001"),
    ("dia-danh-ngay-thang", [("An Giang, ngày 05 tháng 7 năm 2024", "")], "ST001"),
    ("trich-yeu", [("Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2024\n", "")], "ST001"),
    ("dau-ket-thuc", [("hành chính./.", "hành chính.")], "ST001"),
    ("noi-nhan", [("Nơi nhận:\n- Bộ Nội vụ;\n- UBND tỉnh;\n- Lưu: VT, CCHC.\n", "")], "ST001"),
    ("luu", [("- Lưu: VT, CCHC.\n", "")], "ST002"),
    ("nguoi-ky-chuc-vu", [("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n", "")], "ST002"),
    ("nguoi-ky-ho-ten", [("Nguyễn Văn An\n", "")], "ST002"),
    ("nguoi-ky", [("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An\n", "")], "ST001"),
    ("hoc-ham", [("Nguyễn Văn An", "TS. Nguyễn Văn An")], "ST002"),
    ("so-khong-dung-loai", [("125/BC-SNV", "125/KH-SNV")], "ST004"),
    ("tieu-ngu-gach-dai", [("Độc lập - Tự do - Hạnh phúc", "Độc lập – Tự do – Hạnh phúc")], "ST002"),
]


@pytest.mark.parametrize("name,edits,code", COMPONENT_REMOVALS, ids=[c[0] for c in COMPONENT_REMOVALS])
def test_removing_one_component_gives_one_finding(ruleset, name, edits, code):
    text = COMPLETE
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    found = structure(text, ruleset, final=True)
    assert [f.code for f in found] == [code], [(f.code, f.message) for f in found]


ROMAN = ["I", "II", "III", "IV", "V", "VI"]


def remove_top_section(text: str, k: int) -> str:
    """Drop Roman section k (0-based) and renumber the following ones."""
    lines = text.split("\n")
    heads = [i for i, ln in enumerate(lines) if re.match(r"^[IVX]+\. ", ln)]
    start = heads[k]
    end = heads[k + 1] if k + 1 < len(heads) else next(
        i for i, ln in enumerate(lines) if ln.startswith("Nơi nhận"))
    out = lines[:start] + lines[end:]
    n = 0
    for i, ln in enumerate(out):
        m = re.match(r"^([IVX]+)\. ", ln)
        if m:
            out[i] = f"{ROMAN[n]}. " + ln[m.end():]
            n += 1
    text = "\n".join(out)
    if k + 1 == len(heads):  # the removed section carried the end mark: move it to the new last one
        body, _, rest = text.partition("\n\nNơi nhận:")
        text = body.rstrip().rstrip(".") + "./.\n\nNơi nhận:" + rest
    return text


def remove_area(text: str, k: int) -> str:
    """Drop area k (1-based) of section II and renumber the following areas (and their decimals)."""
    lines = text.split("\n")
    ii = next(i for i, ln in enumerate(lines) if ln.startswith("II. "))
    iii = next(i for i, ln in enumerate(lines) if ln.startswith("III. "))
    areas = [i for i in range(ii, iii) if re.match(r"^\d+\. ", lines[i])]
    start = areas[k - 1]
    end = areas[k] if k < len(areas) else iii
    out = lines[:start] + lines[end:]
    iii = next(i for i, ln in enumerate(out) if ln.startswith("III. "))
    for i in range(start, iii):
        m = re.match(r"^(\d+)\.(\d+)\. ", out[i])
        if m and int(m.group(1)) > k:
            out[i] = f"{int(m.group(1)) - 1}.{m.group(2)}. " + out[i][m.end():]
            continue
        m = re.match(r"^(\d+)\. ", out[i])
        if m and int(m.group(1)) > k:
            out[i] = f"{int(m.group(1)) - 1}. " + out[i][m.end():]
    return "\n".join(out)


@pytest.mark.parametrize("k", range(5), ids=[f"section-{r}" for r in ROMAN[:5]])
def test_removing_one_section_gives_one_finding(ruleset, k):
    text = remove_top_section(COMPLETE, k)
    found = structure(text, ruleset, final=True)
    assert [f.code for f in found] == ["ST010"], [(f.code, f.message) for f in found]
    assert found[0].span.line == 1


@pytest.mark.parametrize("k", range(1, 7), ids=[f"area-{k}" for k in range(1, 7)])
def test_removing_one_area_gives_one_finding(ruleset, k):
    text = remove_area(COMPLETE, k)
    found = structure(text, ruleset, final=True)
    assert [f.code for f in found] == ["ST010"], [(f.code, f.message) for f in found]
    assert "trong mục II" in found[0].message


def test_missing_section_message_names_section_and_place(ruleset):
    text = remove_top_section(COMPLETE, 4)
    (f,) = structure(text, ruleset)
    assert f.message == "Thiếu mục 'Đề xuất, kiến nghị' sau mục IV (dàn ý cchc-2021-2030)"
    text = remove_top_section(COMPLETE, 0)
    (f,) = structure(text, ruleset)
    assert "trước mục I" in f.message and "Công tác chỉ đạo" in f.message


def test_not_an_administrative_document_is_not_checked(ruleset):
    text = "Thông báo kết quả giải quyết hồ sơ tháng 9/2021.\n\n1. Kết quả\n\nĐã tiếp nhận 4.131 hồ sơ.\n"
    assert structure(text, ruleset) == []


def test_signer_before_recipients_and_two_column_closing(ruleset):
    body, _, _ = COMPLETE.partition("Nơi nhận:")
    closing = ("Nơi nhận:\tKT. GIÁM ĐỐC\n- Bộ Nội vụ;\tPHÓ GIÁM ĐỐC\n- UBND tỉnh;\n- Lưu: VT, CCHC.\t\n"
               "\tNguyễn Văn An\n")
    assert structure(body + closing, ruleset) == []
    signer_first = body + "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An\n\nNơi nhận:\n- Bộ Nội vụ;\n- Lưu: VT, CCHC.\n"
    assert structure(signer_first, ruleset) == []


def test_markdown_header_table_and_bold_title(ruleset):
    head, _, rest = COMPLETE.partition("\n\nBÁO CÁO\n")
    md = ("| UBND TỈNH AN GIANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n"
          "| **SỞ NỘI VỤ** | **Độc lập - Tự do - Hạnh phúc** |\n"
          "| Số: 125/BC-SNV | *An Giang, ngày 05 tháng 7 năm 2024* |\n\n**BÁO CÁO**\n") + rest
    assert structure(md, ruleset, final=True) == []


def test_english_messages(ruleset):
    text = COMPLETE.replace("Số: 125/BC-SNV", "")
    report = run(build_document(text), ruleset, Options(lang="en"))
    (f,) = [f for f in report.findings if f.category == "structure"]
    assert f.message.startswith("Missing component required by Decree 30/2020")

