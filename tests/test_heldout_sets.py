"""The blind sets heldout7 to heldout12 (issue 14), kept after their one scoring: each passage, as
it is phrased, reports exactly the relations its hand check found broken and the checker reads
today (``corpus/heldoutN/FACTS.json``; the misses are listed in each README), and nothing else —
but the known false alarms below, each explained in its set's README."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker import check_path, load_ruleset

ROOT = Path(__file__).resolve().parent / "corpus"
RULES = load_ruleset()

# (set/file) -> (code, line) of each broken relation reported at warning or error
EXPECTED: dict[str, set[tuple[str, int]]] = {
    "heldout7/h7-02-mut.txt": {("AR001", 2)},
    "heldout7/h7-04-mut.txt": {("AR001", 2), ("AR037", 1)},  # "(đạt 130,2% kế hoạch năm nay là 23.000 người)"
    "heldout7/h7-04.txt": {("AR001", 2)},  # XKLĐ 1.706 người, "với 51 … và 1.606 …" = 1.657
    "heldout7/h7-03-mut.txt": {("AR001", 1)},  # prizes of every grade: 28 + 99 + 156 + 221 = 504, "584"
    "heldout7/h7-05-mut.txt": {("AR038", 3)},  # 135 ha × 61 tạ/ha = 823,5 tấn, "715,5tấn" (after a colon)
    "heldout7/h7-06-mut.txt": {("AR001", 3)},
    "heldout7/h7-10-mut.txt": {("AR037", 3)},
    "heldout7/h7-12-mut.txt": {("AR003", 1)},
    "heldout7/h7-13-mut.txt": {("AR001", 2)},
    "heldout8/h8-01-mut.txt": {("AR001", 1), ("AR003", 3)},
    "heldout8/h8-01.txt": {("AR001", 1), ("AR003", 3)},  # 13,68 triệu + 230 nghìn ≠ 13,7 triệu; 11,43/13
    "heldout8/h8-03-mut.txt": {("AR001", 2)},
    "heldout8/h8-04-mut.txt": {("AR038", 1)},  # 18,3 nghìn ha × 52 tạ/ha = 9,5 vạn tấn, "8,2 vạn tấn"
    "heldout8/h8-05-mut.txt": {("AR005", 2), ("AR005", 3)},
    "heldout8/h8-05.txt": {("AR005", 2)},  # a growth rate that does not fit its stated increase
    "heldout8/h8-06-mut.txt": {("AR005", 5)},
    "heldout8/h8-08-mut.txt": {("AR003", 3), ("AR003", 4)},
    "heldout8/h8-13-mut.txt": {("AR001", 1)},  # the three kinds of petition: 10 + 21 + 295 = 326, "376 đơn"
    "heldout8/h8-08.txt": {("AR003", 4)},  # 306/431 = 71,0 %, written 70,9 %
    "heldout9/h9-01-mut.txt": {("AR003", 2)},  # "4.732 vụ …; trong đó … 3.348 vụ, đạt tỷ lệ 60,2%" (70,75 %)
    "heldout9/h9-06-mut.txt": {("AR038", 2)},  # 238 ha × 57,6 tạ/ha = 1.370,9 tấn, "trên 1.180 tấn"
    "heldout9/h9-07-mut.txt": {("AR001", 2)},  # 112.500 + 787 = 113.287, "113.417"
    "heldout9/h9-10-mut.txt": {("AR001", 1)},  # the five sites make 161.000, "trên 154.000"
    "heldout9/h9-11-mut.txt": {("AR001", 3)},  # 15.100 + 236.990 = 252.090, the total "292.090" on its line
    "heldout10/h10-01-mut.txt": {("AR003", 1)},  # "79,83 tỷ USD, giảm 6,7% và chiếm 55,9%" of 121,21
    "heldout10/h10-05-mut.txt": {("AR001", 2)},  # 23.613 + 28.916 = 52.529, "trên 49.529"
    "heldout10/h10-06-mut.txt": {("AR003", 1), ("AR003", 2)},
    "heldout10/h10-06.txt": {("AR003", 1), ("AR003", 2)},  # 78/84 = 92,857 %, "92,85%"; 261/362 ≠ 80,06 %
    "heldout10/h10-07-mut.txt": {("AR001", 3), ("AR003", 3), ("AR038", 2)},  # 96.208.984 / 26.870.079 ≠ 4,2
    "heldout10/h10-07.txt": {("AR001", 3), ("AR003", 3)},  # An Giang nam 847.570 (947.570 fits both)
    "heldout10/h10-08-mut.txt": {("AR001", 3)},  # 4 + 14 + 11 = 29, "27"
    "heldout10/h10-11-mut.txt": {("AR005", 3)},
    "heldout10/h10-11.txt": {("AR005", 3)},  # a rate of change truncated beyond its rounding
    "heldout10/h10-09-mut.txt": {("AR047", 2)},  # 2.332 / 9,51 % = 24.522 hộ, 3.446 / 12,01 % = 28.693 hộ
    "heldout10/h10-10-mut.txt": {("AR005", 3)},  # "giảm được 4,44% …, đưa tỷ lệ … từ 36,17% xuống còn 26,73%"
    "heldout10/h10-12-mut.txt": {("AR001", 2)},
    "heldout10/h10-12.txt": {("AR001", 2)},
    "heldout10/h10-14-mut.txt": {("AR001", 1)},  # the four kinds of industrial property: 345 + 12 + 12 + 02 ≠ 421  # 24 + 32.501 + 140.907 = 173.432, "173.430"
    # heldout11 and heldout12, scored once at the end of the session of 2026-12-06 (then fixed: see their READMEs)
    "heldout11/h11-03-mut.txt": {("AR003", 3)},  # 20/21 = 95,24 %, "81,24%"
    "heldout11/h11-05.txt": {("AR001", 1)},  # Hà Nội's prizes 9 + 35 + 47 + 21 = 112, "129 thí sinh đoạt giải"
    "heldout11/h11-05-mut.txt": {("AR001", 1)},  # the same, and Nam Định's 4 + 23 + 25 + 21 = 73, "77"
    "heldout11/h11-12-mut.txt": {("AR003", 2)},  # 23/26 = 88,46 %, "76,46%"
    "heldout12/h12-02.txt": {("AR001", 1)},  # 3.350 + 340 = 3.690 tấn, "3.360"
    "heldout12/h12-06-mut.txt": {("AR046", 5)},  # the parts' rates give 28,8 %, "34%"
    "heldout12/h12-07-mut.txt": {("AR003", 3)},  # 1.258/1.466 = 85,81 %, "99,45%"
    "heldout12/h12-08-mut.txt": {("AR001", 5)},  # 542 + 4.009 + 230 = 4.781 thí sinh, "4.751"
    "heldout12/h12-11-mut.txt": {("AR001", 2)},  # prizes 1 + 4 + 5 + 5 = 15, "17 học sinh đoạt giải"
    "heldout12/h12-13-mut.txt": {("AR003", 2)},  # 2.998/3.001 = 99,90 %, "86,9%"
    "heldout12/h12-14-mut.txt": {("AR001", 1)},  # 904.225 + 83 = 904.308 hồ sơ, "904.298"
    "heldout12/h12-16-mut.txt": {("AR003", 1)},  # 3/5 = 60 %, "70%"
}
# false alarms read today, each in its set's README: another action's figures read as parts (h9-02)
KNOWN_FALSE: dict[str, set[tuple[str, int]]] = {
    "heldout9/h9-02.txt": {("AR001", 1)},
    "heldout9/h9-02-mut.txt": {("AR001", 1)},
}
FILES = sorted(f"{p.parent.name}/{p.name}" for d in ("heldout7", "heldout8", "heldout9", "heldout10", "heldout11",
                                                       "heldout12")
               for p in (ROOT / d).glob("*.txt"))


def test_every_expected_finding_is_a_failing_relation_of_the_hand_check():
    assert len(FILES) == 28 + 29 + 29 + 29 + 29 + 29
    for name, found in EXPECTED.items():
        d, f = name.split("/")
        facts = json.loads((ROOT / d / "FACTS.json").read_text(encoding="utf-8"))
        if isinstance(facts, dict):
            facts = facts.get("facts", facts.get("records"))
        failing = {x["line"] for x in facts if x["verdict"] == "fails" and x["file"] in (f, f.replace("-mut", ""))}
        # a finding spans its relation, from the total to the last part: it must meet a failing line
        spans = {(x.code, x.span.line): range(x.span.line, x.span.end_line + 1)
                 for x in check_path(str(ROOT / name), RULES).findings}
        for key in found:
            assert key in spans and set(spans[key]) & failing, (name, key)


@pytest.mark.parametrize("name", FILES)
def test_passage_reports_its_broken_relations_and_nothing_else(name):
    report = check_path(str(ROOT / name), RULES)
    loud = {(f.code, f.span.line) for f in report.findings
            if f.category == "arithmetic" and f.severity in ("warning", "error")}
    assert loud == EXPECTED.get(name, set()) | KNOWN_FALSE.get(name, set()), name
