"""AR039: a sentence written twice with one figure changed (issue 14), generated.

Headline figures restated in the body, a lead paragraph pasted again under its heading: two
copies worded alike whose figures agree but one are reported on the later copy's line. Copies
that agree in every figure, differ in two figures (one template for two subjects), differ in a
word (another month, another district) or are too short to be more than a template stay silent.
"""
from __future__ import annotations

from hypothesis import given, strategies as st

from _vn import vn

from checker import check_text, load_ruleset

RULES = load_ruleset().select(["AR039"])
TEMPLATES = [
    "Vốn đăng ký bình quân trên một doanh nghiệp thành lập mới trong tháng {m} đạt {a} tỷ đồng, tăng {b}% so với "
    "cùng kỳ năm ngoái.",
    "Trong kỳ, toàn tỉnh đã tiếp nhận {a} hồ sơ thủ tục hành chính, đã giải quyết {b} hồ sơ, đạt tỷ lệ {c}% so "
    "với tổng số hồ sơ phải giải quyết.",
    "Tổng thu ngân sách nhà nước trên địa bàn {m} tháng đầu năm ước đạt {a} tỷ đồng, trong đó thu nội địa {b} tỷ "
    "đồng.",
    "Kim ngạch xuất khẩu hàng hóa của tỉnh trong tháng {m} ước đạt {a} triệu USD, tăng {b}% so với cùng kỳ và "
    "{c}% so với tháng trước.",
]


def _fill(template: str, m: int, figs: list[int]) -> str:
    keys = {"a": vn(figs[0]), "b": vn(figs[1]), "c": vn(figs[2])}
    return template.format(m=m, **keys)


@st.composite
def pair(draw, how: str):
    template = draw(st.sampled_from([t for t in TEMPLATES if "{m}" in t] if how == "word" else TEMPLATES))
    m = draw(st.integers(1, 11))
    n_figs = template.count("{a}") + template.count("{b}") + template.count("{c}")
    figs = [draw(st.integers(1, 90_000)) for _ in range(3)]
    second = list(figs)
    m2 = m
    if how in ("one", "two"):
        for k in range(1 if how == "one" else 2):
            second[k] = figs[k] + draw(st.integers(1, 5_000))
    elif how == "word":
        second[0] = figs[0] + draw(st.integers(1, 5_000))
        m2 = m + 1  # another month: another sentence
    if how == "two" and n_figs < 2:
        how = "same"
    between = draw(st.sampled_from(["\n\n", "\n\n1. Kết quả thực hiện\n\n", "\n\nNội dung khác của báo cáo.\n\n"]))
    first_text, second_text = _fill(template, m, figs), _fill(template, m2, second)
    text = first_text + between + second_text
    return text, text[:text.index(second_text)].count("\n") + 1


def _found(text):
    return [(f.code, f.span.line) for f in check_text(text, RULES).findings]


@given(pair("one"))
def test_one_figure_changed_is_reported_on_the_later_copy(case):
    text, line = case
    assert _found(text) == [("AR039", line)], text


@given(st.sampled_from(["same", "two", "word"]).flatmap(pair))
def test_equal_copies_two_changes_or_another_word_stay_silent(case):
    text, _ = case
    assert _found(text) == [], text


@given(st.integers(1, 9_000), st.integers(1, 9_000))
def test_short_template_sentences_stay_silent(a, b):
    if a == b:
        b += 1
    text = f"Cấp xã: {vn(a)} hồ sơ, 12 đơn vị.\n\nCấp xã: {vn(b)} hồ sơ, 12 đơn vị."
    assert _found(text) == [], text


def test_a_template_repeated_many_times_stays_linear_and_silent():
    # 2,000 copies of one wording, each with its own figures: compared with a few, never all
    body = "\n\n".join(f"Trong kỳ, toàn tỉnh đã tiếp nhận {i} hồ sơ thủ tục hành chính, đã giải quyết {i + 7} hồ "
                       f"sơ, đạt tỷ lệ {i % 90} phần trăm." for i in range(2000))
    assert all(code == "AR039" for code, _ in _found(body))
