"""A total restated without one of its parts (issue 14, AR040): a phrasing generator.

"Trong đó, thu nội địa đạt 16.186 tỷ đồng … Không tính số thu từ tiền sử dụng đất và thu xổ số
kiến thiết (5.056 tỷ đồng) thì thu nội địa thực hiện 11.104 tỷ đồng": the cue (không tính, nếu
không tính, không kể, loại trừ), the part left out with its figure (in a bracket or not), "thì",
the label and its stating verb, in the same paragraph as the whole or the next. What remains
must be the whole minus the part: consistent figures stay silent under every rule, a broken
one fires AR040 on its line. Without an earlier figure of the label, or with the part in
another measure, nothing is said.
"""
from __future__ import annotations

from hypothesis import given, strategies as st

from _vn import vn

from checker import check_text, load_ruleset

AR040 = load_ruleset().select(["AR040"])
LABELS = ["thu nội địa", "tổng thu ngân sách", "sản lượng thủy sản", "tổng chi ngân sách địa phương"]
UNITS = ["tỷ đồng", "triệu đồng", "tấn"]
WHOLES = ["Trong đó, {L} đạt {W} {u}, tăng 11,3% so với cùng kỳ.", "{Lc} ước đạt {W} {u}.", "Năm 2023, {L} là {W} {u}."]
CUES = ["Không tính", "Nếu không tính", "Không kể", "Nếu loại trừ", "Loại trừ"]
PARTS = ["số thu từ tiền sử dụng đất và thu xổ số kiến thiết ({a} {u})", "tiền sử dụng đất {a} {u}",
         "khoản ghi thu, ghi chi ({a} {u})"]
VERBS = ["thực hiện", "đạt", "còn", "là", "ước đạt"]


@st.composite
def exclusion(draw, broken: bool):
    label, u = draw(st.sampled_from(LABELS)), draw(st.sampled_from(UNITS))
    whole = draw(st.integers(1000, 900_000))
    part = draw(st.integers(1, whole - 1))
    rest = whole - part + (draw(st.sampled_from([1, -1])) * max(3, whole // 50) if broken else 0)
    first = draw(st.sampled_from(WHOLES)).format(L=label, Lc=label[0].upper() + label[1:], W=vn(whole), u=u)
    second = (f"{draw(st.sampled_from(CUES))} {draw(st.sampled_from(PARTS)).format(a=vn(part), u=u)} thì "
              f"{label} {draw(st.sampled_from(VERBS))} {vn(max(rest, 1))} {u}, đạt 100,7% dự toán.")
    if draw(st.booleans()):
        return f"{first}\n\n{second}", 3
    return f"{first} {second}", 1


@given(exclusion(broken=False))
def test_what_remains_as_written_stays_silent(case):
    text, _ = case
    assert [f for f in check_text(text).findings if f.severity != "info" and f.category == "arithmetic"] == [], text


@given(exclusion(broken=True))
def test_what_remains_off_its_whole_fires(case):
    text, line = case
    assert [(f.code, f.span.line) for f in check_text(text, AR040).findings if f.severity == "warning"] == \
        [("AR040", line)], text


@given(st.integers(1000, 90_000), st.integers(1, 999), st.integers(1, 90_000))
def test_no_whole_of_the_label_or_another_measure_stays_silent(whole, part, rest):
    texts = [f"Thu nội địa đạt {vn(whole)} tỷ đồng. Không tính tiền sử dụng đất ({vn(part)} tỷ đồng) thì thu "
             f"thuế, phí thực hiện {vn(rest)} tỷ đồng.",
             f"Tiếp nhận {vn(whole)} hồ sơ. Không tính {vn(part)} xã chưa kết nối thì tiếp nhận {vn(rest)} hồ sơ.",
             f"Không tính tiền sử dụng đất ({vn(part)} tỷ đồng) thì thu nội địa thực hiện {vn(rest)} tỷ đồng."]
    for text in texts:
        assert check_text(text, AR040).findings == [], text
