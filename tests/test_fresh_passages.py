"""Fresh real passages (issue 14): thirty passages nobody on the team had read, collected after
the probe and held-out sets were used — TTHC and administrative-reform notices (``a``), budget,
trade and statistics releases (``b``), social sectors: labour, schools, exams, new-style rural
areas, rice, crime, health insurance, poverty (``c``) — each hand-checked relation by relation
before the checker was run (``corpus/fresh/*/FACTS.json``, sources in ``SOURCES.md``), with 25
copies in which one figure of one relation is changed by about 15 % (``-mut``).

First measurement (the code before this session's fixes): of 17 real defects 8 found, of 27
mutations 10, and 11 false alarms at warning or error. Every family behind a miss or a false
alarm was then fixed as a family with its generator (test_phrasing_no_relation.py and the
families added to the share, change, breakdown and contribution generators); this test keeps the
passages as phrased: exactly the findings below (warning or error, arithmetic), nothing else.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker import check_path, load_ruleset

FRESH = Path(__file__).resolve().parent / "corpus" / "fresh"
RULES = load_ruleset()

# file -> (code, line) of each loud finding; every one is a failing relation of FACTS.json (a real
# defect of the original, the broken relation of a copy, or a real defect the copy keeps)
EXPECTED: dict[str, set[tuple[str, int]]] = {
    "a01-mut.txt": {("AR001", 3), ("AR003", 3)},  # 16.307 + 664 + 1.094 ≠ 17.922; 1.094 of 18.426 ≠ 5,16 %
    # 12.516 + 44.405 + 4.910 ≠ 56.039 (reported at the total's line); 3.399/26.030 = 13,058 % ≠ 13,05 %
    "a02-mut.txt": {("AR001", 2), ("AR003", 4)},
    "a02.txt": {("AR003", 4)},
    "a03-mut.txt": {("AR001", 1)},  # 138.069 + 54.410 against "hơn 174.470"
    "a04-mut.txt": {("AR001", 1)},  # 1.833 + 346 + 134 ≠ 2.268
    "a05-mut.txt": {("AR001", 1)},  # "Theo đó, trong số 44 …, có 30 …; 15 …; 1 …"
    "a07-mut.txt": {("AR001", 4), ("AR003", 4)},
    "a07.txt": {("AR001", 4), ("AR003", 4)},  # 4,52 ngàn + 12 ≠ 4.561; 4,52 ngàn of 4.561 ≠ 99,7 %
    "a06-mut.txt": {("AR005", 1)},  # "cao hơn 3,51% so với năm 2022 (84,74%)": 3,05 points or 3,60 %
    "a09-mut.txt": {("AR003", 1)},  # "… là 133.015 và tổng số … là 168.746, chiếm 68,54%"
    "a10.txt": {("AR001", 4)},  # 304 + 20 + 2 + 146 ≠ 628
    "b02-mut.txt": {("AR001", 1), ("AR001", 2)},
    "b02.txt": {("AR001", 1)},  # 47,322 + 34,4 + 4,2 above "gần 85,6" (the paragraph ends on "…")
    "b03-mut.txt": {("AR001", 2)},
    "b05-mut.txt": {("AR001", 2)},  # "4,79 tỷ USD, tăng 53,3% so với cùng kỳ năm 2017, trong đó …"
    "b06-mut.txt": {("AR001", 2), ("AR005", 2)},
    "b06.txt": {("AR005", 2)},  # 104,79 against 37,37: not "tăng 60,7%"
    "b08-mut.txt": {("AR001", 1)},  # "trong 11 nhóm …, chỉ có 2 nhóm …; 8 nhóm …; 2 nhóm …"
    "c01-mut.txt": {("AR001", 1), ("AR001", 2)},
    "c01.txt": {("AR001", 2)},  # 16 + 2 + 58 ≠ 74
    "c02-mut.txt": {("AR003", 3)},
    "c03-mut.txt": {("AR003", 5)},  # "6.367 thí sinh đỗ tốt nghiệp/8.292 thí sinh dự thi, đạt 90,34%"
    "c04-mut.txt": {("AR003", 1)},
    "c04.txt": {("AR003", 1)},  # 743 of the 6.084 xã đạt chuẩn = 12,21 %, not 12,3 %
    "c06-mut.txt": {("AR005", 2)},  # "giảm 12,35% (2.133 tấn)": 2.133 of 19.857 is 10,74 %
    "c07-mut.txt": {("AR005", 1)},  # "giảm 52,85% (194/359 vụ)": the change, read from its bracket
    # "(tương đương 669 hộ). Trong đó, … 552 hộ, chiếm tỷ lệ 97% số hộ nghèo": 552/669 = 82,5 %
    "c10-mut.txt": {("AR003", 2)},
    "b01.txt": {("AR040", 2)},  # "Không tính … (5.056 tỷ đồng) thì thu nội địa thực hiện 11.104": 16.186 − 5.056
    # the later sets: Sở/UBND reports (d) and provincial economy releases (e)
    "d01-mut.txt": {("AR001", 2)},  # "1.536 đơn (tồn đầu kỳ 40 đơn, tiếp nhận mới 1.272 đơn)"
    "d02.txt": {("AR003", 3)},  # 238/316 = 75,32 %, written 88,9 %
    "d03-mut.txt": {("AR001", 3)},
    "d08-mut.txt": {("AR037", 2)},  # 173,592 / 357,792 (plan in the sentence before) = 48,52 % ≠ 57 %
    "d10-mut.txt": {("AR003", 4)},
    "e02-mut.txt": {("AR001", 2)},
    "e03-mut.txt": {("AR003", 2)},
    "e03.txt": {("AR003", 2)},
    "e04-mut.txt": {("AR001", 3)},  # "5.664 tàu cá với 1.851.808 CV; trong đó … (size classes)"
    "e07-mut.txt": {("AR001", 1)},
    "e08-mut.txt": {("AR001", 1)},  # parts in the bracket after the total's own change
    "e10-mut.txt": {("AR001", 1)},  # 30 FDI + 13 DDI ≠ 39 dự án
    # "Trong đó, sản lượng khai thác 50.706 tấn, …. Sản lượng nuôi trồng ước đạt 11.505 tấn": the list
    # carried on in the next sentence exceeds 60.711 (reported at the total's line)
    "e05-mut.txt": {("AR001", 2)},
    # 50.706 / 1,02 + 10.005 / 1,074 = 59.027 tấn a year before: the total grew 2,85 %, not 6,4 % (AR046)
    "e05.txt": {("AR046", 2)},
    "e01-mut.txt": {("AR038", 1)},  # "cây ngô 800ha, năng suất đạt 56,0 tạ/ha, sản lượng 3.920 tấn": 49 tạ/ha
    "e09-mut.txt": {("AR001", 2)},  # "Trong đó vận tải hành khách 610 …. Vận tải hàng hoá 2.628 …" > 3.017
    # "Mỹ Lộc: 3.197ha, 58,3 tạ/ha (99,18%), 18.486 tấn; …": the yields per district, read from their
    # unit, disagree with output / area (8 of 10 districts; the copy keeps the original's defects)
    "c05.txt": {("AR038", 2)},
    "c05-mut.txt": {("AR038", 2)},
    # "kiến nghị thu hồi hơn 6,51 tỷ đồng …; đã thu được hơn 2,77 tỷ đồng (đạt 50%)": 42,5 %
    "d04-mut.txt": {("AR041", 2)},
    # "công bố 7.518 TTHC …, trong đó: 3.595 TTHC mới và thay thế, 977 TTHC sửa đổi, bổ sung, 2.926 TTHC
    # bị bãi bỏ": the three kinds a decision publishes make the whole (roles.toml), 7.498 ≠ 7.518
    "a04.txt": {("AR001", 1)},
    # "Hộ nghèo có 10.689 hộ, …, trong đó có 3.879 hộ … (chiếm 13,13% so với tổng số hộ nghèo DTTS và
    # chiếm 31,56% so với tổng số hộ nghèo toàn tỉnh)": the second share is of 10.689 (36,29 %)
    "c09-mut.txt": {("AR003", 2)},
    # "trong tổng mức 370 nghìn tỷ đồng, doanh thu bán lẻ … 277,2 …. Trong khi đó, doanh thu dịch vụ lưu
    # trú, ăn uống … 45,1 …. Doanh thu du lịch lữ hành … 3,6 …; doanh thu dịch vụ khác … 50,7": 376,6 > 370
    "b09-mut.txt": {("AR001", 2)},
    # the sixth set (f): dense Sở / UBND / statistics passages, hand-checked by a helper
    "f-01-mut.txt": {("AR001", 2)},  # 1.833 + 1.890 + 44 ≠ 3.507
    "f-02-mut.txt": {("AR003", 1)},  # 149 xã/193 xã ≠ 67 %
    "f-04-mut.txt": {("AR001", 1)},  # 4.340 + 6.433 ≠ 9.873
    "f-05-mut.txt": {("AR005", 1)},
    "f-06-mut.txt": {("AR003", 4)},  # "có 3.007 thí sinh dự thi, thì chỉ có 2.419 thí sinh đỗ tốt nghiệp, đạt 93,7%"
    "f-08-mut.txt": {("AR003", 2)},
    "f-10.txt": {("AR005", 1)},  # the rates of the decreases computed on this year's figures
    "f-11-mut.txt": {("AR005", 3)},  # "tăng 1,1% (thấp hơn 8,8 điểm phần trăm so với mức tăng 8,7% cùng kỳ)"
    "f-12-mut.txt": {("AR042", 1)},  # xuất siêu 36,4 ≠ 81,5 − 50,1 (the bracket's surplus is of 2022)
    "f-13-mut.txt": {("AR001", 4)},
    "f-13.txt": {("AR001", 4)},  # "hơn 607 triệu USD" against 64,36 + 323,43 + 607
    "f-14-mut.txt": {("AR003", 2)},
    "b04.txt": {("AR033", 3)},
    "f-03-mut.txt": {("AR038", 3)},  # 65.600 / 8.841 = 7,42 tỷ a firm (the line before), written 8,6  # the four IIP industries after "Trong đó" contribute 1,4 of 9,4 points
    "f-14.txt": {("AR003", 2)},  # 2.874,3 / 4.654,6 = 61,75 %, written 62,1 %
    # set g (collected this session for development: counts of listed names, totals and parts on
    # other lines, averages, old values to derive)
    "g-02.txt": {("AR003", 1)},  # 35/63 = 55,56 %, "đạt tỷ lệ 54%" after a long label ("… mức độ 3,")
    "g-04-mut.txt": {("AR045", 1)},  # "17/63 địa phương … gồm:" with fifteen names
    "g-06-mut.txt": {("AR001", 1)},
    "g-09-mut.txt": {("AR005", 4)},
    "g-15-mut.txt": {("AR005", 1)},
    "g-16-mut.txt": {("AR001", 1)},  # people by outcome (bị can, người, nghi phạm) closed by "xử lý khác": 4.359 ≠ 4.139
}
# failing relations not reported (at warning or error) yet, and why
KNOWN_MISSES = {
    "a02.txt:4:37,76": "share after 'X tiếp nhận A, với B (đạt tỷ lệ p%)' among several bases: info only",
    "a02-mut.txt:3": "reported at line 2, the line of the total the 'Trong đó' sentence breaks down",
    "b03.txt:2": "plan two sentences before with a long label; marginal (2,7476 % written 2,74 %)",
    "b06.txt:2:15,5": "a multiple whose base is only given per part, in brackets",
    "b07-mut.txt:7": "a balance whose cue word is in the clause before its figure ('xuất siêu lớn thứ 2 cả nước, đạt 9,35')",
    "b10.txt:3": "a heading 'Hà Nam: 10,39%' restating a body figure",
    "b10-mut.txt:5": "sector list after a GRDP with no cue word",
    "c04.txt:1:42,4": "two bases in a fraction (6.084/7.669 xã): info only",
    "c05-mut.txt:1": "a provincial yield from area and output given in other sentences",
    "f-17.txt:1": "three sectors complete only by domain knowledge (giá trị sản xuất; a GRDP has a fourth item)",
    "f-07-mut.txt:1": "a yield in a crop bullet whose area is a done/plan pair ('lúa là 115/116 ha')",
    "f-15-mut.txt:2": "a contribution in points from a sector's level and growth and the whole (derived old values)",
    "g-01-mut.txt:3": "prizes listed in the paragraph after 'có tới 89 em đoạt giải', opened by 'Cụ thể, … Kết quả, có'",
    "g-02.txt:1": "points 'tương ứng 6%' written without a base in the clause (the share beside it is found)",
    "g-07-mut.txt:2": "an average whose total is one of three figures of its measure in the paragraph before",
    "g-08-mut.txt:3": "shares of the three sectors without 'chiếm' (a complete set only by domain knowledge)",
    "g-10-mut.txt:1": "provinces listed with their figures across two lines and a nested 'gồm:'",
    "g-11-mut.txt:3": "an average per visitor whose count is two sentences before ('5,5 triệu lượt khách')",
    "g-13-mut.txt:1": "a total named 'hộ nghèo và hộ cận nghèo' whose two parts are on the next two lines",
    "g-14-mut.txt:3": "a plan in the next line's bracket against a total two lines before",
    "g-18-mut.txt:1": "a turnout rate before the counts it is of ('Cụ thể, tổng số cử tri …')",
}
FILES = sorted(p.relative_to(FRESH).as_posix() for p in FRESH.glob("[abcdefg]/*.txt"))


def test_every_passage_and_fact_is_accounted_for():
    assert len([f for f in FILES if "-mut" not in f]) == 86 and len([f for f in FILES if "-mut" in f]) == 68
    names = {f.split("/")[1] for f in FILES}
    assert set(EXPECTED) <= names
    for d in "abcdefg":
        facts = json.loads((FRESH / d / "FACTS.json").read_text(encoding="utf-8"))
        lines = {f: (FRESH / d / f).read_text(encoding="utf-8").splitlines() for f in {x["file"] for x in facts}}
        for x in facts:  # every quote stands on its line, as the hand check said
            assert x["quote"] in lines[x["file"]][x["line"] - 1], (x["file"], x["line"], x["quote"])
        # every loud finding expected is on the line of a failing relation (of the file, or of the
        # original a copy keeps), or on the line before it, where the total its "Trong đó …"
        # sentence breaks down stands
        failing: dict[str, set[int]] = {}
        for x in facts:
            if x["verdict"] == "fails":
                failing.setdefault(x["file"], set()).add(x["line"])
        for name, found in EXPECTED.items():
            if name.startswith(d):
                ok = failing.get(name, set()) | failing.get(name.replace("-mut", ""), set())
                ok |= {line - 1 for line in ok}
                assert {line for _, line in found} <= ok, name


@pytest.mark.parametrize("name", FILES)
def test_passage_reports_its_defects_and_nothing_else(name):
    report = check_path(str(FRESH / name), RULES)
    loud = {(f.code, f.span.line) for f in report.findings
            if f.category == "arithmetic" and f.severity in ("warning", "error")}
    assert loud == EXPECTED.get(name.split("/")[1], set()), name
