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
    with pytest.raises(LexiconError, match=r"roles\.toml: cases\[5\]"):
        load_roles(str(bad))
    bad.write_text(text + "\n[extra]\nx = 1\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"roles\.toml: extra"):
        load_roles(str(bad))
