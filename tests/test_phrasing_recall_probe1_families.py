"""Families a recall probe of real text found unread or misread (issue 14: 25 real passages, 79
single-figure mutants; /tmp/missprobe1 of the session of 2026-12-06), each generated over its
ways of saying the thing, consistent (silent) and broken (reported).

* "giảm 324 vụ, tương ứng với 5,2% so với năm 2022", "tương ứng tỷ lệ 5,2%": words of the link.
* "đạt 121,72% (Kế hoạch 6.600 ha)": the plan word opening a bracket of its own.
* "19 nghìn tỷ đồng, chiếm gần 58% tổng doanh thu (40 nghìn tỷ đồng)": a share with a qualifier.
* "Trong đó: phía Bắc đạt 1.005,8 nghìn ha; phía Nam đạt 438,7 nghìn ha": the two halves of the
  country make the whole (a warning when they do not).
* Not read: "chiếm 18% tổng vốn đầu tư; vốn ngoài Nhà nước đạt 19 nghìn tỷ đồng" — a sibling after
  a share of a named total is not its base; "… bưởi 22,23 ha còn lại các loại cây ăn trái khác" —
  the rest named without a figure leaves the list partial.
"""
from __future__ import annotations

from fractions import Fraction

from hypothesis import given, strategies as st

from _vn import vn, vn_dec

from checker import check_text, load_ruleset

RULES = load_ruleset()


def loud(text: str, *codes: str) -> list:
    return [(f.code, f.span.line) for f in check_text(text, RULES).findings
            if f.code in codes and f.severity != "info"]


# ---------------------------------------------------------------- words of the link before a rate of change
@st.composite
def linked_change(draw, broken: bool):
    new = draw(st.integers(500, 90_000))
    d = draw(st.integers(10, new // 3))
    up = draw(st.booleans())
    old = new - d if up else new + d
    rate = Fraction(100 * d, old)
    if broken:
        rate += max(2, rate / 4)
    link = draw(st.sampled_from(["tương ứng với", "tương ứng tỷ lệ", "tương ứng", "tương đương với", "tương đương mức"]))
    verb = "tăng" if up else "giảm"
    bracket = draw(st.booleans())
    body = f"{verb} {vn(d)} vụ, {link} {vn_dec(rate, 1)}% so với năm 2022"
    return f"Năm 2023 xảy ra {vn(new)} vụ tai nạn lao động " + (f"({body})." if bracket else f", {body}.")


@given(linked_change(broken=False))
def test_a_linked_rate_of_change_that_fits_stays_silent(text):
    assert loud(text, "AR005") == [], text


@given(linked_change(broken=True))
def test_a_linked_rate_of_change_that_does_not_fit_is_reported(text):
    assert ("AR005", 1) in loud(text, "AR005"), text


# ---------------------------------------------------------------- a plan word opening its own bracket
@st.composite
def plan_in_own_bracket(draw, broken: bool):
    plan = draw(st.integers(1_000, 90_000))
    actual = Fraction(plan * draw(st.integers(600, 1_400)), 1_000)
    rate = 100 * actual / plan
    if broken:
        rate += max(5, rate / 8)
    word = draw(st.sampled_from(["Kế hoạch", "kế hoạch", "Kế hoạch năm", "dự toán"]))
    unit = draw(st.sampled_from(["ha", "tấn", "tỷ đồng"]))
    return f"Diện tích trồng mới đạt {vn_dec(actual, 1)} {unit}, đạt {vn_dec(rate, 2)}% ({word} {vn(plan)} {unit})."


@given(plan_in_own_bracket(broken=False))
def test_a_plan_in_its_own_bracket_that_fits_stays_silent(text):
    assert loud(text, "AR037") == [], text


@given(plan_in_own_bracket(broken=True))
def test_a_plan_in_its_own_bracket_that_does_not_fit_is_reported(text):
    assert ("AR037", 1) in loud(text, "AR037"), text


# ---------------------------------------------------------------- a share with a qualifier
@given(st.integers(100, 9_000), st.integers(10, 90), st.booleans(),
       st.sampled_from(["gần", "khoảng", "xấp xỉ"]))
def test_a_qualified_share_is_judged(total10, pct, broken, word):
    part = Fraction(total10 * pct, 1_000)
    stated = pct + (max(6, pct // 4) if broken else 0)
    if stated >= 100:
        return
    text = (f"Doanh thu đạt {vn_dec(part, 2)} nghìn tỷ đồng, chiếm {word} {stated}% tổng doanh thu toàn ngành "
            f"({vn_dec(Fraction(total10, 10), 1)} nghìn tỷ đồng).")
    assert (("AR003", 1) in loud(text, "AR003")) == broken, text


# ---------------------------------------------------------------- the two halves of the country
@given(st.integers(1_000, 9_000), st.integers(1_000, 9_000), st.booleans(),
       st.sampled_from(["phía Bắc", "miền Bắc", "các địa phương phía Bắc"]),
       st.sampled_from(["phía Nam", "miền Nam", "các địa phương phía Nam"]))
def test_north_and_south_make_the_whole(north10, south10, broken, n, s):
    total = north10 + south10 + (max(50, (north10 + south10) // 10) if broken else 0)
    text = (f"Cả nước gieo cấy {vn_dec(Fraction(total, 10), 1)} nghìn ha lúa mùa. Trong đó: {n} đạt "
            f"{vn_dec(Fraction(north10, 10), 1)} nghìn ha; {s} đạt {vn_dec(Fraction(south10, 10), 1)} nghìn ha.")
    assert (("AR001", 1) in loud(text, "AR001")) == broken, text


# ---------------------------------------------------------------- a sibling after a share of a named total
@given(st.integers(10, 900), st.integers(5, 60), st.integers(10, 900),
       st.sampled_from(["tổng vốn đầu tư", "tổng kim ngạch xuất khẩu", "tổng dư nợ"]))
def test_a_sibling_after_a_share_of_a_named_total_is_no_base(part, pct, sibling, name):
    text = (f"Vốn Nhà nước đạt {vn_dec(Fraction(part, 10), 1)} nghìn tỷ đồng, chiếm {pct}% {name}; vốn ngoài Nhà "
            f"nước đạt {vn_dec(Fraction(sibling, 10), 1)} nghìn tỷ đồng.")
    assert loud(text, "AR003") == [], text


# ---------------------------------------------------------------- the rest named without a figure
@given(st.lists(st.integers(100, 9_000), min_size=2, max_size=4), st.integers(10, 900),
       st.sampled_from(["còn lại các loại cây ăn trái khác", "còn lại là các loại cây khác",
                        ", còn lại các cây trồng khác"]))
def test_the_rest_without_a_figure_leaves_the_list_partial(parts, rest, tail):
    total = sum(parts) + rest
    names = ["cam", "quýt", "bưởi", "xoài"]
    items = "; ".join(f"{names[k]} {vn_dec(Fraction(v, 100), 2)} ha" for k, v in enumerate(parts))
    text = f"Tổng diện tích cây ăn trái là {vn_dec(Fraction(total, 100), 2)} ha. Trong đó: {items} {tail}."
    assert loud(text, "AR001") == [], text


@given(st.integers(100, 900), st.integers(100, 900), st.integers(300, 900), st.integers(300, 900))
def test_each_halfs_share_is_of_its_own_area(north, south, pn, ps):
    # "các địa phương phía Bắc thu hoạch được 699,2 nghìn ha, chiếm 69,5% …": each of its own area sown
    text = (f"Trong đó: các địa phương phía Bắc thu hoạch được {vn_dec(Fraction(north, 10), 1)} nghìn ha, chiếm "
            f"{vn_dec(Fraction(pn, 10), 1)}%; các địa phương phía Nam thu hoạch được {vn_dec(Fraction(south, 10), 1)} "
            f"nghìn ha, chiếm {vn_dec(Fraction(ps, 10), 1)}%.")
    assert loud(text, "AR043") == [], text


# ---------------------------------------------------------------- an absolute change beside its range
@st.composite
def range_and_change(draw, broken: bool):
    old = draw(st.integers(200, 90_000))
    new = draw(st.integers(100, 2 * old))
    if new == old:
        new += 1
    up = new > old
    d = abs(new - old) + (max(10, abs(new - old) // 5) if broken else 0)
    unit = draw(st.sampled_from(["hộ", "người", "vụ", "hồ sơ"]))
    verb, to = ("tăng", draw(st.sampled_from(["lên", "lên mức"]))) if up else ("giảm", draw(st.sampled_from(["xuống", "xuống còn", "còn"])))
    if draw(st.booleans()):
        return f"Số {unit} {verb} từ {vn(old)} {unit} {to} {vn(new)} {unit}, {verb} {vn(d)} {unit}."
    return f"Trong năm {verb} {vn(d)} {unit}, từ {vn(old)} {unit} {to} {vn(new)} {unit}."


@given(range_and_change(broken=False))
def test_an_absolute_change_that_fits_its_range_stays_silent(text):
    assert loud(text, "AR005") == [], text


@given(range_and_change(broken=True))
def test_an_absolute_change_off_its_range_is_reported(text):
    assert ("AR005", 1) in loud(text, "AR005"), text


# ---------------------------------------------------------------- the four ratings of a review
@given(st.lists(st.integers(0, 400), min_size=4, max_size=4), st.booleans(),
       st.sampled_from(["tổ chức cơ sở đảng", "đảng viên", "cán bộ, công chức"]), st.sampled_from([", ", "; "]))
def test_the_four_ratings_of_a_review_make_the_whole(counts, broken, who, sep):
    total = sum(counts) + (max(3, sum(counts) // 10) if broken else 0)
    a, b, c, d = counts
    text = (f"Năm 2023 có {vn(total)} {who} được đánh giá, trong đó {vn(a)} hoàn thành xuất sắc nhiệm vụ{sep}"
            f"{vn(b)} hoàn thành tốt nhiệm vụ{sep}{vn(c)} hoàn thành nhiệm vụ và {vn(d)} không hoàn thành nhiệm vụ.")
    assert (("AR001", 1) in loud(text, "AR001")) == broken, text


# ---------------------------------------------------------------- a yield with its output in the sentence after
@given(st.integers(1_000, 90_000), st.integers(300, 900), st.booleans(),
       st.sampled_from(["Tổng diện tích trồng lúa: {a} ha.", "Diện tích gieo trồng lúa đạt {a} ha."]),
       st.sampled_from(["Sản lượng: {o} tấn.", "Sản lượng đạt {o} tấn."]))
def test_a_yield_with_its_output_after_it(area, yield100, broken, first, last):
    output = area * yield100 // 100
    stated = Fraction(yield100, 100) + (Fraction(max(50, yield100 // 8), 100) if broken else 0)
    text = (f"{first.format(a=vn(area))} Năng suất trung bình đạt {vn_dec(stated, 2)} tấn/ha. "
            f"{last.format(o=vn(output))}")
    assert (("AR038", 1) in loud(text, "AR038")) == broken, text
