"""Totals split by two complementary labels, and totals opening their sentence or paragraph
(issue 14): a phrasing generator.

Families from how reports state files in progress and the like: the total introduced by
"gồm", by "Trong số N …," or closing the paragraph before "Trong số này, …"; parts after
", có", "trong đó", or label-first ("số hồ sơ chưa đến hạn là A"); the two sides of a pair of
``rules/lexicon/roles.toml`` in either order. Consistent figures stay silent. Broken figures
fire AR001 on the total's line — when the labels split the total (one side each), a sum below
it too; otherwise only parts above the total. A complete list read from its labels is inferred,
so it is never more than a warning.
"""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from _vn import vn

from checker import check_text, load_ruleset
from checker.quantities import load_roles
from checker.quantities.words import LexiconError, lexicon_dir

RULES = load_ruleset().select(["AR001", "AR002", "AR010", "AR011"])

# (noun, state of the total, side A labels, side B labels)
PAIRS = [
    ("hồ sơ", "đang giải quyết", ["chưa đến hạn", "còn trong hạn", "trong hạn"], ["đã quá hạn", "quá hạn", "trễ hạn"]),
    ("hồ sơ", "đã giải quyết", ["đúng và trước hạn", "trước và đúng hạn"], ["quá hạn", "trễ hạn"]),
    ("học sinh", "tuyển mới", ["nam"], ["nữ"]),
    ("trường", "hiện có", ["công lập"], ["ngoài công lập"]),
    ("xã", "được đánh giá", ["đạt chuẩn"], ["chưa đạt chuẩn"]),
]
# {T} total, {A} {B} parts, {a} {b} labels, {n} noun, {s} state; the total stands on line {line}
FAMILIES = [
    ("Số {n} {s} gồm {T} {n}, có {A} {n} {a} và {B} {n} {b}.", 1),
    ("Trong số {T} {n} {s}, số {n} {a} là {A} {n} và có {B} {n} {b}.", 1),
    ("Trong số {T} {n} {s}, có {A} {n} {a}, {B} {n} {b}.", 1),
    ("Tổng số {n} {s} là {T} {n}, trong đó {a} {A} {n}, {b} {B} {n}.", 1),
    ("Tổng số {n} {s} là {T} {n}, có {A} {n} {a} và {B} {n} {b}.", 1),
    ("Trong kỳ, số {n} {s} là {T} {n}.\n\nTrong số này, có {A} {n} {a}; {B} {n} {b}.", 1),
]
# labels that do not split a whole: only parts above the total are an error
OPEN_LABELS = [("trực tuyến", "trực tiếp"), ("lĩnh vực đất đai", "lĩnh vực xây dựng"), ("cấp huyện", "cấp xã")]


@st.composite
def split_case(draw, broken: bool, complementary: bool = True):
    template, line = draw(st.sampled_from(FAMILIES))
    noun, state, side_a, side_b = draw(st.sampled_from(PAIRS))
    if complementary:
        a, b = draw(st.sampled_from(side_a)), draw(st.sampled_from(side_b))
        if draw(st.booleans()):
            a, b = b, a
    else:
        a, b = draw(st.sampled_from(OPEN_LABELS))
    x, y = draw(st.integers(1, 200_000)), draw(st.integers(1, 200_000))
    total = x + y
    if broken:
        delta = max(1, total // draw(st.integers(3, 40)))
        total = total - delta if draw(st.booleans()) and total - delta > max(x, y) else total + delta
        if not complementary:
            total = max(x, y) + (x + y - max(x, y)) // 2  # parts above the total
            if total >= x + y:
                total = x + y - 1
    text = template.format(T=vn(total), A=vn(x), B=vn(y), a=a, b=b, n=noun, s=state)
    return text, line


def _findings(text):
    return [(f.code, f.span.line, f.severity) for f in check_text(text, RULES).findings]


@given(split_case(broken=False))
def test_consistent_complementary_splits_stay_silent(case):
    text, _ = case
    assert [f for f in _findings(text) if f[2] != "info"] == [], text


@given(split_case(broken=False, complementary=False))
def test_consistent_open_splits_stay_silent(case):
    text, _ = case
    assert [f for f in _findings(text) if f[2] != "info"] == [], text


@given(split_case(broken=True))
def test_broken_complementary_splits_fire_on_the_total_line(case):
    text, line = case
    hits = [f for f in _findings(text) if f[0] == "AR001" and f[1] == line]
    assert hits, text
    # "trong đó" with its labels: inferred, never an error on the labels alone — but parts that
    # exceed the total are an error whatever the labels (a partial list cannot exceed it either)


@given(split_case(broken=True, complementary=False))
def test_parts_above_the_total_fire_whatever_the_labels(case):
    text, line = case
    assert any(f[0] == "AR001" and f[1] == line for f in _findings(text)), text


@given(st.integers(10, 90_000), st.integers(1, 9), st.sampled_from(OPEN_LABELS))
def test_open_labels_below_the_total_stay_silent(total, tenth, labels):
    # 400 online + 500 in person of 1.000: the rest came by post — not a defect
    a = total * tenth // 20
    b = total * (10 - tenth) // 20
    text = f"Tổng số hồ sơ tiếp nhận là {vn(total)} hồ sơ, có {vn(a)} hồ sơ {labels[0]} và {vn(b)} hồ sơ {labels[1]}."
    assert [f for f in _findings(text) if f[2] != "info"] == [], text


def test_complement_below_the_total_is_a_warning_not_an_error():
    text = "Trong số 3.405 hồ sơ đang giải quyết, số hồ sơ chưa đến hạn là 2.068 hồ sơ và có 969 hồ sơ đã quá hạn."
    assert _findings(text) == [("AR001", 1, "warning")]


def test_a_weak_connector_is_not_read_inside_a_clause():
    # "có" not after a comma, or not right before a figure: no list
    for text in ("Tỉnh có 100 xã, trong kỳ có thêm 120 hộ dân được hỗ trợ.",
                 "Tiếp nhận 100 hồ sơ, trong kỳ có 120 hồ sơ được giải quyết (kể cả hồ sơ tồn)."):
        assert [f for f in _findings(text) if f[2] != "info"] == [], text


def test_the_role_lexicon_reads_its_cases():
    roles = load_roles()
    assert roles.complete_pair("5.950 hồ sơ chưa đến hạn", "1.222 hồ sơ đã quá hạn") == "pending-within-or-overdue"
    assert roles.complete_pair("25 xã đạt", "5 xã không đạt") == "met-or-not"
    assert roles.complete_pair("25 xã không đạt", "5 xã chưa đạt") is None
    assert roles.complete_pair("700 đúng hạn", "400 trễ hạn") is None


def test_a_bad_role_lexicon_is_a_load_error_naming_file_and_key(tmp_path):
    text = (lexicon_dir() / "roles.toml").read_text(encoding="utf-8")
    bad = tmp_path / "roles.toml"
    bad.write_text(text.replace('sides = [["nam"], ["nữ"]]', 'sides = [["nam"], ["nam"]]'), encoding="utf-8")
    with pytest.raises(LexiconError, match=r"roles\.toml: complements\[2\]\.sides"):
        load_roles(str(bad))
    bad.write_text(text.replace("complete = false", "complete = true", 1), encoding="utf-8")
    with pytest.raises(LexiconError, match=r"roles\.toml: cases\[11\]"):
        load_roles(str(bad))
    bad.write_text(text + "\n[extra]\nx = 1\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"roles\.toml: extra"):
        load_roles(str(bad))


# three sides: the procedures a decision publishes are new (or replacing), amended or abolished
KINDS = [["mới ban hành", "mới và thay thế", "ban hành mới"], ["sửa đổi, bổ sung", "được sửa đổi, bổ sung", "sửa đổi"],
         ["bị bãi bỏ", "bãi bỏ"]]
THREE = ["UBND tỉnh đã ban hành 315 quyết định công bố {T} TTHC, trong đó: {A} TTHC {a}, {B} TTHC {b}, {C} TTHC {c}.",
         "Năm 2022, Chủ tịch UBND tỉnh công bố {T} thủ tục hành chính, trong đó {A} thủ tục {a}; {B} thủ tục {b}; {C} "
         "thủ tục {c}.",
         "Đã công bố {T} TTHC ở 3 cấp: tỉnh, huyện, xã, trong đó: {A} TTHC {a}, {B} TTHC {b} và {C} TTHC {c}."]


@st.composite
def three_kinds(draw, broken: bool, all_kinds: bool = True):
    order = draw(st.permutations(range(3)))
    labels = [draw(st.sampled_from(KINDS[k])) for k in order]
    if not all_kinds:
        labels[2] = draw(st.sampled_from(KINDS[order[0]]))  # one kind twice: the list may go on
    x, y, z = (draw(st.integers(1, 5_000)) for _ in range(3))
    total = x + y + z
    if broken:
        total -= max(3, total // draw(st.integers(5, 40)))
        total = max(total, max(x, y, z) + 1)
        if total >= x + y + z:
            total = x + y + z - 3 if x + y + z - 3 > max(x, y, z) else x + y + z + 9
    text = draw(st.sampled_from(THREE)).format(T=vn(total), A=vn(x), B=vn(y), C=vn(z), a=labels[0], b=labels[1],
                                               c=labels[2])
    return text


@given(three_kinds(broken=False))
def test_three_kinds_that_add_up_stay_silent(text):
    assert [f for f in _findings(text) if f[2] != "info"] == [], text


@given(three_kinds(broken=True))
def test_three_kinds_that_miss_the_total_fire(text):
    assert ("AR001", 1, "warning") in _findings(text) or ("AR001", 1, "error") in _findings(text), text


def test_a_kind_twice_leaves_the_list_open():
    text = "UBND tỉnh đã công bố 500 TTHC, trong đó: 300 TTHC mới ban hành, 100 TTHC bãi bỏ, 50 TTHC ban hành mới."
    assert [f for f in _findings(text) if f[2] != "info"] == [], text
    assert load_roles().complete_set(["300 TTHC mới ban hành", "100 TTHC sửa đổi, bổ sung", "50 TTHC bị bãi bỏ"]) \
        == "published-new-amended-abolished"
