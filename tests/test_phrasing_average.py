"""Averages against their total and count (AR038): a phrasing generator.

Families from enterprise registration releases, support programmes, agriculture and one-stop
shop reports: "vốn đăng ký bình quân trên một doanh nghiệp đạt A tỷ đồng" after "N doanh nghiệp
với số vốn đăng ký T tỷ đồng" in the sentence before; "trung bình mỗi hộ A triệu đồng", "bình
quân A triệu đồng/hộ" with the total and the count in the same sentence, before or after the
average; "mỗi xã bình quân A hộ" (a count per count); "năng suất bình quân A tạ/ha" from "T
tấn" and "N ha" (1 tấn = 10 tạ); "bình quân A hồ sơ/ngày" with "trong N ngày"; a total in tỷ
đồng for an average in triệu đồng. Consistent averages (rounded to the digits written) stay
silent; averages broken beyond rounding fire on their line; two candidate counts or totals, a
per-day average without the number of days, a total of another measure, a rate per person per
month, a duration ("3,5 ngày/hồ sơ"): silent.
"""
from __future__ import annotations

from fractions import Fraction

from hypothesis import given, strategies as st

from _vn import vn

from checker import check_text, load_ruleset

RULES = load_ruleset().select(["AR038", "AR001", "AR003", "AR005", "AR034"])

# (label, template, numbers): the numbers key picks the count, the total and the average
FAMILIES = [
    ("enterprises, two sentences", "Trong tháng {m}/{y}, cả nước có {N} doanh nghiệp thành lập mới với tổng số vốn đăng "
     "ký là {T} tỷ đồng, tăng {p}% so với cùng kỳ. Vốn đăng ký bình quân trên một doanh nghiệp đạt {A} tỷ đồng.", "money"),
    ("enterprises, one sentence", "Năm {y}, toàn tỉnh có {N} doanh nghiệp đăng ký thành lập mới, tổng vốn đăng ký {T} tỷ "
     "đồng, bình quân một doanh nghiệp {A} tỷ đồng.", "money"),
    ("per household, trung bình mỗi", "Tổng kinh phí hỗ trợ năm {y} là {T} triệu đồng cho {N} hộ nghèo, trung bình mỗi "
     "hộ {A} triệu đồng.", "money_small"),
    ("per household, A/X", "Năm {y}, huyện đã chi {T} triệu đồng hỗ trợ {N} hộ, bình quân {A} triệu đồng/hộ.",
     "money_small"),
    ("total and count after", "Bình quân mỗi hộ được hỗ trợ {A} triệu đồng, với tổng kinh phí {T} triệu đồng cho {N} "
     "hộ trong năm {y}.", "money_small"),
    ("count per count, mỗi X bình quân", "Toàn huyện có {N} xã với {T} hộ dân, mỗi xã bình quân {A} hộ.", "count"),
    ("count per count, two sentences", "Đến cuối năm {y}, tỉnh có {N} xã. Tổng số hộ gia đình là {T} hộ, trung bình "
     "mỗi xã có {A} hộ.", "count"),
    ("yield, tạ/ha from tấn and ha", "Vụ Đông Xuân năm {y}, diện tích lúa thu hoạch {N} ha, sản lượng đạt {T} tấn, "
     "năng suất bình quân {A} tạ/ha.", "yield"),
    ("per day with the days", "Trong {N} ngày, Bộ phận Một cửa đã tiếp nhận {T} hồ sơ, bình quân {A} hồ sơ/ngày.",
     "per_day"),
    # the count named in full once with its abbreviation, the average per the abbreviation, the
    # length of the period before the average, a sentence of rates between
    ("enterprises, an abbreviation", "Trong 10 tháng năm {y}, cả nước có {N} doanh nghiệp (DN) đăng ký thành lập mới, "
     "với tổng số vốn đăng ký là {T} tỷ đồng. So với cùng kỳ năm trước, số DN tăng 4,4% và tăng 28,5% về vốn đăng "
     "ký. Vốn đăng ký bình quân một DN thành lập mới trong 10 tháng đạt {A} tỷ đồng.", "money"),
    ("enterprises, tỉ spelt so", "Cả nước có {N} doanh nghiệp thành lập mới, với tổng số vốn đăng ký là {T} tỉ đồng. "
     "Vốn đăng ký bình quân một doanh nghiệp đạt {A} tỉ đồng.", "money"),
    ("tỷ total, triệu average", "Năm {y}, tỉnh giải ngân {T} tỷ đồng cho {N} dự án, bình quân mỗi dự án {A} triệu "
     "đồng.", "scale_mix"),
]

# texts where the average may not be judged: numbers as in FAMILIES, the average broken
SILENT = [
    ("two counts", "Toàn huyện có {N} xã đồng bằng và {N2} xã miền núi với {T} hộ dân, mỗi xã bình quân {A} hộ.",
     "count"),
    ("two totals", "Tổng kinh phí hỗ trợ {T} triệu đồng, trong đó ngân sách tỉnh {T2} triệu đồng, cho {N} hộ, trung "
     "bình mỗi hộ {A} triệu đồng.", "money_small"),
    ("per day, no days", "Trong quý, Bộ phận Một cửa đã tiếp nhận {T} hồ sơ, bình quân {A} hồ sơ/ngày.", "per_day"),
    ("per day, a deadline in days", "Bộ phận Một cửa đã tiếp nhận {T} hồ sơ, giải quyết trước hạn {N} ngày, bình quân "
     "{A} hồ sơ/ngày.", "per_day"),
    ("total of another measure", "Năm {y}, huyện hỗ trợ {T} tấn gạo cho {N} hộ, trung bình mỗi hộ {A} triệu đồng.",
     "money_small"),
    ("per person per month", "Tổng quỹ lương năm {y} là {T} triệu đồng cho {N} người lao động, thu nhập bình quân đạt "
     "{A} triệu đồng/người/tháng.", "money_small"),
    ("count after a change", "Năm {y}, tỉnh có thêm {T} hộ, tăng {N} xã, mỗi xã bình quân {A} hộ.", "count"),
    ("a duration", "Trong {N} ngày, đã tiếp nhận {T} hồ sơ; thời gian giải quyết trung bình {A} ngày/hồ sơ.", "per_day"),
]


def fmt(x: Fraction, d: int) -> str:
    """``x`` rounded half up to ``d`` decimals, written the Vietnamese way (1.234,5)."""
    q = int(x * 10 ** d + Fraction(1, 2))
    whole, frac = divmod(q, 10 ** d)
    return vn(whole) + (f",{frac:0{d}d}" if d else "")


@st.composite
def numbers(draw, key: str):
    """(count, total, exact average in the unit written, decimals of the average)."""
    if key == "money":  # tỷ đồng
        n, avg, d = draw(st.integers(50, 30000)), draw(st.integers(10, 5000)), draw(st.sampled_from([1, 2]))
        t = max(1, round(Fraction(n * avg, 100)))
        return n, t, Fraction(t, n), d
    if key == "money_small":  # triệu đồng
        n, avg, d = draw(st.integers(10, 5000)), draw(st.integers(10, 1000)), draw(st.sampled_from([0, 1, 2]))
        t = max(1, round(Fraction(n * avg, 10)))
        return n, t, Fraction(t, n), d
    if key == "count":
        n, avg = draw(st.integers(3, 300)), draw(st.integers(20, 2000))
        t = n * avg + draw(st.integers(0, n - 1))
        return n, t, Fraction(t, n), draw(st.sampled_from([0, 1]))
    if key == "yield":  # T tấn over N ha, in tạ/ha
        n, y = draw(st.integers(50, 50000)), draw(st.integers(200, 800))
        t = max(1, round(Fraction(n * y, 100)))
        return n, t, Fraction(10 * t, n), draw(st.sampled_from([1, 2]))
    if key == "per_day":
        n, avg = draw(st.integers(20, 365)), draw(st.integers(10, 500))
        t = max(1, round(Fraction(n * avg, 10)))
        return n, t, Fraction(t, n), draw(st.sampled_from([1, 2]))
    if key == "scale_mix":  # T tỷ đồng over N, in triệu đồng
        n, avg = draw(st.integers(5, 500)), draw(st.integers(200, 50000))
        t = max(100, round(Fraction(n * avg, 1000)))
        return n, t, Fraction(1000 * t, n), 0
    raise ValueError(key)


def broken_average(draw, exact: Fraction, d: int, total: int) -> str:
    """An average off by 5 % to 50 % — and by more than four times the rounding of a total in
    tỷ or triệu ("10 triệu đồng" is 9,5 to 10,5 triệu: 1,05 triệu a hộ of 10 hộ is not broken) —
    and by more than one unit of its last digit."""
    low = max(Fraction(5, 100), Fraction(4, 2 * total))
    r = (low + Fraction(draw(st.integers(0, 45)), 100)) * draw(st.sampled_from([1, -1]))
    wrong = exact * (1 + r)
    unit = Fraction(1, 10 ** d)
    if abs(wrong - exact) <= 2 * unit:
        wrong = exact + 3 * unit
    return fmt(wrong, d)


@st.composite
def average_case(draw, broken: bool, families=None):
    label, template, key = draw(st.sampled_from(families or FAMILIES))
    n, t, exact, d = draw(numbers(key))
    a = broken_average(draw, exact, d, t) if broken else fmt(exact, d)
    head = draw(st.integers(0, 2))
    text = template.format(N=vn(n), T=vn(t), A=a, y=draw(st.integers(2018, 2025)), m=draw(st.integers(1, 12)),
                           p=f"{draw(st.integers(1, 30))},{draw(st.integers(0, 9))}",
                           N2=vn(n + draw(st.integers(1, 50))), T2=vn(max(1, t // draw(st.integers(2, 5)))))
    return "".join(f"Phần {i + 1}.\n\n" for i in range(head)) + text, 2 * head + 1


def _found(text):
    return [(f.code, f.span.line) for f in check_text(text, RULES).findings if f.severity != "info"]


@given(average_case(broken=False))
def test_consistent_averages_stay_silent(case):
    text, _ = case
    assert _found(text) == [], text


@given(average_case(broken=True))
def test_broken_averages_fire_on_their_line(case):
    text, line = case
    assert ("AR038", line) in _found(text), text


@given(st.one_of(average_case(broken=True, families=SILENT), average_case(broken=False, families=SILENT)))
def test_uncertain_averages_stay_silent(case):
    text, _ = case
    assert [f for f in _found(text) if f[0] == "AR038"] == [], text


def test_the_release_sentence():
    """The sentence this rule was written for (an enterprise registration release, July 2019)."""
    head = ("Trong tháng 7/2019, số doanh nghiệp thành lập mới là 12.352 doanh nghiệp với số vốn đăng ký là 139.200 tỷ "
            "đồng, tăng 9,7% về số doanh nghiệp và tăng 14,0% về số vốn so với cùng kỳ năm 2018. Vốn đăng ký bình quân "
            "trên một doanh nghiệp đăng ký thành lập mới trong tháng 7 đạt {A} tỷ đồng, tăng 3,9% so với cùng kỳ năm "
            "ngoái.")
    assert _found(head.format(A="11,3")) == []
    found = check_text(head.format(A="13,0"), RULES).findings
    assert [(f.code, f.severity) for f in found] == [("AR038", "warning")]
    assert "139.200 tỷ đồng / 12.352 doanh nghiệp = 11,27 tỷ đồng/doanh nghiệp" in found[0].message


def test_message_in_english():
    from checker.engine import Options, run
    from checker.extract import build_document

    text = "Toàn huyện có 12 xã với 3.600 hộ, mỗi xã bình quân 320 hộ."
    found = run(build_document(text), RULES, Options(lang="en")).findings
    assert [f.code for f in found] == ["AR038"]
    assert found[0].message == "The average 320 hộ does not follow from the total and the count: 3.600 hộ / 12 xã = 300 hộ/xã"


@given(st.integers(1_000, 40_000), st.integers(50_000, 400_000), st.integers(50_000, 400_000), st.integers(2, 30),
       st.booleans())
def test_an_average_across_sentences_of_two_totals_says_nothing(firms, new_capital, added, avg, other_first):
    """"… vốn của doanh nghiệp thành lập mới là 310.331 tỷ đồng. Có 10.618 doanh nghiệp … tăng vốn
    …, số vốn tăng thêm đạt 446.398 tỷ đồng. Vốn đăng ký bình quân trên một doanh nghiệp đạt 9,2 tỷ
    đồng": the paragraph holds two totals of the average's measure, and the average may be of either
    (here of the new firms, whose count is elsewhere); with only the one total, it is judged."""
    if new_capital == added:
        return  # one value under two labels: the average is of it either way
    lead = f"Trong quý I, số vốn đăng ký của doanh nghiệp thành lập mới là {vn(new_capital)} tỷ đồng. " if other_first else ""
    text = (f"{lead}Có {vn(firms)} doanh nghiệp đang hoạt động đăng ký tăng vốn, số vốn đăng ký tăng thêm đạt "
            f"{vn(added)} tỷ đồng. Vốn đăng ký bình quân trên một doanh nghiệp đạt {avg},2 tỷ đồng.")
    found = [f.code for f in check_text(text, RULES).findings if f.code == "AR038" and f.severity != "info"]
    consistent = abs(Fraction(added, firms) - Fraction(avg * 10 + 2, 10)) <= Fraction(6, 100)
    assert found == ([] if other_first or consistent else ["AR038"]), text


# the total and the count on the line (or in the paragraph) before, the average's own sentences
# before it stating none of them: rates, or figures of other nouns
CROSS_LINE = [
    "Trong tháng {m}/{y}, cả nước có {N} doanh nghiệp thành lập mới, với tổng vốn đăng ký {T} tỷ đồng và số lao "
    "động đăng ký gần 51.100 lao động.{sep}So với cùng kỳ năm trước, tăng 21,4% về số doanh nghiệp, giảm 23,1% về số "
    "vốn đăng ký. Như vậy, vốn đăng ký bình quân của một doanh nghiệp thành lập mới trong tháng {m}/{y} đạt {A} tỷ đồng.",
    "Năm {y}, toàn tỉnh có {N} doanh nghiệp đăng ký thành lập mới với tổng số vốn đăng ký {T} tỷ đồng.{sep}"
    "Vốn đăng ký bình quân trên một doanh nghiệp đạt {A} tỷ đồng, giảm 18,9% so với năm trước.",
]


@given(st.sampled_from(CROSS_LINE), numbers("money"), st.booleans(), st.sampled_from(["\n", "\n\n"]))
def test_an_average_of_the_line_before(template, nums, broken, sep):
    n, t, exact, d = nums
    text = template.format(N=vn(n), T=vn(t), A=fmt(exact, d), y=2023, m=2, sep=sep)
    if broken:
        wrong = fmt(exact * Fraction(13, 10) + Fraction(3, 10 ** d), d)
        text = text.replace(f"đạt {fmt(exact, d)} tỷ đồng", f"đạt {wrong} tỷ đồng")
    line = 2 if sep == "\n" else 3
    assert (("AR038", line) in _found(text)) == broken, text


@given(numbers("money"), st.integers(50_000, 400_000), st.sampled_from(["\n", "\n\n"]))
def test_an_average_of_a_line_with_two_totals_says_nothing(nums, added, sep):
    n, t, exact, d = nums
    wrong = fmt(exact * Fraction(13, 10) + Fraction(3, 10 ** d), d)
    text = (f"Có {vn(n)} doanh nghiệp thành lập mới, với tổng vốn đăng ký {vn(t)} tỷ đồng; số vốn tăng thêm của các "
            f"doanh nghiệp đang hoạt động {vn(added)} tỷ đồng.{sep}Vốn đăng ký bình quân của một doanh nghiệp đạt "
            f"{wrong} tỷ đồng.")
    assert [f for f in _found(text) if f[0] == "AR038"] == [], text


@given(st.integers(100, 900), st.integers(1, 30), st.integers(300, 800))
def test_a_done_of_planned_pair_between_stops_the_search(area, gap, yield_):
    # "Tổng diện tích gieo trồng 226 ha. Trong đó lúa là 115/116 ha. … Năng suất đạt 62,58 tạ/ha
    # sản lượng đạt 719,67 tấn": the yield is of the rice, not of the whole area before it
    rice = area // 2
    output = fmt(Fraction(rice * yield_, 100), 2)
    text = (f"- Tổng diện tích gieo trồng {vn(area)} ha. Trong đó lúa là {vn(rice)}/{vn(rice + gap)} ha. Đạt 99,13% so "
            f"với kế hoạch. Năng suất đạt {fmt(Fraction(yield_, 10), 2)} tạ/ha sản lượng đạt {output} tấn.")
    assert [f for f in _found(text) if f[0] == "AR038"] == [], text
