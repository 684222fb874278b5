"""Families read wrongly on a seventeenth probe of real text (issue 14) and on the kept blind sets:
elections, prizes, rankings, drug cases, petitions, harvests.

* "6 đại biểu, trong đó có 1 đại biểu nữ, 6 đại biểu dân tộc thiểu số": two traits of the same
  people (rules/lexicon/roles.toml) overlap — no sum of them is checked.
* "Hải Dương 67 giải (năm 2011 là 72 giải, …" never closed: an unclosed bracket lists nothing,
  and holds no sentences together.
* "xếp thứ 21/63 tỉnh. Trong đó, … thứ 12 … trong 63 tỉnh": a rank before "Trong đó" is no total.
* "tăng 84 vụ so với cùng kỳ năm trước, xử phạt 163 vụ": a comma clause after the comparison
  holds its own figure, not the earlier value.
* "ước tính trên 01 nghìn tỷ đồng": a round approximate amount is no unit slip.
* "(đạt 130,2% kế hoạch năm nay là 20.000 người)": the plan word's clause names the plan's value.
* "khiếu nại 10 đơn; tố cáo 21 đơn; kiến nghị, phản ánh 345 đơn", "28 giải nhất, 99 giải nhì, 156
  giải ba và 221 giải khuyến khích": every kind named, the list is complete (a warning when it
  does not add up) — and "kiến nghị" there is a kind of petition, not another action.
* "sản lượng 8,7 vạn tấn": vạn is ten thousand; "…: Lúa vụ Chiêm Xuân 135ha, năng suất 61 tạ/ha,
  sản lượng 823,5 tấn" after a colon is one crop's clause; two yields beside one output say
  nothing of which crop it is.
"""
from __future__ import annotations

from hypothesis import given, strategies as st

from fractions import Fraction

from _vn import vn, vn_dec

from checker import check_text, load_ruleset

RULES = load_ruleset()


def loud(text: str, *codes: str) -> list:
    return [(f.code, f.span.line) for f in check_text(text, RULES).findings
            if f.code in codes and f.severity != "info"]


def fmt(x: float, decimals: int) -> str:
    return f"{x:.{decimals}f}".replace(".", ",")


# ---------------------------------------------------------------- two traits of the same people
TRAITS = [["đại biểu nữ", "người là nữ", "lao động nữ"],
          ["đại biểu dân tộc thiểu số", "người dân tộc thiểu số", "đại biểu là người dân tộc thiểu số", "đại biểu DTTS"],
          ["đại biểu ngoài Đảng", "người ngoài Đảng", "đại biểu là đảng viên"],
          ["đại biểu tái cử", "người tái cử", "đại biểu lần đầu tham gia"]]


@given(st.integers(5, 90), st.data(), st.sampled_from([", trong đó có ", ", trong đó ", ", gồm ", ": "]))
def test_parts_naming_two_traits_overlap(total, data, cue):
    kinds = data.draw(st.lists(st.integers(0, 3), min_size=2, max_size=4, unique=True))
    labels = [data.draw(st.sampled_from(TRAITS[k])) for k in kinds]
    values = [data.draw(st.integers(1, total)) for _ in kinds]
    parts = ", ".join(f"{v} {lab}" for v, lab in zip(values, labels))
    text = f"Cử tri của tỉnh đã bầu đủ {total} đại biểu{cue}{parts}."
    assert loud(text, "AR001") == [], text


@given(st.integers(60, 900), st.integers(1, 19), st.sampled_from([", trong đó có ", ", trong đó "]))
def test_one_trait_split_in_two_still_adds_up(total, short, cue):
    women = total // 3
    men = total - women - short  # nam and nữ split the whole: the list is complete, and short
    text = f"Toàn huyện có {vn(total)} lao động được đào tạo{cue}{vn(women)} lao động nữ và {vn(men)} lao động nam."
    assert loud(text, "AR001") == [("AR001", 1)], text


# ---------------------------------------------------------------- a bracket never closed
@given(st.integers(10, 99), st.integers(10, 99), st.integers(10, 99), st.integers(10, 99),
       st.sampled_from(["là", "có"]))
def test_an_unclosed_bracket_lists_nothing(now, before, other, later, verb):
    text = (f"Một số tỉnh năm nay sụt giảm về số lượng giải như Hà Nam với {now} giải (năm 2011 {verb} {before} giải), "
            f"Hải Dương {now + 3} giải (năm 2011 {verb} {before + 5} giải, Nghệ An với {other} giải (năm 2011 {verb} "
            f"{other + 2} giải)…\nMột số địa phương có số giải vượt trội như Hải Phòng với {later} giải (năm 2011 "
            f"{verb} {later - 3} giải), Đà Nẵng {later + 1} giải…\nĐạt thành tích thấp nhất cả nước là Lai Châu với 1 "
            f"giải khuyến khích.")
    assert loud(text, "AR001") == [], text


@given(st.lists(st.integers(5, 900), min_size=2, max_size=4), st.booleans())
def test_a_closed_bracket_still_breaks_the_total_down(parts, broken):
    total = sum(parts) + (max(3, sum(parts) // 7) if broken else 0)
    names = ["trực tuyến", "trực tiếp", "qua bưu chính", "qua ứng dụng"][:len(parts)]
    inside = "; ".join(f"{n} {vn(p)} hồ sơ" for n, p in zip(names, parts))
    text = f"Tiếp nhận {vn(total)} hồ sơ ({inside}). Các hồ sơ đều được giải quyết đúng hạn."
    assert bool(loud(text, "AR001")) == broken, text


# ---------------------------------------------------------------- a rank before "Trong đó"
@given(st.integers(1, 63), st.lists(st.integers(1, 63), min_size=2, max_size=3),
       st.sampled_from(["xếp vị trí thứ", "xếp thứ", "đứng thứ", "xếp hạng"]))
def test_a_rank_before_trong_do_is_no_total(rank, ranks, words):
    pillars = ["chính quyền số", "kinh tế số", "xã hội số"]
    listed = ", ".join(f"{p} ở vị trí thứ {r}" for p, r in zip(pillars, ranks))
    text = (f"Tỉnh tiếp tục tăng 5 bậc so với năm 2022, {words} {rank}/63 tỉnh, thành phố trong cả nước. Trong đó, "
            f"{listed} trong 63 tỉnh, thành phố.")
    assert loud(text, "AR001") == [], text


# ---------------------------------------------------------------- a clause after the comparison
@given(st.integers(100, 5000), st.integers(5, 90), st.integers(10, 900),
       st.sampled_from(["xử phạt", "khởi tố", "đã xử lý", "chuyển cơ quan điều tra"]),
       st.sampled_from(["so với cùng kỳ năm trước", "so với cùng kỳ", "so với năm 2022"]))
def test_a_clause_after_the_comparison_holds_its_own_figure(now, change, other, verb, comparison):
    text = f"Lực lượng chức năng đã phát hiện {vn(now)} vụ, tăng {change} vụ {comparison}, {verb} {vn(other)} vụ."
    assert loud(text, "AR005") == [], text


@given(st.integers(100, 5000), st.integers(5, 90), st.integers(1, 40), st.sampled_from([" (", " là ", ": "]))
def test_the_earlier_value_linked_after_the_comparison_is_still_read(now, change, off, link):
    old = now - change - off  # the change stated does not fit: now − old = change + off
    close = ")" if link == " (" else ""
    text = f"Lực lượng chức năng đã phát hiện {vn(now)} vụ, tăng {change} vụ so với cùng kỳ năm trước{link}{vn(old)} vụ{close}."
    assert loud(text, "AR005") == [("AR005", 1)], text


# ---------------------------------------------------------------- a round approximate amount
@given(st.sampled_from(["trên 01", "hơn 1", "khoảng 2", "gần 3", "trên 5"]), st.integers(11, 99),
       st.sampled_from(["thiệt hại do thiên tai", "giá trị thiệt hại", "thiệt hại về tài sản"]))
def test_a_round_approximate_amount_is_no_unit_slip(big, small, what):
    text = (f"Xử phạt 163 vụ với tổng số tiền hơn {small // 10},{small % 10} tỷ đồng. Tổng {what} ước tính {big} "
            f"nghìn tỷ đồng.")
    assert loud(text, "AR021") == [], text


def test_a_precise_amount_a_thousand_times_too_large_still_warns():
    text = "Chi thường xuyên là hơn 222.000 tỷ đồng. Chi trả nợ lãi đạt hơn 31.000 nghìn tỷ đồng."
    assert loud(text, "AR021") == [("AR021", 1)], text


# ---------------------------------------------------------------- the plan named after its word
PLAN_LABELS = ["kế hoạch năm nay là", "kế hoạch năm 2024 là", "kế hoạch giao là", "kế hoạch:", "chỉ tiêu được giao là",
               "chỉ tiêu năm là"]


@given(st.integers(5_000, 90_000), st.integers(60, 140), st.sampled_from(PLAN_LABELS), st.booleans(), st.booleans())
def test_a_plan_named_after_its_word(plan, rate, label, bracket, broken):
    done = plan * rate // 100
    stated = rate + (12 if broken else 0)
    fulfil = f"đạt {stated}% {label} {vn(plan)} người"
    text = (f"Toàn tỉnh đã giải quyết việc làm mới cho {vn(done)} lao động "
            + (f"({fulfil})." if bracket else f", {fulfil}."))
    assert bool(loud(text, "AR037")) == broken, text


@given(st.integers(5_000, 90_000), st.integers(60, 140))
def test_a_figure_of_another_clause_after_the_plan_is_no_plan(plan, rate):
    done = plan * rate // 100
    text = f"Thu nội địa ước đạt {vn(done)} tỷ đồng, bằng {rate + 15}% dự toán năm, thu xổ số là {vn(plan)} tỷ đồng."
    assert loud(text, "AR037") == [], text


# ---------------------------------------------------------------- every kind named
PETITIONS = [["khiếu nại", "đơn khiếu nại"], ["tố cáo", "đơn tố cáo"], ["kiến nghị, phản ánh", "kiến nghị", "phản ánh"]]


@given(st.lists(st.integers(1, 900), min_size=3, max_size=3), st.data(), st.booleans(),
       st.sampled_from(["\nTrong đó: ", " Trong đó: ", ", trong đó "]))
def test_the_three_kinds_of_petition_make_the_total(values, data, broken, cue):
    order = data.draw(st.permutations(range(3)))
    labels = [data.draw(st.sampled_from(PETITIONS[k])) for k in order]
    total = sum(values) + (max(3, sum(values) // 6) if broken else 0)
    sep = "; " if cue != ", trong đó " else ", "
    listed = sep.join(f"{lab} {vn(v)} đơn" for lab, v in zip(labels, values))
    end = "." if cue != ", trong đó " else "."
    text = f"Trong năm, UBND huyện đã tiếp nhận {vn(total)} đơn thư của công dân{'.' if cue != ', trong đó ' else ''}{cue}{listed}{end}"
    found = loud(text, "AR001")
    assert bool(found) == broken, text


@given(st.lists(st.integers(1, 900), min_size=2, max_size=2), st.integers(3, 900))
def test_two_kinds_of_petition_may_leave_the_third_out(values, rest):
    total = sum(values) + rest
    text = f"UBND huyện đã tiếp nhận {vn(total)} đơn. Trong đó: khiếu nại {values[0]} đơn; tố cáo {values[1]} đơn."
    assert loud(text, "AR001") == [], text


GRADES = [["giải nhất", "giải Nhất"], ["giải nhì", "giải Nhì"], ["giải ba", "giải Ba"], ["giải khuyến khích", "giải Khuyến khích"]]


@given(st.lists(st.integers(1, 300), min_size=4, max_size=4), st.data(), st.booleans(),
       st.sampled_from([", trong đó ", ", trong đó có ", ", gồm "]))
def test_prizes_of_every_grade_make_the_total(values, data, broken, cue):
    labels = [data.draw(st.sampled_from(g)) for g in GRADES]
    total = sum(values) + (max(3, sum(values) // 6) if broken else 0)
    listed = ", ".join(f"{v} {lab}" for v, lab in zip(values[:3], labels[:3])) + f" và {values[3]} {labels[3]}"
    text = f"Kỳ thi học sinh giỏi vừa kết thúc với tổng cộng {vn(total)} giải được trao cho các thí sinh{cue}{listed}."
    assert bool(loud(text, "AR001")) == broken, text


@given(st.lists(st.integers(1, 300), min_size=3, max_size=3), st.integers(5, 300))
def test_prizes_without_every_grade_are_some_of_them(values, rest):
    total = sum(values) + rest
    text = (f"Kỳ thi vừa kết thúc với tổng cộng {vn(total)} giải, trong đó {values[0]} giải nhất, {values[1]} giải nhì "
            f"và {values[2]} giải ba.")
    assert loud(text, "AR001") == [], text


# ---------------------------------------------------------------- harvests: vạn, colons, two yields
@given(st.integers(50, 400), st.integers(40, 70), st.booleans(), st.sampled_from(["nghìn ha", "ngàn ha"]))
def test_an_output_in_van_tan(area10, yield_, broken, unit):
    area = area10 / 10  # nghìn ha, one decimal
    output = area * yield_ / 10  # nghìn ha × tạ/ha = nghìn tạ; /10 → nghìn tấn; /10 → vạn tấn
    van = output / 10 * (1.25 if broken else 1)
    text = (f"Ngô {fmt(area, 1)} {unit}, vượt 0,1% kế hoạch, năng suất ước đạt {yield_} tạ/ha, sản lượng "
            f"{fmt(van, 2)} vạn tấn.")
    assert bool(loud(text, "AR038")) == broken, text


@given(st.integers(100, 900), st.integers(40, 70), st.integers(100, 900), st.booleans())
def test_a_crops_clause_after_a_colon(area, yield_, other, broken):
    output = area * yield_ / 10 * (0.85 if broken else 1)
    text = (f"+ Diện tích lúa đạt {vn(area + other)}ha tăng 13,6% so với cùng kỳ: Lúa vụ Chiêm Xuân trồng đạt "
            f"{vn(area)}ha, năng suất đạt {yield_} tạ/ha, sản lượng đạt {fmt(output, 1)}tấn; lúa vụ mùa đạt "
            f"{vn(other)}ha.")
    assert bool(loud(text, "AR038")) == broken, text


@given(st.integers(5_000, 20_000), st.integers(50, 60), st.integers(40, 49), st.integers(10, 30))
def test_two_yields_beside_one_output_say_nothing(area, rice, maize, output):
    text = (f"Toàn tỉnh đã thu hoạch lúa trên diện tích {vn(area)} ha, đạt 66,2% diện tích. Năng suất lúa ước đạt "
            f"{rice} tạ/ha, ngô đạt {maize} tạ/ha, tổng sản lượng cây lương thực có hạt ước đạt {output} vạn tấn.")
    assert loud(text, "AR038") == [], text


def test_van_is_ten_thousand_in_lower_case_only():
    from checker.extract import build_document, numbers
    doc = build_document("Sản lượng đạt 8,7 vạn tấn; đoàn 2 Vạn Ninh tham gia.")
    toks = [t for b in doc.blocks for t in numbers(doc, b)]
    assert [(t.text, int(t.scale)) for t in toks] == [("8,7", 10_000), ("2", 1)]


# ---------------------------------------------------------------- probe 18: a shortfall, addresses, measures
@given(st.integers(20, 300), st.integers(1, 9), st.integers(1, 19),
       st.sampled_from(["thiếu", "hụt"]), st.sampled_from(["đại biểu nữ", "đại biểu tái cử", "đại biểu trẻ tuổi"]))
def test_a_shortfall_before_trong_do_is_no_total(elected, short, some, word, label):
    text = (f"Huyện bầu được {elected} đại biểu, {word} {short} đại biểu so với số lượng được bầu. "
            f"Trong đó có {short + some} {label}.")
    assert loud(text, "AR001") == [], text


@given(st.integers(3, 30), st.lists(st.integers(1, 12), min_size=2, max_size=4),
       st.sampled_from(["TDP", "tổ dân phố", "khu phố", "xóm"]))
def test_numbers_of_an_address_are_no_parts(people, numbers, unit):
    names = ["ông Đăng", "bà Tạo", "ông Hùng", "bà Lan"]
    listed = ", ".join(f"{n} ở {unit} {k}" for n, k in zip(names, numbers))
    text = f"Trong tháng, huyện tiếp {people} lượt công dân gồm: {listed}."
    assert loud(text, "AR001") == [], text


@given(st.integers(2, 9), st.integers(150, 900),
       st.sampled_from([("Thu ngân sách trên địa bàn", "giá trị sản xuất nông nghiệp"),
                        ("Tổng số tiền xử phạt", "tổng giá trị sản xuất công nghiệp"),
                        ("Kinh phí hỗ trợ hộ nghèo", "doanh thu thương mại dịch vụ")]))
def test_amounts_of_measures_of_their_own_are_no_unit_slip(small, ratio, names):
    a, b = names
    text = f"{a} đạt {small} tỷ đồng; {b} đạt {vn(small * ratio)} tỷ đồng."
    assert loud(text, "AR021") == [], text


REGIONS = ["Trung du và miền núi phía Bắc", "Đồng bằng sông Hồng", "Bắc Trung bộ và duyên hải miền Trung",
           "Tây Nguyên", "Đông Nam Bộ", "Đồng bằng sông Cửu Long"]


@given(st.lists(st.integers(1_000, 900_000), min_size=6, max_size=6), st.booleans(),
       st.sampled_from(["phân theo các khu vực như sau: ", "phân theo vùng như sau: ", "chia theo vùng: "]))
def test_a_distribution_by_region_makes_the_total(values, broken, cue):
    total = sum(values) + (max(90, sum(values) // 50) if broken else 0)
    listed = "; ".join(f"{r} {vn(v)} hộ" for r, v in zip(REGIONS, values))
    text = f"Tổng số hộ nghèo cả nước là {vn(total)} hộ {cue}{listed}."
    assert bool(loud(text, "AR001")) == broken, text


# ---------------------------------------------------------------- a part over its whole, as reports write it
@given(st.integers(200, 9000), st.integers(50, 98), st.booleans(),
       st.sampled_from([("hồ sơ", "", ""), ("thí sinh", " đỗ tốt nghiệp", " dự thi"), ("hộ", " sử dụng nước sạch", ""),
                        ("học sinh", " được công nhận tốt nghiệp THCS", " lớp 9")]),
       st.sampled_from([" trên tổng số ", " trong tổng số ", "/"]), st.booleans())
def test_a_part_over_its_whole(whole, pct, broken, noun, link, unit_once):
    word, label, after = noun
    part = whole * pct // 100
    stated = Fraction(round(Fraction(part * 1000, whole)), 10) + (7 if broken else 0)
    first = f"{vn(part)}" if unit_once and link != "/" else f"{vn(part)} {word}{label}"
    text = f"Kết quả có {first}{link}{vn(whole)} {word}{after}, đạt tỷ lệ {vn_dec(stated, 1)}%."
    assert bool(loud(text, "AR003")) == broken, text


@given(st.integers(1, 9), st.integers(10, 99), st.sampled_from(["trong", "trên", "và", "của"]))
def test_a_sentence_word_after_a_figure_is_no_unit(a, b, word):
    from checker.extract import build_document, numbers
    doc = build_document(f"Đã giải quyết {a}.{b:03d} {word} tổng số 5.000 hồ sơ.")
    first = [t for blk in doc.blocks for t in numbers(doc, blk)][0]
    assert first.unit == "", (word, first.unit)


# ---------------------------------------------------------------- sets of three, all named; the rest after "và"
THREES = [("hồ sơ", ["trực tuyến", "trực tiếp", "qua bưu chính"]),
          ("hồ sơ", ["trước hạn", "đúng hạn", "quá hạn"]),
          ("lượt", ["tiếp thường xuyên", "tiếp định kỳ", "tiếp đột xuất"])]


@given(st.sampled_from(THREES), st.lists(st.integers(10, 9000), min_size=3, max_size=3), st.booleans(),
       st.sampled_from([", trong đó ", ". Trong đó: ", ", trong đó: "]), st.permutations(range(3)))
def test_three_sides_all_named_make_the_total(kind, values, broken, cue, order):
    noun, labels = kind
    total = sum(values) + (max(7, sum(values) // 9) if broken else 0)
    sep = "; " if ":" in cue else ", "
    listed = sep.join(f"{labels[k]} {vn(v)} {noun}" for k, v in zip(order, values))
    text = f"Trong kỳ đã tiếp nhận {vn(total)} {noun}{cue}{listed}."
    assert bool(loud(text, "AR001")) == broken, text


@given(st.sampled_from(THREES), st.lists(st.integers(10, 9000), min_size=2, max_size=2), st.integers(5, 900))
def test_two_of_three_sides_may_leave_the_third_out(kind, values, rest):
    noun, labels = kind
    total = sum(values) + rest
    text = f"Trong kỳ đã tiếp nhận {vn(total)} {noun}, trong đó {labels[0]} {vn(values[0])} {noun}, {labels[1]} {vn(values[1])} {noun}."
    assert loud(text, "AR001") == [], text


@given(st.lists(st.integers(10, 9000), min_size=3, max_size=3), st.booleans(),
       st.sampled_from(["còn lại", "số còn lại là"]))
def test_the_rest_after_a_final_va_closes_the_list(values, broken, rest):
    total = sum(values) + (max(7, sum(values) // 9) if broken else 0)
    text = (f"Toàn huyện có {vn(total)} hộ nghèo, trong đó {vn(values[0])} hộ nghèo về thu nhập và {vn(values[1])} hộ "
            f"nghèo thiếu hụt dịch vụ xã hội cơ bản, {rest} {vn(values[2])} hộ thuộc diện khác.")
    assert bool(loud(text, "AR001")) == broken, text


# ---------------------------------------------------------------- plan rates: above the plan, and a bare rate
@given(st.integers(500, 9000), st.integers(1, 60), st.booleans(),
       st.sampled_from(["dự toán", "kế hoạch", "kế hoạch năm", "chỉ tiêu"]))
def test_a_rate_above_the_plan(plan, excess, broken, word):
    actual = plan * (100 + excess) // 100
    stated = Fraction(round(Fraction(actual * 1000, plan) - 1000), 10) + (9 if broken else 0)
    text = f"Thu ngân sách đạt {vn(actual)} tỷ đồng, vượt {vn_dec(stated, 1)}% {word} ({vn(plan)} tỷ đồng)."
    assert bool(loud(text, "AR037")) == broken, text


@given(st.integers(500, 9000), st.integers(40, 99), st.booleans(),
       st.sampled_from(["Kế hoạch giao", "Chỉ tiêu được giao là", "Kế hoạch năm 2024 là"]),
       st.sampled_from(["lao động", "hồ sơ"]))
def test_a_bare_rate_of_the_plan_stated_before_it(plan, pct, broken, label, noun):
    done = plan * pct // 100
    stated = Fraction(round(Fraction(done * 1000, plan)), 10) + (9 if broken else 0)
    text = f"{label} {vn(plan)} {noun}, đến nay đã thực hiện {vn(done)} {noun}, đạt {vn_dec(stated, 1)}%."
    assert bool(loud(text, "AR037", "AR003")) == broken, text


@given(st.integers(500, 9000), st.integers(40, 99),
       st.sampled_from([" so với cùng kỳ", " so với năm trước"]))
def test_a_rate_of_something_else_after_a_plan_is_no_fulfilment(plan, pct, compared):
    done = plan * pct // 100
    text = f"Kế hoạch giao {vn(plan)} lao động, đến nay đã giải quyết việc làm cho {vn(done)} lao động, đạt {pct + 7},0%{compared}."
    assert loud(text, "AR037") == [], text


# ---------------------------------------------------------------- probe 19: the stock raised, two counts before a cue
@given(st.integers(50, 900), st.integers(1, 49), st.integers(1_000, 90_000),
       st.sampled_from(["nâng tổng số đảng viên của huyện lên", "đưa tổng số đảng viên trong toàn Đảng bộ đạt"]),
       st.sampled_from(["đảng viên", "đồng chí"]))
def test_the_stock_the_new_members_raise_is_no_part(new, women, stock, clause, unit):
    text = f"Huyện kết nạp {new} đảng viên mới, trong đó {women} {unit} nữ, {clause} {vn(stock)} đảng viên."
    assert loud(text, "AR001") == [], text


@given(st.integers(5, 90), st.integers(50, 300), st.lists(st.integers(1, 60), min_size=2, max_size=4),
       st.sampled_from(["của 91 chủ thể, thuộc 4 nhóm sản phẩm", "thuộc 4 nhóm sản phẩm"]))
def test_a_cue_after_two_sibling_counts_breaks_down_both(four, three, parts, qualifier):
    if sum(parts) >= four + three:
        return
    parts = parts[:-1] + [four + three - sum(parts[:-1])]
    listed = "; ".join(f"{p} sản phẩm nhóm {k + 1}" for k, p in enumerate(parts))
    text = f"Toàn tỉnh có {four} sản phẩm OCOP 4 sao, {three} sản phẩm OCOP 3 sao {qualifier}, trong đó {listed}."
    assert loud(text, "AR001") == [], text


@given(st.integers(100, 900), st.lists(st.integers(10, 900), min_size=3, max_size=3))
def test_a_bracket_after_a_figure_is_its_own_even_when_it_sums_with_a_sibling(stored, kinds):
    eligible = sum(kinds) - stored
    if eligible <= 0:
        return
    text = (f"Toàn tỉnh tiếp nhận {vn(stored + eligible)} đơn, trong đó đơn lưu là {vn(stored)} đơn; đơn có đủ điều kiện "
            f"xử lý là {vn(eligible)} đơn (KN {vn(kinds[0])}, TC {vn(kinds[1])} và kiến nghị, đề nghị {vn(kinds[2])} đơn).")
    assert loud(text, "AR001") == [("AR001", 1)], text


# ---------------------------------------------------------------- people are one measure in a list closed by the rest
@given(st.lists(st.integers(10, 3000), min_size=3, max_size=3), st.lists(st.integers(10, 3000), min_size=3, max_size=3),
       st.booleans(), st.sampled_from([("bị can", "người", "nghi phạm"), ("bị can", "bị cáo", "người"),
                                       ("người", "người", "người")]))
def test_people_by_any_noun_in_a_list_closed_by_the_rest(cases, people, broken, nouns):
    shown = sum(people) + (max(9, sum(people) // 8) if broken else 0)
    text = (f"Trong 6 tháng, công an đã phát hiện {vn(sum(cases))} vụ, {vn(shown)} nghi phạm (so với cùng kỳ, tăng 538 vụ). "
            f"Cơ quan điều tra đã khởi tố {vn(cases[0])} vụ và {vn(people[0])} {nouns[0]}; xử lý hành chính {vn(cases[1])} "
            f"vụ và {vn(people[1])} {nouns[1]}; xử lý khác {vn(cases[2])} vụ và {vn(people[2])} {nouns[2]}.\n"
            f"Riêng trong tháng 6.2024, công an đã khám phá 274 vụ.")
    assert bool(loud(text, "AR001")) == broken, text


# ---------------------------------------------------------------- a rate named in its count's own words
@given(st.integers(200, 9000), st.integers(50, 98), st.booleans(),
       st.sampled_from([("thí sinh", "đỗ tốt nghiệp", "đỗ"), ("học sinh", "được công nhận tốt nghiệp", "tốt nghiệp"),
                        ("hồ sơ", "giải quyết đúng hạn", "giải quyết đúng hạn"), ("hộ", "sử dụng nước sạch", "sử dụng")]))
def test_a_rate_named_in_its_counts_words(whole, pct, broken, words):
    noun, label, rate = words
    part = whole * pct // 100
    stated = Fraction(round(Fraction(part * 1000, whole)), 10) + (7 if broken else 0)
    text = f"Tổng số {vn(whole)} {noun}, có {vn(part)} {noun} {label}, tỷ lệ {rate} đạt {vn_dec(stated, 1)}%."
    assert bool(loud(text, "AR003")) == broken, text


@given(st.integers(200, 9000), st.integers(50, 98), st.sampled_from(["quá hạn", "bỏ học", "tái nghèo"]))
def test_a_rate_named_in_other_words_is_of_something_else(whole, pct, other):
    part = whole * pct // 100
    text = f"Tổng số {vn(whole)} hồ sơ, có {vn(part)} hồ sơ đúng hạn, tỷ lệ {other} là {100 - pct + 3},0%."
    assert loud(text, "AR003") == [], text


# ---------------------------------------------------------------- probe 20
@given(st.integers(5_000, 90_000), st.data(), st.sampled_from([", trong đó ", ", gồm "]))
def test_insurance_schemes_overlap(total, data, cue):
    schemes = data.draw(st.lists(st.sampled_from(["BHXH bắt buộc", "BHXH tự nguyện", "BHYT", "BHTN", "bảo hiểm y tế"]),
                                 min_size=2, max_size=3, unique=True))
    if all(x.startswith("BHXH") for x in schemes):
        return  # two kinds of one scheme split it (below)
    values = [data.draw(st.integers(100, total)) for _ in schemes]
    listed = ", ".join(f"{x} {vn(v)} người" for x, v in zip(schemes, values))
    text = f"Toàn huyện có {vn(total)} người tham gia bảo hiểm{cue}{listed}."
    assert loud(text, "AR001") == [], text


@given(st.integers(1_000, 90_000), st.integers(100, 900), st.booleans())
def test_two_kinds_of_one_scheme_still_split_it(compulsory, voluntary, broken):
    total = compulsory + voluntary + (max(50, (compulsory + voluntary) // 8) if broken else 0)
    text = (f"Số người tham gia BHXH là {vn(total)} người. Trong đó, tham gia BHXH bắt buộc {vn(compulsory)} người; "
            f"BHXH tự nguyện {vn(voluntary)} người.")
    assert bool(loud(text, "AR001")) == broken, text


@given(st.lists(st.integers(1, 30), min_size=2, max_size=2), st.lists(st.integers(1, 30), min_size=2, max_size=2))
def test_a_part_of_the_clause_before_is_no_total(first, second):
    text = (f"Có {sum(first)} em đạt giải, trong đó {first[0]} giải nhất, {first[1]} giải ba; {sum(second) + 3} em khác đạt "
            f"giải, trong đó {second[0]} giải nhất, {second[1]} giải nhì.")
    found = loud(text, "AR001")
    assert all(f"{first[1]} giải" not in m for m in [f.message for f in check_text(text, RULES).findings]), text
    assert found in ([], [("AR001", 1)]), text


@given(st.integers(50, 99), st.integers(50, 99), st.integers(100, 999))
def test_a_fraction_in_a_rates_bracket_is_that_rates(p1, p2, base):
    a = base * p1 // 100
    exact1 = Fraction(round(Fraction(a * 1000, base)), 10)
    b = base * p2 // 100
    exact2 = Fraction(round(Fraction(b * 1000, base)), 10)
    text = (f"Tỷ lệ đi học đúng độ tuổi ở tiểu học đạt {vn_dec(exact1, 1)}% ({vn(a)}/{vn(base)} em), ở THCS đạt "
            f"{vn_dec(exact2, 1)}% ({vn(b)}/{vn(base)} em).")
    assert loud(text, "AR003") == [], text


@given(st.integers(10, 99), st.lists(st.integers(1, 90), min_size=2, max_size=3))
def test_a_rate_with_its_decimals_lost_is_no_total(rate, parts):
    listed = ", ".join(f"thu {w} {p} tỷ đồng" for w, p in zip(["thuế", "phí", "khác"], parts))
    text = f"Thu ngân sách xã đạt {sum(parts)} tỷ đồng, bằng {rate},% dự toán, trong đó {listed}."
    assert loud(text, "AR001") == [], text


@given(st.lists(st.integers(10, 9000), min_size=4, max_size=4), st.booleans())
def test_kinds_of_a_crop_class_with_glued_units_are_parts(areas, broken):
    total = sum(areas) + (max(30, sum(areas) // 8) if broken else 0)
    text = (f"Vụ Đông Xuân, chỉ tiêu trồng trọt {vn(total)}ha. Cụ thể, diện tích lúa {vn(areas[0])}ha; bắp "
            f"{vn(areas[1])}ha; rau các loại {vn(areas[2])}ha; đậu các loại {vn(areas[3])}ha.")
    found = loud(text, "AR001")
    assert bool(found) == broken, text


# ---------------------------------------------------------------- heldout9 (after its one scoring)
@given(st.lists(st.integers(1, 9), min_size=3, max_size=5), st.integers(2, 9), st.integers(1, 9))
def test_the_last_item_of_a_comma_list_is_no_total(items, big, small):
    places = ["Đăk Hà", "Kon Tum", "Sa Thầy", "Kon Rẫy", "Ngọc Hồi"]
    listed = ", ".join(f"{p} {k:02d} vụ" for p, k in zip(places, items))
    text = (f"Trong tháng xảy ra {sum(items)} vụ tai nạn giao thông. Địa bàn: {listed}. Trong đó, {big:02d} vụ tai nạn "
            f"giao thông thì có {small:02d} vụ rất nghiêm trọng và {big:02d} vụ nghiêm trọng.")
    assert all(f"Tổng {items[-1]:02d} vụ" not in f.message for f in check_text(text, RULES).findings), text


@given(st.lists(st.integers(100, 9000), min_size=2, max_size=2), st.integers(100, 3000), st.booleans())
def test_a_cereal_total_is_of_cereals_only(cereals, tobacco, with_tobacco):
    total = sum(cereals)
    other = f"; thuốc lá trồng được 1.014 ha, sản lượng {vn(tobacco)} tấn" if with_tobacco else ""
    text = (f"Tổng sản lượng lương thực có hạt ước đạt {vn(total)} tấn. Cụ thể: lúa xuân gieo trồng 238 ha, sản lượng "
            f"{vn(cereals[0])} tấn; cây ngô trồng được 5.714 ha, sản lượng {vn(cereals[1])} tấn{other}.")
    assert loud(text, "AR001") == [], text


@given(st.lists(st.integers(100, 9000), min_size=2, max_size=2), st.integers(50, 900))
def test_a_cereal_total_of_its_cereals_still_adds_up(cereals, off):
    text = (f"Tổng sản lượng lương thực có hạt ước đạt {vn(sum(cereals) + off)} tấn. Cụ thể: lúa xuân gieo trồng 238 ha, "
            f"sản lượng {vn(cereals[0])} tấn; cây ngô trồng được 5.714 ha, sản lượng {vn(cereals[1])} tấn.")
    assert loud(text, "AR001") == [("AR001", 1)], text


@given(st.integers(100, 999), st.integers(1, 9), st.integers(10, 99), st.integers(8, 60),
       st.sampled_from(["tấn", "ha", "tỷ đồng"]))
def test_a_decimal_written_with_a_space_is_no_figure(whole, tenth, area, yield_, unit):
    text = (f"Toàn huyện còn thực hiện được {area} ha lúa nương, năng suất ước đạt {yield_} tạ/ha, sản lượng ước đạt "
            f"{whole}, {tenth} {unit}.")
    assert loud(text, "AR038", "AR001") == [], text
    from checker.extract import build_document, numbers
    doc = build_document(text)
    assert f"{whole}" not in [t.text for b in doc.blocks for t in numbers(doc, b)]


@given(st.integers(10, 99), st.integers(1, 9), st.sampled_from(["gần", "khoảng", "hơn", "trên", "ước", "tiền"]),
       st.integers(1, 9))
def test_a_spaced_decimal_after_a_qualifier_is_no_figure(whole, tenth, word, part):
    # "với tổng số tiền gần 14, 5 tỷ đồng, trong đó …" (faprobe21 s15): "5 tỷ đồng" is no total
    text = (f"Phòng đã chi trả chế độ với tổng số {word} {whole}, {tenth} tỷ đồng, trong đó trợ cấp có công trên "
            f"{part + 5},2 tỷ đồng, trợ cấp xã hội trên {part},8 tỷ đồng.")
    assert loud(text, "AR001") == [], text
