"""Families read wrongly on a tenth probe of real text (issue 14): credit, fire, plans, digital
transformation indices, building permits.

* "… là 24.610 tỷ đồng; so với 31/12/2021 tăng 2.375 tỷ đồng (+10,7%) cụ thể như sau:" then one
  bank an item: the total's change is no total (AR001, list items);
* "cả nước xảy ra 344 vụ cháy, …, thiệt hại khoảng 39,4 tỷ đồng. Trong đó, … 90 triệu đồng": the
  whole's amount, named anywhere in its sentence, is no unit slip (AR021);
* "đề ra 23 chỉ tiêu, tăng 2 chỉ tiêu so giai đoạn 2016-2020, với 8 chỉ tiêu về kinh tế, …": the
  figures after ", với" are parts of the new figure, not its old value (AR005);
* "khoảng 180 đến 200 ngàn tỷ đồng (bình quân hàng năm khoảng 36 đến 40 ngàn tỷ đồng)": the ends
  of a range and an average are no amounts to add (AR001);
* "3 trụ cột …, gồm 8 chỉ số chính với 47 chỉ số thành phần", "3 trụ cột: … 0,6683 điểm; …": parts
  that all count another noun than the total (AR001);
* "xếp thứ 24/63 … Trong đó, CQS xếp thứ 40/63; …": ranks are no quantities (roles.toml [rank]);
* "… 57 GPXD … và 337 trường hợp … được miễn cấp GPXD": a last part of another noun, the others
  making the total without it (AR001).
"""
from __future__ import annotations

from fractions import Fraction

from hypothesis import given, strategies as st

from _vn import vn, vn_dec

from checker import check_text, load_ruleset

RULES = load_ruleset()


def loud(text: str) -> list:
    return [(f.code, f.span.line) for f in check_text(text, RULES).findings
            if f.category == "arithmetic" and f.severity != "info"]


@given(st.integers(1_000, 20_000), st.integers(100, 9_000), st.integers(50, 900), st.sampled_from([0, 0, 700]),
       st.sampled_from(["+ ", "- "]), st.sampled_from([" cụ thể như sau:", ", cụ thể:", ", gồm:"]))
def test_the_totals_change_before_a_list_of_items_is_no_total(a, b, change, off, mark, cue):
    total = a + b + off
    ca, cb = change // 2, change - change // 2

    def pct(c, level):  # the change's rate, rounded as a report writes it
        return vn_dec(Fraction(100 * c, level - c), 1)

    text = (f"- Về tín dụng: Tổng dư nợ ước thực hiện đến 30/9/2022 là {vn(total)} tỷ đồng; so với 31/12/2021 "
            f"tăng {vn(change)} tỷ đồng (+{pct(change, total)}%){cue}\n"
            f"{mark}Dư nợ của các Ngân hàng thương mại là {vn(a)} tỷ đồng; so với 31/12/2021 tăng {vn(ca)} tỷ "
            f"đồng (+{pct(ca, a)}%).\n{mark}Dư nợ của Ngân hàng Chính sách xã hội là {vn(b)} tỷ đồng; so với 31/12/2021 "
            f"tăng {vn(cb)} tỷ đồng (+{pct(cb, b)}%).\n")
    assert loud(text) == ([("AR001", 1)] if off else []), text


@given(st.integers(100, 900), st.integers(20, 90), st.sampled_from(["cả nước", "toàn quốc", "toàn tỉnh"]),
       st.integers(2, 9))
def test_the_wholes_amount_named_in_its_sentence_is_no_unit_slip(fires, damage, scope, small):
    text = (f"Theo thống kê, trong 2 tháng, {scope} xảy ra {fires} vụ cháy, làm 27 người chết, 37 người bị thương, thiệt hại "
            f"về tài sản ước tính khoảng {damage},4 tỷ đồng. Trong đó, vụ cháy tại huyện A thiệt hại {small}0 triệu đồng.")
    assert [c for c, _ in loud(text) if c == "AR021"] == [], text


@given(st.integers(15, 40), st.integers(1, 5), st.integers(1, 12), st.integers(1, 12),
       st.sampled_from(["so giai đoạn 2016-2020", "so với giai đoạn trước", "so với nhiệm kỳ trước"]))
def test_figures_after_với_are_parts_of_the_new_figure(total, more, a, b, compared):
    c = max(1, total - a - b)
    text = (f"Kế hoạch 5 năm 2021-2025 đề ra {total} chỉ tiêu chủ yếu, tăng {more} chỉ tiêu {compared}, với {a} chỉ tiêu "
            f"về kinh tế, {b} chỉ tiêu về xã hội và {c} chỉ tiêu về môi trường.")
    assert [x for x in loud(text) if x[0] == "AR005"] == [], text


@given(st.integers(15, 40), st.integers(1, 5), st.integers(1, 9))
def test_an_old_value_in_a_bracket_is_still_read(total, more, off):
    old = total - more + off
    text = f"Kế hoạch 5 năm 2021-2025 đề ra {total} chỉ tiêu chủ yếu, tăng {more} chỉ tiêu so với giai đoạn 2016-2020 ({old} chỉ tiêu)."
    assert ("AR005", 1) in loud(text), text


@given(st.integers(100, 300), st.integers(5, 60), st.integers(2, 8), st.sampled_from(["đến", "-", "–", "tới"]),
       st.sampled_from(["ngàn tỷ đồng", "tỷ đồng", "triệu USD"]))
def test_the_ends_of_a_range_are_no_amounts(low, width, years, to, unit):
    high = low + width
    sep = f" {to} " if to in ("đến", "tới") else f" {to} "
    text = (f"Phấn đấu tổng vốn đầu tư toàn xã hội khoảng {low}{sep}{high} {unit} (bình quân hàng năm đầu tư khoảng "
            f"{low // years}{sep}{high // years} {unit}).")
    assert loud(text) == [], text


@given(st.integers(2, 5), st.integers(3, 12), st.integers(20, 60), st.sampled_from(["trụ cột", "nhóm", "lĩnh vực"]),
       st.sampled_from([", gồm {a} chỉ số chính với {b} chỉ số thành phần", ": {names} với {a} chỉ số chính và {b} chỉ số thành phần"]))
def test_parts_that_count_another_noun(n, a, b, noun, shape):
    names = ", ".join(["Chính quyền số", "Kinh tế số", "Xã hội số", "Hạ tầng số", "Nhân lực số"][:n])
    text = f"Bộ chỉ số được cấu trúc theo {n} {noun}: {names}" + shape.format(a=a, b=b, names=names) + "."
    assert loud(text) == [], text


@given(st.integers(2, 4), st.lists(st.integers(1, 9_999), min_size=4, max_size=4))
def test_scores_of_the_members_are_no_parts_of_their_count(n, scores):
    names = ["chính quyền số", "kinh tế số", "xã hội số", "hạ tầng số"][:n]
    items = "; ".join(f"{name} đạt 0,{s:04d} điểm, xếp hạng thứ {k + 20}" for k, (name, s) in enumerate(zip(names, scores)))
    text = f"Chỉ số DTI của tỉnh đạt 0,6077 điểm, xếp hạng thứ 25 cả nước. Ở {n} trụ cột chính: {items}."
    assert loud(text) == [], text


@given(st.integers(1, 63), st.lists(st.integers(1, 63), min_size=2, max_size=4),
       st.sampled_from(["xếp thứ", "đứng thứ", "xếp hạng thứ", "xếp hạng"]))
def test_ranks_are_no_quantities(rank, ranks, word):
    names = ["CQS", "KTS", "XHS", "HTS"]
    items = "; ".join(f"{nm} {word} {r}/63" for nm, r in zip(names, ranks))
    text = f"TP Hà Nội năm nay có chỉ số DTI {word} {rank}/63 tỉnh, thành phố. Trong đó, {items}."
    assert loud(text) == [], text


@given(st.lists(st.integers(30, 3_000), min_size=3, max_size=4), st.integers(50, 900))
def test_an_odd_last_part_outside_the_total(counts, extra):
    """The parts before it make the total: a last part of another noun ("trường hợp … được miễn
    cấp GPXD") is outside it — two readings, one consistent, and nothing is said."""
    labels = ["cấp cho nhà ở riêng lẻ tại đô thị", "cấp cho công trình", "cấp cho nhà ở nông thôn",
              "cấp cho công trình có thời hạn"]
    total = sum(counts)
    items = ", ".join(f"{vn(c)} GPXD {lab}" for c, lab in zip(counts, labels))
    text = (f"9 tháng đầu năm 2021, Sở Xây dựng và UBND các huyện đã cấp {vn(total)} giấy phép xây dựng (GPXD), tăng "
            f"{vn(total // 10)} giấy phép so với cùng kỳ. Trong đó, có {items} và {vn(extra)} trường hợp xây dựng công "
            f"trình thuộc đối tượng được miễn cấp GPXD.")
    assert loud(text) == [], text


@given(st.integers(10, 40), st.integers(5, 20), st.integers(1, 5), st.sampled_from([0, 0, 1, 2]),
       st.sampled_from(["cơ quan, đơn vị, địa phương", "cơ quan, đơn vị", "cơ quan và đơn vị"]))
def test_parts_of_a_noun_the_total_names_are_its_parts(good, fair, weak, off, nouns):
    """"trong số 44 cơ quan, đơn vị, địa phương …, có 30 đơn vị xếp hạng Tốt; 15 đơn vị xếp hạng
    Khá …": the parts count a noun the total names among its own, and are read (parts above the
    total: an error)."""
    total = good + fair + weak - off
    text = (f"Theo đó, trong số {total} {nouns} thuộc đối tượng đánh giá, có {good} đơn vị xếp hạng Tốt (tăng 01 đơn vị "
            f"so với năm 2020); {fair} đơn vị xếp hạng Khá (tăng 2 đơn vị); {weak} đơn vị xếp hạng Trung bình (giảm 3 "
            f"đơn vị) và không có đơn vị xếp hạng Yếu.")
    assert loud(text) == ([("AR001", 1)] if off else []), text
