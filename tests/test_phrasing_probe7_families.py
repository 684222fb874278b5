"""Families read wrongly on a seventh probe of real text nobody had read (issue 14): civil
service, recruitment, tourism revenue, health insurance. Each a generator over the family:

* "362 chỉ tiêu của 32 sở, ngành và địa phương cấp huyện, trong đó có 2.331 thí sinh": people
  are no part of bodies or of quotas (rules/lexicon/units.toml [count_kinds] body, quota);
* "… tinh giản biên chế 608 trường hợp … khối chính quyền: 589 người … Trong tổng số này, viên
  chức 491 người, cán bộ, công chức 113 người, … 04 người" = 608: "này" may mean either figure;
* "doanh thu du lịch lữ hành đạt 3.3000 tỷ đồng": a part the reader cannot read is missing from
  the sum, and the reported gap would be that part;
* "05 tỉnh cao nhất là: Hà Nam với 727,215 người …; Bắc Giang là 1.617,981, …": a bare figure
  among figures of another kind is of their kind, no part of the provinces.
"""
from __future__ import annotations

from hypothesis import given, strategies as st

from _vn import vn

from checker import check_text, load_ruleset

RULES = load_ruleset()


def ar001(text: str) -> list:
    return [f for f in check_text(text, RULES).findings if f.code == "AR001" and f.severity != "info"]


@given(st.integers(50, 900), st.integers(5, 60), st.integers(1_000, 9_000), st.sampled_from(
    ["thí sinh đủ điều kiện dự thi", "người đăng ký dự tuyển", "hồ sơ dự tuyển"]), st.sampled_from(
    ["sở, ngành và địa phương cấp huyện", "cơ quan, đơn vị", "huyện, thị xã"]))
def test_people_are_no_part_of_bodies_or_quotas(quota, bodies, people, who, where):
    text = f"Năm nay tỉnh tuyển dụng {vn(quota)} chỉ tiêu của {bodies} {where}, trong đó có {vn(people)} {who}."
    assert ar001(text) == [], text


@given(st.lists(st.integers(2, 900), min_size=2, max_size=4), st.integers(1, 60),
       st.sampled_from(["trường hợp", "người"]))
def test_of_which_may_mean_the_figure_before_last(parts, less, unit):
    whole = sum(parts)
    sub = whole - less
    if sub <= max(parts):
        return
    labels = ["viên chức", "cán bộ, công chức", "cán bộ quản lý doanh nghiệp", "lao động hợp đồng"]
    listed = ", ".join(f"{lab} {vn(v)} người" for lab, v in zip(labels, parts))
    text = (f"Tỉnh đã tinh giản biên chế {vn(whole)} {unit}, chiếm 1,49% tổng số cán bộ, công chức, viên chức.\n"
            f"Phần lớn trường hợp tinh giản thuộc khối chính quyền: {vn(sub)} người, giảm 1,5% so với năm trước. "
            f"Trong tổng số này, {listed}.")
    assert ar001(text) == [], text


@given(st.lists(st.integers(1_000, 300_000), min_size=3, max_size=4), st.integers(0, 3),
       st.sampled_from(["{a}.{b:04d}", "{a}{b:03d}.000", "{a}.{b:04d}.000"]))
def test_a_part_written_in_a_broken_grouping_leaves_the_sum_unjudged(parts, which, shape):
    which %= len(parts)
    labels = ["doanh thu bán lẻ hàng hóa", "doanh thu dịch vụ lưu trú, ăn uống", "doanh thu du lịch lữ hành",
              "doanh thu dịch vụ khác"]
    written = [vn(v) for v in parts]
    v = parts[which]
    written[which] = shape.format(a=v // 1000, b=v % 1000)
    listed = "; ".join(f"{lab} đạt {w} tỷ đồng" for lab, w in zip(labels, written))
    text = f"Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt {vn(sum(parts))} tỷ đồng, trong đó {listed}."
    assert ar001(text) == [], text


@given(st.integers(10, 63), st.lists(st.integers(100_000, 2_000_000), min_size=3, max_size=5), st.integers(0, 4))
def test_a_bare_figure_among_people_is_no_province(provinces, people, bare):
    names = ["Hà Nam", "Bắc Giang", "Nam Định", "Quảng Trị", "Quảng Ngãi"]
    bare %= len(people)
    items = []
    for k, (n, p) in enumerate(zip(names, people)):
        unit = "" if k == bare else " người"
        items.append(f"{n} là {vn(p)}{unit}, đạt 102,{k}% kế hoạch")
    text = (f"Toàn quốc đã có {provinces} tỉnh, thành phố vượt kế hoạch về phát triển người tham gia BHYT. "
            f"Trong đó {len(people):02d} tỉnh cao nhất là: " + "; ".join(items) + ".")
    assert ar001(text) == [], text
