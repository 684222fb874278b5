"""Mutation tests on real text: every checkable relation that holds in a development document
is broken one figure at a time, in the document as it is really phrased, and must then be
reported at its line.

The relations come from the hand-checked facts (``tests/corpus/expect/*.json``, the "holds"
entries of the arithmetic family). For each, the first figure of its computation that stands
on the relation's line is changed beyond rounding, once up and once down (``mutated``), and
the arithmetic rules are run on the changed document: some arithmetic finding that the
unchanged document does not have must cover the relation's line (or one of its alternative
lines). Holds that are no relation to recompute (an approximation that must stay silent, an
ordering, a figure "not checkable" by the facts' own words) are not mutated.

What is not found yet is listed in ``KNOWN_MISSES`` with the reason; the rate over all cases is
held to the issue's goal (>= 90 %)."""
from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from checker import load_ruleset
from checker.engine import run
from checker.extract import build_document
from checker.ruleset import RuleSet

CORPUS = Path(__file__).resolve().parent / "corpus"
GOAL = 0.90

# the facts' own words for a hold that is no relation to break: it must stay silent, or it is
# an ordering or bound, or the facts call it not checkable
NOT_A_RELATION = re.compile(
    r"not checkable|must not|not a defect|consistent|compatible|ordering|<=|>=| < | > |allowed|"
    r"approximate|repeated|headline|derived|only partly|optional|implied|separate group|"
    r"is a range", re.IGNORECASE)
_FIG = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?|(?<![\d.,])\d+(?:,\d+)?")

# (hold id, direction) -> why the mutation is not reported yet
_R = {
    "01-vinhphuc-ttpvhcc-quy3-2021-h12": "the changed share fits another figure of the paragraph as its base (461 or 533 of 16.234 cumulative is 2,8 % / 3,3 %): the base is not stated beside it, so it is not judged",
    "04-thuathienhue-dvc-thongke-h7": "% column of the portal table's level rows (issue 18: table relations)",
    "09-mof-ngansach-quy1-2018-h3": "'43/63 địa phương … cao hơn, 20 địa phương … thấp hơn': a fraction's denominator split by antonyms, not read",
    "a03-quangnam-tthc-nam-2022-h1": "'Trong số này, có 235 … về quy định …; 1.063 … về hành vi …': complete only by domain knowledge, a partial list below its total is silent",
    "a03-quangnam-tthc-nam-2022-h6": "received + carried over = resolved + in progress: 'tiếp nhận' is stated three times in the paragraph (total and by channel), ambiguous",
    "a05-hcm-quan1-tthc-nam-2018-h3": "'đúng hạn' alone may or may not include early files: resolved = on time + late is not asserted",
    "b09-haiduong-congthuong-thang2-2023-h2": "sum across three paragraphs by their subjects (retail + services = total retail and services): not proposed",
    "b09-haiduong-congthuong-thang2-2023-h3": "growth of a total derived from its parts' year-ago levels: not proposed",
    "b09-haiduong-congthuong-thang2-2023-h4": "growth of a total derived from its parts' year-ago levels: not proposed",
    "b09-haiduong-congthuong-thang2-2023-h6": "month-on-month change derived from a two-month cumulative minus the month: not proposed",
    "seed-tiengiang-cchc-4thang-2020-h10": "row of a table split by an empty line (issue 18)",
    "seed-tiengiang-cchc-4thang-2020-h11": "row of a table split by an empty line (issue 18)",
    "seed-tiengiang-cchc-4thang-2020-h22": "'hồ sơ số hóa' as the received total: its cue stands 85 characters before the figure",
}
KNOWN_MISSES: dict[tuple[str, str], str] = {
    # share whose base (14.101 due) stands two sentences before it: not looked for
    ("01-vinhphuc-ttpvhcc-quy3-2021-h12:461", "up"): _R["01-vinhphuc-ttpvhcc-quy3-2021-h12"],
    ("01-vinhphuc-ttpvhcc-quy3-2021-h12:3,3", "down"): _R["01-vinhphuc-ttpvhcc-quy3-2021-h12"],
    # % column of the portal table's level rows (issue 18: table relations)
    ("04-thuathienhue-dvc-thongke-h7:1.856", "up"): _R["04-thuathienhue-dvc-thongke-h7"],
    ("04-thuathienhue-dvc-thongke-h7:1.856", "down"): _R["04-thuathienhue-dvc-thongke-h7"],
    ("04-thuathienhue-dvc-thongke-h7:70,2", "up"): _R["04-thuathienhue-dvc-thongke-h7"],
    ("04-thuathienhue-dvc-thongke-h7:70,2", "down"): _R["04-thuathienhue-dvc-thongke-h7"],
    ("04-thuathienhue-dvc-thongke-h7:736", "up"): _R["04-thuathienhue-dvc-thongke-h7"],
    ("04-thuathienhue-dvc-thongke-h7:736", "down"): _R["04-thuathienhue-dvc-thongke-h7"],
    ("04-thuathienhue-dvc-thongke-h7:27,8", "up"): _R["04-thuathienhue-dvc-thongke-h7"],
    ("04-thuathienhue-dvc-thongke-h7:27,8", "down"): _R["04-thuathienhue-dvc-thongke-h7"],
    # '43/63 địa phương … cao hơn, 20 địa phương … thấp hơn': a fraction's denominator split by antonyms, not read
    ("09-mof-ngansach-quy1-2018-h3:43", "up"): _R["09-mof-ngansach-quy1-2018-h3"],
    ("09-mof-ngansach-quy1-2018-h3:43", "down"): _R["09-mof-ngansach-quy1-2018-h3"],
    ("09-mof-ngansach-quy1-2018-h3:20", "up"): _R["09-mof-ngansach-quy1-2018-h3"],
    ("09-mof-ngansach-quy1-2018-h3:20", "down"): _R["09-mof-ngansach-quy1-2018-h3"],
    ("09-mof-ngansach-quy1-2018-h3:63", "up"): _R["09-mof-ngansach-quy1-2018-h3"],
    ("09-mof-ngansach-quy1-2018-h3:63", "down"): _R["09-mof-ngansach-quy1-2018-h3"],
    # 'Trong số này, có 235 … về quy định …; 1.063 … về hành vi …': complete only by domain knowledge, a partial list below its total is silent
    ("a03-quangnam-tthc-nam-2022-h1:235", "down"): _R["a03-quangnam-tthc-nam-2022-h1"],
    ("a03-quangnam-tthc-nam-2022-h1:1.063", "down"): _R["a03-quangnam-tthc-nam-2022-h1"],
    # received + carried over = resolved + in progress: 'tiếp nhận' is stated three times in the paragraph (total and by channel), ambiguous
    ("a03-quangnam-tthc-nam-2022-h6:3.303", "up"): _R["a03-quangnam-tthc-nam-2022-h6"],
    ("a03-quangnam-tthc-nam-2022-h6:3.303", "down"): _R["a03-quangnam-tthc-nam-2022-h6"],
    ("a03-quangnam-tthc-nam-2022-h6:11.261", "up"): _R["a03-quangnam-tthc-nam-2022-h6"],
    ("a03-quangnam-tthc-nam-2022-h6:11.261", "down"): _R["a03-quangnam-tthc-nam-2022-h6"],
    # 'đúng hạn' alone may or may not include early files: resolved = on time + late is not asserted
    ("a05-hcm-quan1-tthc-nam-2018-h3:0", "up"): _R["a05-hcm-quan1-tthc-nam-2018-h3"],
    ("a05-hcm-quan1-tthc-nam-2018-h3:0", "down"): _R["a05-hcm-quan1-tthc-nam-2018-h3"],
    # sum across three paragraphs by their subjects (retail + services = total retail and services): not proposed
    ("b09-haiduong-congthuong-thang2-2023-h2:12.207", "up"): _R["b09-haiduong-congthuong-thang2-2023-h2"],
    ("b09-haiduong-congthuong-thang2-2023-h2:12.207", "down"): _R["b09-haiduong-congthuong-thang2-2023-h2"],
    ("b09-haiduong-congthuong-thang2-2023-h2:2.396", "up"): _R["b09-haiduong-congthuong-thang2-2023-h2"],
    ("b09-haiduong-congthuong-thang2-2023-h2:2.396", "down"): _R["b09-haiduong-congthuong-thang2-2023-h2"],
    ("b09-haiduong-congthuong-thang2-2023-h2:14.602", "up"): _R["b09-haiduong-congthuong-thang2-2023-h2"],
    ("b09-haiduong-congthuong-thang2-2023-h2:14.602", "down"): _R["b09-haiduong-congthuong-thang2-2023-h2"],
    # growth of a total derived from its parts' year-ago levels: not proposed
    ("b09-haiduong-congthuong-thang2-2023-h3:17,4", "up"): _R["b09-haiduong-congthuong-thang2-2023-h3"],
    ("b09-haiduong-congthuong-thang2-2023-h3:17,4", "down"): _R["b09-haiduong-congthuong-thang2-2023-h3"],
    # growth of a total derived from its parts' year-ago levels: not proposed
    ("b09-haiduong-congthuong-thang2-2023-h4:2", "up"): _R["b09-haiduong-congthuong-thang2-2023-h4"],
    ("b09-haiduong-congthuong-thang2-2023-h4:2", "down"): _R["b09-haiduong-congthuong-thang2-2023-h4"],
    ("b09-haiduong-congthuong-thang2-2023-h4:16,7", "up"): _R["b09-haiduong-congthuong-thang2-2023-h4"],
    ("b09-haiduong-congthuong-thang2-2023-h4:16,7", "down"): _R["b09-haiduong-congthuong-thang2-2023-h4"],
    # month-on-month change derived from a two-month cumulative minus the month: not proposed
    ("b09-haiduong-congthuong-thang2-2023-h6:2.396", "up"): _R["b09-haiduong-congthuong-thang2-2023-h6"],
    ("b09-haiduong-congthuong-thang2-2023-h6:2.396", "down"): _R["b09-haiduong-congthuong-thang2-2023-h6"],
    ("b09-haiduong-congthuong-thang2-2023-h6:1.225", "up"): _R["b09-haiduong-congthuong-thang2-2023-h6"],
    ("b09-haiduong-congthuong-thang2-2023-h6:1.225", "down"): _R["b09-haiduong-congthuong-thang2-2023-h6"],
    # row of a table split by an empty line (issue 18)
    ("seed-tiengiang-cchc-4thang-2020-h10:03", "up"): _R["seed-tiengiang-cchc-4thang-2020-h10"],
    ("seed-tiengiang-cchc-4thang-2020-h10:03", "down"): _R["seed-tiengiang-cchc-4thang-2020-h10"],
    # row of a table split by an empty line (issue 18)
    ("seed-tiengiang-cchc-4thang-2020-h11:198", "down"): _R["seed-tiengiang-cchc-4thang-2020-h11"],
    ("seed-tiengiang-cchc-4thang-2020-h11:403", "down"): _R["seed-tiengiang-cchc-4thang-2020-h11"],
    # 'hồ sơ số hóa' as the received total: its cue stands 85 characters before the figure
    ("seed-tiengiang-cchc-4thang-2020-h22:150.495", "up"): _R["seed-tiengiang-cchc-4thang-2020-h22"],
    ("seed-tiengiang-cchc-4thang-2020-h22:150.495", "down"): _R["seed-tiengiang-cchc-4thang-2020-h22"],
    ("seed-tiengiang-cchc-4thang-2020-h22:7.990", "up"): _R["seed-tiengiang-cchc-4thang-2020-h22"],
    ("seed-tiengiang-cchc-4thang-2020-h22:7.990", "down"): _R["seed-tiengiang-cchc-4thang-2020-h22"],
    ("seed-tiengiang-cchc-4thang-2020-h22:158.485", "up"): _R["seed-tiengiang-cchc-4thang-2020-h22"],
    ("seed-tiengiang-cchc-4thang-2020-h22:158.485", "down"): _R["seed-tiengiang-cchc-4thang-2020-h22"],
}


def _value(fig: str) -> Decimal:
    return Decimal(fig.replace(".", "").replace(",", "."))


def _format(v: Decimal, like: str) -> str:
    dec = len(like.split(",")[1]) if "," in like else 0
    s = f"{v.quantize(Decimal(1).scaleb(-dec)):.{dec}f}"
    whole, _, frac = s.partition(".")
    if "." in like:
        whole = f"{int(whole):,}".replace(",", ".")
    elif len(like) > 1 and like.startswith("0") and len(whole) < len(like.split(",")[0]):
        whole = whole.zfill(len(like.split(",")[0]))  # "01" stays two digits
    return whole + ("," + frac if frac else "")


def mutated(fig: str, percent: bool, direction: str) -> str:
    """The figure changed beyond any rounding: by 15 % (and at least 3 units of its last
    place), up or down; a percentage above 50 is only moved down (above 100 % it would be
    another defect, an impossible share)."""
    v = _value(fig)
    dec = len(fig.split(",")[1]) if "," in fig else 0
    unit = Decimal(1).scaleb(-dec)
    step = max(v * Decimal("0.15"), 3 * unit)
    if direction == "down" or (percent and v + step > 100):
        new = v - step if v - step > 0 else v + step
    else:
        new = v + step
    return _format(new, fig)


def _cases() -> list[tuple[str, str, dict]]:
    out = []
    for path in sorted((CORPUS / "expect").glob("*.json")):
        exp = json.loads(path.read_text(encoding="utf-8"))
        doc = Path(exp["doc"]).name
        lines = (CORPUS / "docs" / doc).read_text(encoding="utf-8").split("\n")
        for h in exp.get("holds", []):
            if h["category"] != "arithmetic" or NOT_A_RELATION.search(h["note"]):
                continue
            computation = h["note"].split("(")[0]
            locs = [h["line"]] + [a["line"] for a in h.get("alt", [])]
            anchors = [a for loc in [h] + h.get("alt", []) for a in loc["anchors"]]
            # every figure of the computation that stands on the relation's lines, at its
            # occurrence inside an anchor of the facts when there is one ("36 thôn", not the "18
            # tuổi" of another sentence), else its first occurrence
            seen = set()
            for fig in _FIG.findall(computation):
                if fig in seen:
                    continue
                seen.add(fig)
                site = None
                for inside_only in (True, False):
                    for ln in locs:
                        text = lines[ln - 1] if 0 < ln <= len(lines) else ""
                        spans = [(m.start(), m.end()) for a in anchors for m in re.finditer(re.escape(a), text)]
                        for written in (fig, fig.replace(".", "")):  # tables print "268763"
                            found = [m for m in re.finditer(
                                rf"(?<![\d.,]){re.escape(written)}(?![\d]|[.,]\d)(\s?%)?", text)
                                if not inside_only or any(s <= m.start() < e for s, e in spans)]
                            if len(found) > 1 and not inside_only:
                                break  # "12" twice on the line and in no anchor: which one is unsure
                            if found:
                                site = (ln, found[0].start(), written, bool(found[0].group(1)))
                                break
                        if site:
                            break
                    if site:
                        break
                if site is None:
                    continue
                case = {"id": h["id"], "doc": doc, "lines": sorted(set(locs)), "site": site, "note": h["note"]}
                for direction in ("up", "down"):
                    out.append((f"{h['id']}:{fig}", direction, case))
    return out


CASES = _cases()
_ARITH: list = []
_BASE: dict[str, set] = {}


def _arith() -> RuleSet:
    if not _ARITH:
        rules = load_ruleset()
        _ARITH.append(RuleSet([r for r in rules.rules if r.category == "arithmetic"]))
    return _ARITH[0]


def _key(f) -> tuple:
    return (f.code, f.span.line, f.message)


def reported(case: dict, direction: str) -> bool:
    path = CORPUS / "docs" / case["doc"]
    text = path.read_text(encoding="utf-8")
    if case["doc"] not in _BASE:
        _BASE[case["doc"]] = {_key(f) for f in run(build_document(text, str(path)), _arith()).findings}
    lines = text.split("\n")
    ln, col, fig, percent = case["site"]
    new = mutated(fig, percent, direction)
    assert _value(new) != _value(fig)
    line = lines[ln - 1]
    lines[ln - 1] = line[:col] + new + line[col + len(fig):]
    report = run(build_document("\n".join(lines), str(path)), _arith())
    assert not report.internal_errors
    fresh = [f for f in report.findings if _key(f) not in _BASE[case["doc"]]]
    return any(f.span.line - 1 <= want <= f.span.end_line + 1 for f in fresh for want in case["lines"])


def test_cases_were_found():
    # the facts hold about a hundred relations to break, each figure of each one changed; losing
    # them would make the rate vacuous
    assert len({c["id"] for _, _, c in CASES}) >= 90 and len(CASES) >= 300


@pytest.mark.parametrize("hold,direction,case", CASES, ids=[f"{h}-{d}" for h, d, _ in CASES])
def test_broken_relation_is_reported(hold, direction, case):
    found = reported(case, direction)
    if (hold, direction) in KNOWN_MISSES:
        assert not found, f"now found, remove from KNOWN_MISSES: {hold} {direction}"
        pytest.skip(KNOWN_MISSES[(hold, direction)])
    assert found, f"{hold} ({direction}): {case['site'][2]} changed on line {case['site'][0]} not reported — {case['note']}"


def test_rate_meets_the_goal():
    found = sum(1 for h, d, _ in CASES if (h, d) not in KNOWN_MISSES)
    assert found / len(CASES) >= GOAL, f"{found}/{len(CASES)} broken relations reported"


def test_mutation_changes_beyond_rounding():
    assert mutated("1.298", False, "up") == "1.493"
    assert mutated("99,71", True, "up") == "84,75"  # a share near 100 % moves down
    assert mutated("01", False, "down") == "04"
    assert mutated("235", False, "down") == "200"
