"""A rate stated for an approximate count (issue 14, AR010 ``derived_share``): a generator.

Reports round the resolved count ("gần 27.000", "khoảng 9.500", "hơn 1.200 hồ sơ") and give its
rate to a decimal; the exact count is the received total less the files still in progress (and
those returned, when stated). Families: the rate after the count with a comma or in brackets,
the in-progress figure before or after, the rate with no count at all ("tỷ lệ đã giải quyết
đạt 95,8%"), the received total in its own sentence. A rate that matches the derived count stays
silent at every severity; one off beyond its rounding is reported as information on its line.
An exact count, or a third outflow that the rate does not account for, stays silent: the rate
is then judged from the count itself, or the derived count is unknown.
"""
from __future__ import annotations

from fractions import Fraction

from hypothesis import given, strategies as st

from _vn import vn

from checker import check_text, load_ruleset

RULES = load_ruleset().select(["AR010", "AR003", "AR001", "AR002"])
RELATION = "share:resolved=(received-in_progress)/received"
APPROX = ["gần", "khoảng", "hơn", "trên", "xấp xỉ"]
FAMILIES = [
    "{L} đã tiếp nhận {R} hồ sơ; đã giải quyết {q} {A} hồ sơ, đạt {p}%; đang giải quyết {C} hồ sơ.",
    "{L} tiếp nhận {R} hồ sơ. Đã giải quyết và trả kết quả {q} {A} hồ sơ (đạt tỷ lệ {p}%), đang giải quyết {C} hồ sơ.",
    "{L} tiếp nhận {R} hồ sơ, đang giải quyết {C} hồ sơ; đã giải quyết {q} {A} hồ sơ, đạt {p}%.",
    "{L} tiếp nhận {R} hồ sơ TTHC, tỷ lệ đã giải quyết đạt {p}%, đang giải quyết {C} hồ sơ.",
    "Tổng số hồ sơ tiếp nhận là {R} hồ sơ. {L} đã giải quyết {q} {A} hồ sơ, chiếm {p}%; còn đang giải quyết {C} hồ sơ.",
]
LEADS = ["Trung tâm Phục vụ hành chính công tỉnh", "Bộ phận Một cửa cấp huyện", "Sở Tư pháp", "Trong kỳ, toàn tỉnh"]


def pct(x: Fraction, d: int) -> str:
    q = round(x * 10 ** d)
    return f"{q // 10 ** d},{q % 10 ** d:0{d}d}" if d else str(q)


@st.composite
def derived_case(draw, broken: bool):
    received = draw(st.integers(2_000, 900_000))
    pending = draw(st.integers(1, received // 5))
    resolved = received - pending
    d = draw(st.sampled_from([1, 2]))
    rate = Fraction(100 * resolved, received)
    if broken:
        rate -= max(Fraction(2), rate / 20)
    step = 10 ** max(1, len(str(resolved)) - 3)  # "gần 27.000", "hơn 9.950": three significant digits
    q = draw(st.sampled_from(APPROX))
    # each qualifier rounded its way: "hơn"/"trên" below the count, "gần" above it
    approx = {"hơn": resolved // step, "trên": resolved // step, "gần": -(-resolved // step)}.get(
        q, round(resolved / step)) * step
    if approx == resolved:
        q = "khoảng"  # "hơn 27.000" is not 27.000; "khoảng 27.000" may be
    text = draw(st.sampled_from(FAMILIES)).format(L=draw(st.sampled_from(LEADS)), R=vn(received), C=vn(pending),
                                                  q=q, A=vn(approx), p=pct(rate, d))
    head = draw(st.integers(0, 2))
    return "".join(f"Mục {i + 1} của báo cáo.\n\n" for i in range(head)) + text, 2 * head + 1


def _derived(text):
    return [(f.span.line, f.severity) for f in check_text(text, RULES).findings
            if f.code == "AR010" and f.data.get("relation") == RELATION]


@given(derived_case(broken=False))
def test_a_rate_that_matches_the_derived_count_stays_silent(case):
    text, _ = case
    assert _derived(text) == [], text
    assert [f for f in check_text(text, RULES).findings if f.severity != "info"] == [], text


@given(derived_case(broken=True))
def test_a_rate_off_the_derived_count_is_information_on_its_line(case):
    text, line = case
    found = _derived(text)
    assert found, text
    assert {ln for ln, _ in found} == {line}, text
    assert {sev for _, sev in found} == {"info"}, text


def test_an_exact_count_or_an_outflow_left_out_stays_silent():
    # the count is exact: its rate is 26.944 / 28.817 (AR003's relation), nothing is derived
    exact = "Trung tâm tiếp nhận 28.817 hồ sơ; đã giải quyết 26.944 hồ sơ, đạt 93,5%; đang giải quyết 1.207 hồ sơ."
    # files returned are stated: 28.817 − 1.207 − 666 = 26.944, 93,50 %
    returned = ("Trung tâm tiếp nhận 28.817 hồ sơ; đã giải quyết hơn 26.000 hồ sơ, đạt 93,5%; đang giải quyết "
                "1.207 hồ sơ; trả lại 666 hồ sơ.")
    # the received total is approximate too: nothing exact to derive from
    rough = "Trung tâm tiếp nhận gần 29.000 hồ sơ; đã giải quyết gần 27.000 hồ sơ, đạt 93,5%; đang giải quyết 1.207 hồ sơ."
    for text in (exact, returned, rough):
        assert _derived(text) == [], text


def test_the_finding_states_the_computation_in_both_languages():
    text = "Trung tâm đã tiếp nhận 28.817 hồ sơ; đã giải quyết gần 27.000 hồ sơ, đạt 93,5%; đang giải quyết 1.207 hồ sơ."
    vi = [f for f in check_text(text, RULES).findings if f.data.get("relation") == RELATION]
    assert len(vi) == 1 and "(28.817 − 1.207) / 28.817 = 95,81%" in vi[0].message, vi
    from checker.engine import Options

    en = [f for f in check_text(text, RULES, Options(lang="en")).findings if f.data.get("relation") == RELATION]
    assert len(en) == 1 and en[0].message.startswith("Identity 'resolved rate"), en
