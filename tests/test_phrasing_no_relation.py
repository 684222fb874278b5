"""Figures that a connector links without stating the relation a rule would judge (issue 14):
a phrasing generator, from fresh real passages nobody on the team had read (TTHC notices,
trade and budget releases, social statistics; tests/corpus/fresh).

Each family draws figures of a shape real reports use and requires silence at warning and
error where the relation is not the one the words seem to offer — a balance is a difference,
not a sum; the extremes of a list are no parts; a sub-list after "; trong đó" and a new state
("; đã giải quyết …") end the list before them; the count of a rate ("0,76%, tương đương với
6.014 người") is no base of the groups' rates; a share of a base named in words ("so với tổng
số hộ toàn tỉnh") has no figure for a base; a change's "(new/old)" bracket is no share; a
change beside a plan rate is no plan; shares of the received files add up to the resolved
files' share; "x% của 6 tháng" is no share of six cases — and that the relation next to them,
broken beyond rounding, is still reported at its line.
"""
from __future__ import annotations

from fractions import Fraction

from hypothesis import given, strategies as st

from _vn import vn

from checker import check_text, load_ruleset

RULES = load_ruleset()


def _loud(text, codes=None):
    return [(f.code, f.span.line) for f in check_text(text, RULES).findings
            if f.severity != "info" and f.category == "arithmetic" and (codes is None or f.code in codes)]


def dec(x: Fraction, places: int = 2) -> str:
    q = round(x * 10 ** places)
    whole, frac = divmod(abs(q), 10 ** places)
    return f"{'-' if q < 0 else ''}{vn(whole)},{frac:0{places}d}"


def _head(draw):
    n = draw(st.integers(0, 2))
    return "".join(f"Mục {i + 1} của báo cáo.\n\n" for i in range(n)), 2 * n


# ----------------------------------------------------------------------------- a balance
@st.composite
def balance(draw):
    x = draw(st.integers(1_000, 90_000))
    m = draw(st.integers(500, x - 100))
    word = draw(st.sampled_from(["xuất siêu", "nhập siêu", "cán cân thương mại thặng dư", "thặng dư thương mại"]))
    place = draw(st.sampled_from(["Tỉnh", "Thái Nguyên", "Cả nước", "Bình Dương"]))
    d = x - m if draw(st.booleans()) else draw(st.integers(100, 9_000))  # the difference or not
    u = draw(st.sampled_from(["tỷ USD", "triệu USD"]))
    f = lambda v: dec(Fraction(v, 100))  # noqa: E731
    joint = draw(st.sampled_from([". Trong đó, kim ngạch", ", trong đó kim ngạch", ". Cụ thể, kim ngạch"]))
    return f"{place} {word} {f(d)} {u}{joint} xuất khẩu đạt {f(x)} {u} và kim ngạch nhập khẩu đạt {f(m)} {u}."


@given(balance())
def test_a_balance_is_no_sum_of_exports_and_imports(text):
    assert _loud(text, {"AR001", "AR002"}) == [], text


@given(st.integers(1_000, 90_000), st.integers(500, 900), st.booleans())
def test_a_total_of_trade_is_still_a_sum(x, m, broken):
    total = x + m + (max(50, x // 10) if broken else 0)
    text = f"Tổng kim ngạch xuất nhập khẩu đạt {vn(total)} triệu USD, gồm xuất khẩu {vn(x)} triệu USD, nhập khẩu {vn(m)} triệu USD."
    assert (("AR001", 1) in _loud(text)) == broken, text


# ----------------------------------------------------------------------------- extremes
@st.composite
def extremes(draw):
    total = draw(st.integers(1_000, 9_000))
    hi = draw(st.integers(total // 2, total))
    lo = draw(st.integers(1, 20))
    noun = draw(st.sampled_from(["thủ tục", "thủ tục hành chính", "hồ sơ"]))
    most, least = draw(st.sampled_from([("nhiều nhất", "ít nhất"), ("cao nhất", "thấp nhất"), ("lớn nhất", "nhỏ nhất")]))
    shape = draw(st.sampled_from([
        "Tổng số {n} của các bộ, ngành là {T} {n} (trong đó, Bộ Tài chính có số {n} {most} là {A} {n}; Ủy ban Dân tộc có số {n} {least} là {B} {n}).",
        "Tổng số {n} của các bộ, ngành là {T} {n}, trong đó Bộ Tài chính {most} với {A} {n}, Ủy ban Dân tộc {least} với {B} {n}.",
    ]))
    return shape.format(n=noun, T=vn(total), A=vn(hi + lo + total), B=vn(lo), most=most, least=least)


@given(extremes())
def test_the_extremes_of_a_list_are_no_parts(text):
    assert _loud(text, {"AR001"}) == [], text


# ----------------------------------------------------------------------------- lists that end
@st.composite
def list_then_sub_list(draw, broken: bool):
    """"… T thủ tục gồm A cấp tỉnh, B cấp huyện và C cấp xã; trong đó … là T thủ tục, mức độ 3 là
    M3 …; đã giảm …": the sub-list is of something else, the gồm list is judged alone."""
    a, b, c = draw(st.integers(500, 2_000)), draw(st.integers(100, 499)), draw(st.integers(20, 99))
    total = a + b + c + (draw(st.integers(30, 90)) if broken else 0)
    m3, m4 = draw(st.integers(100, total)), draw(st.integers(10, 99))
    opener = draw(st.sampled_from(["trong đó", "trong số đó", "riêng"]))
    head, lines = _head(draw)
    text = (f"Thực hiện cung ứng dịch vụ công trực tuyến 3 cấp với {vn(total)} thủ tục gồm {vn(a)} thủ tục cấp tỉnh, "
            f"{vn(b)} thủ tục cấp huyện và {vn(c)} thủ tục cấp xã; {opener} đã cung ứng dịch vụ công mức độ 1,2 là "
            f"{vn(total)} thủ tục, mức độ 3 là {vn(m3)} thủ tục và mức độ 4 là {vn(m4)} thủ tục; đã giảm "
            f"{draw(st.integers(10, 400))} chỉ tiêu biên chế hành chính.")
    return head + text, lines + 1


@given(list_then_sub_list(False))
def test_a_sub_list_after_a_semicolon_is_no_more_parts(case):
    text, _ = case
    assert _loud(text, {"AR001"}) == [], text


@given(list_then_sub_list(True))
def test_the_list_before_a_sub_list_is_still_judged(case):
    text, line = case
    assert _loud(text, {"AR001"}) == [("AR001", line)], text


@st.composite
def channels_then_states(draw, broken: bool):
    """"…tiếp nhận T hồ sơ. Trong đó, có A trực tuyến; B trực tiếp; C từ kỳ trước chuyển sang; đã
    giải quyết R hồ sơ; P hồ sơ đang trong thời hạn giải quyết" — the states are not channels."""
    a, b, c = draw(st.integers(1_000, 20_000)), draw(st.integers(1_000, 40_000)), draw(st.integers(100, 5_000))
    total = a + b + c
    shown_b = b + (max(500, b // 5) if broken else 0)
    r = draw(st.integers(total // 2, total))
    verb = draw(st.sampled_from(["tiếp nhận", "đã tiếp nhận", "tiếp nhận mới"]))
    done = draw(st.sampled_from(["đã giải quyết", "đã trả kết quả", "đã xử lý"]))
    head, lines = _head(draw)
    text = (f"Trong quý, các cơ quan {verb} {vn(total)} hồ sơ.\n\nTrong đó, có {vn(a)} hồ sơ trực tuyến; "
            f"{vn(shown_b)} hồ sơ trực tiếp và bưu chính; {vn(c)} hồ sơ từ kỳ trước chuyển sang; {done} {vn(r)} hồ sơ; "
            f"{vn(total - r)} hồ sơ đang trong thời hạn giải quyết.")
    return head + text, lines + 1


@given(channels_then_states(False))
def test_a_new_state_ends_the_list_of_channels(case):
    text, _ = case
    assert _loud(text, {"AR001", "AR002"}) == [], text


@given(channels_then_states(True))
def test_the_channels_before_the_states_are_still_judged(case):
    text, line = case
    assert ("AR001", line) in _loud(text, {"AR001"}), text


@st.composite
def total_of_another_noun(draw, broken: bool):
    """"công bố T TTHC ở 3 cấp: tỉnh, huyện, xã, trong đó: A …, B …, C …" — "3 cấp" counts levels."""
    a, b, c = draw(st.integers(1_000, 4_000)), draw(st.integers(100, 999)), draw(st.integers(1_000, 3_000))
    total = a + b + c - (draw(st.integers(50, 400)) if broken else 0)
    noun = draw(st.sampled_from(["TTHC", "thủ tục hành chính"]))
    levels = draw(st.sampled_from(["ở 3 cấp: tỉnh, huyện, xã", "của 3 cấp", "tại 75 dự thảo văn bản"]))
    text = (f"UBND tỉnh đã ban hành 315 quyết định công bố {vn(total)} {noun} {levels}, trong đó: {vn(a)} {noun} mới "
            f"và thay thế, {vn(b)} {noun} sửa đổi, bổ sung, {vn(c)} {noun} bị bãi bỏ.")
    return text, 1


@given(total_of_another_noun(False))
def test_the_total_is_the_figure_of_the_parts_measure(case):
    text, _ = case
    assert _loud(text, {"AR001"}) == [], text


@given(total_of_another_noun(True))
def test_parts_above_the_total_of_their_measure_are_reported(case):
    text, line = case
    found = [f for f in check_text(text, RULES).findings if f.code == "AR001"]
    assert [f.span.line for f in found] == [line], text
    assert "3 cấp" not in found[0].message and "75 dự thảo" not in found[0].message, found[0].message


# ----------------------------------------------------------------------------- rates and named bases
@st.composite
def rates_of_groups(draw):
    t = draw(st.integers(2_000, 90_000))
    a = draw(st.integers(t // 3, t - 100))
    r, ra, rb = (dec(Fraction(draw(st.integers(10, 900)), 100)) for _ in range(3))
    what = draw(st.sampled_from(["thất nghiệp", "hộ nghèo", "trẻ suy dinh dưỡng"]))
    return (f"Tỷ lệ {what} chung là {r}%, tương đương với {vn(t)} người. Trong đó, ở thành thị là {ra}%, tương "
            f"đương với {vn(a)} người; ở khu vực nông thôn {vn(t - a)} người, chiếm tỷ lệ {rb}%.")


@given(rates_of_groups())
def test_the_count_of_a_rate_is_no_base_of_the_groups_rates(text):
    assert _loud(text, {"AR003"}) == [], text


@st.composite
def named_base(draw):
    a, b = draw(st.integers(1_000, 20_000)), draw(st.integers(1_000, 20_000))
    pa, pb = (dec(Fraction(draw(st.integers(50, 900)), 100)) for _ in range(2))
    base = draw(st.sampled_from(["so với tổng số hộ toàn tỉnh", "tổng số hộ dân cư", "so với tổng số hộ"]))
    return f"Hộ nghèo có {vn(a)} hộ, chiếm {pa}% {base} (giảm 1.002 hộ); hộ cận nghèo có {vn(b)} hộ, chiếm {pb}% {base}."


@given(named_base())
def test_a_base_named_in_words_is_not_a_later_figure(text):
    assert _loud(text, {"AR003"}) == [], text


def test_a_base_named_and_given_in_a_bracket_is_judged():
    ok = "Đã giải quyết 18.800 hồ sơ, chiếm 94,26% tổng số hồ sơ tiếp nhận (19.944 hồ sơ)."
    assert _loud(ok, {"AR003"}) == []
    assert _loud(ok.replace("94,26", "84,26"), {"AR003"}) == [("AR003", 1)]


# ----------------------------------------------------------------------------- a change's bracket
@st.composite
def change_with_new_over_old(draw, broken: bool):
    old = draw(st.integers(100, 9_000))
    up = draw(st.booleans())
    d = draw(st.integers(1, old // 2))
    new = old + d if up else old - d
    rate = Fraction(d * 100, old)
    shown = rate + (max(Fraction(3), rate / 4) if broken else 0)
    noun = draw(st.sampled_from(["vụ", "người", "hồ sơ"]))
    word = "tăng" if up else "giảm"
    lead = draw(st.sampled_from([f"Số vụ phạm pháp hình sự {word} {vn(d)} {noun}, ", "Trọng án ", "Số vụ việc "]))
    return f"{lead}{word} {dec(shown)}% ({vn(new)}/{vn(old)} {noun}).", 1


@given(change_with_new_over_old(False))
def test_a_changes_new_over_old_is_no_share(case):
    text, _ = case
    assert _loud(text, {"AR003", "AR005"}) == [], text


@given(change_with_new_over_old(True))
def test_a_changes_new_over_old_is_judged_as_the_change(case):
    text, line = case
    assert _loud(text, {"AR003", "AR005"}) == [("AR005", line)], text


# ----------------------------------------------------------------------------- a plan beside a change
@st.composite
def plan_beside_change(draw, broken: bool):
    plan = draw(st.integers(5_000, 90_000))
    done = draw(st.integers(plan // 5, plan))
    rate = Fraction(done * 100, plan) + (max(Fraction(5), Fraction(done * 10, plan)) if broken else 0)
    ch = draw(st.integers(100, 5_000))
    shape = draw(st.sampled_from([
        "Kế hoạch năm giao {P} người. Sáu tháng đầu năm, giải quyết việc làm cho {A} người lao động, tăng {C} người so với cùng kỳ, đạt {p}% kế hoạch năm.",
        "Kế hoạch năm giao {P} người. Sáu tháng đầu năm, giải quyết việc làm cho {A} người lao động, đạt {p}% kế hoạch năm (tăng {C} người so với cùng kỳ năm 2020).",
    ]))
    return shape.format(P=vn(plan), A=vn(done), C=vn(ch), p=dec(rate, 1)), 1


@given(plan_beside_change(False))
def test_a_change_beside_a_plan_rate_is_neither_plan_nor_actual(case):
    text, _ = case
    assert _loud(text, {"AR037"}) == [], text


@given(plan_beside_change(True))
def test_the_plan_rate_beside_a_change_is_still_judged(case):
    text, line = case
    assert _loud(text, {"AR037"}) == [("AR037", line)], text


# ----------------------------------------------------------------------------- shares of shares
@st.composite
def shares_of_received(draw):
    received = draw(st.integers(5_000, 40_000))
    early = draw(st.integers(received // 2, received * 9 // 10))
    ontime = draw(st.integers(10, (received - early) // 3))
    late = draw(st.integers(10, (received - early) // 3))
    resolved = early + ontime + late
    p = lambda v: dec(Fraction(v * 100, received))  # noqa: E731
    return (f"Trong tháng, hệ thống đã tiếp nhận {vn(received)} hồ sơ và giải quyết được {vn(resolved)} hồ sơ, "
            f"chiếm tỷ lệ {p(resolved)}%. Trong đó, hồ sơ giải quyết trước hạn là {vn(early)} hồ sơ (chiếm tỷ lệ "
            f"{p(early)}%); số hồ sơ giải quyết đúng hạn là {vn(ontime)} hồ sơ (chiếm tỷ lệ {p(ontime)}%); số hồ sơ "
            f"giải quyết trễ hạn là {vn(late)} hồ sơ (chiếm tỷ lệ {p(late)}%).")


@given(shares_of_received())
def test_shares_of_the_received_files_add_up_to_the_resolved_share(text):
    assert _loud(text, {"AR010", "AR003"}) == [], text


# ----------------------------------------------------------------------------- periods
@given(st.sampled_from(["6 tháng đầu năm 2022", "9 tháng năm trước", "3 tháng đầu năm", "12 tháng"]),
       st.integers(100, 999))
def test_a_rate_of_a_period_is_no_share_of_its_months(period, r):
    text = f"Tốc độ tăng 5,12% chỉ thấp hơn tốc độ tăng {dec(Fraction(r, 100))}% của {period}."
    assert _loud(text, {"AR004"}) == [], text


def test_a_part_above_its_totals_plan_is_no_contradiction_when_the_total_is_above_plan():
    text = ("Tổng thu ngân sách đạt 17.363 tỷ đồng, đạt 111,6% dự toán. Trong đó, thu nội địa đạt 16.186 tỷ đồng, "
            "đạt 117,6% dự toán.")
    assert _loud(text, {"AR022"}) == []


# ----------------------------------------------------------------------------- a change before a breakdown
@given(st.integers(100, 9_000), st.sampled_from(["tăng", "giảm"]), st.integers(1, 30),
       st.sampled_from(["trong đó", "bao gồm", "riêng"]), st.integers(10, 99))
def test_a_part_after_a_breakdown_cue_is_no_old_value(total, word, rate, cue, share):
    part = total * share // 100
    text = (f"Tổng thu đạt {vn(total)} tỷ đồng, {word} {rate}% so với cùng kỳ, {cue} thu thuế {vn(part)} tỷ đồng, "
            f"thu phí {vn(total - part)} tỷ đồng.")
    assert _loud(text, {"AR005"}) == [], text


@given(st.integers(10, 99), st.integers(10, 99), st.integers(10, 99), st.sampled_from(["IIP tháng 7", "Chỉ số giá tiêu dùng", "Tổng mức bán lẻ"]))
def test_two_rates_of_one_figure_are_no_old_and_new_levels(a, b, c, subject):
    r = lambda v: dec(Fraction(v, 10), 1)  # noqa: E731
    text = (f"{subject} ước tăng {r(a)}% so với tháng trước và tăng {r(b)}% so với cùng kỳ năm trước, trong đó "
            f"ngành khai khoáng tăng {r(c)}%; ngành chế biến tăng {r(a + c)}%.")
    assert _loud(text, {"AR005"}) == [], text


@given(st.integers(1900, 2100), st.integers(100, 999))
def test_a_four_digit_amount_with_a_scale_word_is_no_year(a, b):
    text = f"Tổng mức bán lẻ đạt {vn(a + b + 5)} tỷ đồng, gồm kinh tế cá thể {a} tỷ đồng và kinh tế tư nhân {b} tỷ đồng."
    assert _loud(text, {"AR001"}) == [("AR001", 1)], text


@given(st.integers(50, 900), st.integers(20, 400), st.integers(1, 9))
def test_parts_of_two_totals_joined_by_va_are_not_held_to_the_second(a, b, k):
    a1, b1 = a // 3, b // 2
    text = (f"Đến hết năm, đã giải quyết {vn(a)} đơn khiếu nại và {vn(b)} đơn tố cáo; trong đó có {vn(a1)} đơn "
            f"khiếu nại đúng, {vn(a - a1)} đơn khiếu nại sai; có {vn(b1)} đơn tố cáo đúng và {vn(b - b1)} đơn tố cáo sai.")
    assert _loud(text, {"AR001"}) == [], text


def test_a_round_of_an_exam_is_a_label():
    text = "Có 165/1.031 thí sinh đạt yêu cầu (có 41 thí sinh bỏ thi vòng 2)."
    assert _loud(text, {"AR001"}) == []


@given(st.sampled_from(["Đợt 2", "Lần 2", "Vòng 2", "Đợt 3"]), st.integers(100, 900))
def test_a_round_opening_a_sentence_is_no_total(opener, n):
    text = f"{opener}, có {vn(n)}/{vn(n * 3)} thí sinh đạt yêu cầu."
    assert _loud(text, {"AR001", "AR002"}) == [], text
