"""Changes as Vietnamese reports write them (issue 14): a phrasing generator.

Families: "tăng x% so với cùng kỳ (old)", "so với cùng kỳ (old) tăng x%" (the comparison
first), "tăng từ old lên new (tăng x%)", "tăng x%, từ old lên new", an index "bằng q% so với
cùng kỳ (old)", an absolute change "tăng d hồ sơ so với cùng kỳ (old)", in counts and in
money. A comparison word stands for the change word ("cao hơn"/"nhiều hơn" for "tăng",
"thấp hơn"/"ít hơn" for "giảm") in the same shapes. Consistent figures stay silent; a change
broken beyond rounding fires AR005 on its line.
"""
from __future__ import annotations

from fractions import Fraction

from hypothesis import given, strategies as st

from _vn import vn

from checker import check_text, load_ruleset

RULES = load_ruleset().select(["AR005"])
UNITS = ["hồ sơ", "lượt", "doanh nghiệp", "tỷ đồng", "triệu đồng"]
COMPARE = ["so với cùng kỳ năm trước", "so với cùng kỳ", "so với năm 2022", "so với quý trước"]

FAMILIES = [
    "Tiếp nhận {new} {u}, {dir} {p}% {cmp} ({old} {u}).",
    "Tiếp nhận {new} {u}, {cmp} ({old} {u}) {dir} {p}%.",
    "Số {u} {dir} từ {old} lên {new} {u} ({dir} {p}%).",
    "Số {u} {dir} {p}%, từ {old} {u} lên {new} {u}.",
    "Tiếp nhận {new} {u}, bằng {q}% {cmp} ({old} {u}).",
    "Tiếp nhận {new} {u}, {dir} {d} {u} {cmp} ({old} {u}).",
    # the old value in a bracket after its own label, which may name its period with figures
    "Lũy kế {n} tháng đạt {new} {u}, {dir} {p}% {cmp} ({olab} {old} {u}).",
    # a comparison word as the cue: "cao hơn 3,51% so với năm 2022 (…)", "ít hơn 300 hồ sơ so với …"
    "Tiếp nhận {new} {u}, {cdir} {p}% {cmp} ({old} {u}).",
    "Tiếp nhận {new} {u}, {cmp} ({old} {u}) {cdir} {p}%.",
    "Tiếp nhận {new} {u}, {cdir} {d} {u} {cmp} ({old} {u}).",
]
# the comparison words read as "tăng" / "giảm"
MORE, LESS = ["cao hơn", "nhiều hơn"], ["thấp hơn", "ít hơn"]
# what a report writes in the bracket before the old value: its period, with or without figures
OLD_LABELS = ["cùng kỳ năm trước đạt", "lũy kế {n} tháng năm 2022 đạt", "năm 2022:", "{n} tháng đầu năm 2022 là",
              "cùng kỳ đạt", "quý I/2022 đạt", "năm trước là"]




def dec(x: Fraction, places: int = 1) -> str:
    q = round(x * 10 ** places)
    whole, frac = divmod(q, 10 ** places)
    return f"{whole},{frac:0{places}d}"


@st.composite
def change_case(draw, broken: bool):
    template = draw(st.sampled_from(FAMILIES))
    old = draw(st.integers(200, 900_000))
    up = draw(st.booleans())
    rate = Fraction(draw(st.integers(10, 900)), 10)  # 1,0 … 90,0 %
    if not up and rate >= 90:
        rate = Fraction(45)
    new = round(old * (1 + rate / 100)) if up else round(old * (1 - rate / 100))
    true_rate = abs(Fraction(new - old) * 100 / old)
    shown_rate, shown_q, shown_d = true_rate, Fraction(new * 100, old), abs(new - old)
    if broken:
        shown_rate = true_rate + max(Fraction(3), true_rate / 4)
        shown_q = shown_q + max(Fraction(5), shown_q / 10)
        shown_d = shown_d + max(10, shown_d // 4)
    months = draw(st.sampled_from([3, 6, 9, 10, 11, 12]))
    olab = draw(st.sampled_from(OLD_LABELS)).format(n=months)
    text = template.format(new=vn(new), old=vn(old), u=draw(st.sampled_from(UNITS)), cmp=draw(st.sampled_from(COMPARE)),
                           dir="tăng" if up else "giảm", p=dec(shown_rate), q=dec(shown_q), d=vn(shown_d),
                           cdir=draw(st.sampled_from(MORE if up else LESS)),
                           n=months, olab=olab)
    head = draw(st.integers(0, 2))
    return "".join(f"Phần mở đầu {i + 1}.\n\n" for i in range(head)) + text, 2 * head + 1


def _flagged(text):
    return [(f.code, f.span.line) for f in check_text(text, RULES).findings if f.severity != "info"]


@given(change_case(broken=False))
def test_consistent_changes_stay_silent_in_every_family(case):
    text, _ = case
    assert _flagged(text) == [], text


@given(change_case(broken=True))
def test_broken_changes_fire_on_their_line_in_every_family(case):
    text, line = case
    assert ("AR005", line) in _flagged(text), text


# --- a breakdown of the new value after the comparison: its parts are not the earlier value ---
# "Tổng lượt khách đạt 349.000 lượt, tăng 11,25% so với cùng kỳ năm trước (khách quốc tế 210.000
# lượt; khách nội địa 139.000 lượt)": the rate's earlier value is not written, so AR005 stays
# silent whatever the rate; with the earlier value written first, a broken rate still fires.
PART_LABELS = [("khách quốc tế", "khách nội địa", "khách lưu trú"), ("trực tuyến", "trực tiếp", "qua bưu chính"),
               ("cấp tỉnh", "cấp huyện", "cấp xã"), ("thu nội địa", "thu xuất nhập khẩu", "thu khác")]
BREAKDOWN_SHAPES = [
    "{total} {new} {u}, {dir} {p}% {cmp} ({items}).",
    "{total} {new} {u}, {dir} {p}% {cmp} ({items})",
    "{total} {new} {u}, {dir} {p}% {cmp}: {items_semi}.",
]


@st.composite
def breakdown_after_change(draw, with_old: bool):
    u = draw(st.sampled_from(UNITS))
    labels = draw(st.sampled_from(PART_LABELS))
    k = draw(st.integers(2, 3))
    parts = [draw(st.integers(100, 400_000)) for _ in range(k)]
    new = sum(parts)
    colon = draw(st.sampled_from(["", ":"]))
    items = [f"{labels[i]}{colon} {vn(parts[i])} {u}" for i in range(k)]
    sep = draw(st.sampled_from(["; ", ", "]))
    up = draw(st.booleans())
    fields = dict(total=draw(st.sampled_from(["Tổng số đạt", "Toàn tỉnh tiếp nhận", "Tổng cộng"])), new=vn(new), u=u,
                  dir="tăng" if up else "giảm", cmp=draw(st.sampled_from(COMPARE)),
                  items=sep.join(items), items_semi="; ".join(items))
    if not with_old:
        fields["p"] = dec(Fraction(draw(st.integers(10, 600)), 10))
        return draw(st.sampled_from(BREAKDOWN_SHAPES)).format(**fields)
    old = round(new / (1 + Fraction(draw(st.integers(50, 400)), 1000) * (1 if up else -1)))
    true_rate = abs(Fraction(new - old) * 100 / old)
    fields["p"] = dec(true_rate + max(Fraction(3), true_rate / 4))  # broken beyond rounding
    return ("{total} {new} {u}, {dir} {p}% {cmp} ({old} {u}), trong đó {items}.").format(old=vn(old), **fields)


@given(breakdown_after_change(with_old=False))
def test_a_breakdown_after_the_comparison_is_not_the_earlier_value(text):
    assert _flagged(text) == [], text
    every = [f for f in check_text(text).findings if f.severity != "info"]
    assert every == [], (text, every)


@given(breakdown_after_change(with_old=True))
def test_a_broken_rate_with_its_earlier_value_still_fires_before_a_breakdown(text):
    assert ("AR005", 1) in _flagged(text), text
