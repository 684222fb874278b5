"""Shares of a complete set of categories make 100 % (issue 14, AR043): a phrasing generator.

"Trong tổng số lao động được tuyển, nam chiếm 52,3%, nữ chiếm 47,7%"; "công lập 96 trường, chiếm
80%; ngoài công lập 24 trường, chiếm 20%"; "TTHC mới ban hành chiếm 47,8%, sửa đổi, bổ sung chiếm
13%, bãi bỏ chiếm 39,2%". Labels that are the sides of one set of roles.toml, in any order, with
"chiếm" (or "chiếm tỷ lệ") before each share, one to two decimals: consistent shares stay silent,
shares off by points fire AR043 (a warning). Rates of groups without "chiếm" and labels of no
complete set (channels: trực tuyến / trực tiếp, which may leave out the post) stay silent.
"""
from __future__ import annotations

from hypothesis import given, strategies as st

from _vn import vn

from checker import check_text, load_ruleset

AR043 = load_ruleset().select(["AR043"])
SETS = [(["nam", "lao động nam"], ["nữ", "lao động nữ"]),
        (["thành thị", "khu vực thành thị"], ["nông thôn", "khu vực nông thôn"]),
        (["trường công lập", "công lập"], ["ngoài công lập", "trường ngoài công lập"]),
        (["xã đạt chuẩn", "đạt chuẩn"], ["chưa đạt chuẩn", "xã chưa đạt chuẩn"]),
        (["TTHC mới ban hành", "mới ban hành"], ["sửa đổi, bổ sung", "TTHC sửa đổi, bổ sung"], ["bãi bỏ", "TTHC bị bãi bỏ"])]
LEADS = ["Trong tổng số {n} {u}, ", "Cơ cấu theo nhóm: ", ""]
ITEMS = ["{a} chiếm {p}%", "{a} chiếm tỷ lệ {p}%", "{a} {c} {u}, chiếm {p}%"]


def pct(hundredths: int, d: int) -> str:
    q = round(hundredths / 10 ** (2 - d)) if d < 2 else hundredths
    whole, frac = divmod(q, 10 ** d)
    return f"{whole},{frac:0{d}d}" if d else str(whole)


@st.composite
def shares(draw, broken: bool):
    sides = draw(st.sampled_from(SETS))
    order = draw(st.permutations(range(len(sides))))
    d = draw(st.sampled_from([1, 2]))
    cuts = sorted(draw(st.lists(st.integers(500, 9500), min_size=len(sides) - 1, max_size=len(sides) - 1,
                                unique=True)))
    edges = [0, *cuts, 10_000]
    parts = [edges[k + 1] - edges[k] for k in range(len(sides))]
    if min(parts) < 100:
        parts = [10_000 // len(sides)] * (len(sides) - 1) + [10_000 - 10_000 // len(sides) * (len(sides) - 1)]
    if broken:
        k = draw(st.integers(0, len(parts) - 1))
        parts[k] += draw(st.sampled_from([-1, 1])) * draw(st.integers(150, 900))  # 1,5 to 9 points
        parts[k] = max(parts[k], 50)
    u = draw(st.sampled_from(["người", "đơn vị"]))
    n = 10_000 * draw(st.integers(1, 9))  # counts that give the shares exactly
    items = []
    for j, k in enumerate(order):
        label = draw(st.sampled_from(sides[k]))
        items.append(draw(st.sampled_from(ITEMS)).format(a=label, p=pct(parts[j], d), c=vn(n * parts[j] // 10_000), u=u))
    sep = draw(st.sampled_from([", ", "; "]))
    body = sep.join(items[:-1]) + draw(st.sampled_from([sep, " và "])) + items[-1]
    text = draw(st.sampled_from(LEADS)).format(n=vn(n), u=u) + body + "."
    return text[0].upper() + text[1:]


def _loud(text):
    return [(f.code, f.severity) for f in check_text(text).findings if f.category == "arithmetic" and f.severity != "info"]


@given(shares(False))
def test_consistent_shares_of_a_complete_set_stay_silent(text):
    assert _loud(text) == [], text


@given(shares(True))
def test_shares_of_a_complete_set_off_by_points_fire(text):
    assert [(f.code, f.severity) for f in check_text(text, AR043).findings] == [("AR043", "warning")], text


@given(st.integers(10, 500), st.integers(10, 500))
def test_rates_of_groups_and_open_sets_stay_silent(a, b):
    for text in [f"Tỷ lệ thất nghiệp của nam là {a / 10:.1f}%, nữ là {b / 10:.1f}%.".replace(".", ",", 2),
                 f"Hồ sơ trực tuyến chiếm {a // 10}%, trực tiếp chiếm {b // 10}%.",
                 f"Tỷ lệ hộ nghèo khu vực thành thị {a // 10}%, nông thôn {b // 10}%."]:
        assert check_text(text, AR043).findings == [], text
