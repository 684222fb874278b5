"""Families read wrongly on a fifth probe of real text nobody had read (issue 14): banking,
postal services, markets, military service. Each is a generator over the family, not a sentence:

* "… 9 chợ hạng 1, 30 chợ hạng 2 và 126 chợ hạng 3. Trong đó, có 40 chợ thành thị và 120 chợ
  nông thôn": "Trong đó" is of the whole list, never of its last item (AR001);
* "Tổng số thuê bao … là 1.198.108 thuê bao, đạt tỷ lệ xấp xỉ 100 thuê bao/100 dân. Trong đó có
  894.666 thuê bao …": a rate per something is no total; the count before it is (AR001);
* "Trong 82 chợ …, phân theo hạng có 6 chợ hạng 1, 5 chợ hạng 2 và 71 chợ hạng 3; phân theo
  khu vực có 32 chợ thành thị và 50 chợ nông thôn": two breakdowns of one total, each judged
  on its own (AR001) — and a broken one is still found;
* "267 người có trình độ đại học (16,71%), …; 97 người là đảng viên (tỉ lệ 6,69%)": a sibling
  with its own share in brackets is never the base of the next share (AR003);
* the month's flows are not a longer period's change (AR044: tests/test_phrasing_balance_flow.py).
"""
from __future__ import annotations

from hypothesis import given, strategies as st

from _vn import vn

from checker import check_text, load_ruleset

RULES = load_ruleset()
ARITH_ERRORS = ("error", "warning")


def findings(text: str) -> list[tuple[str, int, str]]:
    return [(f.code, f.span.line, f.severity) for f in check_text(text, RULES).findings
            if f.category == "arithmetic" and f.severity in ARITH_ERRORS]


THINGS = [("chợ", "hạng"), ("trường", "hạng"), ("xã", "loại"), ("hợp tác xã", "loại"), ("doanh nghiệp", "nhóm")]
SPLITS = [("thuộc khu vực thành thị", "ở các khu vực nông thôn"), ("do tỉnh quản lý", "do huyện quản lý"),
          ("công lập", "ngoài công lập")]


@given(st.lists(st.integers(1, 400), min_size=2, max_size=4), st.sampled_from(THINGS), st.sampled_from(SPLITS),
       st.integers(1, 99), st.booleans())
def test_of_which_after_a_list_is_of_the_whole_list(counts, thing, split, cut, stated_total):
    """The parts of "Trong đó" are drawn to exceed the last item but not the whole."""
    noun, grade = thing
    whole = sum(counts)
    a = max(1, whole * cut // 100)
    b = whole - a - (1 if whole - a > 1 else 0)
    if a + b <= counts[-1] or b < 1:
        return
    items = [f"{c} {noun} {grade} {k + 1}" for k, c in enumerate(counts)]
    listed = ", ".join(items[:-1]) + " và " + items[-1]
    lead = f"Toàn tỉnh có {vn(whole)} {noun} đang hoạt động. " if stated_total else ""
    text = f"{lead}Theo phân cấp, trên địa bàn tỉnh có {listed}. Trong đó, có {vn(a)} {noun} {split[0]} và " \
           f"{vn(b)} {noun} {split[1]}."
    assert findings(text) == [], text


@given(st.integers(100_000, 3_000_000), st.integers(10, 99), st.sampled_from(
    [("thuê bao", "thuê bao/100 dân"), ("giường bệnh", "giường bệnh/vạn dân"), ("bác sĩ", "bác sĩ/vạn dân"),
     ("máy điện thoại", "máy/100 dân")]), st.sampled_from(["đạt tỷ lệ xấp xỉ", "bình quân", "đạt", "tương đương"]))
def test_a_rate_per_something_is_no_total(total, pct, units, cue):
    noun, rate_unit = units
    part = total * pct // 100
    text = f"Tổng số {noun} trên địa bàn tỉnh là {vn(total)} {noun}, {cue} {pct} {rate_unit}. " \
           f"Trong đó có {vn(part)} {noun} ở khu vực thành thị."
    assert findings(text) == [], text


@given(st.lists(st.integers(1, 300), min_size=2, max_size=4), st.integers(1, 99), st.integers(0, 2),
       st.sampled_from(["chợ", "trường", "cơ sở"]), st.sampled_from(["Trong", "Trong tổng số"]))
def test_two_breakdowns_of_one_total(grades, cut, broken, noun, opener):
    """broken: 0 both views add up, 1 the first view's last part is off, 2 the second's parts
    exceed the total — a broken view is found at its line, the consistent ones say nothing."""
    whole = sum(grades)
    urban = max(1, whole * cut // 100)
    rural = whole - urban
    if rural < 1:
        return
    shown = list(grades)
    if broken == 1:
        shown[-1] += max(3, whole // 5)
    if broken == 2:
        rural += max(3, whole // 5)
    first = ", ".join(f"{g} {noun} hạng {k + 1}" for k, g in enumerate(shown[:-1])) + f" và {shown[-1]} {noun} hạng {len(shown)}"
    text = f"{opener} {vn(whole)} {noun} trên địa bàn toàn tỉnh, phân theo hạng có {first}; phân theo khu vực có " \
           f"{vn(urban)} {noun} thành thị và {vn(rural)} {noun} nông thôn."
    found = findings(text)
    if broken:
        assert found and all(line == 1 for _, line, _ in found), text
    else:
        assert found == [], text


@given(st.integers(800, 5_000), st.integers(5, 40), st.integers(2, 30),
       st.sampled_from(["(tỉ lệ {p}%)", "({p}%)", "(chiếm {p}%)"]), st.sampled_from(["(", "(tỉ lệ "]))
def test_a_sibling_with_its_own_share_is_no_base(whole, pa, pb, second, first):
    a, b = whole * pa // 100, whole * pb // 100
    if a < 1 or b < 1:
        return
    sa = f"{a * 100 / whole:.2f}".replace(".", ",")
    sb = f"{b * 100 / whole:.2f}".replace(".", ",")
    text = f"Năm nay có {vn(whole)} thanh niên lên đường nhập ngũ. Trong đó có {vn(a)} người có trình độ từ trung cấp " \
           f"đến đại học {first}{sa}%), tăng 1,4% so với năm trước; {vn(b)} người là đảng viên {second.format(p=sb)}, " \
           f"tăng 1,92% so với năm trước."
    assert findings(text) == [], text
