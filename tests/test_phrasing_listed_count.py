"""A count of named things against the names listed with it (issue 14, AR045): "cả nước có 13
tỉnh thành đạt kim ngạch từ 1 tỷ USD trở lên. Đó là: Bắc Giang, …" with eleven names. The
families are drawn from how reports list names: an opener word, a colon, a parenthesis or the
next sentence ("Đó là:"); names with or without their prefix ("tỉnh Bắc Giang", "em Nguyễn Văn
An"); organisations whose names hold commas and "và"; counts with a leading zero; a list that
ends the sentence or a clause. A list that is a selection, left open, holds figures, or follows
an approximate count is never judged."""
from __future__ import annotations

from hypothesis import given, strategies as st

from checker import check_text, load_ruleset

AR045 = load_ruleset().select(["AR045"])

PROVINCES = ["Bắc Giang", "Bắc Ninh", "Bình Dương", "Đồng Nai", "Hà Nội", "Hải Dương", "Hải Phòng", "Long An",
             "Tây Ninh", "TP.HCM", "Thái Nguyên", "Quảng Ninh", "Bà Rịa - Vũng Tàu", "Thừa Thiên Huế", "Cần Thơ",
             "TP. Hồ Chí Minh", "Đắk Lắk"]
COMMUNES = ["Tân An", "Tân Bình", "Tân Hòa", "Tân Phú", "Tân Lập", "Phước Long", "Ea Kar", "Cư Jút", "Đức Thắng",
            "Hòa Bình", "Thạnh Mỹ Lợi"]
PEOPLE = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Minh Đức", "Vũ Thị Giang",
          "Đặng Quốc Hưng", "Bùi Thị Lan"]
ORGS = ["Sở Nội vụ", "Sở Văn hóa, Thể thao và Du lịch", "Sở Tư pháp", "Sở Kế hoạch và Đầu tư", "Sở Tài chính",
        "Sở Lao động - Thương binh và Xã hội", "Sở Y tế", "Ban Dân tộc", "Sở Giao thông vận tải"]

# (noun after the count, prefixes a name may carry, names)
FAMILIES = [
    ("tỉnh thành", ["", ""], PROVINCES),
    ("tỉnh", ["", "tỉnh "], PROVINCES),
    ("tỉnh, thành phố", ["", ""], PROVINCES),
    ("địa phương", ["", ""], PROVINCES),
    ("xã", ["", "xã "], COMMUNES),
    ("học sinh", ["em ", "em "], PEOPLE),
    ("đồng chí", ["đồng chí ", ""], PEOPLE),
    ("cá nhân", ["ông ", "bà "], PEOPLE),
    ("sở", ["", ""], ORGS),
    ("đơn vị", ["", ""], ORGS),
]
SUBJECTS = ["Năm 2023, huyện có", "Quý I cả nước có", "Toàn tỉnh có", "Đến nay đã có", "Hội thi có", "Đoàn làm việc với"]
LABELS = ["", " đạt chuẩn nông thôn mới", " tham gia", " đạt giải", " được khen thưởng",
          " đạt kim ngạch xuất khẩu từ 1 tỷ USD trở lên", " có kết quả cao nhất"]
# (before the list, after it): same sentence, or the next sentence (at most a warning)
OPENERS = [(", gồm: ", ""), (" gồm: ", ""), (", bao gồm ", ""), (" gồm ", ""), (" là ", ""), (": ", ""),
           (" (", ")"), (", cụ thể: ", ""), (". Đó là: ", ""), (". Cụ thể: ", ""), (". Đó là các ", "")]
ENDS = [".", "; với tổng kinh phí hỗ trợ 12 tỷ đồng.", "; kết quả này tăng 2 bậc so với năm trước.", ""]


def listed(names: list[str], prefixes: list[str], data, and_last: bool) -> str:
    items = [data.draw(st.sampled_from(prefixes)) + n for n in names]
    if and_last and len(items) > 1:
        return ", ".join(items[:-1]) + " và " + items[-1]
    return ", ".join(items)


def count_text(n: int, zero: bool, of: int = 0) -> str:
    """The count as written: "05", or "17/63" (the listed ones of all)."""
    out = f"0{n}" if zero and n < 10 else str(n)
    return f"{out}/{of}" if of > n else out


@given(st.data(), st.sampled_from(FAMILIES), st.sampled_from(SUBJECTS), st.sampled_from(LABELS),
       st.sampled_from(OPENERS), st.sampled_from(ENDS), st.booleans(), st.booleans(), st.integers(-3, 3),
       st.sampled_from([0, 0, 63, 105]))
def test_a_count_and_its_names(data, family, subject, label, opener, end, zero, and_last, off, of):
    noun, prefixes, pool = family
    names = data.draw(st.lists(st.sampled_from(pool), min_size=2, max_size=len(pool), unique=True))
    stated = len(names) + off
    if stated < 2:
        return
    before, after = opener
    text = f"{subject} {count_text(stated, zero, of)} {noun}{label}{before}{listed(names, prefixes, data, and_last)}" \
           f"{after}{end or ''}"
    found = [(f.code, f.span.line, f.severity) for f in check_text(text, AR045).findings]
    if off == 0:
        assert found == [], text
    else:
        severity = "warning" if before.startswith(". ") else "error"
        assert found == [("AR045", 1, severity)], text


PARTIAL = [(" như: ", ""), (", trong đó có ", ""), (", tiêu biểu là ", ""), (", điển hình như ", ""),
           (" gồm ", " v.v."), (" gồm: ", "…"), (", gồm: ", " và các địa phương khác"), (" gồm ", " và một số nơi khác"),
           (". Tiêu biểu là ", "")]


@given(st.data(), st.sampled_from(FAMILIES[:5]), st.sampled_from(PARTIAL), st.integers(1, 5))
def test_a_selection_or_an_open_list_is_not_counted(data, family, opener, more):
    noun, prefixes, pool = family
    names = data.draw(st.lists(st.sampled_from(pool), min_size=2, max_size=len(pool), unique=True))
    before, after = opener
    text = f"Toàn tỉnh có {len(names) + more} {noun} đạt chuẩn{before}{listed(names, prefixes, data, True)}{after}."
    assert check_text(text, AR045).findings == [], text


@given(st.data(), st.sampled_from(FAMILIES[:5]), st.sampled_from(["hơn", "gần", "khoảng", "trên", "ước"]),
       st.integers(1, 5))
def test_an_approximate_count_is_not_counted(data, family, approx, more):
    noun, prefixes, pool = family
    names = data.draw(st.lists(st.sampled_from(pool), min_size=2, max_size=len(pool), unique=True))
    text = f"Toàn tỉnh có {approx} {len(names) + more} {noun} tham gia, gồm: {listed(names, prefixes, data, True)}."
    assert check_text(text, AR045).findings == [], text


@given(st.data(), st.sampled_from(FAMILIES[:5]), st.integers(1, 3))
def test_names_with_figures_are_parts_not_names(data, family, more):
    """"gồm: Hà Nội 12 dự án, Bắc Ninh 8 dự án": a breakdown by place, which AR001 reads."""
    noun, prefixes, pool = family
    names = data.draw(st.lists(st.sampled_from(pool), min_size=2, max_size=len(pool), unique=True))
    parts = ", ".join(f"{n} {k + 2} dự án" for k, n in enumerate(names))
    text = f"Có {len(names) + more} {noun} thu hút đầu tư, gồm: {parts}."
    assert check_text(text, AR045).findings == [], text


def test_items_that_are_not_names_say_nothing():
    for text in ["Huyện có 5 xã là các xã đặc biệt khó khăn.",
                 "Có 3 đơn vị gồm: văn phòng, kế toán và tổ chức.",
                 "Có 4 tỉnh: tăng trưởng cao, thu hút đầu tư tốt.",
                 "Có 3 tỉnh (chiếm 25% tổng số tỉnh) đạt chuẩn.",
                 "Có 2 xã gồm: Tân An: 12 hộ, Tân Bình: 8 hộ."]:
        assert check_text(text, AR045).findings == [], text


@given(st.data(), st.sampled_from(FAMILIES[4:5] + FAMILIES[:1]), st.integers(-2, 2), st.integers(2, 4))
def test_names_grouped_by_place_after_semicolons_say_nothing(data, family, off, groups):
    """"5 xã …, gồm Tam Mỹ Đông, Tam Giang của huyện Núi Thành; Điện Phong, Điện Phước, Điện Trung
    của thị xã Điện Bàn": the list goes on after each semicolon, so where it ends is not written."""
    noun, prefixes, pool = family
    names = data.draw(st.lists(st.sampled_from(pool), min_size=2 * groups, max_size=len(pool), unique=True))
    size = len(names) // groups
    chunks = [names[k * size:(k + 1) * size] for k in range(groups - 1)] + [names[(groups - 1) * size:]]
    places = ["huyện Núi Thành", "thị xã Điện Bàn", "huyện Phú Ninh", "thành phố Tam Kỳ"]
    listed_text = "; ".join(", ".join(c) + f" của {places[k]}" for k, c in enumerate(chunks))
    text = f"Theo đó {max(2, len(names) + off)} {noun} được công nhận lần này, gồm {listed_text}."
    assert check_text(text, AR045).findings == [], text


@given(st.data(), st.integers(20, 120), st.integers(2, 9), st.sampled_from(["học sinh đoạt giải", "em có giải"]))
def test_a_list_after_another_count_is_that_counts(data, pupils, firsts, what):
    """"90 học sinh đoạt giải, có 4 giải nhất ở các môn: Toán, Hóa học, …": the subjects are of the
    prizes, not of the pupils."""
    subjects = data.draw(st.lists(st.sampled_from(["Toán", "Hóa học", "Ngữ văn", "Lịch sử", "Vật lý", "Tiếng Anh"]),
                                  min_size=2, max_size=6, unique=True))
    text = f"Nghệ An xếp thứ ba với {pupils} {what}, có {firsts} giải nhất ở các môn: {', '.join(subjects)}."
    assert check_text(text, AR045).findings == [], text


def test_an_organisation_whose_name_holds_a_prefix_word_after_and():
    """"Sở Lao động - Thương binh và Xã hội": "xã" after "và" is of the name, not a commune."""
    lđtbxh = "Sở Lao động - Thương binh và Xã hội"
    for names, silent in [([lđtbxh, "Sở Nội vụ"], 2), (["Sở Nội vụ", lđtbxh], 2), (["Sở Y tế", lđtbxh, "Sở Tư pháp"], 3)]:
        for stated in (silent - 1, silent, silent + 1):
            if stated < 2:
                continue
            text = f"Năm 2023, huyện có {stated} sở, gồm: {', '.join(names)}."
            found = [(f.code, f.span.line) for f in check_text(text, AR045).findings]
            assert found == ([] if stated == silent else [("AR045", 1)]), text


@given(st.data(), st.sampled_from(FAMILIES), st.sampled_from(SUBJECTS), st.sampled_from(LABELS[:5]),
       st.sampled_from([", gồm:", " gồm:", ", bao gồm:", ", cụ thể như sau:", " là:", ":", ", gồm có:"]),
       st.sampled_from(["- ", "+ ", "-  "]), st.sampled_from([";", ".", ",", ""]), st.integers(-2, 2))
def test_names_listed_as_items_after_a_colon(data, family, subject, label, opener, mark, end, off):
    """"Năm 2023, huyện có 4 xã đạt chuẩn nông thôn mới, gồm:" then one name an item ("- Xã Tân
    An;"): the items are the list."""
    noun, prefixes, pool = family
    names = data.draw(st.lists(st.sampled_from(pool), min_size=2, max_size=len(pool), unique=True))
    names = [n for n in names if "," not in n] or names[:1]
    if len(names) < 2:
        return
    stated = len(names) + off
    if stated < 2:
        return
    items = "\n".join(f"{mark}{data.draw(st.sampled_from(prefixes))}{n}{end}" for n in names)
    text = f"{subject} {stated} {noun}{label}{opener}\n{items}\n"
    found = [(f.code, f.span.line) for f in check_text(text, AR045).findings]
    assert found == ([] if off == 0 else [("AR045", 1)]), text


@given(st.data(), st.sampled_from(FAMILIES[:5]), st.integers(1, 3), st.sampled_from([
    (" như:", "{n};"), (", tiêu biểu là:", "{n};"), (", gồm:", "{n}: đạt 19/19 tiêu chí;"), (", gồm:", "{n} (đạt chuẩn năm 2020);"),
    (", gồm:", "{n}, {n2};"), (", gồm:", "{n} và các xã lân cận;")]))
def test_items_that_are_no_list_of_names_say_nothing(data, family, more, shape):
    noun, prefixes, pool = family
    names = data.draw(st.lists(st.sampled_from(pool), min_size=4, max_size=len(pool), unique=True))
    opener, item = shape
    lines = "\n".join("- " + item.format(n=a, n2=b) for a, b in zip(names[::2], names[1::2]))
    text = f"Toàn tỉnh có {len(names) // 2 + more} {noun} đạt chuẩn{opener}\n{lines}\n"
    assert check_text(text, AR045).findings == [], text
