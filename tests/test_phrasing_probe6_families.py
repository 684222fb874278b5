"""Families read wrongly on a sixth probe of real text nobody had read (issue 14): lists of
names, schools, trade, exports by province, banks. Each a generator over the family:

* "gồm có: 9 trường …, 3 trường …, 5 trường … và 8 trường …, 6 trường mầm non …" = 31: a final
  "và" that did not close the list — with the figures after it the total holds, so nothing is
  said (AR001); without them, or broken beyond them, it is still reported;
* "tổng kim ngạch 668,55 tỷ USD, trong đó xuất khẩu 336,3 …; nhập khẩu 332,2 …; xuất siêu hơn 4 tỷ
  USD": a balance closing a list is the parts' difference, not a part (AR001);
* "cả nước có ba tỉnh có kim ngạch xuất khẩu chưa đến 1 triệu USD. Cụ thể, Lai Châu …": a bound
  of a class totals nothing (AR001);
* "07 Di sản … bao gồm:\\n1/ Lễ hội …\\n2/ Lễ hội …": an item's number is no quantity;
* "… bao gồm: Cá …; tôm …; thủy sản khác đạt 106,6 nghìn tấn.\\nTrong đó, sản lượng nuôi trồng …":
  the last item of a complete list is not the total a new "Trong đó" breaks down (AR001);
* "lợi nhuận … 11.200 tỷ đồng … (tổng tài sản hơn 2,1 triệu tỷ đồng)": a stock is no unit slip
  beside flows (AR021).
"""
from __future__ import annotations

from hypothesis import given, strategies as st

from _vn import vn

from checker import check_text, load_ruleset

RULES = load_ruleset()


def serious(text: str) -> list[tuple[str, int]]:
    return [(f.code, f.span.line) for f in check_text(text, RULES).findings
            if f.category == "arithmetic" and f.severity in ("error", "warning")]


SCHOOLS = ["trường THCS", "trường THCS đạt chuẩn QG", "trường Tiểu học đạt chuẩn QG mức độ 1",
           "trường Tiểu học đạt chuẩn QG mức độ 2", "trường mầm non được công nhận chuẩn QG mức 1"]


@given(st.lists(st.integers(1, 40), min_size=4, max_size=5), st.integers(1, 2), st.integers(-1, 1))
def test_a_final_and_that_did_not_close_the_list(counts, after, broken):
    """``after`` items follow the "và" one; broken: -1 the total is off, 0 consistent, 1 the list
    without its tail is what the total says (a genuine "và" close, the tail another thing)."""
    head, tail = counts[:-after], counts[-after:]
    if len(head) < 2:
        return
    items = [f"{vn(c)} {SCHOOLS[k % len(SCHOOLS)]}" for k, c in enumerate(counts)]
    listed = ", ".join(items[:len(head) - 1]) + " và " + items[len(head) - 1] + ", " + ", ".join(items[len(head):])
    total = sum(counts) + (max(5, sum(counts) // 4) if broken < 0 else 0)
    text = f"{vn(total)} trường được công nhận lại chuẩn QG gồm có: {listed} (sau 5 năm tiếp tục được công nhận lại)."
    found = serious(text)
    if broken < 0:
        assert found and found[0][0] == "AR001", text
    else:
        assert found == [], text


@given(st.integers(1_000, 400_000), st.integers(1_000, 400_000), st.booleans(), st.booleans())
def test_a_balance_closing_a_list_is_no_part(exports, imports, broken, rate):
    tenths = lambda x: f"{vn(x // 10)},{x % 10}"  # noqa: E731
    # broken: the parts exceed the total (after "trong đó" a shorter list is allowed)
    total = exports + imports - (max(50, (exports + imports) // 8) if broken else 0)
    word = "xuất siêu" if exports >= imports else "nhập siêu"
    diff = abs(exports - imports)
    if diff < 10:
        return
    grow = ", tăng 19% so với năm 2020" if rate else ""
    text = (f"Năm 2021, xuất nhập khẩu cả nước đạt tổng kim ngạch {tenths(total)} tỷ USD, trong đó, xuất khẩu đạt "
            f"{tenths(exports)} tỷ USD{grow}; nhập khẩu đạt {tenths(imports)} tỷ USD; {word} hơn {vn(diff // 10)} tỷ USD.")
    found = [c for c, _ in serious(text) if c == "AR001"]
    assert found == (["AR001"] if broken else []), text


@given(st.lists(st.integers(100, 999), min_size=2, max_size=4), st.sampled_from(
    ["chưa đến", "dưới", "tối đa", "không quá", "chưa tới"]), st.integers(1, 9), st.sampled_from(["Cụ thể,", "Trong đó,"]))
def test_a_class_bound_totals_nothing(values, bound, limit, cue):
    names = ["Lai Châu", "Bắc Kạn", "Sơn La", "Điện Biên"]
    parts = ", ".join(f"{n} khoảng {v}.000 USD" for n, v in zip(names, values))
    text = f"Trong bốn tháng đầu năm, cả nước có {len(values)} tỉnh có kim ngạch xuất khẩu {bound} {limit} triệu USD. " \
           f"{cue} {parts}."
    assert [c for c, _ in serious(text) if c == "AR001"] == [], text


@given(st.integers(2, 9), st.lists(st.integers(1, 30), min_size=2, max_size=6), st.integers(2, 5))
def test_item_numbers_are_no_quantities(count, sizes, kinds):
    lines = "\n".join(f"{k + 1}/ Lễ hội số {chr(65 + k)} của người Tày (xã Tiên Thành, huyện Phục Hòa, Cao Bằng)."
                      for k in range(len(sizes)))
    text = f"Theo đó, {count} di sản mới được công nhận thuộc {kinds} loại hình.\n\n" \
           f"Cụ thể, {count:02d} Di sản văn hóa phi vật thể cấp quốc gia vừa được công nhận bao gồm:\n{lines}\n"
    assert [c for c, _ in serious(text) if c == "AR001"] == [], text


@given(st.lists(st.integers(100, 9_000), min_size=3, max_size=3), st.integers(10, 90), st.integers(10, 90))
def test_of_which_after_a_complete_list_is_not_of_its_last_item(parts, farmed_pct, fish_pct):
    """The farmed output is drawn larger than the last item, smaller than the whole."""
    tenths = lambda x: f"{vn(x // 10)},{x % 10}"  # noqa: E731
    whole = sum(parts)
    farmed = max(parts[-1] + 1, whole * farmed_pct // 100)
    fish = farmed * fish_pct // 100
    if farmed >= whole or fish < 1:
        return
    text = (f"Sản lượng thủy sản tháng 10 ước tính đạt {tenths(whole)} nghìn tấn, tăng 0,1% so với cùng kỳ năm trước, "
            f"bao gồm: Cá đạt {tenths(parts[0])} nghìn tấn, tăng 0,8%; tôm đạt {tenths(parts[1])} nghìn tấn, giảm 0,1%; "
            f"thủy sản khác đạt {tenths(parts[2])} nghìn tấn, giảm 2,8%.\n"
            f"Trong đó, sản lượng thủy sản nuôi trồng trong tháng ước tính đạt {tenths(farmed)} nghìn tấn, tăng 0,9%, "
            f"trong đó: Cá đạt {tenths(fish)} nghìn tấn, tăng 1,2%.")
    assert [c for c, _ in serious(text) if c == "AR001"] == [], text


@given(st.integers(1_000, 20_000), st.integers(1_000, 20_000), st.integers(11, 99), st.sampled_from(
    ["tổng tài sản", "tổng nguồn vốn", "dư nợ", "vốn hóa"]))
def test_a_stock_beside_flows_is_no_unit_slip(profit_a, profit_b, stock, word):
    text = (f"Quý I/2023, Vietcombank dẫn đầu về lợi nhuận trước thuế với hơn {vn(profit_a)} tỷ đồng. "
            f"Vị trí thứ hai thuộc về BIDV với {vn(profit_b)} tỷ đồng, ngân hàng có quy mô lớn nhất hệ thống "
            f"({word} hơn {stock // 10},{stock % 10} triệu tỷ đồng).")
    assert [c for c, _ in serious(text) if c == "AR021"] == [], text
