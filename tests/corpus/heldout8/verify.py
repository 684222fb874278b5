#!/usr/bin/env python3
"""Recompute every holds/fails verdict in FACTS.json (stdlib only, exact Fractions).

Adapted from heldout7/verify.py.  Conventions (from the brief):
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


# h8-01  BHXH cả nước, 3/2018 ---------------------------------------------
@check("h8-01.txt", 1, "số người tham gia BHXH là 13,7 triệu người. Trong đó, tham gia BHXH bắt buộc 13,68 triệu người; BHXH tự nguyện 230 nghìn người)")
def _():
    return meas("13,68") + meas("230", F(1, 1000)), meas("13,7")


def _h801_share(r):
    return lambda: (meas("13,61") / meas("13,7"), pct(r))


reg("h8-01.txt", 3, "Số người được cấp sổ BHXH là 13,61 triệu, đạt 99,3% số người tham gia BHXH", _h801_share("99,3"))
reg("h8-01-mut.txt", 3, "Số người được cấp sổ BHXH là 13,61 triệu, đạt 84,3% số người tham gia BHXH", _h801_share("84,3"))


@check("h8-01.txt", 3, "11,43 triệu sổ/13 triệu sổ phải trả, đạt 79,46%")
def _():
    return meas("11,43") / meas("13"), pct("79,46")


# h8-02  BHXH/BHYT tỉnh Hà Nam, 2019 --------------------------------------
def _h802_bhyt(pop):
    return lambda: (cnt("742.024") / cnt(pop), pct("91,8"))


reg("h8-02.txt", 3, "Tỷ lệ bao phủ BHYT chiếm 91,8% (dân số 808.149 người)", _h802_bhyt("808.149"))
reg("h8-02-mut.txt", 3, "Tỷ lệ bao phủ BHYT chiếm 91,8% (dân số 948.149 người)", _h802_bhyt("948.149"))


@check("h8-02.txt", 3, "chiếm 87% (dân số 852.800 người do Cục Thống kê cung cấp sau điều tra dân số ngày 01/4/2019)")
def _():
    return cnt("742.024") / cnt("852.800"), pct("87")


@check("h8-02.txt", 4, "Tỷ lệ tham gia BHTN so với lực lượng lao động trong độ tuổi lao động là 24,7%")
def _():
    # same base ("lực lượng lao động trong độ tuổi lao động") as line 1:
    # BHTN / BHXH bắt buộc must equal 24,7 % / 28,3 %
    return cnt("125.729") / cnt("134.951"), pct("24,7") / pct("28,3")


@check("h8-02.txt", 2, "Tỷ lệ tham gia BHXH tự nguyện so với lực lượng lao động trong độ tuổi lao động là: 1,2%")
def _():
    return cnt("5.612") / cnt("134.951"), pct("1,2") / pct("28,3")


# h8-03  TTHC huyện Phú Lương, quý I/2023 ---------------------------------
def _h803_sum(a):
    return lambda: (cnt(a) + cnt("19") + cnt("3", occ=3), approx("600"))


reg("h8-03.txt", 2, "giải quyết được hơn 600 hồ sơ, đạt tỷ lệ 85%, gồm: Giải quyết trước hạn 587 hồ sơ, giải quyết đúng hạn 19 hồ sơ, giải quyết quá hạn 3 hồ sơ", _h803_sum("587"))
reg("h8-03-mut.txt", 2, "giải quyết được hơn 600 hồ sơ, đạt tỷ lệ 85%, gồm: Giải quyết trước hạn 687 hồ sơ, giải quyết đúng hạn 19 hồ sơ, giải quyết quá hạn 3 hồ sơ", _h803_sum("687"))


@check("h8-03.txt", 2, "tiếp nhận tổng số hơn 700 hồ sơ")
def _():
    # giải quyết hơn 600 + đang giải quyết hơn 100 = tiếp nhận hơn 700
    return approx("600") + approx("100"), approx("700")


@check("h8-03.txt", 2, "giải quyết được hơn 600 hồ sơ, đạt tỷ lệ 85%")
def _():
    return approx("600") / approx("700"), pct("85")


@check("h8-03.txt", 1, "đã tiếp nhận, giải quyết hơn 9.800 hồ sơ trực tuyến mức độ 3-4")
def _():
    return cnt("568") + approx("9.200"), approx("9.800")


@check("h8-03.txt", 3, "hơn 11.200 hồ sơ đã được giải quyết")
def _():
    return approx("11.200") / approx("11.300"), pct("99,4", approx)


# h8-04  vụ đông xuân 2020, tỉnh Hòa Bình --------------------------------
# units: nghìn ha x tạ/ha = nghìn tạ; 1 tạ = 0,1 tấn; 1 vạn = 10 nghìn -> x 1/100 gives vạn tấn
@check("h8-04.txt", 1, "diện tích cây lương thực có hạt 33,7 nghìn ha (lúa 15,4 nghìn ha")
def _():
    return meas("15,4") + meas("18,3"), meas("33,7")


@check("h8-04.txt", 1, "Tổng sản lượng cây lương thực có hạt ước đạt 17 vạn tấn")
def _():
    return meas("8,7") + meas("8,2"), approx("17")


@check("h8-04.txt", 1, "lúa 15,4 nghìn ha, đạt 100% kế hoạch, đạt 95,4% so cùng kỳ, năng suất ước đạt 57 tạ/ha, sản lượng 8,7 vạn tấn")
def _():
    return meas("15,4") * approx("57") * F(1, 100), meas("8,7")


def _h804_corn(y):
    return lambda: (meas("18,3") * approx(y) * F(1, 100), meas("8,2"))


reg("h8-04.txt", 1, "ngô 18,3 nghìn ha, vượt 0,1% kế hoạch và 3,8% so cùng kỳ, năng suất ước đạt 45 tạ/ha, sản lượng 8,2 vạn tấn", _h804_corn("45"))
reg("h8-04-mut.txt", 1, "ngô 18,3 nghìn ha, vượt 0,1% kế hoạch và 3,8% so cùng kỳ, năng suất ước đạt 52 tạ/ha, sản lượng 8,2 vạn tấn", _h804_corn("52"))


@check("h8-04.txt", 2, "toàn tỉnh đã thu hoạch lúa trên diện tích 10.204 ha, đạt 66,2% diện tích")
def _():
    # of the 15,4 nghìn ha lúa of line 1
    return cnt("10.204") / meas("15,4", 1000), pct("66,2")


# h8-05  nông nghiệp tỉnh Tây Ninh, 5/2019 ---------------------------------
def chg_from_increase(cur, inc):
    """rate = inc / (cur - inc)"""
    return inc / (cur - inc)


@check("h8-05.txt", 2, "cây lúa đã thu hoạch được 48.334 ha- tăng 5,41% (tương đương tăng 2.076 ha)")
def _():
    return chg_from_increase(meas("48.334"), meas("2.076")), pct("5,41")


def _h805_milk(inc):
    return lambda: (chg_from_increase(cnt("13.353"), cnt(inc)), pct("13,50"))


reg("h8-05.txt", 3, "Riêng bò sữa hiện có 13.353 con- tăng 13,50% (tương đương tăng 1.588 con)", _h805_milk("1.588"))
reg("h8-05-mut.txt", 3, "Riêng bò sữa hiện có 13.353 con- tăng 13,50% (tương đương tăng 1.388 con)", _h805_milk("1.388"))


@check("h8-05.txt", 4, "ước đạt 12.871 m3- tăng 1,35% (tương đương tăng 171 m3)")
def _():
    return chg_from_increase(approx("12.871", occ=2), meas("171")), pct("1,35")


@check("h8-05.txt", 4, "khoảng 17.790 m3 gỗ- tăng 4,65% (tương đương 790 m3)")
def _():
    return chg_from_increase(approx("17.790"), meas("790")), pct("4,65")


# h8-06  tai nạn giao thông cả nước, 10/2021 -------------------------------
def month_total(road, water, rail):
    return cnt(road) + cnt(water) + cnt(rail)


@check("h8-06.txt", 1, "giảm 542 vụ (giảm 40,45%)")
def _():
    cur = cnt("789") + cnt("6") + cnt("3")  # + hàng hải 0
    return cnt("542") / (cur + cnt("542")), pct("40,45")


@check("h8-06.txt", 1, "giảm 216 người chết (giảm 36,42%)")
def _():
    cur = cnt("367") + cnt("7") + cnt("3", occ=2)
    return cnt("216") / (cur + cnt("216")), pct("36,42")


@check("h8-06.txt", 1, "giảm 482 người bị thương (giảm 45,69%)")
def _():
    cur = cnt("573")  # thủy, sắt: không có người bị thương
    return cnt("482") / (cur + cnt("482")), pct("45,69")


@check("h8-06.txt", 2, "đường bộ xảy ra nhiều nhất với 789 vụ")
def _():
    old_total = cnt("789") + cnt("6") + cnt("3") + cnt("542")
    old_water = cnt("6") / (1 + pct("200"))
    old_rail = cnt("3") / (1 + pct("50"))
    old_road = old_total - old_water - old_rail
    return 1 - cnt("789") / old_road, pct("40,94")


@check("h8-06.txt", 2, "làm chết 367 người")
def _():
    old_total = cnt("367") + cnt("7") + cnt("3", occ=2) + cnt("216")
    old_water = cnt("7") / (1 + pct("600"))
    old_rail = cnt("3", occ=2) / (1 + pct("200", occ=2))
    old_road = old_total - old_water - old_rail
    return 1 - cnt("367") / old_road, pct("37,9")


@check("h8-06.txt", 5, "Trong 10 tháng qua (tính từ ngày 15-12-2020 đến 14-10-2021)")
def _():
    d0 = date(int(lit("2020", 2)), int(lit("12")), int(lit("15")))
    d1 = date(int(lit("2021")), int(lit("10", 2)), int(lit("14")))
    assert (d1.day + 1) == d0.day  # 15th .. 14th: whole months
    months = (d1.year * 12 + d1.month) - (d0.year * 12 + d0.month)
    return I(months), cnt("10")


@check("h8-06.txt", 5, "số vụ tai nạn giao thông giảm sâu với 3.069 vụ (25,52%)")
def _():
    return cnt("3.069") / (cnt("8.959") + cnt("3.069")), pct("25,52")


def _h806_dead(cur):
    return lambda: (cnt("1.033") / (cnt(cur) + cnt("1.033")), pct("18,5"))


reg("h8-06.txt", 5, "số người chết giảm 1.033 người (18,5%)", _h806_dead("4.552"))
reg("h8-06-mut.txt", 5, "số người chết giảm 1.033 người (18,5%)", _h806_dead("5.252"))


@check("h8-06.txt", 5, "số người bị thương giảm 2.719 người (30,42%)")
def _():
    return cnt("2.719") / (cnt("6.218") + cnt("2.719")), pct("30,42")


# h8-07  bán lẻ tỉnh Đồng Nai, 4 tháng ------------------------------------
def _h807_sum(a):
    return lambda: (meas(a) + approx("10,1") + meas("5,4"), meas("59,8"))


reg("h8-07.txt", 2, "thương nghiệp có doanh thu 44,3 ngàn tỷ đồng, tiếp đến dịch vụ khoảng 10,1 ngàn tỷ đồng, khách sạn, nhà hàng 5,4 ngàn tỷ đồng", _h807_sum("44,3"))
reg("h8-07-mut.txt", 2, "thương nghiệp có doanh thu 50,3 ngàn tỷ đồng, tiếp đến dịch vụ khoảng 10,1 ngàn tỷ đồng, khách sạn, nhà hàng 5,4 ngàn tỷ đồng", _h807_sum("50,3"))


@check("h8-07.txt", 1, "đạt 59,8 ngàn tỷ đồng, tăng 6,3 ngàn tỷ đồng (gần 12%)")
def _():
    return meas("6,3") / (meas("59,8") - meas("6,3")), pct("12", approx)


# h8-08  nông thôn mới tỉnh Nghệ An ----------------------------------------
def share431(n, r, occ431):
    return lambda: (cnt(n) / cnt("431", occ=occ431), pct(r))


reg("h8-08.txt", 1, "64/431 xã đạt, chiếm 14,8%", share431("64", "14,8", 1))
reg("h8-08.txt", 3, "127/431 xã đạt tiêu chí này, chiếm 29,5%", share431("127", "29,5", 2))
reg("h8-08-mut.txt", 3, "147/431 xã đạt tiêu chí này, chiếm 29,5%", share431("147", "29,5", 2))
reg("h8-08.txt", 4, "306/431 xã đạt tiêu chí, chiếm 70,9%", share431("306", "70,9", 3))
reg("h8-08.txt", 5, "178/431 xã đạt tiêu chí số 5 (trường học), chiếm 41,3%", share431("178", "41,3", 4))
reg("h8-08.txt", 7, "148/431 xã đạt tiêu chí số 7 (chợ nông thôn), chiếm 34,3%", share431("148", "34,3", 5))


@check("h8-08.txt", 6, "562 nhà văn hóa đạt chuẩn, với tổng kinh phí 991 tỷ đồng (gồm 98 nhà văn hoá xã, 464 nhà văn hoá thôn)")
def _():
    return cnt("98") + cnt("464"), cnt("562")


# h8-09  tiêm vaccine COVID-19 trẻ 5–dưới 12 tuổi, cả nước, 4/8/2022 -------
def _h809_sum(t):
    return lambda: (cnt("8.071.113") + cnt("4.420.065"), cnt(t))


reg("h8-09.txt", 1, "tổng số 12.491.178 liều vaccine phòng COVID-19 ở nhóm từ 5 đến dưới 12 tuổi, trong đó tiêm mũi 1 là 8.071.113 trẻ (70,7%) tiêm mũi 2 là 4.420.065 trẻ (38,7%)", _h809_sum("12.491.178"))
reg("h8-09-mut.txt", 1, "tổng số 14.491.178 liều vaccine phòng COVID-19 ở nhóm từ 5 đến dưới 12 tuổi, trong đó tiêm mũi 1 là 8.071.113 trẻ (70,7%) tiêm mũi 2 là 4.420.065 trẻ (38,7%)", _h809_sum("14.491.178"))


@check("h8-09.txt", 1, "mũi 1 là 8.071.113 trẻ (70,7%) tiêm mũi 2 là 4.420.065 trẻ (38,7%)")
def _():
    # both shares over the same base (children 5-<12): ratio of counts = ratio of shares
    return cnt("4.420.065") / cnt("8.071.113"), pct("38,7") / pct("70,7")


# h8-10  vốn đầu tư NSNN địa phương, Bà Rịa – Vũng Tàu, 4 tháng 2024 ------
def _h810_sum(t):
    return lambda: (meas("3.600") + approx("1.300", occ=2), approx(t))


reg("h8-10.txt", 1, "lũy kế 4 tháng đầu năm hơn 4.900 tỷ đồng", _h810_sum("4.900"))
reg("h8-10-mut.txt", 1, "lũy kế 4 tháng đầu năm hơn 5.700 tỷ đồng", _h810_sum("5.700"))


@check("h8-10.txt", 1, "lũy kế 4 tháng đầu năm hơn 4.900 tỷ đồng, tăng 13,48% so với cùng kỳ năm trước")
def _():
    # implied last-year values of the two parts (line 2), their sum vs this year's parts
    p, h = meas("3.600"), approx("1.300", occ=2)
    old = p / (1 + pct("12,89")) + h / (1 + pct("15,12"))
    return (p + h) / old - 1, pct("13,48")


# h8-11  tuyển sinh đầu cấp huyện Sa Pa, 2019-2020 -------------------------
@check("h8-11.txt", 2, "cấp mầm non tuyển mới 1.608 trẻ mầm non 3 tuổi; cấp tiểu học tuyển mới 1.793 trẻ vào lớp 1; cấp THCS tuyển mới 1.633 học sinh vào lớp 6; cấp THPT, GDTX, tuyển mới 728 học sinh vào lớp 10")
def _():
    return cnt("1.608") + cnt("1.793") + cnt("1.633") + cnt("728"), approx("5.760")


# h8-12  dân số, lao động cả nước, 9 tháng 2018 ---------------------------
@check("h8-12.txt", 1, "ước tính 94,66 triệu người, bao gồm dân số thành thị 33,63 triệu người, chiếm 35,5%; dân số nông thôn 61,03 triệu người")
def _():
    return meas("33,63") + meas("61,03"), approx("94,66")


@check("h8-12.txt", 1, "dân số nam 46,75 triệu người, chiếm 49,4%; dân số nữ 47,91 triệu người")
def _():
    return meas("46,75") + meas("47,91"), approx("94,66")


def _h812_share(a, r):
    return lambda: (meas(a) / approx("94,66"), pct(r))


reg("h8-12.txt", 1, "dân số thành thị 33,63 triệu người, chiếm 35,5%", _h812_share("33,63", "35,5"))
reg("h8-12.txt", 1, "dân số nông thôn 61,03 triệu người, chiếm 64,5%", _h812_share("61,03", "64,5"))
reg("h8-12.txt", 1, "dân số nam 46,75 triệu người, chiếm 49,4%", _h812_share("46,75", "49,4"))
reg("h8-12.txt", 1, "dân số nữ 47,91 triệu người, chiếm 50,6%", _h812_share("47,91", "50,6"))


@check("h8-12.txt", 3, "9 tháng năm nay là 2,2% (quý I là 2,2%; quý II là 2,19%; quý III là 2,2%)")
def _():
    return mean(pct("2,2", occ=2), pct("2,19"), pct("2,2", occ=3)), pct("2,2", approx)


def _h812_under(r):
    return lambda: (mean(pct("1,52"), pct("1,43"), pct("1,42")), pct(r, approx))


reg("h8-12.txt", 4, "tỷ lệ thiếu việc làm của lao động trong độ tuổi ước tính là 1,46% (quý I/2018 là 1,52%; quý II là 1,43%; quý III là 1,42%)", _h812_under("1,46"))
reg("h8-12-mut.txt", 4, "tỷ lệ thiếu việc làm của lao động trong độ tuổi ước tính là 1,26% (quý I/2018 là 1,52%; quý II là 1,43%; quý III là 1,42%)", _h812_under("1,26"))


# h8-13  khiếu nại, tố cáo, huyện Đắk Glong, 2018 --------------------------
def _h813_kinds(a):
    return lambda: (cnt("10") + cnt("21") + cnt(a), cnt("376"))


reg("h8-13.txt", 2, "Trong đó: khiếu nại 10 đơn; tố cáo 21 đơn; kiến nghị, phản ánh 345 đơn.", _h813_kinds("345"))
reg("h8-13-mut.txt", 2, "Trong đó: khiếu nại 10 đơn; tố cáo 21 đơn; kiến nghị, phản ánh 295 đơn.", _h813_kinds("295"))


@check("h8-13.txt", 2, "Trong số 376 đơn, có 277 đơn thuộc thẩm quyền giải quyết; 71 đơn không thuộc thẩm quyền giải quyết được chuyển đến cơ quan có thẩm quyền; 28 đơn không đủ điều kiện xử lý")
def _():
    return cnt("277") + cnt("71") + cnt("28"), cnt("376", occ=2)


@check("h8-13.txt", 3, "giải quyết được 249/277 đơn thuộc thẩm quyền, đạt tỷ lệ gần 90%")
def _():
    return cnt("249") / cnt("277", occ=2), pct("90", approx)


@check("h8-13.txt", 3, "tiếp 191 lượt với 257 công dân, trong đó: tiếp thường xuyên 177 lượt,194 người; tiếp định kỳ, đột xuất của lãnh đạo UBND huyện 14 lượt, 63 người")
def _():
    return cnt("177") + cnt("14"), cnt("191")


@check("h8-13.txt", 3, "177 lượt,194 người; tiếp định kỳ, đột xuất của lãnh đạo UBND huyện 14 lượt, 63 người")
def _():
    return cnt("194") + cnt("63"), cnt("257")


# h8-14  hộ nghèo tỉnh Đắk Lắk, rà soát 2018 (QĐ 3-1-2019) -----------------
@check("h8-14.txt", 2, "hộ nghèo về thu nhập thấp là 50.868 hộ; hộ nghèo thiếu hụt tiếp cận các dịch vụ cơ bản xã hội là 6.312")
def _():
    return cnt("50.868") + cnt("6.312"), cnt("57.180")


@check("h8-14.txt", 2, "Số hộ cận nghèo 43.316 hộ, chiếm tỷ lệ 9,12%")
def _():
    # same base as line 1 (57.180 hộ nghèo = 12,81 %): counts and shares must be proportional
    return cnt("43.316") / cnt("57.180"), pct("9,12") / pct("12,81")


# h8-15  ngân sách xã Thọ Lộc (Phúc Thọ, Hà Nội), 2022–2023 ---------------
@check("h8-15.txt", 3, "tổng mức đầu tư cho công trình Rãnh tiêu thoát nước sân nghĩa trang liệt sỹ xã Thọ lộc số tiền là (315.000.000 đồng)")
def _():
    return meas("270.983.160") + meas("44.016.840"), meas("315.000.000")


# h8-16  thu ngân sách xã Dương Quang (TP Bắc Kạn), 2018 ------------------
def _h816_plan(r):
    return lambda: (meas("220") / trieu_nghin("254", "700", occ_ng=2), pct(r))


reg("h8-16.txt", 1, "220 triệu/254 triệu 700 nghìn đồng, bằng 86,3%", _h816_plan("86,3"))
reg("h8-16-mut.txt", 1, "220 triệu/254 triệu 700 nghìn đồng, bằng 73,3%", _h816_plan("73,3"))


@check("h8-16.txt", 1, "giao tăng thêm thu ngân sách đối với xã Dương Quang là 80 triệu đồng")
def _():
    # chỉ tiêu ban đầu + giao tăng thêm = chỉ tiêu điều chỉnh (254 triệu 700 nghìn)
    return trieu_nghin("147", "700") + meas("80"), trieu_nghin("254", "700", occ_ng=2)


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
    for p in sorted(HERE.glob("h8-*.txt")):
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
