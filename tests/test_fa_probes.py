"""Real passages collected by twelve false-alarm probes of issue 14 (``corpus/faprobe/p5`` … ``p16``:
banking, postal services, markets, military service; lists of names; civil service, tourism,
health insurance; accidents, OCOP; customs revenue, housing stock; credit, plans, digital transformation, building permits; forestry, festivals, weather; coffee, posts; longer report sections of a xã, huyện, tỉnh (p14); works, births, call-ups, land (p15); budgets, livestock, forestry, credit (p16); elections, prizes, rankings, drug cases, dense
figures of 19 domains (p17); elections, prizes, petitions, harvests, addresses (p18); party
admissions, OCOP, petitions, elections (p19); budgets, plans, insurance, crops (p20); inspection,
tourism, hotels, telecoms, lists of places (p21); xã and huyện reports, plans with note marks,
ethnic groups (p22); finance, tax, schools, police, mass organisations (p23); growth by sector, IIP, revenue by item (p24); transport, elderly care, medals, markets (p25) …, sources in each ``SOURCES.md``). Each was run, and every warning and
error judged by hand (``REPORT.md`` in each folder: the arithmetic and the verdict). The false
alarms found were fixed as families, with generators (``tests/test_phrasing_probe5_families.py``,
``…probe6…``, ``…probe7…``, ``…probe8…``, ``…probe9…``, ``…probe10…``, ``…probe11…``, ``…probe12…``, ``…probe14…``, ``…probe15…``, ``…probe17…``, ``test_phrasing_listed_count.py``); this test keeps the passages as
they are phrased: exactly the true findings below are reported at warning or error, nothing else.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from checker import check_path, load_ruleset

ROOT = Path(__file__).resolve().parent / "corpus" / "faprobe"
RULES = load_ruleset()

# (folder/file) -> (code, line) of each true finding, as the hand check found it
EXPECTED: dict[str, set[tuple[str, int]]] = {
    "p5/t01.txt": {("AR001", 1)},  # "81 chiếc (Kiên Giang 65, Cà Mau 10)": 75
    "p5/t36.txt": {("AR001", 1)},  # 7.486 + 10.221 + 43.895 = 61.602, stated 67.055 ("kiến nghị khác" is the rest)
    "p7/v06.txt": {("AR003", 1)},  # 6/9 written 66,6 %, 6/14 written 42,8 %: truncated, a warning each
    "p7/v42.txt": {("AR003", 1)},  # 9.201 / 12.896 = 71,35 %, stated 73,5 %
    "p8/w02.txt": {("AR001", 1)},  # 6 + 3 + 133 + 783 fires + 2 explosions = 927, "925 vụ cháy, nổ"
    "p8/w04.txt": {("AR001", 1), ("AR001", 3)},  # "7 người" listed as 1 + 1 + 1 + 5; "391 ha (… 70ha, … 214 ha)"
    "p8/w32.txt": {("AR001", 2)},  # "Lào Cai: 155 người … gồm" districts summing to 154
    "p8/w34.txt": {("AR003", 3)},  # 402 / 761 = 52,825 %, written 52,82 % (a warning)
    "p9/x26.txt": {("AR037", 1)},  # 330.474 / 340.000 = 97,20 %, stated 98,74 %
    "p9/x28.txt": {("AR001", 1), ("AR037", 1)},  # 4.816 + 1.994 = 6.810 > 6.583; 6.583 / 17.600 = 37,4 %, "39%"
    "p9/x32.txt": {("AR003", 1)},  # 1.188.291 / 2.989.613 = 39,75 %, stated 63 %
    "p9/x33.txt": {("AR003", 2)},  # 435 / 1.026 = 42,4 %, written "(chiếm gần 40%)" (a warning: "nearly" is below)
    "p9/x46.txt": {("AR001", 1)},
    "p10/y25.txt": {("AR043", 5)},  # urban 61,3 % + rural 48,7 % = 110 % (118 / 305 fires is 38,7 %)
    "p11/z03.txt": {("AR003", 1)},  # 306,9 / 345 = 88,96 %, written 88,7 %
    "p11/z22.txt": {("AR003", 1)},  # 544 / ~8.000 = 6,8 %, written 6,28 %; 41 / ~8.000 = 0,51 %, written 0,12 %
    "p11/z24.txt": {("AR001", 2)},  # 7.039 + 544 + 332 + 10 + 40 = 7.965, "7.960 lễ hội" (a warning)
    "p12/q01.txt": {("AR044", 1)},  # lending − repayments = 13,4 tỷ, the balance rose 3,2 % of 713 (22,1)
    "p14/d10.txt": {("AR001", 3)},
    "p17/p28.txt": {("AR003", 1)},  # 8.030 / 10.761 = 74,62 %, stated 72,2 %
    "p18/q30.txt": {("AR003", 2)},  # 48/58 = 82,76 %, stated 84,48 % (49/58)
    "p19/r01.txt": {("AR001", 2)},  # "3.321 đơn (KN 76, TC 143 và kiến nghị, đề nghị 3.448 đơn)": 3.667
    "p19/r02.txt": {("AR003", 2)},  # 789.006 / 789.160 = 99,980 %, written 99,99 %
    "p20/s03.txt": {("AR001", 2)},  # chi ngân sách 257.343 triệu đồng, its parts 269.490 + 77.650
    "p20/s09.txt": {("AR001", 3)},  # "Cụ thể" crops 10.919,2 ha against 11.397,2 ha
    "p20/s10.txt": {("AR003", 3)},  # 17.455 / 17.768 = 98,238 %, written 98,23 % (truncated)
    "p20/s26.txt": {("AR003", 2)},  # 981 / 7.693 = 12,75 %, written 12,7 % (truncated)
    "p21/s07.txt": {("AR005", 2)},  # "543 đơn, giảm 55 đơn, bằng 89,9% so với cùng kỳ": 543 / 598 = 90,8 %
    "p21/s12.txt": {("AR001", 5)},  # 335,817 + 959,566 = 1.295,383 tỷ, written 1.295,283
    "p21/s14.txt": {("AR001", 1)},  # the hotels' rooms 144 + 856 + 963 + 1.625 + 908 + 95 = 4.591, "4.195 phòng"
    "p23/s06.txt": {("AR037", 2)},
    "p24/s27.txt": {("AR005", 2)},  # visitors from 3.718 to 41.150: a rise of 1.006,8 %, "573%"  # 18.984 / 17.500 = 108,48 %: "vượt 7% so với chỉ tiêu được giao" (8,48 %)
    "p22/s24.txt": {("AR003", 2)},  # 16.322 / 32.064 = 50,90 %, "51,27%"; 129 → 0,40 %, "0,42%"; 9.047 → 28,215 %
    # "78/79 thôn … (tỷ lệ 92%)": 98,73 %; "14.504/18.600 hộ (tỷ lệ 77,97%)": 77,978 % cut, not rounded
    "p15/e23.txt": {("AR003", 2)},  # "7/34 trường đạt chuẩn (Mầm non 2, Tiểu học 4, THCS 2)": 8
    "p12/q08.txt": {("AR003", 2)},  # 31.234 / 195.581 = 15,97 %, written 15,95 %  # "1,13 triệu tấn (trong đó: … trong nước 0,95 …; … nước ngoài 0,12 …)": 1,07
}
# false alarms a probe found and this build still raises, each with its reason (not fixed: the
# reading that would silence it would silence true findings of the same shape)
KNOWN_FALSE: dict[str, set[tuple[str, int]]] = {
    # "833 hợp tác xã (trong đó 788 HTX đang hoạt động, 45 HTX ngừng hoạt động, 6 HTX giải thể)": the
    # dissolved six are outside the 833 by domain knowledge only (the same shape, "… và THPT có 9
    # trường" after three levels that make the total, is a true slip in heldout4/h4-02)
    "p11/z40.txt": {("AR001", 1)},
    # "tuyển sinh trên 16.300 HSSV … Trong đó có trên 8.700 HSSV tốt nghiệp, trên 5.700 HSSV được tư vấn,
    # giới thiệu việc làm; trên 5.000 HSSV có việc làm": stages nested one in the other, read as a split
    # (found by the last probe of the session, not yet fixed)
    "p13/r11.txt": {("AR001", 1)},
    # "260.184 GCNQSDĐ, trong đó đã cấp cho 202.590 lượt hộ …, đất ở đô thị 21.051 giấy …; đất ở nông thôn
    # 82.913 giấy": two cuts (holders, land types) under one cue, in two nouns (not yet fixed)
    "p15/e14.txt": {("AR001", 2)},
}
FILES = sorted(f"{p.parent.name}/{p.name}" for p in ROOT.glob("p*/*.txt"))


def test_every_probe_is_here():
    counts = {d: len([f for f in FILES if f.startswith(d + "/")]) for d in ("p5", "p6", "p7", "p8", "p9", "p10", "p11", "p12", "p13", "p14", "p15", "p16", "p17", "p18", "p19", "p20", "p21", "p22", "p23", "p24", "p25")}
    assert counts == {"p5": 50, "p6": 48, "p7": 50, "p8": 41, "p9": 47, "p10": 48, "p11": 47, "p12": 38, "p13": 31, "p14": 18, "p15": 43, "p16": 30, "p17": 30, "p18": 30, "p19": 30, "p20": 30, "p21": 30, "p22": 30, "p23": 30, "p24": 30, "p25": 30}
    assert set(EXPECTED) <= set(FILES) and set(KNOWN_FALSE) <= set(FILES)


@pytest.mark.parametrize("name", FILES)
def test_passage_reports_its_true_findings_and_nothing_else(name):
    report = check_path(str(ROOT / name), RULES)
    loud = {(f.code, f.span.line) for f in report.findings
            if f.category == "arithmetic" and f.severity in ("warning", "error")}
    assert loud == EXPECTED.get(name, set()) | KNOWN_FALSE.get(name, set()), name
