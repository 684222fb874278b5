"""Totals and their parts as Vietnamese reports write them (issue 14): a phrasing generator.

Families: the complete-list connectors (gồm, bao gồm, cụ thể, chia ra, a colon, brackets), the
label before or after each figure ("nộp trực tuyến 1.020 hồ sơ" / "1.020 hồ sơ trực tuyến"),
the total before or after its parts ("…; tổng cộng X", "…, tổng số X"), levels (cấp
tỉnh / huyện / xã), money in triệu/tỷ đồng. Consistent figures stay silent; a total broken
beyond rounding fires AR001 on its line. Parts that state different things ("tiếp nhận …,
giải quyết …; tổng cộng …") and figures of other units are never summed.
"""
from __future__ import annotations

from hypothesis import given, strategies as st

from _vn import vn

from checker import check_text, load_ruleset

RULES = load_ruleset().select(["AR001", "AR002", "AR010", "AR011", "AR012"])
LABELS = [("trực tuyến", "trực tiếp", "qua bưu chính"), ("cấp tỉnh", "cấp huyện", "cấp xã"),
          ("lĩnh vực đất đai", "lĩnh vực xây dựng", "lĩnh vực khác")]
UNITS = ["hồ sơ", "TTHC", "đơn vị", "trường hợp", "triệu đồng", "tỷ đồng", "đơn"]

# {T} total, {p0} {p1} {p2} parts, {l0}.. labels, {u} unit
FAMILIES = [
    "Tổng số {u} tiếp nhận là {T} {u}, gồm: {p0} {u} {l0}, {p1} {u} {l1} và {p2} {u} {l2}.",
    "Tiếp nhận {T} {u}, bao gồm {p0} {u} {l0}, {p1} {u} {l1}, {p2} {u} {l2}.",
    "Tiếp nhận {T} {u} ({l0}: {p0}; {l1}: {p1}; {l2}: {p2}).",
    "Tổng số {u}: {T}, cụ thể: {l0} {p0}, {l1} {p1}, {l2} {p2}.",
    "Tổng số {T} {u}, chia ra: {l0} {p0} {u}, {l1} {p1} {u}, {l2} {p2} {u}.",
    "Tiếp nhận {T} {u}, gồm {l0} {p0} {u}; {l1} {p1} {u}; {l2} {p2} {u}.",
    "{L0} tiếp nhận {p0} {u}, {l1} tiếp nhận {p1} {u}, {l2} tiếp nhận {p2} {u}; tổng cộng {T} {u}.",
    "Trong kỳ tiếp nhận {p0} {u} {l0}, {p1} {u} {l1} và {p2} {u} {l2}, tổng số {T} {u}.",
    "Trong kỳ tiếp nhận {p0} {u} {l0}, {p1} {u} {l1} và {p2} {u} {l2} (tổng số {T} {u}).",
    "Trong kỳ tiếp nhận {p0} {u} {l0}, {p1} {u} {l1} và {p2} {u} {l2}; tổng số {u} tiếp nhận trong kỳ là {T} {u}.",
    "Tổng {T} {u} ({p0} + {p1} + {p2}).",
    # the total's own change between it and its cue (statistics releases)
    "Tổng số {u} là {T} {u}, tăng 53,3% so với cùng kỳ năm 2017, bao gồm {p0} {u} {l0}, {p1} {u} {l1} và {p2} {u} {l2}.",
    "Tiếp nhận {T} {u}, giảm 4,1% so với cùng kỳ, gồm {l0} {p0} {u}; {l1} {p1} {u}; {l2} {p2} {u}.",
    "Tổng số {u} ước đạt {T} {u} (tăng 2,6% so với cùng kỳ năm 2019), bao gồm: {l0} {p0} {u}; {l1} {p1} {u}; {l2} {p2} {u}.",
    "Tổng số {u} đạt {T} {u}, tăng 4,3% so với tháng trước và tăng 25,5% so với cùng kỳ, gồm {p0} {u} {l0}, {p1} {u} {l1}, {p2} {u} {l2}.",
    # the parts in a bracket after the total's own change (inferred: a warning)
    "Tổng số {u} ước đạt {T} {u}, tăng 11,25% so với cùng kỳ năm trước ({l0} {p0} {u}; {l1} {p1} {u}; {l2} {p2} {u}).",
    "Tiếp nhận {T} {u}, giảm 4,1% so với cùng kỳ ({p0} {u} {l0}, tăng 2,1%; {p1} {u} {l1}; {p2} {u} {l2}, giảm 9%).",
    # the total joined to a figure of another measure before the cue ("5.664 tàu cá với 1.851.808 CV; …")
    "Tiếp nhận {T} {u} với {J}, gồm {l0} {p0} {u}; {l1} {p1} {u}; {l2} {p2} {u}.",
]
# a figure of another measure joined to the total: of the other class than the unit's
JOINED = {"money": ["35 dự án", "1.240 hồ sơ"], "count": ["tổng kinh phí 35 tỷ đồng", "1.851.808 CV"]}




@st.composite
def breakdown_case(draw, broken: bool):
    template = draw(st.sampled_from(FAMILIES))
    parts = [draw(st.integers(1, 500_000)) for _ in range(3)]
    total = sum(parts)
    if broken:
        # beyond rounding: a figure in triệu/tỷ đồng written without decimals is ±0,5 of its
        # unit, so four of them may drift by 2; a break of at least 10 units is past any of it
        total += draw(st.sampled_from([1, -1])) * max(10, total // draw(st.integers(5, 50)))
        if total <= max(parts):
            total = sum(parts) + max(10, sum(parts) // 10)
    labels = draw(st.sampled_from(LABELS))
    unit = draw(st.sampled_from(UNITS))
    head = draw(st.integers(0, 2))
    joined = draw(st.sampled_from(JOINED["money" if "đồng" in unit else "count"]))
    text = template.format(T=vn(total), p0=vn(parts[0]), p1=vn(parts[1]), p2=vn(parts[2]), u=unit,
                           l0=labels[0], l1=labels[1], l2=labels[2], L0=labels[0].capitalize(), J=joined)
    return "".join(f"Đoạn mở đầu số {i + 1}.\n\n" for i in range(head)) + text, 2 * head + 1


def _flagged(text):
    return [(f.code, f.span.line) for f in check_text(text, RULES).findings if f.severity != "info"]


@given(breakdown_case(broken=False))
def test_consistent_totals_stay_silent_in_every_family(case):
    text, _ = case
    assert _flagged(text) == [], text


@given(breakdown_case(broken=True))
def test_broken_totals_fire_on_their_line_in_every_family(case):
    text, line = case
    assert ("AR001", line) in _flagged(text), text


@given(st.integers(100, 5000), st.integers(100, 5000), st.integers(100, 20000), st.sampled_from(UNITS[:4]))
def test_parts_that_state_different_things_are_not_summed(a, b, total, unit):
    text = f"Cấp tỉnh tiếp nhận {vn(a)} {unit}, đã giải quyết {vn(b)} {unit}; tổng cộng {vn(total)} {unit}."
    assert _flagged(text) == [], text


@given(st.integers(2, 900), st.integers(2, 900), st.integers(2, 9000),
       st.sampled_from(["triệu lít", "nghìn tấn", "ngàn cái", "ha"]), st.sampled_from(["nghìn viên", "con", "MWh"]))
def test_figures_of_other_units_are_not_parts(a, b, total, u1, u2):
    text = f"Tổng giá trị {vn(total)} tỷ đồng, gồm {vn(a)} {u1} và {vn(b)} {u2}; tổng cộng {vn(total)} tỷ đồng."
    assert _flagged(text) == [], text


@given(st.lists(st.integers(1, 90_000), min_size=2, max_size=3), st.booleans())
def test_a_classifier_before_the_count_noun_counts_the_noun(parts, broken):
    # "57.689 bộ hồ sơ (57.502 hồ sơ đúng hạn, 187 hồ sơ quá hạn)": sets of files are files
    total = sum(parts) + (max(10, sum(parts) // 8) if broken else 0)
    labels = ["giải quyết đúng hạn", "giải quyết quá hạn", "trả lại"]
    text = (f"Đã giải quyết được {vn(total)} bộ hồ sơ ("
            + ", ".join(f"{vn(p)} hồ sơ {labels[i]}" for i, p in enumerate(parts)) + ").")
    assert (("AR001", 1) in _flagged(text)) == broken, text

