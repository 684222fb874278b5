"""Changes whose earlier figure is not written (AR005): a phrasing generator.

Traffic accidents, fires, crime, enterprise registration, disease and recruitment reports state a
figure now, then its absolute change D and the relative change p in a bracket, never the earlier
figure: "xảy ra 925 vụ …. So với cùng kỳ năm trước giảm 106 vụ (giảm 10,28%)". The earlier
figure is N − D after "tăng", N + D after "giảm", so p = 100·D / (N ∓ D).

Families, each composed from interchangeable parts: the change in the sentence after the figure
("So với cùng kỳ (năm trước|năm YYYY), giảm D đv (giảm p%)", a warning); in the figure's clause
("N đv, tăng D đv so với cùng kỳ (p%)", "(tăng p%)", "(tăng p% so với cùng kỳ)"); several
measures in one sentence (vụ / người chết / người bị thương), in the sentence after or in the
same one; "tăng D trường hợp" after "N doanh nghiệp" (with a second clause after ";"); p with
0–2 decimals; the rate with its sign in a bracket ("(-29,93%)"); the rate first and D after it ("N tấn, giảm p% (D tấn)", "(tương ứng D)",
"(giảm D)", ", tương ứng D", in counts, money and a yield in "tạ/ha" with decimals). Consistent
figures stay silent at warning and error; one figure broken beyond rounding fires AR005 on its
line. Stay silent: two candidate N of D's unit, N only of another unit, a change in percentage
points, a bare bracket not smaller than N, a change after "trong đó".
"""
from __future__ import annotations

from fractions import Fraction

from hypothesis import given, strategies as st

from _vn import vn

from checker import check_text, load_ruleset
from checker.engine import Options

RULES = load_ruleset().select(["AR005", "AR006", "AR003", "AR001"])

# (the figure's noun, the verb before it, the noun of its change)
MEASURES = [
    ("vụ tai nạn giao thông", "xảy ra", "vụ"), ("vụ cháy", "xảy ra", "vụ"), ("hồ sơ", "tiếp nhận", "hồ sơ"),
    ("doanh nghiệp thành lập mới", "có", "doanh nghiệp"), ("tỷ đồng", "thu ngân sách được", "tỷ đồng"),
    ("ca mắc sốt xuất huyết", "ghi nhận", "ca"), ("lao động", "tuyển mới", "lao động"),
]
LEADS = ["Trong tháng, toàn tỉnh", "Tính chung 6 tháng đầu năm {y}, toàn tỉnh", "Trong kỳ báo cáo, toàn ngành",
         "Theo báo cáo, từ ngày 15/4 đến 14/5/{y}, cả nước"]
COMPARES = ["cùng kỳ năm trước", "cùng kỳ năm {y0}", "cùng kỳ"]
ACTIONS = ["đăng ký tạm ngừng hoạt động", "giải thể", "quay trở lại hoạt động"]


def pct(x: Fraction, places: int) -> str:
    q = round(x * 10 ** places)
    return f"{q // 10 ** places},{q % 10 ** places:0{places}d}" if places else str(q)


@st.composite
def change(draw, broken: bool, money: bool = False):
    """(N, D, tăng?, p as written): N now, D its change, p the relative change (broken: beyond
    rounding, by at least three units of its last digit or an eighth of it). An amount in "tỷ
    đồng" is exact only to half a unit as written: its figures are drawn large enough for that
    to stay below the break."""
    up = draw(st.booleans())
    least = 100 if money else 1
    old = draw(st.integers(20 * least, 90_000))
    d = draw(st.integers(least, 2 * old)) if up else draw(st.integers(least, old - least))
    places = draw(st.sampled_from([0, 1, 2]))
    rate = Fraction(100 * d, old)
    if broken:
        delta = max(Fraction(3, 10 ** places), rate / 8)
        rate = rate - delta if draw(st.booleans()) and rate - delta > 0 else rate + delta
    return (old + d if up else old - d), d, up, pct(rate, places)


def _dir(up: bool) -> str:
    return "tăng" if up else "giảm"


@st.composite
def _frame(draw):
    y = draw(st.integers(2018, 2025))
    lead = draw(st.sampled_from(LEADS)).format(y=y)
    cmp = draw(st.sampled_from(COMPARES)).format(y0=y - 1)
    return lead, cmp


QUALIFIERS = ["gần ", "hơn ", "khoảng ", "trên "]  # consistent cases only: they widen the tolerance


def _open(draw) -> str:
    return draw(st.sampled_from(["(", "( "]))


@st.composite
def next_sentence(draw, broken: bool):
    """"… xảy ra N vụ. So với cùng kỳ năm trước, [số vụ …] giảm D vụ (giảm p%)"."""
    (lead, cmp), (noun, verb, dnoun) = draw(_frame()), draw(st.sampled_from(MEASURES))
    money = noun == "tỷ đồng"
    n, d, up, p = draw(change(broken, money=money))
    comma = draw(st.sampled_from([",", ""]))
    subject = "" if money or draw(st.booleans()) else f" số {noun}"
    about = "" if broken or draw(st.integers(0, 3)) else draw(st.sampled_from(QUALIFIERS))
    return (f"{lead} {verb} {about}{vn(n)} {noun}. So với {cmp}{comma}{subject} {_dir(up)} {vn(d)} {dnoun} "
            f"{_open(draw)}{_dir(up)} {p}%).")


@st.composite
def same_clause(draw, broken: bool):
    """"… tiếp nhận N hồ sơ, tăng D hồ sơ so với cùng kỳ (p%)" / "(tăng p%)" / "(tăng p% so với …)\""""
    (lead, cmp), (noun, verb, dnoun) = draw(_frame()), draw(st.sampled_from(MEASURES))
    n, d, up, p = draw(change(broken, money=noun == "tỷ đồng"))
    shape = draw(st.sampled_from([
        "{D} {u} so với {cmp} ({p}%)", "{D} {u} so với {cmp} ({dir} {p}%)", "{D} {u} ({dir} {p}%)",
        "{D} {u} ({dir} {p}% so với {cmp})", "{D} {u} so với {cmp}, tương ứng {dir} {p}%",
        # the rate with its sign: "giảm 133 người bị thương (-29,93%)", "(+20%) so với cùng kỳ"
        "{D} {u} ({sign}{p}%)", "{D} {u} ({sign}{p}%) so với {cmp}", "{D} {u} ( {sign}{p} %)",
    ]))
    sign = "+" if up else draw(st.sampled_from(["-", "−", "–"]))
    tail = shape.format(D=vn(d), u=dnoun, cmp=cmp, dir=_dir(up), p=p, sign=sign)
    # a rate of another relation between the figure and its change is no part of it
    between = draw(st.sampled_from(["", "", f", đạt {draw(st.integers(50, 120))}% kế hoạch năm"]))
    return f"{lead} {verb} {vn(n)} {noun}{between}, {_dir(up)} {tail}."


ROLES = [("vụ", "vụ", "{lead} xảy ra {n} vụ tai nạn giao thông"), ("người chết", "người", "làm chết {n} người"),
         ("người bị thương", "người", "{and_}làm bị thương {n} người")]


@st.composite
def several(draw, broken: bool, same: bool):
    """Three measures: "xảy ra N1 vụ, làm chết N2 người và làm bị thương N3 người. So với cùng kỳ
    giảm D1 vụ (giảm p1%), giảm D2 người chết (…) và giảm D3 người bị thương (…)"; ``same``: the
    changes in the same sentence, after a comma or a semicolon. One of the three broken."""
    lead, cmp = draw(_frame())
    bad = draw(st.integers(0, 2)) if broken else -1
    pairs = [draw(change(k == bad)) for k in range(3)]
    and_ = draw(st.sampled_from(["và ", ""]))
    figures = ", ".join(part.format(lead=lead, n=vn(pr[0]), and_=and_ if k == 2 else "")
                        for k, ((_, _, part), pr) in enumerate(zip(ROLES, pairs))).replace(", và ", " và ")
    changes = [f"{_dir(up)} {vn(d)} {role} ({_dir(up)} {p}%)" for (role, _, _), (_, d, up, p) in zip(ROLES, pairs)]
    told = ", ".join(changes[:2]) + draw(st.sampled_from([" và ", ", "])) + changes[2]
    if same:  # in the figures' clause (error) or in the clause after a ";" (warning)
        return f"{figures}{draw(st.sampled_from([',', ';']))} so với {cmp} {told}."
    return f"{figures}. So với {cmp} {told}."


LABELS = [("số vụ tai nạn", "vụ"), ("số người chết", "người"), ("số người bị thương", "người")]


@st.composite
def several_labelled(draw, broken: bool):
    """The label before the change, the comparison after a short opener, and maybe a sentence
    without figures of the measures between: "… làm chết N2 người và bị thương N3 người. So với
    cùng kỳ, tình hình giảm cả 3 tiêu chí. Cụ thể, so với cùng kỳ số người bị thương giảm D3
    người (giảm p3%), …"."""
    lead, cmp = draw(_frame())
    bad = draw(st.integers(0, 2)) if broken else -1
    pairs = [draw(change(k == bad)) for k in range(3)]
    figures = ", ".join(part.format(lead=lead, n=vn(pr[0]), and_="và " if k == 2 else "")
                        for k, ((_, _, part), pr) in enumerate(zip(ROLES, pairs))).replace(", và ", " và ")
    order = draw(st.permutations(range(3)))
    told = ", ".join(f"{LABELS[k][0]} {_dir(pairs[k][2])} {vn(pairs[k][1])} {LABELS[k][1]} "
                     f"({_dir(pairs[k][2])} {pairs[k][3]}%)" for k in order)
    middle = draw(st.sampled_from(["", " So với cùng kỳ, tình hình trật tự an toàn giao thông có chuyển biến "
                                       "trên cả 3 tiêu chí (số vụ, số người chết, số người bị thương)."]))
    opener = draw(st.sampled_from(["Cụ thể, so với", "So với", "Như vậy, so với"]))
    return f"{figures}.{middle} {opener} {cmp} {told}."


@st.composite
def generic(draw, broken: bool):
    """"… có N doanh nghiệp giải thể, tăng D trường hợp so với cùng kỳ (p%); riêng … có N2 trường
    hợp, giảm D2 trường hợp (p2%)"; one of the two broken."""
    bad = draw(st.integers(0, 1)) if broken else -1
    (n, d, up, p), (n2, d2, up2, p2) = draw(change(bad == 0)), draw(change(bad == 1))
    act, act2 = draw(st.sampled_from(ACTIONS)), draw(st.sampled_from(ACTIONS))
    text = f"Từ đầu năm đến nay đã có {vn(n)} doanh nghiệp {act}, {_dir(up)} {vn(d)} trường hợp so với cùng kỳ ({p}%)"
    if draw(st.booleans()) or bad == 1:
        text += f"; riêng doanh nghiệp {act2} có {vn(n2)} trường hợp, {_dir(up2)} {vn(d2)} trường hợp ({p2}%)"
    return text + "."


# the rate first, D after it: its bracket or link ({sep} the blank or comma before it)
RATE_FIRST = [" ({D} {u})", " ( {D} {u})", " (tương ứng {D} {u})", " ({dir} {D} {u})", " (tương ứng {dir} {D} {u})",
              " (tương đương {D} {u})", ", tương ứng {D} {u}", ", tương ứng {dir} {D} {u}",
              " so với {cmp} ({dir} {D} {u})", " so với {cmp} (tương ứng {D} {u})", " ({dir} {D} {u} so với {cmp})"]


def _bare(shape: str) -> bool:
    return shape.startswith((" ({D}", " ( {D}"))


@st.composite
def rate_first(draw, broken: bool):
    """The rate first: "… N tấn, giảm p% (D tấn)", "(tương ứng D)", ", tương ứng tăng D …"."""
    (lead, cmp), (noun, verb, dnoun) = draw(_frame()), draw(st.sampled_from(MEASURES))
    n, d, up, p = draw(change(broken, money=noun == "tỷ đồng"))
    shape = draw(st.sampled_from(RATE_FIRST))
    if _bare(shape) and d >= n:
        shape = " (tương ứng {D} {u})"  # a bare bracket is D only below N (else maybe the earlier level)
    tail = shape.format(D=vn(d), u=dnoun, cmp=cmp, dir=_dir(up))
    between = draw(st.sampled_from(["", "", f", đạt {draw(st.integers(50, 120))}% kế hoạch năm"]))
    return f"{lead} {verb} {vn(n)} {noun}{between}, {_dir(up)} {p}%{tail}."


def dec2(hundredths: int) -> str:
    return f"{vn(hundredths // 100)},{hundredths % 100:02d}"


@st.composite
def rate_first_yield(draw, broken: bool):
    """"Năng suất lúa đạt 51,50 tạ/ha, tăng 2,63% (1,32 tạ/ha)": figures with decimals, each exact
    only to half its last digit (the break is wider than that)."""
    up = draw(st.booleans())
    old = draw(st.integers(2_000, 9_000))  # hundredths of tạ/ha
    d = draw(st.integers(100, old // 2 - 1))
    places = draw(st.sampled_from([1, 2]))
    rate = Fraction(100 * d, old)
    if broken:
        delta = max(Fraction(1, 2), rate / 8)
        rate = rate - delta if draw(st.booleans()) and rate - delta > 0 else rate + delta
    n = old + d if up else old - d
    shape = draw(st.sampled_from(RATE_FIRST[:8]))
    tail = shape.format(D=dec2(d), u="tạ/ha", cmp="cùng kỳ", dir=_dir(up))
    crop = draw(st.sampled_from(["lúa", "ngô", "lúa vụ Đông Xuân"]))
    return f"Năng suất {crop} bình quân đạt {dec2(n)} tạ/ha, {_dir(up)} {pct(rate, places)}%{tail}."


FAMILIES = [
    ("next sentence", next_sentence),
    ("same clause", same_clause),
    ("several measures, next sentence", lambda broken: several(broken, same=False)),
    ("several measures, same sentence", lambda broken: several(broken, same=True)),
    ("several measures, labelled, after an opener", several_labelled),
    ("trường hợp after N doanh nghiệp", generic),
    ("the rate first, D after it", rate_first),
    ("the rate first, a yield with decimals", rate_first_yield),
]


@st.composite
def implicit_case(draw, broken: bool):
    _, family = draw(st.sampled_from(FAMILIES))
    text = draw(family(broken))
    head = draw(st.integers(0, 2))
    return "".join(f"Phần {i + 1} của báo cáo.\n\n" for i in range(head)) + text, 2 * head + 1


def _flagged(text):
    return [(f.code, f.span.line) for f in check_text(text, RULES).findings if f.severity != "info"]


@given(implicit_case(broken=False))
def test_consistent_implicit_changes_stay_silent(case):
    text, _ = case
    assert _flagged(text) == [], text


@given(implicit_case(broken=True))
def test_broken_implicit_changes_fire_on_their_line(case):
    text, line = case
    assert ("AR005", line) in _flagged(text), text


# ----------------------------------------------------------------------------- silent: unsure
def _ar005(text):
    return [f for f in _flagged(text) if f[0] == "AR005"]


@given(st.integers(100, 90_000), st.integers(100, 90_000), st.integers(1, 5_000), st.integers(1, 300),
       st.booleans())
def test_two_candidates_of_the_unit_stay_silent(n1, n2, d, r, up):
    if n1 == n2:
        n2 += 7
    for text in (f"Tiếp nhận {vn(n1)} hồ sơ, giải quyết {vn(n2)} hồ sơ, {_dir(up)} {vn(d)} hồ sơ ({_dir(up)} {r}%).",
                 f"Toàn tỉnh xảy ra {vn(n1)} vụ, làm chết {vn(n2)} người, bị thương {vn(n2 + 3)} người. So với cùng "
                 f"kỳ năm trước, {_dir(up)} {vn(d)} người ({_dir(up)} {r}%).",
                 f"Năm nay tiếp nhận {vn(n1)} hồ sơ, trong đó trực tuyến {vn(n2)} hồ sơ. So với cùng kỳ, "
                 f"{_dir(up)} {vn(d)} hồ sơ ({_dir(up)} {r}%)."):
        assert _ar005(text) == [], text


@given(st.integers(100, 90_000), st.integers(1, 5_000), st.integers(1, 300), st.booleans())
def test_a_figure_of_another_unit_only_stays_silent(n, d, r, up):
    for text in (f"Tiếp nhận {vn(n)} hồ sơ, {_dir(up)} {vn(d)} lượt so với cùng kỳ ({r}%).",
                 f"Toàn tỉnh xảy ra {vn(n)} vụ cháy. So với cùng kỳ năm trước, {_dir(up)} {vn(d)} người "
                 f"({_dir(up)} {r}%).",
                 f"Thu ngân sách được {vn(n)} tỷ đồng, {_dir(up)} {vn(d)} hồ sơ ({_dir(up)} {r}%)."):
        assert _ar005(text) == [], text


@given(st.integers(100, 990), st.integers(1, 200), st.integers(1, 300), st.booleans())
def test_a_change_in_points_stays_silent(rate, k, r, up):
    rs, ks = pct(Fraction(rate, 10), 1), pct(Fraction(k, 10), 1)
    for text in (f"Tỷ lệ giải quyết đúng hạn đạt {rs}%, {_dir(up)} {ks} điểm phần trăm ({_dir(up)} {r}%).",
                 f"Tỷ lệ hộ nghèo còn {rs}%, {_dir(up)} {ks} điểm phần trăm so với cùng kỳ ({_dir(up)} {r}%)."):
        assert _ar005(text) == [], text


def test_the_message_shows_the_implied_computation():
    text = ("Toàn quốc xảy ra 925 vụ, làm chết 485 người và làm bị thương 647 người. So với cùng kỳ năm trước "
            "giảm 106 vụ (giảm 10,28%), giảm 36 người chết (giảm 7,95%).")
    for lang, words in (("vi", "lấy từ câu trước"), ("en", "taken from the sentence before")):
        found = [f for f in check_text(text, RULES, Options(lang=lang)).findings if f.code == "AR005"]
        assert len(found) == 1 and found[0].severity == "warning", found
        assert "36 / (485 + 36) = 6,91%" in found[0].message and words in found[0].message, found[0].message
    clause = "Đã có 119 doanh nghiệp tạm ngừng hoạt động, tăng 37 trường hợp so với cùng kỳ (47%)."
    (f,) = [f for f in check_text(clause, RULES).findings if f.code == "AR005"]
    assert f.severity == "error" and "37 / (119 − 37) = 45,1%" in f.message, f.message


@given(st.integers(100, 90_000), st.integers(1, 300), st.booleans())
def test_a_bare_bracket_not_below_n_stays_silent(n, r, up):
    # "giảm 12% (20.000 tấn)" after 15.000 tấn: the bracket may be the earlier level, not D
    for d in (n, n + 1, 2 * n):
        text = f"Sản lượng đạt {vn(n)} tấn, {_dir(up)} {r}% ({vn(d)} tấn)."
        assert _ar005(text) == [], text


@given(st.integers(1_000, 90_000), st.integers(1, 900), st.integers(1, 300), st.booleans(),
       st.sampled_from(["trong đó", "gồm", "bao gồm", "riêng", "cụ thể", "chia ra"]))
def test_a_change_after_a_breakdown_word_is_a_parts(n, d, r, up, word):
    # the change after "trong đó" is a part's: the whole before it is not its N
    for text in (f"Tổng thu đạt {vn(n)} tỷ đồng, {word} thu thuế {_dir(up)} {vn(d)} tỷ đồng ({r}%).",
                 f"Tổng thu đạt {vn(n)} tỷ đồng, {word} thu thuế {_dir(up)} {r}% ({_dir(up)} {vn(d)} tỷ đồng)."):
        assert _ar005(text) == [], text


@given(st.integers(1_000, 90_000), st.integers(1, 900), st.integers(1, 300), st.booleans())
def test_a_sign_against_the_cue_stays_silent(n, d, r, up):
    # "giảm 133 người (+29,93%)": the sign and the word disagree, no reading is safe
    sign = "-" if up else "+"
    text = f"Trong tháng tiếp nhận {vn(n)} hồ sơ, {'tăng' if up else 'giảm'} {vn(d)} hồ sơ ({sign}{r},5%)."
    assert [f for f in check_text(text, RULES).findings if f.severity != "info"] == [], text

