"""A total whose parts follow as a list, one item a line (issue 14): a phrasing generator.

Families from how reports set out breakdowns: the intro ending on a cue and a colon ("…, gồm:",
"…, cụ thể như sau:", "… chia ra:", "…, trong đó:"), items marked "-", "+", "•" or "–", label
first ("- Cấp tỉnh: 1.644 TTHC;") or figure first ("- 1.644 TTHC cấp tỉnh;"), blank lines
between the items or not, sub-items with another marker under an item. Consistent lists stay
silent; a complete list whose total is broken fires AR001 on the intro's line; a partial list
("trong đó:") fires only when its parts exceed the total.
"""
from __future__ import annotations

from hypothesis import given, strategies as st

from _vn import vn

from checker import check_text, load_ruleset

RULES = load_ruleset().select(["AR001", "AR002", "AR010", "AR011"])
LABELS = [("Cấp tỉnh", "Cấp huyện", "Cấp xã"), ("Lĩnh vực đất đai", "Lĩnh vực xây dựng", "Lĩnh vực khác"),
          ("Trực tuyến", "Trực tiếp", "Qua dịch vụ bưu chính")]
UNITS = ["TTHC", "hồ sơ", "đơn vị", "tỷ đồng"]
INTROS_COMPLETE = ["Tổng số {u} của tỉnh là {T} {u}, gồm:", "Trong kỳ tiếp nhận {T} {u}, cụ thể như sau:",
                   "Tổng số {T} {u}, chia ra:", "Toàn tỉnh có {T} {u} bao gồm:"]
INTROS_PARTIAL = ["Trong kỳ tiếp nhận {T} {u}, trong đó:", "Tổng số {T} {u}, trong số đó:"]
# the total's sentence ends, and the cue stands alone after it, on its line or on the next
SPLIT_TOTALS = ["Tổng số {u} của tỉnh là {T} {u}.", "Trong kỳ tiếp nhận {T} {u}, tăng 5,2% so với cùng kỳ.",
                "- Tổng số {u} tiếp nhận: {T} {u}.", "Toàn tỉnh có {T} {u} (kỳ trước chuyển sang 12 {u})."]
SPLIT_CUES_COMPLETE = ["Cụ thể:", "Cụ thể như sau:", "Kết quả cụ thể:", "Chia ra:", "Bao gồm:"]
SPLIT_CUES_PARTIAL = ["Trong đó:", "Trong số đó:"]


@st.composite
def list_case(draw, broken: bool, complete: bool = True):
    n = draw(st.integers(2, 3))
    parts = [draw(st.integers(1, 90_000)) for _ in range(n)]
    total = sum(parts)
    if not complete:
        total += draw(st.integers(0, 5_000))  # a partial list may fall short of its total
    if broken:
        if complete:
            total += draw(st.sampled_from([1, -1])) * max(10, total // draw(st.integers(4, 40)))
            if total <= max(parts):
                total = sum(parts) + max(10, sum(parts) // 10)
        else:
            # parts above it, beyond the rounding of figures in tỷ đồng (±0,5 each)
            total = sum(parts) - max(2 * n + 1, sum(parts) // draw(st.integers(3, 40)))
            if total < 1:
                parts = [p + 2 * n + 1 for p in parts]
                total = sum(parts) - (2 * n + 1)
    unit = draw(st.sampled_from(UNITS))
    labels = draw(st.sampled_from(LABELS))
    marker = draw(st.sampled_from(["-", "+", "•", "–"]))
    figure_first = draw(st.booleans())
    sep = draw(st.sampled_from(["\n", "\n\n"]))
    if draw(st.booleans()):
        intro = draw(st.sampled_from(INTROS_COMPLETE if complete else INTROS_PARTIAL)).format(T=vn(total), u=unit)
    else:
        cue = draw(st.sampled_from(SPLIT_CUES_COMPLETE if complete else SPLIT_CUES_PARTIAL))
        intro = draw(st.sampled_from(SPLIT_TOTALS)).format(T=vn(total), u=unit) + draw(st.sampled_from([" ", "\n"])) + cue
    items = []
    for i, p in enumerate(parts):
        label = labels[i]
        item = f"{marker} {vn(p)} {unit} {label.lower()};" if figure_first else f"{marker} {label}: {vn(p)} {unit};"
        items.append(item)
        if draw(st.booleans()) and i == 0:
            sub = "+" if marker != "+" else "-"
            items.append(f"{sub} trong đó trực tuyến: {vn(max(1, p // 2))} {unit};")
    head = draw(st.integers(0, 2))
    lead = "".join(f"Đoạn {i + 1} của báo cáo.\n\n" for i in range(head))
    return lead + intro + sep + sep.join(items) + "\n", 2 * head + 1


def _flagged(text):
    return [(f.code, f.span.line) for f in check_text(text, RULES).findings if f.severity != "info"]


@given(list_case(broken=False))
def test_consistent_lists_stay_silent(case):
    text, _ = case
    assert _flagged(text) == [], text


@given(list_case(broken=True))
def test_broken_totals_of_lists_fire_on_the_intro_line(case):
    text, line = case
    assert ("AR001", line) in _flagged(text), text


@given(list_case(broken=False, complete=False))
def test_partial_lists_below_their_total_stay_silent(case):
    text, _ = case
    assert _flagged(text) == [], text


@given(list_case(broken=True, complete=False))
def test_partial_lists_above_their_total_fire(case):
    text, line = case
    assert ("AR001", line) in _flagged(text), text


def test_a_cue_after_two_figures_of_the_measure_leaves_the_list_unjudged():
    # the list divides one of them, and the sentence does not say which
    for cue in ("Trong đó:", "\nCụ thể:"):
        text = f"Tiếp nhận 1.250 hồ sơ, giải quyết 1.200 hồ sơ. {cue}\n- Trực tuyến: 1.020 hồ sơ;\n- Trực tiếp: 250 hồ sơ.\n"
        assert _flagged(text) == [], text


def test_a_cue_sentence_that_names_its_own_subject_is_not_of_the_total_before():
    text = "Toàn huyện tiếp nhận 1.250 hồ sơ. Các xã còn lại gồm:\n- Xã An Bình: 1.020 hồ sơ;\n- Xã Tân Lập: 250 hồ sơ.\n"
    assert _flagged(text) == [], text


def test_an_item_without_a_figure_leaves_the_list_unjudged():
    text = "Tổng số 2.030 TTHC, gồm:\n- Cấp tỉnh: 1.644 TTHC;\n- Cấp huyện: đang rà soát;\n- Cấp xã: 118 TTHC.\n"
    assert _flagged(text) == []
