"""Families read wrongly on a ninth probe of real text (issue 14): customs revenue, housing stock.

* "có 3 đơn vị đạt số thu trên 10.000 tỷ đồng gồm: Cục A thu …; Cục B thu …": a bound right
  after a count of members is the mark each passed, not the sum of theirs (AR001);
* "7 Cục Hải quan đã thu vượt chỉ tiêu dự toán cả năm gồm: Cục A thu 252,639 tỷ đồng, bằng
  274,61% chỉ tiêu dự toán; Cục B thu 174 tỷ đồng, bằng 200,1% …": the plan word before a list
  labels no member's figure, each rate is of the member's own plan (AR037);
* "trong đó chung cư có 2.999 căn; nhà ở riêng lẻ có 7.045 căn": the "riêng" of "riêng lẻ" is an
  adjective of a label; "riêng" opens parts only at a clause's head (AR001).
"""
from __future__ import annotations

from fractions import Fraction

from hypothesis import given, strategies as st

from _vn import vn, vn_dec

from checker import check_text, load_ruleset

RULES = load_ruleset()

MEMBERS = [("đơn vị", ["Cục Hải quan TP.HCM", "Cục Hải quan Hải Phòng", "Cục Hải quan Bình Dương",
                       "Cục Hải quan Đồng Nai"]),
           ("tỉnh", ["Bắc Ninh", "Bình Dương", "Đồng Nai", "Hải Phòng"]),
           ("doanh nghiệp", ["Công ty A", "Công ty B", "Công ty C", "Công ty D"]),
           ("huyện", ["huyện Tân Phú", "huyện Định Quán", "huyện Xuân Lộc", "huyện Long Thành"])]
MEASURES = [("đạt số thu", "tỷ đồng", "thu được"), ("có kim ngạch xuất khẩu", "triệu USD", "đạt"),
            ("có doanh thu", "tỷ đồng", "đạt"), ("thu hút vốn đầu tư", "triệu USD", "thu hút")]


def loud(text: str) -> list:
    return [(f.code, f.span.line) for f in check_text(text, RULES).findings
            if f.category == "arithmetic" and f.severity != "info"]


@given(st.sampled_from(MEMBERS), st.sampled_from(MEASURES), st.integers(2, 4),
       st.sampled_from(["trên", "hơn", "dưới", "tối thiểu", "vượt mốc"]), st.integers(1, 90),
       st.sampled_from([" gồm: ", ", gồm: ", " là: ", ", cụ thể: ", " gồm "]), st.data())
def test_a_bound_after_a_count_of_members_is_no_total(members, measure, n, bound, mark, opener, data):
    noun, names = members
    label, unit, verb = measure
    amounts = [data.draw(st.integers(mark * 100 + 1, mark * 900)) for _ in range(n)]
    items = "; ".join(f"{name} {verb} {vn(a)} {unit}" for name, a in zip(names, amounts))
    text = f"Trong số đó, có {n} {noun} {label} {bound} {vn(mark * 100)} {unit}{opener}{items}."
    assert loud(text) == [], text


@given(st.sampled_from(["hơn", "trên", "khoảng"]), st.integers(3_000, 9_000), st.integers(2, 3), st.data())
def test_an_approximate_total_of_its_own_parts_is_still_checked(qualifier, total, n, data):
    """No count of members before it: "Tỉnh thu được hơn 9.000 tỷ đồng, gồm: …" sums its parts."""
    parts = [data.draw(st.integers(100, total // (2 * n))) for _ in range(n)]
    labels = ["thuế nội địa", "thu xuất nhập khẩu", "thu khác"]
    items = ", ".join(f"{lab} {vn(p)} tỷ đồng" for lab, p in zip(labels, parts))
    text = f"Năm 2023, tỉnh thu được {qualifier} {vn(total)} tỷ đồng, gồm: {items}."
    assert loud(text) == [("AR001", 1)], text


@given(st.lists(st.tuples(st.integers(50, 3_000), st.integers(80, 300)), min_size=2, max_size=5),
       st.sampled_from(["thu vượt chỉ tiêu dự toán cả năm", "đã hoàn thành kế hoạch năm", "đạt trên 100% dự toán",
                        "vượt kế hoạch được giao"]),
       st.sampled_from([" gồm: ", ", bao gồm: ", ", cụ thể: ", " như: "]),
       st.sampled_from(["bằng", "đạt"]), st.booleans())
def test_a_plan_word_before_a_list_labels_no_member(members, done, opener, link, with_total):
    names = ["Cục Hải quan Điện Biên", "Cục Hải quan Cà Mau", "Cục Hải quan Tây Ninh", "Cục Hải quan Cao Bằng",
             "Cục Hải quan Quảng Nam"]
    items = "; ".join(f"{name} thu {vn(a)} tỷ đồng, {link} {r}% chỉ tiêu dự toán"
                      for name, (a, r) in zip(names, members))
    text = f"Hiện có {len(members)} Cục Hải quan địa phương {done}{opener}{items}."
    if with_total:
        text += f"\nSố thu toàn Ngành được hơn {vn(155_225)} tỷ đồng, bằng 59,7% chỉ tiêu dự toán."
    assert loud(text) == [], text


@given(st.integers(500, 9_000), st.integers(500, 9_000), st.integers(500, 9_000),
       st.sampled_from(["riêng lẻ", "riêng biệt"]), st.sampled_from(["; ", ", "]), st.booleans())
def test_riêng_inside_a_label_opens_no_parts(a, b, c, word, sep, approx):
    total = a + b + c
    about = "vào khoảng " if approx else ""
    text = (f"Lượng tồn kho bất động sản trong quý 2/2024 {about}{vn(total)} căn, nền (bao gồm chung cư, nhà ở "
            f"{word}, đất nền), trong đó chung cư có {vn(a)} căn{sep}nhà ở {word} có {vn(b)} căn{sep}đất nền có "
            f"{vn(c)} nền. Trong quý 1/2024 có {vn(a + b)} giao dịch nhà ở {word} và chung cư, có {vn(c)} giao dịch "
            f"đất nền.")
    assert loud(text) == [], text


@given(st.integers(100, 900), st.integers(1, 50), st.sampled_from(["; riêng", ", riêng", "; trong đó riêng"]))
def test_riêng_at_a_clause_head_still_opens_parts(total, extra, opener):
    text = f"Toàn huyện có {total} hộ nghèo{opener} xã Tân An có {total + extra} hộ."
    assert loud(text) == [("AR001", 1)], text


@given(st.integers(20, 200), st.integers(10, 95), st.booleans(), st.sampled_from(["dự toán", "kế hoạch", "chỉ tiêu"]),
       st.sampled_from(["bằng", "đạt"]), st.sampled_from(["", " năm", " được giao", " Trung ương giao"]))
def test_a_share_of_the_plan_is_reported_once(k, rate, broken, plan_word, link, label):
    """"đạt 6.583 tỷ đồng, bằng 39% so với dự toán (17.600 tỷ đồng)": a plan fulfilment rate, judged
    by AR037 alone — never also as an index of a change (AR005)."""
    plan, actual = 100 * k, rate * k
    stated = rate + 9 if broken else rate
    text = (f"Tính đến hết tháng 4/2021, tổng thu đạt {vn(actual)} tỷ đồng, {link} {stated}% so với {plan_word}{label} "
            f"({vn(plan)} tỷ đồng), tăng hơn 44% so với cùng kỳ năm 2020.")
    assert loud(text) == ([("AR037", 1)] if broken else []), text


@given(st.lists(st.integers(20, 90), min_size=2, max_size=4), st.integers(150, 900),
       st.sampled_from(["toàn Ngành", "cả nước", "toàn quốc", "toàn tỉnh", "toàn hệ thống"]), st.booleans())
def test_a_wider_scope_beside_its_members_is_no_unit_slip(members, whole, scope, named):
    """"Cục A thu 50 tỷ đồng; Cục B thu 60 tỷ đồng. Số thu toàn Ngành được 155.225 tỷ đồng": the
    whole is thousands of times a member by nature (AR021); the same amount named by no wider
    scope is still a likely slip of "triệu" for "tỷ"."""
    names = ["Cục Hải quan Điện Biên", "Cục Hải quan Cà Mau", "Cục Hải quan Cao Bằng", "Cục Hải quan Lạng Sơn"]
    items = "; ".join(f"{n} thu {m} tỷ đồng" for n, m in zip(names, members))
    subject = f"Số thu {scope}" if named else "Cục Hải quan Kiên Giang thu"
    text = f"Đến ngày 10-8, {items}. {subject} được {vn(whole * 100)} tỷ đồng."
    found = [(f.code, f.span.line) for f in check_text(text, RULES).findings if f.code == "AR021"]
    assert found == ([] if named else [("AR021", 1)]), text


ORIGINS = [("khai thác dầu ở trong nước", "ở nước ngoài", "triệu tấn", "Sản lượng khai thác dầu"),
           ("khách quốc tế", "khách nội địa", "triệu lượt", "Tổng lượt khách du lịch"),
           ("vốn trong nước", "vốn nước ngoài", "tỷ USD", "Tổng vốn đầu tư thực hiện"),
           ("tiêu thụ nội địa", "xuất khẩu ra nước ngoài", "triệu tấn", "Sản lượng xi măng tiêu thụ")]


@given(st.sampled_from(ORIGINS[:3]), st.integers(20, 900), st.integers(5, 300), st.sampled_from([0, 0, 11, -9]),
       st.sampled_from(["", ", vượt 3,7% kế hoạch tháng", ", đạt 98,2% kế hoạch năm", ", tăng 5,1% so với cùng kỳ"]),
       st.sampled_from([" (trong đó: {a}; {b})", ", trong đó {a}, {b}", ", trong đó: {a}; {b}"]), st.booleans())
def test_the_country_and_the_rest_make_the_whole(origin, a, b, off, between, shape, own_rates):
    """"1,13 triệu tấn, vượt 3,7% kế hoạch tháng (trong đó: … ở trong nước đạt 0,95 triệu tấn …; ở
    nước ngoài đạt 0,12 triệu tấn …)": home and abroad split the whole, so a sum short of it is a
    slip (rules/lexicon/roles.toml domestic-foreign), with a rate of the plan between them too."""
    home, abroad, unit, subject = origin
    total = a + b + (off * (a + b) // 100 if off else 0)
    rate = " vượt 3,6% kế hoạch tháng" if own_rates else ""
    pa = f"{home} đạt {vn_dec(Fraction(a, 100), 2)} {unit}{rate}"
    pb = f"{abroad} đạt {vn_dec(Fraction(b, 100), 2)} {unit}{',' + rate if own_rates else ''}"
    text = f"{subject} đạt {vn_dec(Fraction(total, 100), 2)} {unit}{between}{shape.format(a=pa, b=pb)}."
    found = {f.code for f in check_text(text, RULES).findings if f.category == "arithmetic" and f.severity != "info"}
    if total == a + b:
        assert found == set(), text
    elif abs(total - a - b) >= 3:
        assert "AR001" in found, text


CLASSES = [("hộ nghèo", "hộ cận nghèo", "hộ nghèo là người dân tộc thiểu số"),
           ("hộ nghèo", "hộ thoát nghèo", "hộ nghèo có người có công"),
           ("xã đạt chuẩn nông thôn mới", "xã chưa đạt chuẩn", "xã đạt chuẩn nông thôn mới nâng cao"),
           ("trường công lập", "trường ngoài công lập", "trường công lập tự chủ"),
           ("lao động có việc làm", "lao động chưa có việc làm", "lao động có việc làm ổn định"),
           ("hồ sơ đúng hạn", "hồ sơ không đúng hạn", "hồ sơ đúng hạn qua bưu chính")]


@given(st.sampled_from(CLASSES), st.integers(20, 900), st.integers(1, 300),
       st.sampled_from([". Trong đó, {p}", "; riêng {p}", ", trong đó {p}", ". Trong số đó, {p}"]),
       st.sampled_from(["xã Tân An có ", "huyện Định Quán có ", "cấp huyện ", ""]), st.booleans())
def test_a_sibling_class_is_no_part(classes, total, more, shape, where, sibling):
    """"100 hộ nghèo; riêng xã A có 120 hộ cận nghèo": the near-poor are not among the poor, so a
    part of that class says nothing of the total (AR001 sibling_modifiers); a part of the total's
    own class, or a narrower one, above it is still an error."""
    whole, other, narrower = classes
    part = f"{where}{vn(total + more)} {other if sibling else narrower}"
    text = f"Năm 2023, toàn tỉnh có {vn(total)} {whole}{shape.format(p=part)}."
    assert loud(text) == ([] if sibling else [("AR001", 1)]), text
