"""Structure family, outlines and profiles: automatic choice, --profile, matching after
normalisation and synonyms, every missing / misplaced / empty section, profile files."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from checker.engine import Options, run
from checker.extract import build_document
from checker.profiles import (ProfileError, SectionSpec, choose_profile, describe_profiles, load_profiles,
                              normalise_title)
from checker.kinds.outline import score

from conftest import CORPUS, SEED, needs_shared

HEAD = ("UBND TỈNH AN GIANG\nSỞ NỘI VỤ\nSố:    /BC-SNV\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n\nAn Giang, ngày   tháng   năm 2024\n\nBÁO CÁO\n")
TAIL = "Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT, CCHC.\n\nGIÁM ĐỐC\n\nNguyễn Văn A\n"


def doc(trich: str, sections: list[str]) -> str:
    body = "\n\n".join(f"{h}\n\nNội dung của mục." for h in sections)
    return f"{HEAD}{trich}\n\n{body}./.\n\n{TAIL}"


def findings(text: str, ruleset, **opts):
    report = run(build_document(text), ruleset, Options(**opts))
    assert not report.internal_errors, report.internal_errors
    return [f for f in report.findings if f.category == "structure"]


GENERAL = ["I. KẾT QUẢ ĐẠT ĐƯỢC", "II. TỒN TẠI, HẠN CHẾ", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ", "IV. KIẾN NGHỊ, ĐỀ XUẤT"]


def test_profiles_load_and_list():
    names = {p.name: p.kind for p in load_profiles()}
    assert names == {"nd30-bao-cao": "components", "cchc-2011-2020": "outline", "cchc-2021-2030": "outline",
                     "bao-cao": "outline"}
    text = describe_profiles()
    for needle in ("cchc-2011-2020", "Hiện đại hóa hành chính", "Cải cách chế độ công vụ", "Đề xuất, kiến nghị",
                   "hạn chế, tồn tại", "Quốc hiệu và Tiêu ngữ"):
        assert needle in text


@pytest.mark.parametrize("trich,year,expected", [
    ("Kết quả thực hiện công tác cải cách hành chính năm 2020", None, "cchc-2011-2020"),
    ("Kết quả thực hiện công tác CCHC quý I/2016", None, "cchc-2011-2020"),
    ("Kết quả cải cách hành chính 6 tháng đầu năm 2022", None, "cchc-2021-2030"),
    ("Kết quả cải cách hành chính", None, "cchc-2021-2030"),
    ("Kết quả cải cách hành chính", 2019, "cchc-2011-2020"),
    ("Tình hình kinh tế - xã hội năm 2022", None, "bao-cao"),
])
def test_automatic_choice(trich, year, expected):
    assert choose_profile("outline", "BÁO CÁO", trich, year or _year(trich)).name == expected


def _year(t):
    import re

    m = re.search(r"(?:19|20)\d{2}", t)
    return int(m.group(0)) if m else None


def test_profile_override_and_components_follow():
    assert choose_profile("outline", "BÁO CÁO", "Kết quả CCHC năm 2020", 2020, "bao-cao").name == "bao-cao"
    assert choose_profile("components", "BÁO CÁO", "x", None, "cchc-2011-2020").name == "nd30-bao-cao"
    assert choose_profile("outline", "TỜ TRÌNH", "x", None) is None


def test_general_outline_silent_and_only_results_required(ruleset):
    assert findings(doc("Kết quả công tác tháng 6 năm 2024", GENERAL), ruleset) == []
    text = doc("Kết quả công tác tháng 6 năm 2024", ["I. KẾT QUẢ ĐẠT ĐƯỢC", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ"])
    assert findings(text, ruleset) == []
    text = doc("Kết quả công tác tháng 6 năm 2024", ["I. TỒN TẠI, HẠN CHẾ", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ"])
    found = findings(text, ruleset)
    assert [(f.code, f.severity, f.message) for f in found] == [
        ("ST010", "info", "Thiếu mục 'Kết quả, tình hình thực hiện' trước mục I (dàn ý bao-cao)")]


def test_every_missing_section_reported(ruleset):
    areas = ["1. Cải cách thể chế", "2. Cải cách thủ tục hành chính", "3. Cải cách tổ chức bộ máy",
             "4. Cải cách chế độ công vụ", "5. Cải cách tài chính công", "6. Chuyển đổi số"]
    sections = ["I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "II. KẾT QUẢ THỰC HIỆN", *areas, "III. NHIỆM VỤ TRỌNG TÂM NĂM 2024"]
    found = findings(doc("Kết quả cải cách hành chính năm 2023", sections), ruleset)
    assert sorted((f.code, f.severity, f.message) for f in found) == [
        ("ST010", "warning", "Thiếu mục 'Đánh giá chung (ưu điểm; tồn tại, hạn chế và nguyên nhân)' sau mục II "
                             "(dàn ý cchc-2021-2030)"),
        ("ST010", "warning", "Thiếu mục 'Đề xuất, kiến nghị' sau mục III (dàn ý cchc-2021-2030)"),
    ]


def test_normalisation_and_synonyms_any_numbering_style(ruleset):
    sections = ["1. Kết quả đạt được:", "2. Hạn chế, khó khăn:", "3. Nhiệm vụ trọng tâm thời gian tới:",
                "4. Kiến nghị"]
    assert findings(doc("Kết quả công tác tháng 6 năm 2024", sections), ruleset) == []
    caps = ["KẾT QUẢ ĐẠT ĐƯỢC", "KHÓ KHĂN, VƯỚNG MẮC", "PHƯƠNG HƯỚNG NHIỆM VỤ", "ĐỀ XUẤT"]
    assert findings(doc("Kết quả công tác tháng 6 năm 2024", caps), ruleset) == []


def test_normalise_title():
    assert normalise_title("III. TỒN TẠI, HẠN CHẾ:") == "tồn tại, hạn chế"
    assert normalise_title("## 5.1. Hiện đại hoá hành chính") == normalise_title("Hiện đại hóa hành chính")
    assert normalise_title("a) Kiến nghị") == "kiến nghị"
    assert normalise_title("Tồn tại ,hạn chế") == "tồn tại, hạn chế"
    assert normalise_title("Đề xuất, kiến nghị", ignore_diacritics=True) == "de xuat, kien nghi"


def test_diacritics_insensitive_matching_is_optional():
    spec = SectionSpec(id="x", title="Đề xuất, kiến nghị", title_en="x", synonyms=("Đề xuất, kiến nghị",))
    plain = normalise_title("V. DE XUAT, KIEN NGHI", ignore_diacritics=True)
    assert score(plain, spec, True)[0] > 0
    assert score(normalise_title("V. DE XUAT, KIEN NGHI"), spec, False)[0] == 0


def test_every_misplaced_section_reported_once(ruleset):
    moved = ["I. KẾT QUẢ ĐẠT ĐƯỢC", "II. KIẾN NGHỊ, ĐỀ XUẤT", "III. TỒN TẠI, HẠN CHẾ", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ"]
    found = findings(doc("Kết quả công tác tháng 6 năm 2024", moved), ruleset)
    assert [(f.code, f.excerpt) for f in found] == [("ST011", "II. KIẾN NGHỊ, ĐỀ XUẤT")]
    assert "sau mục IV" in found[0].message
    swapped = ["I. PHƯƠNG HƯỚNG, NHIỆM VỤ", "II. KẾT QUẢ ĐẠT ĐƯỢC", "III. KIẾN NGHỊ", "IV. TỒN TẠI, HẠN CHẾ"]
    found = findings(doc("Kết quả công tác tháng 6 năm 2024", swapped), ruleset)
    assert sorted(f.code for f in found) == ["ST011", "ST011"]


def test_empty_section(ruleset):
    text = doc("Kết quả công tác tháng 6 năm 2024", GENERAL).replace(
        "II. TỒN TẠI, HẠN CHẾ\n\nNội dung của mục.\n\n", "II. TỒN TẠI, HẠN CHẾ\n\n")
    found = findings(text, ruleset)
    assert [(f.code, f.span.line) for f in found] == [("ST012", 17)]
    # a section whose content is sub-sections is not empty
    text = doc("Kết quả công tác tháng 6 năm 2024", GENERAL).replace(
        "II. TỒN TẠI, HẠN CHẾ\n\nNội dung của mục.", "II. TỒN TẠI, HẠN CHẾ\n\n1. Về thể chế\n\nChậm.")
    assert findings(text, ruleset) == []


def test_cchc_areas_missing_reported_inside_parent(ruleset):
    areas = ["1. Cải cách thể chế", "2. Cải cách thủ tục hành chính", "3. Cải cách tổ chức bộ máy",
             "4. Cải cách tài chính công", "5. Chính quyền số"]
    sections = ["I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "II. KẾT QUẢ THỰC HIỆN", *areas, "III. ĐÁNH GIÁ CHUNG",
                "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ", "V. ĐỀ XUẤT, KIẾN NGHỊ"]
    found = findings(doc("Kết quả cải cách hành chính năm 2023", sections), ruleset)
    assert [f.message for f in found] == [
        "Thiếu mục 'Cải cách chế độ công vụ' trong mục II, sau mục 3 (dàn ý cchc-2021-2030)"]
    # the same draft as a 2020 report: the area is named as the 2011–2020 programme names it
    found = findings(doc("Kết quả cải cách hành chính năm 2020", sections), ruleset)
    assert [f.data["section"] for f in found] == ["doi-ngu"]


def test_missing_parent_not_reported_with_its_children(ruleset):
    sections = ["I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "II. ĐÁNH GIÁ CHUNG", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ",
                "IV. ĐỀ XUẤT, KIẾN NGHỊ"]
    found = findings(doc("Kết quả cải cách hành chính năm 2023", sections), ruleset)
    assert [f.data["section"] for f in found] == ["ket-qua"]


def test_cli_profile_override(ruleset, tmp_path):
    p = tmp_path / "d.txt"
    p.write_text(doc("Kết quả cải cách hành chính năm 2023", GENERAL), encoding="utf-8")
    base = [sys.executable, "-m", "checker", "check", "--select", "ST01", "--format", "json", str(p)]
    import json

    out = json.loads(subprocess.run(base + ["--profile", "bao-cao"], capture_output=True, text=True).stdout)
    assert _all_findings(out) == []
    out = json.loads(subprocess.run(base, capture_output=True, text=True).stdout)
    assert {f["data"]["profile"] for f in _all_findings(out)} == {"cchc-2021-2030"}
    bad = subprocess.run(base + ["--profile", "khong-co"], capture_output=True, text=True)
    assert bad.returncode == 2 and "khong-co" in bad.stderr and "Traceback" not in bad.stderr


def _all_findings(out):
    files = out["files"] if isinstance(out, dict) and "files" in out else out
    return [f for file in files for f in file["findings"]]


def test_cli_profiles_lists_sections():
    r = subprocess.run([sys.executable, "-m", "checker", "profiles"], capture_output=True, text=True)
    assert r.returncode == 0
    assert "cchc-2021-2030" in r.stdout and "Cải cách thể chế" in r.stdout


BAD = [
    ('name = "x"\nkind = "outline"\ntitle = "t"\nbogus = 1\n[[sections]]\nid="a"\ntitle="A"\n', "bogus"),
    ('name = "x"\nkind = "outline"\ntitle = "t"\n', "sections"),
    ('name = "x"\nkind = "outline"\ntitle = "t"\n[[sections]]\nid="a"\ntitle="A"\nseverity="fatal"\n',
     "sections[0].severity"),
    ('name = "x"\nkind = "components"\ntitle = "t"\n[[components]]\nid="a"\nname="A"\npattern="(("\n',
     "components[0].pattern"),
    ('name = "x"\nkind = "outline"\ntitle = "t"\n[[sections]]\nid="a"\ntitle="A"\n[[sections.children]]\n'
     'id="b"\ntitle="B"\nsynonyms="B"\n', "sections[0].children[0].synonyms"),
    ('name = "x"\nkind = "outline"\ntitle = "t"\n[match]\nyear_from = "2020"\n[[sections]]\nid="a"\ntitle="A"\n',
     "match.year_from"),
    ('name = "x"\nkind = "outline"\ntitle = "t"\n[[sections]\n', "TOML"),
]


@pytest.mark.parametrize("text,key", BAD, ids=[b[1] for b in BAD])
def test_bad_profile_is_a_load_error_naming_file_and_key(tmp_path, text, key):
    (tmp_path / "x.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ProfileError) as e:
        load_profiles(tmp_path)
    assert str(tmp_path / "x.toml") in str(e.value) and key in str(e.value)


def test_good_profile_in_other_directory(tmp_path):
    (tmp_path / "x.toml").write_text('name = "x"\nkind = "outline"\ntitle = "t"\nignore_diacritics = true\n'
                                     '[[sections]]\nid="a"\ntitle="A"\n', encoding="utf-8")
    (p,) = load_profiles(tmp_path)
    assert p.ignore_diacritics and p.sections[0].synonyms == ("A",)


@needs_shared()
def test_seed_structure_findings_exactly(ruleset):
    from checker.extract import read_path

    report = run(read_path(SEED), ruleset)
    got = sorted((f.code, f.span.line, f.data.get("component") or f.data.get("section") or f.excerpt)
                 for f in report.findings if f.category == "structure")
    assert got == [
        ("ST001", 1, "co-quan-ban-hanh"), ("ST001", 1, "dia-danh-ngay-thang"), ("ST001", 1, "quoc-hieu-tieu-ngu"),
        ("ST001", 1, "so-ky-hieu"), ("ST010", 1, "danh-gia"), ("ST010", 1, "kien-nghi"),
        ("ST020", 83, "e)"), ("ST020", 178, "e)"),
    ]


@needs_shared()
def test_corpus_has_no_structure_findings(ruleset):
    from checker.extract import read_path



    # the reference draft has real structure defects (tested above); 10 is an excerpt of a formal
    # report cut after its opening paragraph, so its closing components (signer, Nơi nhận, ./.)
    # and its body outline are missing from the text as stored: true findings, not defects of it
    expected = {SEED.name: None,
                "10-bnv-bc3616-2016.txt": [("ST001", "chức vụ"), ("ST001", "./."), ("ST001", "nơi nhận"),
                                           ("ST010", "Kết quả")]}
    for path in sorted(CORPUS.glob("*.txt")):
        if path.name in expected and expected[path.name] is None:
            continue
        report = run(read_path(path), ruleset)
        found = [f for f in report.findings if f.category == "structure"]
        want = expected.get(path.name, [])
        assert len(found) == len(want) and all(code == f.code and text in f.message
                                               for (code, text), f in zip(want, found)), (path.name, found)


@pytest.mark.parametrize("trich,expected", [
    ("Kết quả thực hiện công tác CCHC quý I/2016", "cchc-2011-2020"),
    ("Kết quả cải cách hành chính 6 tháng đầu năm 2020 và phương hướng năm 2021", "cchc-2011-2020"),
    ("Kết quả cải cách hành chính quý III/2023.", "cchc-2021-2030"),
])
def test_year_read_from_the_trich_yeu(ruleset, trich, expected):
    sections = ["I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "II. KẾT QUẢ THỰC HIỆN", "III. PHƯƠNG HƯỚNG"]
    found = findings(doc(trich, sections), ruleset)
    assert found and {f.data["profile"] for f in found if f.code == "ST010"} == {expected}
    assert not [f for f in found if f.code == "ST001"]


def test_bad_builtin_profile_fails_rule_loading(tmp_path, monkeypatch):
    from checker import profiles
    from checker.ruleset import RuleError, load_ruleset

    (tmp_path / "x.toml").write_text('name = "x"\nkind = "outline"\ntitle = "t"\n[[sections]]\nid="a"\n'
                                     'title="A"\nrequired="yes"\n', encoding="utf-8")
    monkeypatch.setattr(profiles, "profiles_dir", lambda: tmp_path)
    with pytest.raises(RuleError) as e:
        load_ruleset()
    assert str(tmp_path / "x.toml") in str(e.value) and "sections[0].required" in str(e.value)
