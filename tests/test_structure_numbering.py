"""Structure family, numbering: Roman, Arabic, decimal and Vietnamese letters. Hypothesis
builds well-numbered outlines (no finding) and the same outlines with one gap or one
repeat (exactly one finding, on the edited heading)."""
from __future__ import annotations

from dataclasses import dataclass, field

from hypothesis import given, settings, strategies as st

from checker.engine import run
from checker.extract import build_document
from checker.kinds.numbering import VN_LETTERS, to_roman
from checker.ruleset import RuleSet


@dataclass
class Node:
    style: str  # roman | arabic | decimal | letter
    value: int
    children: list["Node"] = field(default_factory=list)


def numbering_rules(ruleset) -> RuleSet:
    return RuleSet([r for r in ruleset.rules if r.kind == "numbering"])


@st.composite
def outlines(draw):
    tops = []
    for i in range(draw(st.integers(1, 5))):
        top = Node("roman", i + 1)
        for j in range(draw(st.integers(0, 4))):
            art = Node("arabic", j + 1)
            if draw(st.booleans()):
                for k in range(draw(st.integers(0, 8))):
                    art.children.append(Node("letter", k))
            else:
                for k in range(draw(st.integers(0, 3))):
                    dec = Node("decimal", k + 1)
                    for m in range(draw(st.integers(0, 3))):
                        dec.children.append(Node("letter", m))
                    art.children.append(dec)
            top.children.append(art)
        tops.append(top)
    return tops


def render(tops: list[Node]) -> tuple[str, dict[int, int]]:
    """The outline as text, and the line of each node (by id)."""
    lines: list[str] = []
    where: dict[int, int] = {}

    def emit(node: Node, prefix: str) -> None:
        if node.style == "roman":
            label, title = f"{to_roman(node.value)}.", "MỤC LỚN"
        elif node.style == "arabic":
            label, title = f"{node.value}.", "Nội dung chính"
        elif node.style == "decimal":
            label, title = f"{prefix}.{node.value}.", "Nội dung nhỏ"
        else:
            label, title = f"{VN_LETTERS[node.value]})", "Điểm"
        where[id(node)] = len(lines) + 1
        lines.extend([f"{label} {title}", "", "Nội dung của mục.", ""])
        for c in node.children:
            emit(c, str(node.value))

    for t in tops:
        emit(t, "")
    return "\n".join(lines), where


def groups(tops: list[Node]) -> list[list[Node]]:
    out = [tops]
    stack = list(tops)
    while stack:
        n = stack.pop()
        if n.children:
            out.append(n.children)
            stack.extend(n.children)
    return out


def found(text: str, rs: RuleSet) -> list[tuple[str, int]]:
    report = run(build_document(text), rs)
    assert not report.internal_errors, report.internal_errors
    return sorted((f.code, f.span.line) for f in report.findings)


@settings(max_examples=60, deadline=None)
@given(outlines())
def test_well_numbered_outlines_are_silent(ruleset, tops):
    text, _ = render(tops)
    assert found(text, numbering_rules(ruleset)) == []


@settings(max_examples=80, deadline=None)
@given(outlines(), st.data(), st.sampled_from(["gap", "repeat"]))
def test_one_gap_or_repeat_is_one_finding(ruleset, tops, data, mutation):
    candidates = [g for g in groups(tops) if len(g) >= 2]
    if not candidates:
        return
    group = data.draw(st.sampled_from(candidates))
    k = data.draw(st.integers(1, len(group) - 1))
    delta = 1 if mutation == "gap" else -1
    for node in group[k:]:
        node.value += delta
    text, where = render(tops)
    code = "ST020" if mutation == "gap" else "ST021"
    assert found(text, numbering_rules(ruleset)) == [(code, where[id(group[k])])]


def test_seed_like_letters_skip_d_stroke(ruleset):
    text = "2. Thủ tục\n\n" + "\n\n".join(f"{c}) Việc {c}\n\nNội dung." for c in "abcdeg")
    rs = numbering_rules(ruleset)
    report = run(build_document(text), rs)
    assert [(f.code, f.excerpt) for f in report.findings] == [("ST020", "e)")]
    assert "thiếu đ)" in report.findings[0].message


def test_latin_lettering_reports_gap_and_invalid_letter(ruleset):
    text = "1. Thủ tục\n\n" + "\n\n".join(f"{c}) Việc {c}\n\nNội dung." for c in "abcdefg")
    report = run(build_document(text), numbering_rules(ruleset))
    assert sorted((f.code, f.excerpt) for f in report.findings) == [("ST020", "e)"), ("ST023", "f)")]


def test_single_heading_in_an_article_is_silent(ruleset):
    rs = numbering_rules(ruleset)
    assert found("Tin tức\n\n1. Tình hình kinh tế - xã hội quý IV\n\nGDP tăng.\n", rs) == []
    assert found("Tin tức\n\n2. Tình hình kinh tế\n\nGDP tăng.\n", rs) == []


def test_nested_list_restart_is_not_a_repeat(ruleset):
    text = "2. Thủ tục\n\na) Công bố\n\n1. Cấp tỉnh\n\n2. Cấp huyện\n\nb) Rà soát\n\n1. Cấp tỉnh\n\n3. Tổ chức\n\nX.\n"
    assert found(text, numbering_rules(ruleset)) == []


def test_new_part_restarts_numbering(ruleset):
    rs = numbering_rules(ruleset)
    parts = "PHẦN THỨ NHẤT\n\nI. A\n\nx\n\nII. B\n\nx\n\nPHẦN THỨ HAI\n\nI. C\n\nx\n\nII. D\n\nx\n"
    assert found(parts, rs) == []
    lettered = "A. KẾT QUẢ\n\nI. A\n\nx\n\nII. B\n\nx\n\nB. NHIỆM VỤ\n\nI. C\n\nx\n\nIII. D\n\nx\n"
    assert found(lettered, rs) == [("ST020", 17)]


def test_backwards_number_is_reported_but_restart_at_one_is_not(ruleset):
    rs = numbering_rules(ruleset)
    assert found("1. A\n\nx\n\n2. B\n\nx\n\n3. C\n\nx\n\n2. D\n\nx\n", rs) == [("ST021", 13)]
    assert found("1. A\n\nx\n\n2. B\n\nx\n\nBảng\n\n1. C\n\nx\n\n2. D\n\nx\n", rs) == []


def test_level_jump_and_bold_headings(ruleset):
    rs = numbering_rules(ruleset)
    assert found("4. Công vụ\n\nx\n\n5.1. Cơ quan\n\nx\n", rs) == [("ST022", 5)]
    assert found("**1.** Thể chế\n\nx\n\n**3.** Thủ tục\n\nx\n", rs) == [("ST020", 5)]


LINES = ["BÁO CÁO", "Kết quả cải cách hành chính năm 2020", "I. KẾT QUẢ", "II. ĐÁNH GIÁ", "1. Thể chế", "5.1. Cơ quan",
         "2.1.1. Cấp", "a) Việc", "đ) Việc", "f) Việc", "Nơi nhận:", "- Lưu: VT, CCHC.", "GIÁM ĐỐC", "Nguyễn Văn A",
         "Số:   /BC-SNV", "Hà Nội, ngày   tháng   năm 2024", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "./.", "",
         "Nội dung.", "| a | b |", "x\ty", "**II. KẾT QUẢ**", "PHẦN THỨ HAI", "<!-- draftcheck: final -->"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(LINES), max_size=40))
def test_structure_rules_never_crash(ruleset, lines):
    rs = RuleSet([r for r in ruleset.rules if r.category == "structure" and r.code.startswith("ST")])
    report = run(build_document("\n".join(lines)), rs)
    assert not report.internal_errors, report.internal_errors
