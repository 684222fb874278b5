"""A partial list closed by the rest of the whole (issue 14): "trong đó tôm 1.113 ha; cá 305,5 ha
và các loại thủy sản khác 636 ha", "đã giải quyết 700 hồ sơ, còn lại 300 hồ sơ đang giải quyết".

After "trong đó" a list may name some parts only, and falls short silently (AR002, info). A last
part labelled as the rest ("khác", "còn lại", "số còn lại": rules/lexicon/roles.toml [remainder])
closes it: the parts must add up to the total, and a mismatch beyond rounding is a warning (the
link is read from the words). "khác nhau" (various) closes nothing.
"""
from __future__ import annotations

import re

from hypothesis import given, strategies as st

from _vn import vn

from checker import check_text, load_ruleset

AR001 = load_ruleset().select(["AR001"])
UNITS = ["hồ sơ", "ha", "tấn", "tỷ đồng", "người"]
OPENERS = ["{T} {u}, trong đó", "{T} {u}, tăng 1,69% so cùng kỳ năm trước, trong đó", "{T} {u}; trong số đó",
           # the total far before its cue: only a list its words close is of it
           "{T} {u} được giao cho các đơn vị, địa phương để quản lý và sử dụng hiệu quả, trong đó:"]
# the rest, as a report labels the last part: before the figure or after it
REST = ["và các loại khác {p} {u}", "còn lại {p} {u}", "và {p} {u} thuộc các lĩnh vực khác", "số còn lại {p} {u}",
        "các địa phương khác {p} {u}"]
NAMED = ["lĩnh vực đất đai {p} {u}", "tôm nước lợ được {p} {u}, tăng 2,44%", "cấp huyện {p} {u}",
         "{p} {u} trực tuyến"]


@st.composite
def closed_list(draw, broken: bool, various: bool = False):
    u = draw(st.sampled_from(UNITS))
    k = draw(st.integers(1, 3))
    parts = [draw(st.integers(1, 90_000)) for _ in range(k + 1)]
    total = sum(parts)
    if broken:
        total += draw(st.sampled_from([1, -1])) * max(10, total // draw(st.integers(4, 30)))
        total = max(total, 1)
    named = [draw(st.sampled_from(NAMED)).format(p=vn(p), u=u) for p in parts[:-1]]
    rest = draw(st.sampled_from(REST)).format(p=vn(parts[-1]), u=u)
    if various:
        rest = f"và {vn(parts[-1])} {u} thuộc các lĩnh vực khác nhau"
    sep = draw(st.sampled_from(["; ", ", "]))
    opener = draw(st.sampled_from(OPENERS)).format(T=vn(total), u=u)
    return f"Tổng số đạt {opener} {sep.join(named)}{sep}{rest}."


@given(closed_list(broken=False))
def test_a_closed_list_that_adds_up_stays_silent(text):
    assert [f for f in check_text(text).findings if f.severity != "info"] == [], text


@given(closed_list(broken=True))
def test_a_closed_list_that_does_not_add_up_is_a_warning(text):
    found = [(f.code, f.severity) for f in check_text(text, AR001).findings]
    assert ("AR001", "warning") in found or ("AR001", "error") in found, text


@given(closed_list(broken=False, various=True), st.integers(10, 5000))
def test_various_is_no_rest(text, short):
    # "… thuộc các lĩnh vực khác nhau": the list stays partial, and may fall short of its total
    written = re.match(r"Tổng số đạt ([\d.]+)", text).group(1)
    text = text.replace(written, vn(int(written.replace(".", "")) + short), 1)
    assert [f for f in check_text(text, AR001).findings if f.severity != "info"] == [], text


def test_the_rest_of_a_fraction_is_not_read():
    # "238/316 vụ việc …, còn lại 35 vụ việc": the rest may be of the fraction's own base
    text = ("Số vụ việc phát sinh trong kỳ 291 vụ việc. Trong đó: đã giải quyết được 238/316 vụ việc, đạt tỷ lệ "
            "75,3%, còn lại 35 vụ việc đang xác minh.")
    assert [f.code for f in check_text(text, AR001).findings if f.severity != "info"] == []


@given(st.lists(st.integers(100, 90_000), min_size=2, max_size=4), st.sampled_from(UNITS))
def test_a_far_total_of_an_open_list_is_not_read(parts, u):
    """"có 500 ha được giao cho các đơn vị … để quản lý, trong đó: …": a partial list far from the
    figure before its cue says nothing, even above it — the figure may not be its total."""
    named = [f"{['cấp tỉnh', 'cấp huyện', 'cấp xã', 'doanh nghiệp'][k]} {vn(p)} {u}" for k, p in enumerate(parts)]
    text = (f"Tổng số đạt {vn(sum(parts) // 2)} {u} được giao cho các đơn vị, địa phương để quản lý và sử dụng "
            f"hiệu quả, trong đó: {'; '.join(named)}.")
    assert [f for f in check_text(text, AR001).findings if f.severity != "info"] == [], text
