"""A list of outcomes that closes on the rest, its total stated sentences or paragraphs before
(issue 14, AR001 "rest-after-total"): "… đã phát hiện, khám phá 1.853 vụ vi phạm về ma túy …" and,
a paragraph later, "Qua đó, đã khởi tố 1.566 vụ với 2.467 bị can; xử lý hành chính 254 vụ với
1.505 đối tượng; xử lý khác 33 vụ với 49 đối tượng." The rest ("khác", "còn lại") says the list
is complete, so it must make the one figure of its measure stated before it — inferred from the
words, a warning. Two figures of the measure before it, shares that name another whole, or no
rest: nothing is said."""
from __future__ import annotations

from hypothesis import given, strategies as st

from _vn import vn

from checker import check_text, load_ruleset

RULES = load_ruleset()

# (the total's sentence, the parts' clauses: labels before each figure, the last the rest, the unit)
DOMAINS = [
    ("Trong 10 tháng năm 2023, công an thành phố đã phát hiện, đấu tranh khám phá {T} vụ vi phạm về ma túy, "
     "so với cùng kỳ tăng {D} vụ; bắt {P} đối tượng.",
     ["đã khởi tố", "xử lý hành chính", "xử lý khác"], "vụ", [" với {x} bị can", " với {x} đối tượng", " với {x} đối tượng"]),
    ("Trong năm, Thanh tra tỉnh đã tiếp nhận {T} đơn thư khiếu nại, tố cáo, giảm {D} đơn so với năm trước.",
     ["đã giải quyết", "chuyển cơ quan có thẩm quyền", "lưu đơn và các hình thức xử lý khác"], "đơn", ["", "", ""]),
    ("Lũy kế đến nay, Trung tâm đã tiếp nhận {T} hồ sơ, tăng {D} hồ sơ so với cùng kỳ.",
     ["đã trả kết quả", "đang giải quyết", "số còn lại"], "hồ sơ", ["", "", ""]),
    ("Năm 2024, lực lượng chức năng phát hiện {T} vụ buôn lậu, gian lận thương mại, tăng {D} vụ.",
     ["xử phạt vi phạm hành chính", "khởi tố hình sự", "đang xác minh, xử lý khác"], "vụ", ["", "", ""]),
]
MIDDLE = ["", "Lực lượng chức năng thu giữ khoảng 806 kg hàng hóa các loại; 88,8 kg tiền chất.\n"]
OPENERS = ["Qua đó, ", "Kết quả: ", "", "Trong năm, "]


@given(st.sampled_from(DOMAINS), st.lists(st.integers(3, 3_000), min_size=3, max_size=3), st.integers(1, 500),
       st.sampled_from(MIDDLE), st.sampled_from(OPENERS), st.integers(0, 2), st.booleans())
def test_a_list_closing_on_the_rest_makes_the_total_before_it(domain, parts, d, middle, opener, where, broken):
    lead, labels, unit, tails = domain
    total = sum(parts)
    shown = list(parts)
    if broken:
        shown[where] += max(7, total // 6)
    clauses = [f"{lab} {vn(v)} {unit}{tail.format(x=vn(v + 11))}" for lab, v, tail in zip(labels, shown, tails)]
    text = lead.format(T=vn(total), D=vn(d), P=vn(total + 7)) + "\n" + middle + opener + "; ".join(clauses) + "."
    parts_line = text.count("\n") + 1
    found = [(f.code, f.severity, f.span.line, f.span.end_line) for f in check_text(text, RULES).findings
             if f.category == "arithmetic" and f.severity != "info"]
    if broken:
        assert [(c, sev) for c, sev, _, _ in found] == [("AR001", "warning")], text
        assert found[0][2] == 1 and found[0][3] == parts_line, text
    else:
        assert found == [], text


@given(st.sampled_from(DOMAINS), st.lists(st.integers(3, 3_000), min_size=3, max_size=3), st.integers(1, 500),
       st.integers(0, 2))
def test_two_figures_of_the_measure_before_say_nothing(domain, parts, extra, where):
    """"… tiếp nhận 1.000 hồ sơ … Riêng quý IV tiếp nhận 400 hồ sơ …": which is the whole, not written."""
    lead, labels, unit, tails = domain
    total = sum(parts)
    shown = list(parts)
    shown[where] += max(7, total // 6)
    clauses = [f"{lab} {vn(v)} {unit}" for lab, v in zip(labels, shown)]
    other = f"Riêng quý IV có {vn(total + extra + max(shown))} {unit} được ghi nhận.\n"
    text = lead.format(T=vn(total), D=vn(extra), P=vn(total + 7)) + "\n" + other + "; ".join(clauses) + "."
    assert [f for f in check_text(text, RULES).findings if f.code == "AR001"] == [], text


@given(st.sampled_from(DOMAINS), st.lists(st.integers(3, 3_000), min_size=3, max_size=3), st.integers(1, 500))
def test_without_the_rest_no_total_is_inferred(domain, parts, d):
    lead, labels, unit, _ = domain
    total = sum(parts) + max(7, sum(parts) // 6)
    clauses = [f"{lab} {vn(v)} {unit}" for lab, v in zip(["đã giải quyết", "đang xác minh", "chuyển cơ quan khác giải quyết"][:2] + ["tạm đình chỉ"], parts)]
    text = lead.format(T=vn(total), D=vn(d), P=vn(total + 7)) + "\n" + "; ".join(clauses) + "."
    assert [f for f in check_text(text, RULES).findings if f.code == "AR001"] == [], text
