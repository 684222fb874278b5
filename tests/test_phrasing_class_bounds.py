"""Breakdowns by classes bounded by figures (issue 14): the bounds name the classes, they count
nothing.

"Số tàu cá 1.198 chiếc, gồm: tàu dưới 6m 271 chiếc; từ 6 đến dưới 12m 912 chiếc; từ 15m trở
lên 15 chiếc", "lao động dưới 35 tuổi 400 người, từ 35 đến 50 tuổi 300 người, trên 50 tuổi 200
người", "hộ có từ 3 người trở lên 400 hộ": the lower end of a worded range, the figure before
"trở lên", and a bound in another measure (a length, an age, a count of people for households)
are parts of a label. Consistent figures stay silent under every rule; a total broken beyond
rounding fires AR001 on its line.
"""
from __future__ import annotations

from hypothesis import given, strategies as st

from _vn import vn

from checker import check_text, load_ruleset

AR001 = load_ruleset().select(["AR001"])

# (what the total counts, its unit, the bound's unit as written after a figure, the class noun)
SUBJECTS = [
    ("Số tàu cá toàn tỉnh là", "chiếc", ["m", " m", "m", " mét"], "tàu"),
    ("Tổng số lao động", "người", [" tuổi"], "lao động"),
    ("Số trẻ em trong độ tuổi", "em", [" tuổi"], "trẻ"),
    ("Toàn xã có", "hộ", [" người", " nhân khẩu"], "hộ"),
    ("Số hộ trồng cà phê là", "hộ", [" ha"], "hộ có diện tích"),
]


@st.composite
def class_breakdown(draw, broken: bool):
    lead, unit, bound_units, noun = draw(st.sampled_from(SUBJECTS))
    bu = draw(st.sampled_from(bound_units))
    cuts = sorted(draw(st.sets(st.integers(2, 70), min_size=1, max_size=3)))
    labels = [f"{noun} dưới {cuts[0]}{bu}" if draw(st.booleans()) else f"{noun} có dưới {cuts[0]}{bu}"]
    for a, b in zip(cuts, cuts[1:]):
        lower_unit = bu if draw(st.booleans()) else ""
        to = draw(st.sampled_from(["đến dưới", "đến", "tới dưới"]))
        labels.append(f"từ {a}{lower_unit} {to} {b}{bu}")
    last = cuts[-1]
    labels.append(draw(st.sampled_from([f"từ {last}{bu} trở lên", f"trên {last}{bu}"])))
    parts = [draw(st.integers(1, 5000)) for _ in labels]
    total = sum(parts) + (max(10, sum(parts) // 5) if broken else 0)
    sep = draw(st.sampled_from(["; ", ", "]))
    colon = draw(st.sampled_from(["", ":"]))
    items = sep.join(f"{lab}{colon} {vn(p)} {unit}" for lab, p in zip(labels, parts))
    cue = draw(st.sampled_from(["gồm:", "gồm", "bao gồm", "chia ra:"]))
    head = draw(st.integers(0, 2))
    text = f"{lead} {vn(total)} {unit}, {cue} {items}."
    return "".join(f"Phần mở đầu {i + 1}.\n\n" for i in range(head)) + text, 2 * head + 1


@given(class_breakdown(broken=False))
def test_class_bounds_are_no_parts(case):
    text, _ = case
    found = [(f.code, f.span.line, f.message) for f in check_text(text).findings if f.severity != "info"]
    assert found == [], text


@given(class_breakdown(broken=True))
def test_a_broken_total_by_classes_fires(case):
    text, line = case
    found = [(f.code, f.span.line) for f in check_text(text, AR001).findings if f.severity == "error"]
    assert ("AR001", line) in found, text


def test_the_total_before_a_class_bound_is_the_figure_counted():
    # "chiếm 81,18% dân số từ 15 tuổi trở lên; trong đó …": the parts are of the 207.794 people
    text = ("Số người có việc làm là 207.794 người, chiếm 81,18% dân số từ 15 tuổi trở lên; trong đó, lao động "
            "thành thị là 36.626 người, lao động nông thôn 167.919 người.")
    found = [(f.code, f.severity) for f in check_text(text, AR001).findings]
    assert found == [("AR001", "warning")], found
    fixed = text.replace("167.919", "171.168")
    assert [f for f in check_text(fixed, AR001).findings if f.severity != "info"] == []


def test_a_nested_breakdown_of_the_last_part_is_not_another_part():
    # "…; 34.046 người hệ sơ cấp, trong đó … 10.550 người": the 10.550 are among the 34.046
    text = ("Trong tổng số 37.267 người đã được đào tạo nghề, có 455 người hệ cao đẳng; 2.766 người hệ trung cấp; "
            "34.046 người hệ sơ cấp, trong đó lao động nông thôn đạt 10.550 người.")
    assert [f for f in check_text(text).findings if f.severity != "info"] == []
    broken = text.replace("34.046", "39.046")
    assert ("AR001", "warning") in [(f.code, f.severity) for f in check_text(broken, AR001).findings]
