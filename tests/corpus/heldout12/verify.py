#!/usr/bin/env python3
"""Recompute every holds/fails verdict in FACTS.json (stdlib only, exact Fractions).

Adapted from heldout10/verify.py (same helpers, runner and mutant re-evaluation;
added: frac() for written fractions such as "1/4", ONE for a unit named
without a number).  Conventions (from the brief):
  * "." groups thousands, "," is the decimal mark.
  * d decimals -> +-0,5*10^-d; whole measured amounts -> +-0,5; counts -> exact.
  * approximations (hơn, gần, khoảng, trên, ước ...) widen to
    w = min(unit of the last non-zero digit, 5 % of X)  (the wider of w and the
    precision tolerance is used, symmetric).
  * rates are evaluated over intervals (all corners); a relation holds when the
    computed range meets the stated range.

Every numeric literal a check uses must occur in the file it refers to (as a
number token, as often as the occurrence index it names), and the record's
quote must occur on the record's line, so the checks cannot drift from the
passages.

Mutants: besides the format checks (one number token changed, same shape and
decimals, 12-20 %), every check of the original is re-evaluated with the
changed token substituted (by token position, i.e. literal + occurrence
index): exactly one "holds" relation of the original must turn into "fails",
it must be the twin of the mutant's own record, and every other recorded
relation must keep its verdict.
"""
import json
import re
import sys
import unicodedata
from datetime import date
from fractions import Fraction as F
from itertools import product
from pathlib import Path

HERE = Path(__file__).resolve().parent
NUM_RE = re.compile(r"\d+(?:\.\d{3})*(?:,\d+)?")


# ---------------------------------------------------------------- numbers
def parse(s):
    """Vietnamese number string -> (Fraction, decimals)."""
    s = s.strip()
    if "," in s:
        ip, dp = s.split(",")
    else:
        ip, dp = s, ""
    ip = ip.replace(".", "")
    val = F(int(ip + dp), 10 ** len(dp)) if dp else F(int(ip))
    return val, len(dp)


def last_nonzero_unit(s):
    _val, d = parse(s)
    digits = re.sub(r"[^0-9]", "", s)
    k = len(digits) - len(digits.rstrip("0"))
    return F(1, 10 ** d) * (10 ** k)


class I:
    """Closed interval of Fractions."""

    def __init__(self, lo, hi=None):
        self.lo = F(lo)
        self.hi = F(lo if hi is None else hi)
        assert self.lo <= self.hi

    def _corners(self, o, op):
        vals = [op(a, b) for a, b in product((self.lo, self.hi), (o.lo, o.hi))]
        return I(min(vals), max(vals))

    def __add__(self, o):
        o = o if isinstance(o, I) else I(o)
        return I(self.lo + o.lo, self.hi + o.hi)

    __radd__ = __add__

    def __sub__(self, o):
        o = o if isinstance(o, I) else I(o)
        return I(self.lo - o.hi, self.hi - o.lo)

    def __rsub__(self, o):
        return I(o) - self

    def __neg__(self):
        return I(-self.hi, -self.lo)

    def __mul__(self, o):
        o = o if isinstance(o, I) else I(o)
        return self._corners(o, lambda a, b: a * b)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = o if isinstance(o, I) else I(o)
        assert o.lo > 0 or o.hi < 0, "division by an interval containing 0"
        return self._corners(o, lambda a, b: a / b)

    def __rtruediv__(self, o):
        return I(o) / self

    def meets(self, o):
        return self.lo <= o.hi and o.lo <= self.hi

    def __repr__(self):
        return f"[{float(self.lo):.7g}, {float(self.hi):.7g}]"


USED = []    # (literal, occurrence) pairs used by the check being evaluated
SUBST = {}   # (literal, occurrence) -> replacement literal (mutant re-evaluation)


def lit(s, occ=1):
    USED.append((s, occ))
    return SUBST.get((s, occ), s)


def cnt(s, occ=1):
    """Exact count."""
    v, _ = parse(lit(s, occ))
    return I(v)


def meas(s, scale=1, occ=1):
    """Measured amount: tolerance from the written precision."""
    v, d = parse(lit(s, occ))
    t = F(1, 2 * 10 ** d) if d else F(1, 2)
    return I((v - t) * F(scale), (v + t) * F(scale))


def approx(s, scale=1, occ=1):
    """Approximate amount (hơn, gần, khoảng, trên, ước ...)."""
    s = lit(s, occ)
    v, d = parse(s)
    t = F(1, 2 * 10 ** d) if d else F(1, 2)
    w = min(last_nonzero_unit(s), v * F(5, 100))
    t = max(t, w)
    return I((v - t) * F(scale), (v + t) * F(scale))


def pct(s, kind=meas, occ=1):
    """Percentage -> fraction interval."""
    return kind(s, F(1, 100), occ=occ)


def trieu_nghin(tr, ng, occ_tr=1, occ_ng=1):
    """'147 triệu 700 nghìn đồng' -> amount in triệu, whole nghìn (+-0,5 nghìn)."""
    a, _ = parse(lit(tr, occ_tr))
    b, _ = parse(lit(ng, occ_ng))
    v = a + b / 1000
    return I(v - F(1, 2000), v + F(1, 2000))


def mean(*xs):
    return sum(xs, I(0)) * F(1, len(xs))


# ---------------------------------------------------------------- checks
# key: (file, line, quote) -> function returning (computed, stated)
C = {}


def check(file, line, quote):
    def deco(fn):
        C[(file, line, quote)] = fn
        return fn

    return deco


def reg(file, line, quote, fn):
    C[(file, line, quote)] = fn


def pct_split(ip, dp, occ_ip=1, occ_dp=1):
    """A percentage written with a stray space after the comma ("50, 35%"):
    two number tokens, read as one value with len(dp) decimals."""
    a, _ = parse(lit(ip, occ_ip))
    b, _ = parse(lit(dp, occ_dp))
    d = len(dp)
    v = a + b / 10 ** d
    t = F(1, 2 * 10 ** d)
    return I((v - t) / 100, (v + t) / 100)


def listed(quote, names):
    """Count of the items a quote lists by name (every name must be in it)."""
    for n in names:
        assert n in quote, n
    return I(len(names))


def chg_from_increase(cur, inc):
    """rate = inc / (cur - inc)"""
    return inc / (cur - inc)


HUNDRED = I(1)


def exact_pct(s, occ=1):
    """A target percentage taken as exact (a plan / resolution figure)."""
    v, _ = parse(lit(s, occ))
    return I(v / 100)


def frac(a, b, occ_a=1, occ_b=1):
    """A written fraction such as "1/4", taken as exact."""
    x, _ = parse(lit(a, occ_a))
    y, _ = parse(lit(b, occ_b))
    return I(x / y)


ONE = I(1)  # one unit named in the text without a number ("xã Trung Hòa")


# h12-01  nông thôn mới, tỉnh Tuyên Quang, 2019-2020 ------------------------
H1201_10 = "Năm 2020 có 10 xã đăng ký về đích nông thôn mới gồm, Thanh Tương (Na Hang); Phù Lưu, Minh Dân (Hàm Yên); Trung Hòa, Nhân Lý (Chiêm Hóa); Thắng Quân, Tứ Quận, Tiến Bộ (Yên Sơn); Hợp Thành, Thiện Kế (Sơn Dương)"
H1201_5 = "5 xã đạt 14 tiêu chí gồm Thắng Quân, Minh Dân, Tiến Bộ, Tứ Quận, Thiện Kế"
H1201_3 = "3 xã đạt 13 tiêu chí là Phù Lưu, Hợp Thành, Nhân Lý"


@check("h12-01.txt", 1, H1201_10)
def _():
    return listed(H1201_10, ["Thanh Tương", "Phù Lưu", "Minh Dân", "Trung Hòa", "Nhân Lý", "Thắng Quân", "Tứ Quận", "Tiến Bộ", "Hợp Thành", "Thiện Kế"]), cnt("10")


@check("h12-01.txt", 1, H1201_5)
def _():
    return listed(H1201_5, ["Thắng Quân", "Minh Dân", "Tiến Bộ", "Tứ Quận", "Thiện Kế"]), cnt("5")


@check("h12-01.txt", 1, H1201_3)
def _():
    return listed(H1201_3, ["Phù Lưu", "Hợp Thành", "Nhân Lý"]), cnt("3")


@check("h12-01.txt", 1, "đã có xã Trung Hòa đạt 15 tiêu chí, 5 xã đạt 14 tiêu chí")
def _():
    # Trung Hòa (1) + 5 + 3 + Thanh Tương (1) = the 10 registered communes
    return ONE + cnt("5") + cnt("3") + ONE, cnt("10")


# h12-02  kinh tế huyện Mường La (Sơn La), quý I/2022 -----------------------
@check("h12-02.txt", 1, "Sản lượng thu hoạch các loại quả 3.360 tấn tăng 9,8% so với cùng kỳ gồm 3.350 tấn chuối, cây ăn quả khác 340 tấn")
def _():
    return meas("3.350") + meas("340"), meas("3.360")


# h12-03  lúa chiêm xuân huyện Mường Chà (Điện Biên), vụ đông xuân 2016-2017
@check("h12-03.txt", 2, "Diện tích gieo cấy: 292,4 ha, đạt 94,6 % kế hoạch; năng suất trung bình 48,7 tạ/ha, đạt 99,4% kế hoạch; sản lượng:1.424 tấn")
def _():
    # 48,7 tạ/ha = 4,87 tấn/ha
    return meas("292,4") * meas("48,7") * F(1, 10), meas("1.424")


def _h1203_plan(r):
    return lambda: (pct("94,6") * pct("99,4"), pct(r))


reg("h12-03.txt", 2, "đạt 94,6 % kế hoạch; năng suất trung bình 48,7 tạ/ha, đạt 99,4% kế hoạch; sản lượng:1.424 tấn, đạt 94,1% kế hoạch", _h1203_plan("94,1"))
reg("h12-03-mut.txt", 2, "đạt 94,6 % kế hoạch; năng suất trung bình 48,7 tạ/ha, đạt 99,4% kế hoạch; sản lượng:1.424 tấn, đạt 82,1% kế hoạch", _h1203_plan("82,1"))


@check("h12-03.txt", 2, "so với cùng kỳ năm trước, diện tích tăng 14,74 ha, năng xuấttăng 0,2 tạ/ha, sản lượng tăng 77,35 tấn")
def _():
    # last year: (292,4 - 14,74) ha x (48,7 - 0,2) tạ/ha = 1.424 - 77,35 tấn
    area = meas("292,4") - meas("14,74")
    yld = meas("48,7") - meas("0,2")
    return area * yld * F(1, 10), meas("1.424") - meas("77,35")


# h12-04  trồng trọt tỉnh Hải Dương, vụ mùa 2023 (tháng 10/2023) -------------
def _h1204_area(a):
    return lambda: (meas(a) / (meas("63.831") + meas(a)), pct("0,94"))


reg("h12-04.txt", 1, "Tổng diện tích gieo trồng đạt 63.831 ha, giảm 0,94% (-603 ha) so với vụ mùa năm trước", _h1204_area("603"))
reg("h12-04-mut.txt", 1, "Tổng diện tích gieo trồng đạt 63.831 ha, giảm 0,94% (-703 ha) so với vụ mùa năm trước", _h1204_area("703"))


@check("h12-04.txt", 2, "Năng suất ước đạt 60,0 tạ/ha, tăng 1,1% (+0,6 tạ/ha)")
def _():
    return chg_from_increase(approx("60,0"), meas("0,6")), pct("1,1")


@check("h12-04.txt", 2, "năng suất trung bình ước đạt 234,7 tạ/ha, tăng 1,2% (+2,8 tạ/ha)")
def _():
    return chg_from_increase(approx("234,7"), meas("2,8")), pct("1,2")


@check("h12-04.txt", 2, "sản lượng ước đạt 159.701 tấn, tăng 2,3% (+3.564 tấn)")
def _():
    return chg_from_increase(approx("159.701"), meas("3.564")), pct("2,3")


# h12-05  xuất nhập khẩu tỉnh Bình Phước, 9 tháng 2022 ---------------------
@check("h12-05.txt", 1, "kim ngạch xuất nhập khẩu 9 tháng đầu năm của tỉnh ước đạt 5,12 tỷ USD. Trong đó, xuất khẩu đạt 3,14 tỷ USD, tăng 9,53% so với cùng kỳ năm 2021, nhập khẩu đạt 1,98 tỷ USD")
def _():
    return meas("3,14") + meas("1,98"), approx("5,12")


def _h1205_bal(b):
    return lambda: (meas("3,14") - meas("1,98"), meas(b))


reg("h12-05.txt", 2, "Tính chung 9 tháng đầu năm 2022, Bình Phước xuất siêu 1,16 tỷ USD", _h1205_bal("1,16"))
reg("h12-05-mut.txt", 2, "Tính chung 9 tháng đầu năm 2022, Bình Phước xuất siêu 1,36 tỷ USD", _h1205_bal("1,36"))


# h12-06  xuất khẩu thủy sản cả nước theo mặt hàng, 6 tháng 2022 -----------
@check("h12-06.txt", 2, "XK tôm đạt 2,3 tỷ USD, tăng 33% so với cùng kỳ và chiếm 40% tổng XK thuỷ sản")
def _():
    return meas("2,3") / approx("5,8"), pct("40", occ=2)


@check("h12-06.txt", 3, "XK cá tra cả nước đạt hơn 1,4 tỷ USD, tăng 83% so với cùng kỳ năm 2021 và chiếm 1/4 doanh số XK thuỷ sản")
def _():
    return approx("1,4") / approx("5,8"), frac("1", "4")


@check("h12-06.txt", 5, "kim ngạch XK đạt 344 triệu USD, tăng 29% so với cùng kỳ năm 2021. Trong đó XK mực đạt 197 triệu USD, tăng 45%; bạch tuộc đạt 147 triệu USD")
def _():
    return meas("197") + meas("147"), meas("344")


def _h1206_growth(r):
    def fn():
        # "45" first occurs in "45-90%" (line 3); the squid rate is its second occurrence
        old = meas("197") / (1 + pct("45", occ=2)) + meas("147") / (1 + pct("12"))
        return meas("344") / old - 1, pct(r)
    return fn


reg("h12-06.txt", 5, "kim ngạch XK đạt 344 triệu USD, tăng 29% so với cùng kỳ năm 2021. Trong đó XK mực đạt 197 triệu USD, tăng 45%; bạch tuộc đạt 147 triệu USD, tăng 12% so với cùng kỳ", _h1206_growth("29"))
reg("h12-06-mut.txt", 5, "kim ngạch XK đạt 344 triệu USD, tăng 34% so với cùng kỳ năm 2021. Trong đó XK mực đạt 197 triệu USD, tăng 45%; bạch tuộc đạt 147 triệu USD, tăng 12% so với cùng kỳ", _h1206_growth("34"))


# h12-07  tốt nghiệp THCS huyện Vĩnh Linh (Quảng Trị), 2022-2023 -----------
def _h1207_share(a):
    return lambda: (cnt(a) / cnt("1.466"), pct("99,45"))


reg("h12-07.txt", 3, "toàn huyện có 1.466 học sinh dự xét tốt nghiệp, trong đó tốt nghiệp 1.458 em đạt tỷ lệ 99,45%", _h1207_share("1.458"))
reg("h12-07-mut.txt", 3, "toàn huyện có 1.466 học sinh dự xét tốt nghiệp, trong đó tốt nghiệp 1.258 em đạt tỷ lệ 99,45%", _h1207_share("1.258"))


@check("h12-07.txt", 3, "số học sinh xếp loại giỏi đạt 29,63%, khá 44,58%, trung bình 25,79%")
def _():
    return pct("29,63") + pct("44,58") + pct("25,79"), HUNDRED


# h12-08  tốt nghiệp THPT tỉnh Kon Tum, 2022 -------------------------------
@check("h12-08.txt", 3, "tỉnh Kon Tum có 4.429 thí sinh đỗ tốt nghiệp THPT, đạt tỷ lệ 97,49%")
def _():
    return cnt("4.429") / cnt("4.551"), pct("97,49", occ=2)


@check("h12-08.txt", 4, "tỉnh Kon Tum có 13 thí sinh đạt điểm 10; gồm 8 thí sinh đạt điểm 10 môn Lịch sử, 3 thí sinh đạt điểm 10 môn GDCD, 1 thí sinh đạt điểm 10 môn tiếng Anh và 1 thí sinh đạt điểm 10 môn Sinh học")
def _():
    return cnt("8") + cnt("3") + cnt("1") + cnt("1", occ=2), cnt("13")


def _h1208_sum(c):
    return lambda: (cnt("542") + cnt("4.009") + cnt(c), cnt("4.751"))


reg("h12-08.txt", 5, "tỉnh Kon Tum có 4.751 thí sinh đăng ký dự thi. Trong đó có 542 thí sinh thi lấy kết quả chỉ để xét công nhận tốt nghiệp; có 4.009 thí sinh dự thi để lấy kết quả xét công nhận tốt nghiệp THPT và xét tuyển đại học, xét tuyển cao đẳng ngành đào tạo giáo viên mầm non; có 200 thí sinh tự do", _h1208_sum("200"))
reg("h12-08-mut.txt", 5, "tỉnh Kon Tum có 4.751 thí sinh đăng ký dự thi. Trong đó có 542 thí sinh thi lấy kết quả chỉ để xét công nhận tốt nghiệp; có 4.009 thí sinh dự thi để lấy kết quả xét công nhận tốt nghiệp THPT và xét tuyển đại học, xét tuyển cao đẳng ngành đào tạo giáo viên mầm non; có 230 thí sinh tự do", _h1208_sum("230"))


@check("h12-08.txt", 5, "Trong đó có 542 thí sinh thi lấy kết quả chỉ để xét công nhận tốt nghiệp; có 4.009 thí sinh dự thi để lấy kết quả xét công nhận tốt nghiệp THPT")
def _():
    # the two groups that sit the exam for graduation = the 4.551 candidates of line 2
    return cnt("542") + cnt("4.009"), cnt("4.551")


@check("h12-08.txt", 6, "bố trí 12 điểm thi chính với 522 cán bộ coi thi. Trong đó có 5 điểm thi đặt tại thành phố Kon Tum và 7 điểm thi đặt tại các huyện")
def _():
    # "12" and "7" first occur in line 1 ("lớp 12", "24/7")
    return cnt("5") + cnt("7", occ=2), cnt("12", occ=2)


# h12-09  tai nạn giao thông tỉnh Trà Vinh, 9 tháng 2022 --------------------
@check("h12-09.txt", 2, "đã kéo giảm 48 vụ (giảm 65%)")
def _():
    return cnt("73") - cnt("25"), cnt("48")


@check("h12-09.txt", 2, "giảm 29 người chết (giảm 54%)")
def _():
    return cnt("53") - cnt("24"), cnt("29")


@check("h12-09.txt", 2, "giảm 40 người bị thương (giảm 80%)")
def _():
    return cnt("50") - cnt("10"), cnt("40")


@check("h12-09.txt", 2, "kéo giảm 48 vụ (giảm 65%)")
def _():
    return cnt("48") / cnt("73"), pct("65")


@check("h12-09.txt", 2, "29 người chết (giảm 54%)")
def _():
    return cnt("29") / cnt("53"), pct("54")


def _h1209_inj(r):
    return lambda: (cnt("40") / cnt("50"), pct(r))


reg("h12-09.txt", 2, "40 người bị thương (giảm 80%)", _h1209_inj("80"))
reg("h12-09-mut.txt", 2, "40 người bị thương (giảm 92%)", _h1209_inj("92"))


# h12-10  thi đua khen thưởng ngành giáo dục tỉnh Long An, 2019-2020 --------
H1210_3 = "3 tập thể vinh dự nhận Cờ thi đua Chính phủ gồm Trường Mầm non Sơn Ca (huyện Đức Huệ), Trường Tiểu học Nguyễn Tấn Kiều (thị xã Kiến Tường), Trường THCS Hậu Nghĩa (huyện Đức Hòa)"
H1210_4 = "4 tập thể là Trường Mầm non Tân Phước Tây (Tân Trụ), Trường Tiểu học Mỹ Lạc (Thủ Thừa), Trường Tiểu học Gò Đen (Bến Lức), Trường Tiểu học Lê Minh Xuân (Đức Hòa)"


@check("h12-10.txt", 1, H1210_3)
def _():
    return listed(H1210_3, ["Trường Mầm non Sơn Ca", "Trường Tiểu học Nguyễn Tấn Kiều", "Trường THCS Hậu Nghĩa"]), cnt("3")


@check("h12-10.txt", 2, H1210_4)
def _():
    return listed(H1210_4, ["Trường Mầm non Tân Phước Tây", "Trường Tiểu học Mỹ Lạc", "Trường Tiểu học Gò Đen", "Trường Tiểu học Lê Minh Xuân"]), cnt("4")


# h12-11  khen thưởng học sinh giỏi huyện Trà Bồng (Quảng Ngãi), 2022-2023 --
def _h1211_sum(t):
    return lambda: (cnt("1") + cnt("4") + cnt("5") + cnt("5", occ=2), cnt(t))


reg("h12-11.txt", 2, "huyện Trà Bồng có 15 học sinh đoạt giải. Trong đó, có 1 giải Nhất (môn Lịch sử); 4 giải Nhì (môn Toán và Lịch sử); 5 giải Ba (môn Ngữ văn, Lịch sử và Địa lý) và 5 giải Khuyến khích", _h1211_sum("15"))
reg("h12-11-mut.txt", 2, "huyện Trà Bồng có 17 học sinh đoạt giải. Trong đó, có 1 giải Nhất (môn Lịch sử); 4 giải Nhì (môn Toán và Lịch sử); 5 giải Ba (môn Ngữ văn, Lịch sử và Địa lý) và 5 giải Khuyến khích", _h1211_sum("17"))


@check("h12-11.txt", 3, "huyện có 2 dự án đoạt giải gồm 1 giải Ba và 1 giải Khuyến khích")
def _():
    return cnt("1", occ=2) + cnt("1", occ=3), cnt("2")


# h12-12  thu chi ngân sách tỉnh Đồng Nai, 4 tháng 2021 ---------------------
@check("h12-12.txt", 1, "Trong đó, thu ngân sách nội địa ước đạt 21,5 ngàn tỷ đồng")
def _():
    # nội địa (line 1) + xuất nhập khẩu (line 2) = tổng thu
    return approx("21,5") + approx("5,7"), approx("27,2")


def _h1212_growth(r):
    def fn():
        old = approx("21,5") / (1 + pct("41")) + approx("5,7") / (1 + pct("13"))
        return approx("27,2") / old - 1, pct(r)
    return fn


reg("h12-12.txt", 1, "ước đạt 27,2 ngàn tỷ đồng, đạt 58% dự toán năm và tăng 36% so với cùng kỳ năm 2020", _h1212_growth("36"))
reg("h12-12-mut.txt", 1, "ước đạt 27,2 ngàn tỷ đồng, đạt 58% dự toán năm và tăng 42% so với cùng kỳ năm 2020", _h1212_growth("42"))


@check("h12-12.txt", 1, "ước đạt 27,2 ngàn tỷ đồng, đạt 58% dự toán năm")
def _():
    # the year's estimate rebuilt from the two parts and their own rates
    return approx("21,5") / pct("63") + approx("5,7") / pct("43"), approx("27,2") / pct("58")


# h12-13  một cửa huyện Côn Đảo (Bà Rịa - Vũng Tàu), quý I/2021 -------------
@check("h12-13.txt", 2, "đã tiếp nhận 3.001 hồ sơ, trong đó nhận mới 3.000 hồ sơ, kỳ trước chuyển qua 01 hồ sơ")
def _():
    return cnt("3.000") + cnt("01"), cnt("3.001")


@check("h12-13.txt", 2, "đã giải quyết và trả kết quả 2.998 hồ sơ, đạt tỷ lệ 99,9%; đang giải quyết 03 hồ sơ")
def _():
    return cnt("2.998") + cnt("03"), cnt("3.001")


def _h1213_share(r):
    return lambda: (cnt("2.998") / cnt("3.001"), pct(r, occ=2 if r == "99,9" else 1))


reg("h12-13.txt", 2, "đã giải quyết và trả kết quả 2.998 hồ sơ, đạt tỷ lệ 99,9%", _h1213_share("99,9"))
reg("h12-13-mut.txt", 2, "đã giải quyết và trả kết quả 2.998 hồ sơ, đạt tỷ lệ 86,9%", _h1213_share("86,9"))


@check("h12-13.txt", 2, "đang giải quyết 03 hồ sơ chưa đến hạn, chiếm tỷ lệ 0,1%")
def _():
    return cnt("03") / cnt("3.001"), pct("0,1")


@check("h12-13.txt", 1, "đã giải quyết được 99,9% số hồ sơ tiếp nhận")
def _():
    return cnt("2.998") / cnt("3.001"), pct("99,9", occ=1)


# h12-14  một cửa cấp xã tỉnh Bình Dương, năm 2021 -------------------------
def _h1214_sum(q):
    return lambda: (cnt("904.225") + cnt(q), cnt("904.298"))


reg("h12-14.txt", 1, "đã giải quyết 904.298 hồ sơ, trong đó trả trước và đúng hạn 904.225 hồ sơ, đạt tỷ lệ 99,99%, quá hạn 73 hồ sơ", _h1214_sum("73"))
reg("h12-14-mut.txt", 1, "đã giải quyết 904.298 hồ sơ, trong đó trả trước và đúng hạn 904.225 hồ sơ, đạt tỷ lệ 99,99%, quá hạn 83 hồ sơ", _h1214_sum("83"))


@check("h12-14.txt", 1, "trả trước và đúng hạn 904.225 hồ sơ, đạt tỷ lệ 99,99%")
def _():
    return cnt("904.225") / cnt("904.298"), pct("99,99")


@check("h12-14.txt", 1, "quá hạn 73 hồ sơ, chiếm tỷ lệ 0,01%")
def _():
    return cnt("73") / cnt("904.298"), pct("0,01")


# h12-15  xã Sơn Thủy (huyện Văn Bàn, Lào Cai), điều kiện kinh tế - xã hội --
def _h1215_forest(b):
    return lambda: (meas("3.120,70") + meas(b), meas("3.582,80"))


reg("h12-15.txt", 4, "+ Rừng trồng: 462,10 ha.", _h1215_forest("462,10"))
reg("h12-15-mut.txt", 4, "+ Rừng trồng: 532,10 ha.", _h1215_forest("532,10"))


@check("h12-15.txt", 6, "gồm 05 dân tộc (Xa Phó, H'Mông, Dao, Tày, Kinh)")
def _():
    return listed("gồm 05 dân tộc (Xa Phó, H'Mông, Dao, Tày, Kinh)", ["Xa Phó", "H'Mông", "Dao", "Tày", "Kinh"]), cnt("05")


@check("h12-15.txt", 7, "- Tổng số hộ nghèo: 391 hộ, 1904 khẩu; Tỷ lệ hộ nghèo: 60,9%.")
def _():
    return cnt("391") / cnt("656"), pct("60,9")


@check("h12-15.txt", 8, "Thôn có điện lưới Quốc gia: 11/17 thôn.")
def _():
    # the denominator is the commune's number of thôn, written as 14 in line 1
    return cnt("14"), cnt("17")


# h12-16  UBND một phường (Quận 1, TP.HCM), 9 tháng 2017 ---------------------
def _h1216_share(r):
    return lambda: (cnt("3") / cnt("5"), pct(r))


reg("h12-16.txt", 1, "khám phá 3/5 vụ án hình sự, đạt 60%", _h1216_share("60"))
reg("h12-16-mut.txt", 1, "khám phá 3/5 vụ án hình sự, đạt 70%", _h1216_share("70"))



# ---------------------------------------------------------------- runner
FAMS = ["sum", "share", "change", "points", "plan", "average", "count-list", "difference"]


def check_file_format(path, errors):
    raw = path.read_bytes()
    text = raw.decode("utf-8")
    if "\r" in text:
        errors.append(f"{path.name}: CR found")
    if not text.endswith("\n") or text.endswith("\n\n"):
        errors.append(f"{path.name}: must end with exactly one newline")
    if unicodedata.normalize("NFC", text) != text:
        errors.append(f"{path.name}: not NFC")
    lines = text[:-1].split("\n")
    for i, l in enumerate(lines, 1):
        if l != l.strip() or not l:
            errors.append(f"{path.name}:{i}: not stripped / empty")
    if not 1 <= len(lines) <= 10:
        errors.append(f"{path.name}: {len(lines)} lines (want 1-10)")
    return lines


def evaluate(key, text):
    """Run one check; return (verdict, comp, stated, missing literals, used literals)."""
    USED.clear()
    comp, stated = C[key]()
    toks = NUM_RE.findall(text)
    missing = []
    if not SUBST:  # literal checks only against the file itself, not under substitution
        for s, occ in USED:
            if toks.count(s) < occ:
                missing.append((s, occ))
    return ("holds" if comp.meets(stated) else "fails"), comp, stated, missing, list(USED)


def mutant_diff(a, b, errors, name):
    ta, tb = NUM_RE.findall(a), NUM_RE.findall(b)
    sa, sb = NUM_RE.sub("#", a), NUM_RE.sub("#", b)
    if sa != sb or len(ta) != len(tb):
        errors.append(f"{name}: differs from its original outside number tokens")
        return None
    diff = [i for i, (x, y) in enumerate(zip(ta, tb)) if x != y]
    if len(diff) != 1:
        errors.append(f"{name}: {len(diff)} number tokens changed (want 1)")
        return None
    p = diff[0]
    x, y = ta[p], tb[p]
    vx, dx = parse(x)
    vy, dy = parse(y)
    shape = lambda s: re.sub(r"\d", "9", s)
    if dx != dy or shape(x) != shape(y):
        errors.append(f"{name}: format changed {x} -> {y}")
    rel = abs(vy - vx) / vx
    if not F(12, 100) <= rel <= F(20, 100):
        errors.append(f"{name}: change {x} -> {y} is {float(rel):.1%} (want 12-20 %)")
    occ = ta[: p + 1].count(x)
    return x, y, occ, rel


def same_but_token(q_orig, q_mut, x, y):
    if NUM_RE.sub("#", q_orig) != NUM_RE.sub("#", q_mut):
        return False
    to, tm = NUM_RE.findall(q_orig), NUM_RE.findall(q_mut)
    d = [(a, b) for a, b in zip(to, tm) if a != b]
    return d == [] or d == [(x, y)]


def main():
    facts = json.loads((HERE / "FACTS.json").read_text(encoding="utf-8"))
    errors = []
    files, texts = {}, {}
    for p in sorted(HERE.glob("h12-*.txt")):
        files[p.name] = check_file_format(p, errors)
        texts[p.name] = p.read_text(encoding="utf-8")

    used_keys = set()
    table = {}
    per_file = {}
    for n, r in enumerate(facts):
        for k in ("file", "line", "quote", "family", "verdict", "computation"):
            if k not in r:
                errors.append(f"record {n}: missing {k}")
        fam, verdict = r["family"], r["verdict"]
        if fam not in FAMS:
            errors.append(f"record {n}: bad family {fam}")
        if verdict not in {"holds", "fails", "not checkable"}:
            errors.append(f"record {n}: bad verdict {verdict}")
        lines = files.get(r["file"])
        if lines is None:
            errors.append(f"record {n}: no file {r['file']}")
            continue
        if not 1 <= r["line"] <= len(lines) or r["quote"] not in lines[r["line"] - 1]:
            errors.append(f"record {n}: quote not on {r['file']}:{r['line']}: {r['quote'][:60]}")
        per_file.setdefault(r["file"], []).append(r)
        is_mut = bool(r.get("mutation"))
        col = ("mutant " if is_mut else "") + verdict
        table.setdefault(fam, {}).setdefault(col, 0)
        table[fam][col] += 1
        if verdict == "not checkable":
            continue
        key = (r["file"], r["line"], r["quote"])
        if key not in C:
            errors.append(f"record {n}: no computation for {key}")
            continue
        used_keys.add(key)
        SUBST.clear()
        got, comp, stated, missing, _u = evaluate(key, texts[r["file"]])
        for s, occ in missing:
            errors.append(f"record {n}: literal {s!r} (occurrence {occ}) not in {r['file']}")
        if got != verdict:
            errors.append(f"record {n} {r['file']}:{r['line']} {fam}: computed {got} (computed {comp} vs stated {stated}), FACTS says {verdict}")

    for key in C:
        if key not in used_keys:
            errors.append(f"unused computation {key}")

    # mutants
    mutants = sorted(n for n in files if n.endswith("-mut.txt"))
    for m in mutants:
        orig = m.replace("-mut.txt", ".txt")
        if orig not in files:
            errors.append(f"{m}: no original")
            continue
        res = mutant_diff(texts[orig], texts[m], errors, m)
        recs = per_file.get(m, [])
        if len(recs) != 1 or not recs[0].get("mutation") or recs[0]["verdict"] != "fails":
            errors.append(f"{m}: want exactly one record with mutation=true, verdict fails")
            continue
        if not res:
            continue
        x, y, occ, _rel = res
        mrec = recs[0]
        # the mutated figure must be one the mutant's computation uses
        SUBST.clear()
        _g, _c, _s, _miss, used = evaluate((m, mrec["line"], mrec["quote"]), texts[m])
        if y not in [s for s, _o in used]:
            errors.append(f"{m}: mutated token {y} is not used by its record's computation")
        # re-evaluate every check of the original with the token substituted
        SUBST.clear()
        SUBST[(x, occ)] = y
        flipped = []
        for q in per_file.get(orig, []):
            if q["verdict"] == "not checkable":
                continue
            key = (orig, q["line"], q["quote"])
            got, comp, stated, _miss, _u = evaluate(key, texts[orig])
            if got != q["verdict"]:
                flipped.append((q, got))
        SUBST.clear()
        if len(flipped) != 1:
            errors.append(f"{m}: {len(flipped)} recorded relations of {orig} change verdict (want exactly 1): {[f[0]['quote'][:40] for f in flipped]}")
            continue
        q, got = flipped[0]
        if not (q["verdict"] == "holds" and got == "fails" and q["line"] == mrec["line"] and q["family"] == mrec["family"] and same_but_token(q["quote"], mrec["quote"], x, y)):
            errors.append(f"{m}: the relation that breaks is not the twin of the mutant record ({q['quote'][:50]})")
    for n in files:
        if not n.endswith("-mut.txt") and n not in per_file:
            errors.append(f"{n}: no FACTS records")

    cols = ["holds", "fails", "not checkable", "mutant fails"]
    print(f"{'family':<12}" + "".join(f"{c:>15}" for c in cols))
    tot = {c: 0 for c in cols}
    for f in FAMS:
        row = table.get(f, {})
        print(f"{f:<12}" + "".join(f"{row.get(c, 0):>15}" for c in cols))
        for c in cols:
            tot[c] += row.get(c, 0)
    print(f"{'total':<12}" + "".join(f"{tot[c]:>15}" for c in cols))
    print(f"originals: {len(files) - len(mutants)}, mutants: {len(mutants)}, records: {len(facts)}")
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
