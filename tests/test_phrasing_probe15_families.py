"""Families read wrongly on a fifteenth probe of real text (issue 14): lists of works, births,
call-ups, land certificates.

* "tăng so với cùng kỳ năm 2018 là 657 cháu": a word of change, the comparison, then "là" and
  the figure — the figure is the change, never a total of the parts after it.
* "Lữ đoàn 962", "Sư đoàn 9": a military unit's designation names it, it counts nothing.
* "432 công trình …; trong đó, 48 … do cấp tỉnh quản lý, 384 … do cấp huyện quản lý, gồm 222
  hồ chứa; 87 đập dâng; …": kinds that make the grand total exactly are of it, not of the 384
  the cue stands after (only when the 384 is listed after the grand total's own cue).
* "87.837 ha màu … 1.408 ha lúa; 1.205 ha lúa …": areas of one crop are no parts of another's.
* "Bao gồm: 59 trạm bơm điện trong đó 33 trạm còn hoạt động, …; 43 trạm …": a cue inside an
  item of a semicolon list is the item's, and its parts end with the item.
* "… lúa 2 vụ; các bai, đập dâng gồm 636 chiếc": a cue after a semicolon and a subject of its own
  lists that subject's members, not the figure before the semicolon.
"""
from __future__ import annotations

from hypothesis import given, strategies as st

from _vn import vn

from checker import check_text, load_ruleset

RULES = load_ruleset()


def loud(text: str, *codes: str) -> list:
    return [(f.code, f.span.line) for f in check_text(text, RULES).findings
            if f.code in codes and f.severity != "info"]


# ---------------------------------------------------------------- a change after its comparison
@given(st.integers(1_000, 90_000), st.integers(10, 900), st.sampled_from(["cháu", "người", "hộ"]),
       st.sampled_from(["tăng", "giảm"]), st.sampled_from(["so với cùng kỳ năm 2018", "so với năm trước", "so cùng kỳ"]),
       st.sampled_from([" là ", ": "]))
def test_a_change_after_its_comparison_is_no_total(total, change, noun, verb, comparison, link):
    part = total // 3
    text = (f"Tổng số trẻ em sinh ra là {vn(total)} {noun}, {verb} {comparison}{link}{vn(change)} {noun}. "
            f"Trong đó, số con thứ 3 trở lên là {vn(part)} {noun}, chiếm tỷ lệ 18,38%.")
    assert loud(text, "AR001") == [], text


# ---------------------------------------------------------------- a military unit's designation
@given(st.integers(2, 5), st.lists(st.integers(100, 999), min_size=2, max_size=4, unique=True),
       st.sampled_from(["Lữ đoàn", "Sư đoàn", "Trung đoàn", "Tiểu đoàn"]))
def test_a_units_designation_counts_nothing(n, numbers, word):
    names = ["Bộ Chỉ huy quân sự tỉnh"] + [f"{word} {k}" for k in numbers]
    text = f"Năm 2024 toàn huyện được giao chỉ tiêu 186 thanh niên giao cho {len(names)} đơn vị: " + "; ".join(names) + "."
    assert loud(text, "AR001") == [], text


# ---------------------------------------------------------------- kinds of the grand total
@given(st.integers(10, 90), st.lists(st.integers(5, 300), min_size=3, max_size=5), st.booleans())
def test_kinds_that_make_the_grand_total_are_of_it(province, kinds, broken):
    grand = sum(kinds) + (max(5, sum(kinds) // 8) if broken else 0)
    district = grand - province
    if district <= 0:
        return
    names = ["hồ chứa nước", "đập dâng", "trạm bơm", "đập tạm", "kênh tiêu úng"]
    listed = "; ".join(f"{vn(k)} {names[i]}" for i, k in enumerate(kinds))
    text = (f"Đến nay, toàn tỉnh có {vn(grand)} công trình thủy lợi lớn, nhỏ; trong đó, {vn(province)} công trình do cấp "
            f"tỉnh quản lý, {vn(district)} công trình do cấp huyện quản lý, gồm {listed}.")
    found = loud(text, "AR001")
    # consistent with the grand total: silent; broken: the kinds make neither total (a finding)
    assert bool(found) == broken, text


# ---------------------------------------------------------------- areas of another crop
@given(st.integers(10_000, 90_000), st.lists(st.integers(100, 9000), min_size=2, max_size=4),
       st.sampled_from([("màu", "lúa"), ("lúa", "màu"), ("cây ăn quả", "lúa")]))
def test_areas_of_one_crop_are_no_parts_of_anothers(total, parts, crops):
    whole, part = crops
    items = "; ".join(f"{k + 2} trạm bơm cấp nước tưới cho {vn(p)} ha {part}" for k, p in enumerate(parts))
    text = f"Toàn tỉnh tạo nguồn nước cho khoảng {vn(total)} ha {whole}. Bao gồm: {items}."
    assert loud(text, "AR001") == [], text


@given(st.lists(st.integers(100, 9000), min_size=2, max_size=3), st.booleans())
def test_areas_of_kinds_of_the_totals_crop_are_its_parts(parts, broken):
    total = sum(parts) + (max(10, sum(parts) // 8) if broken else 0)
    kinds = ["lúa xuân", "lúa mùa", "lúa hè thu"]
    items = ", ".join(f"{vn(p)} ha {kinds[k]}" for k, p in enumerate(parts))
    text = f"Tổng diện tích gieo cấy {vn(total)} ha lúa, gồm {items}."
    assert (("AR001", 1) in loud(text, "AR001")) == broken, text


# ---------------------------------------------------------------- a cue inside an item
@given(st.integers(20, 90), st.integers(1, 19), st.integers(10, 90), st.integers(100, 900))
def test_a_cue_inside_an_item_lists_the_items_parts(pumps, working, wheels, lakes):
    text = (f"Toàn tỉnh có 1.252 công trình. Bao gồm: {pumps} trạm bơm điện trong đó {working} trạm còn hoạt động, "
            f"cấp nước tưới cho khoảng 1.408 ha; {wheels} trạm thuỷ luân cấp nước tưới cho 1.205 ha; hồ chứa vừa và "
            f"nhỏ {lakes} hồ, phụ trách tưới cho 13.533 ha.")
    assert loud(text, "AR001") == [], text


@given(st.integers(2, 9), st.integers(100, 900), st.integers(1000, 9000), st.integers(1000, 9000))
def test_a_cue_after_a_semicolon_and_a_subject_is_that_subjects(seasons, dams, a, b):
    text = (f"Hồ chứa vừa và nhỏ 514 hồ, phụ trách tưới cho 13.533 ha lúa {seasons} vụ; các bai, đập dâng gồm "
            f"{vn(dams)} chiếc phụ trách tưới cho {vn(a + b)} ha lúa (vụ chiêm {vn(a)} ha, vụ mùa {vn(b)} ha).")
    assert loud(text, "AR001") == [], text


# ---------------------------------------------------------------- members after a count of bodies
@given(st.integers(2, 6), st.lists(st.integers(1, 90), min_size=2, max_size=5), st.integers(40, 120))
def test_members_counted_after_a_count_of_bodies_are_not_its_parts(bodies, admitted, first_rate):
    items = [f"Đảng bộ huyện {chr(65 + k)} kết nạp được {a} ĐV mới, đạt {first_rate if k == 0 else 50 + k}%"
             + (" chỉ tiêu được giao" if k == 0 else "") for k, a in enumerate(admitted)]
    text = (f"Các đảng bộ trực thuộc kết nạp được 288 đảng viên (ĐV) mới. Trong đó có {bodies} đảng bộ kết nạp ĐV mới "
            f"đạt trên 50% chỉ tiêu được giao, bao gồm: " + "; ".join(items) + ".")
    assert loud(text, "AR001", "AR003") == [], text


@given(st.lists(st.integers(10, 900), min_size=2, max_size=3), st.booleans())
def test_nouns_listed_with_the_totals_noun_are_its_own(parts, broken):
    # "trong số N …, có …": some of the N — broken only when the parts exceed it
    total = sum(parts) - (max(3, sum(parts) // 8) if broken else 0)
    ranks = ["Tốt", "Khá", "Trung bình"]
    items = "; ".join(f"{vn(p)} đơn vị xếp hạng {ranks[k]}" for k, p in enumerate(parts))
    text = f"Theo đó, trong số {vn(total)} cơ quan, đơn vị, địa phương thuộc đối tượng đánh giá, có {items}."
    assert (("AR001", 1) in loud(text, "AR001")) == broken, text
