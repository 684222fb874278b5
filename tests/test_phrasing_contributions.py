"""Contributions to growth (issue 14, AR033): a phrasing generator.

Families from statistics releases: "Trong mức tăng của …" / "Trong mức tăng X% của …" /
"Trong tốc độ tăng …", three or four sectors, each "tăng g%, đóng góp c%" or "đóng góp c điểm
phần trăm" (then their total is the frame's rate), with or without "vào mức tăng chung".
Consistent figures (rounded to the digits written) stay silent; one contribution broken beyond
rounding fires on its line. Without a frame, or with fewer than three contributions, nothing is
judged.
"""
from __future__ import annotations

from fractions import Fraction

from hypothesis import given, strategies as st

from checker import check_text, load_ruleset

RULES = load_ruleset().select(["AR033", "AR001", "AR003", "AR004", "AR005", "AR006"])
SECTORS = ["khu vực nông, lâm nghiệp và thủy sản", "khu vực công nghiệp và xây dựng", "khu vực dịch vụ",
           "thuế sản phẩm trừ trợ cấp sản phẩm"]
FRAMES = ["Trong mức tăng của tổng giá trị tăng thêm toàn nền kinh tế", "Trong mức tăng chung của nền kinh tế",
          "Trong tốc độ tăng của tổng sản phẩm trên địa bàn"]


def _vn(x: Fraction, dec: int) -> str:
    q = round(x * 10 ** dec)
    s = f"{abs(q) // 10 ** dec},{abs(q) % 10 ** dec:0{dec}d}" if dec else str(abs(q))
    return ("-" if q < 0 else "") + s


@st.composite
def contribution_case(draw, broken: bool, points: bool):
    n = draw(st.integers(3, 4))
    dec = draw(st.sampled_from([1, 2]))
    unit = 10 ** dec
    rate = draw(st.integers(2 * unit, 12 * unit)) if points else 100 * unit
    # integer parts in the last place, summing exactly to the whole: the written figures add up
    cuts = sorted(draw(st.lists(st.integers(1, rate - 1), min_size=n - 1, max_size=n - 1, unique=True)))
    parts = [b - a for a, b in zip([0] + cuts, cuts + [rate])]
    if broken:
        i = draw(st.integers(0, n - 1))
        parts[i] += draw(st.sampled_from([1, -1])) * max(3 * n, rate // draw(st.integers(5, 30)))
        if parts[i] <= 0:
            parts[i] += 2 * max(3 * n, rate // 5)
    tail = " điểm phần trăm" if points else "%"
    after = draw(st.sampled_from(["", " vào mức tăng chung"]))
    clauses = [f"{SECTORS[k]} tăng {_vn(Fraction(draw(st.integers(10, 1500)), 100), 2)}%, "
               f"đóng góp {_vn(Fraction(p, unit), dec)}{tail}{after if k == 0 else ''}" for k, p in enumerate(parts)]
    frame = draw(st.sampled_from(FRAMES))
    if points:
        frame = frame.replace("Trong mức tăng", f"Trong mức tăng {_vn(Fraction(rate, unit), dec)}%").replace(
            "Trong tốc độ tăng", f"Trong tốc độ tăng {_vn(Fraction(rate, unit), dec)}%")
    head = draw(st.integers(0, 2))
    text = frame + ", " + "; ".join(clauses) + "."
    return "".join(f"Đoạn {i + 1} mở đầu.\n\n" for i in range(head)) + text, 2 * head + 1


def _found(text):
    return [(f.code, f.span.line) for f in check_text(text, RULES).findings if f.severity != "info"]


@given(st.booleans().flatmap(lambda p: contribution_case(broken=False, points=p)))
def test_consistent_contributions_stay_silent(case):
    text, _ = case
    assert _found(text) == [], text


@given(st.booleans().flatmap(lambda p: contribution_case(broken=True, points=p)))
def test_broken_contributions_fire_on_their_line(case):
    text, line = case
    assert ("AR033", line) in _found(text), text


@given(contribution_case(broken=True, points=False))
def test_without_a_frame_nothing_is_judged(case):
    text, _ = case
    for frame in FRAMES:
        text = text.replace(frame + ", ", "Năm nay, ")
    assert [f for f in _found(text) if f[0] == "AR033"] == [], text
