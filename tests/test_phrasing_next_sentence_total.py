"""A breakdown of a figure that is not the last of the sentence before (issue 14): a generator.

"Toàn tỉnh hiện có 141 dự án đầu tư vào các cụm công nghiệp, với tổng diện tích gần 241 ha, tỷ
lệ lấp đầy đạt 78%. Cụ thể, 87 dự án đang hoạt động (141 ha), 21 dự án đang xây dựng (31 ha), 14
dự án ngừng hoạt động (39 ha) và 18 dự án đã có chủ trương (31,8 ha)." The last figure before
"Cụ thể" is an area; the parts count projects, and the one figure before of that measure is
their total (inferred: a warning). With two figures of the parts' measure before, which one is
meant is not said: silence.
"""
from __future__ import annotations

from hypothesis import given, strategies as st

from _vn import vn

from checker import check_text, load_ruleset

RULES = load_ruleset().select(["AR001", "AR002"])
SUBJECTS = [("dự án", ["đang hoạt động", "đang xây dựng", "ngừng hoạt động", "đang lập hồ sơ"], "ha", "tổng diện tích"),
            ("doanh nghiệp", ["hoạt động thương mại", "sản xuất", "dịch vụ", "xây dựng"], "tỷ đồng", "tổng vốn đăng ký"),
            ("hợp tác xã", ["nông nghiệp", "tiểu thủ công nghiệp", "thương mại", "vận tải"], "tỷ đồng", "tổng vốn điều lệ")]


@st.composite
def next_sentence(draw, broken: bool):
    noun, labels, unit, measure = draw(st.sampled_from(SUBJECTS))
    k = draw(st.integers(2, 4))
    parts = [draw(st.integers(1, 900)) for _ in range(k)]
    total = sum(parts)
    if broken:
        total += draw(st.sampled_from([-1, 1])) * max(1, total // draw(st.integers(5, 30)))
    other = vn(draw(st.integers(100, 9000)))
    tail = draw(st.sampled_from(["", ", tỷ lệ lấp đầy đạt 78%"]))
    items = [f"{vn(p)} {noun} {labels[i]}" + draw(st.sampled_from(["", f" ({vn(draw(st.integers(1, 99)))} {unit})"]))
             for i, p in enumerate(parts)]
    listed = ", ".join(items[:-1]) + " và " + items[-1]
    opener = draw(st.sampled_from(["Cụ thể,", "Bao gồm:"]))
    return f"Toàn tỉnh hiện có {vn(total)} {noun}, với {measure} gần {other} {unit}{tail}. {opener} {listed}."


def _loud(text):
    return [(f.code, f.span.line, f.severity) for f in check_text(text, RULES).findings if f.severity != "info"]


@given(next_sentence(False))
def test_consistent_breakdowns_of_the_earlier_figure_stay_silent(text):
    assert _loud(text) == [], text


@given(next_sentence(True))
def test_a_broken_breakdown_of_the_earlier_figure_is_a_warning(text):
    assert _loud(text) == [("AR001", 1, "warning")], text


def test_two_figures_of_the_measure_before_leave_it_unsaid():
    text = ("Toàn tỉnh có 141 dự án đầu tư và 30 dự án đăng ký mới, với tổng diện tích gần 241 ha. Cụ thể, 87 dự án "
            "đang hoạt động, 21 dự án đang xây dựng và 14 dự án ngừng hoạt động.")
    assert _loud(text) == [], text
