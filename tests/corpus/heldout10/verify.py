#!/usr/bin/env python3
"""Recompute every holds/fails verdict in FACTS.json (stdlib only, exact Fractions).

Adapted from heldout8/verify.py (same helpers, runner and mutant re-evaluation).  Conventions (from the brief):
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


# h10-01  xuất nhập khẩu cả nước, 6 tháng 2020 ----------------------------
@check("h10-01.txt", 1, "Trong đó, khu vực có vốn đầu tư nước ngoài đạt 79,83 tỷ USD, giảm 6,7% và chiếm 65,9% tổng kim ngạch xuất khẩu. Khu vực kinh tế trong nước đạt 41,38 tỷ USD")
def _():
    return meas("79,83") + meas("41,38"), approx("121,21")


def _h1001_fdi(r):
    return lambda: (meas("79,83") / approx("121,21"), pct(r))


reg("h10-01.txt", 1, "khu vực có vốn đầu tư nước ngoài đạt 79,83 tỷ USD, giảm 6,7% và chiếm 65,9% tổng kim ngạch xuất khẩu", _h1001_fdi("65,9"))
reg("h10-01-mut.txt", 1, "khu vực có vốn đầu tư nước ngoài đạt 79,83 tỷ USD, giảm 6,7% và chiếm 55,9% tổng kim ngạch xuất khẩu", _h1001_fdi("55,9"))


@check("h10-01.txt", 1, "Khu vực kinh tế trong nước đạt 41,38 tỷ USD, tăng 11,7%, chiếm 34,1%")
def _():
    return meas("41,38") / approx("121,21"), pct("34,1")


@check("h10-01.txt", 1, "kim ngạch hàng hóa xuất khẩu ước tính đạt 121,21 tỷ USD, giảm 1,1% so với cùng kỳ năm trước")
def _():
    # last year's total rebuilt from the two sectors and their own rates
    old = meas("79,83") / (1 - pct("6,7")) + meas("41,38") / (1 + pct("11,7"))
    return approx("121,21") / old - 1, -pct("1,1")


@check("h10-01.txt", 2, "Giá trị nhập khẩu hàng hóa trong 6 tháng qua ước tính đạt 117,17 tỷ USD, giảm 3% so với cùng kỳ năm trước")
def _():
    # sectors and rates on line 3
    old = meas("51,55") / (1 + pct("0,1")) + meas("65,62") / (1 - pct("5,4"))
    return approx("117,17") / old - 1, -pct("3")


@check("h10-01.txt", 3, "Trong cơ cấu giá trị hàng hóa nhập, khu vực kinh tế trong nước đạt 51,55 tỷ USD, tăng 0,1%; khu vực có vốn đầu tư nước ngoài đạt 65,62 tỷ USD")
def _():
    return meas("51,55") + meas("65,62"), approx("117,17")


@check("h10-01.txt", 4, "Tính chung 6 tháng đầu năm, cán cân thương mại tiếp tục xuất siêu 4 tỷ USD")
def _():
    return approx("121,21") - approx("117,17"), meas("4", occ=1)


@check("h10-01.txt", 4, "Trong đó khu vực kinh tế trong nước nhập siêu 10,2 tỷ USD")
def _():
    return meas("51,55") - meas("41,38"), meas("10,2")


@check("h10-01.txt", 4, "khu vực có vốn đầu tư nước ngoài (kể cả dầu thô) xuất siêu 14,2 tỷ USD")
def _():
    return meas("79,83") - meas("65,62"), meas("14,2")


@check("h10-01.txt", 4, "xuất siêu 4 tỷ USD. Con số này cao hơn so với cùng kì năm trước là xuất siêu 1,7 tỉ USD. Trong đó khu vực kinh tế trong nước nhập siêu 10,2 tỷ USD; khu vực có vốn đầu tư nước ngoài (kể cả dầu thô) xuất siêu 14,2 tỷ USD")
def _():
    return meas("14,2") - meas("10,2"), meas("4", occ=1)


# h10-02  công nghiệp tỉnh Khánh Hòa, 4 tháng 2011 -------------------------
@check("h10-02.txt", 2, "Trong đó, giá trị SXCN của khu vực doanh nghiệp Nhà nước Trung ương ước đạt 97 tỷ đồng")
def _():
    return approx("97") + approx("1.406") + approx("1.779") + approx("2.204"), approx("5.486")


def _h1002_growth(r):
    def fn():
        old = (approx("97") / (1 - pct("29")) + approx("1.406") / (1 + pct("21"))
               + approx("1.779") / (1 + pct("46")) + approx("2.204") / (1 + pct("2")))
        return approx("5.486") / old - 1, pct(r)
    return fn


reg("h10-02.txt", 1, "ước đạt 5.486 tỷ đồng, tăng 17,2% so với cùng kỳ năm 2010", _h1002_growth("17,2"))
reg("h10-02-mut.txt", 1, "ước đạt 5.486 tỷ đồng, tăng 14,2% so với cùng kỳ năm 2010", _h1002_growth("14,2"))


# h10-03  lao động tỉnh Bắc Ninh, 9 tháng 2019 -----------------------------
@check("h10-03.txt", 2, "toàn tỉnh có 735,2 nghìn lao động đang làm việc trong các ngành kinh tế, tăng 2,6% so cùng kỳ")
def _():
    # the three sectors exhaust the economy: nông lâm thủy sản = 735,2 - 373,7 - 240,1
    t, a, b = meas("735,2"), meas("373,7"), meas("240,1")
    old = a / (1 + pct("3")) + b / (1 + pct("3,4")) + (t - a - b) / (1 - pct("3", occ=2))
    return t / old - 1, pct("2,6", occ=2)


# h10-04  lao động huyện Văn Chấn (Yên Bái), kế hoạch 2024 -----------------
def _h1004_sum(a):
    return lambda: (cnt(a) + cnt("120") + cnt("240") + cnt("1.760"), cnt("2.730"))


reg("h10-04.txt", 1, "giải quyết việc làm cho 2.730 lao động. Cụ thể, phát triển kinh tế - xã hội địa phương 610 lao động; vay vốn Quỹ quốc gia hỗ trợ việc làm 120 lao động; xuất khẩu lao động 240 lao động; cung ứng lao động đi tỉnh ngoài 1.760 lao động", _h1004_sum("610"))


# h10-05  y tế huyện Đông Giang (Quảng Nam), năm 2019 ----------------------
def _h1005_sum(a):
    return lambda: (cnt(a) + cnt("28.916"), approx("49.529"))


reg("h10-05.txt", 2, "khám được trên 49.529 lượt bệnh nhân ( khám chửa bệnh tại trung tâm 20.613 lượt; tại trung tâm xã, thị trấn 28.916 lượt )", _h1005_sum("20.613"))
reg("h10-05-mut.txt", 2, "khám được trên 49.529 lượt bệnh nhân ( khám chửa bệnh tại trung tâm 23.613 lượt; tại trung tâm xã, thị trấn 28.916 lượt )", _h1005_sum("23.613"))


# h10-06  trường đạt chuẩn quốc gia tỉnh Hậu Giang, 2020 --------------------
@check("h10-06.txt", 1, "Với con số 78/84 trường mầm non, mẫu giáo đạt chuẩn quốc gia, chiếm tỷ lệ 92,85%")
def _():
    return cnt("78") / cnt("84"), pct("92,85")


@check("h10-06.txt", 1, "cấp THCS với 53/63 trường đạt chuẩn quốc gia, chiếm tỷ lệ 84,1%")
def _():
    return cnt("53") / cnt("63"), pct("84,1")


@check("h10-06.txt", 1, "cấp tiểu học có 119/156 trường đạt chuẩn chiếm tỷ lệ 76,28%")
def _():
    return cnt("119") / cnt("156"), pct("76,28")


@check("h10-06.txt", 1, "cấp THPT với 15/23 trường đạt chuẩn, chiếm tỷ lệ 65,29%")
def _():
    return cnt("15") / cnt("23"), pct("65,29")


@check("h10-06.txt", 2, "Toàn tỉnh đã có 261/362 trường học từ mầm non đến THPT đạt chuẩn quốc gia, chiếm tỷ lệ 80,06%")
def _():
    return cnt("261") / cnt("362"), pct("80,06")


@check("h10-06.txt", 2, "Toàn tỉnh đã có 261/362 trường học từ mầm non đến THPT")
def _():
    # schools per level (line 1) against the total
    return cnt("84") + cnt("63") + cnt("156") + cnt("23"), cnt("362")


@check("h10-06.txt", 2, "Toàn tỉnh đã có 261/362 trường học từ mầm non đến THPT đạt chuẩn quốc gia")
def _():
    # standard schools per level (line 1) against the total
    return cnt("78") + cnt("53") + cnt("119") + cnt("15"), cnt("261")


def _h1006_plan(r):
    # the rate against the resolution's target of 80 %, in points
    return lambda: (pct(r) - exact_pct("80"), pct("0,06"))


reg("h10-06.txt", 2, "chiếm tỷ lệ 80,06%, vượt 0,06% so với chỉ tiêu Nghị quyết Đại hội đại biểu Đảng bộ tỉnh nhiệm kỳ 2015-2020 đề ra: Đến năm 2020 là toàn tỉnh có 80% trường học đạt chuẩn quốc gia", _h1006_plan("80,06"))
reg("h10-06-mut.txt", 2, "chiếm tỷ lệ 68,06%, vượt 0,06% so với chỉ tiêu Nghị quyết Đại hội đại biểu Đảng bộ tỉnh nhiệm kỳ 2015-2020 đề ra: Đến năm 2020 là toàn tỉnh có 80% trường học đạt chuẩn quốc gia", _h1006_plan("68,06"))


# h10-07  Tổng điều tra dân số 2019: cả nước và tỉnh An Giang ---------------
@check("h10-07.txt", 2, "tổng số dân của Việt Nam là 96.208.984 người; nam là 47.881.061 người (chiếm 49,8%), nữ là 48.327.923 người")
def _():
    return cnt("47.881.061") + cnt("48.327.923"), cnt("96.208.984")


@check("h10-07.txt", 2, "nam là 47.881.061 người (chiếm 49,8%)")
def _():
    return cnt("47.881.061") / cnt("96.208.984"), pct("49,8")


@check("h10-07.txt", 2, "nữ là 48.327.923 người (chiếm 50,2%)")
def _():
    return cnt("48.327.923") / cnt("96.208.984"), pct("50,2")


def _h1007_avg(r):
    return lambda: (cnt("96.208.984") / cnt("26.870.079"), meas(r))


reg("h10-07.txt", 2, "Tổng số hộ dân cư trên cả nước là 26.870.079 hộ, bình quân có 3,6 người/hộ", _h1007_avg("3,6"))
reg("h10-07-mut.txt", 2, "Tổng số hộ dân cư trên cả nước là 26.870.079 hộ, bình quân có 4,2 người/hộ", _h1007_avg("4,2"))


@check("h10-07.txt", 2, "Đồng bằng sông Hồng là nơi tập trung dân cư lớn nhất của cả nước với 22,5 triệu người, chiếm 23,4% tổng dân số cả nước")
def _():
    return meas("22,5", 10 ** 6) / cnt("96.208.984"), pct("23,4")


@check("h10-07.txt", 2, "Tây Nguyên là nơi có ít dân cư sinh sống nhất với 5,8 triệu người, chiếm 6,1%")
def _():
    return meas("5,8", 10 ** 6) / cnt("96.208.984"), pct("6,1")


@check("h10-07.txt", 3, "Dân số tỉnh An Giang là 1.908.352 người, là tỉnh đông dân thứ 8 cả nước, trong đó: Nam là 847.570 người (chiếm 49,65%), nữ là 960.782 người")
def _():
    return cnt("847.570") + cnt("960.782"), cnt("1.908.352")


@check("h10-07.txt", 3, "Nam là 847.570 người (chiếm 49,65%)")
def _():
    return cnt("847.570") / cnt("1.908.352"), pct("49,65")


@check("h10-07.txt", 3, "nữ là 960.782 người (chiếm 50, 35%)")
def _():
    return cnt("960.782") / cnt("1.908.352"), pct_split("50", "35")


@check("h10-07.txt", 3, "quy mô dân số tỉnh An Giang giảm 234 nghìn người (năm 2009 là 2.142.709)")
def _():
    return cnt("2.142.709") - cnt("1.908.352"), meas("234", 1000)


# h10-08  xử phạt VPHC tài nguyên – môi trường tỉnh Quảng Bình, 2022 --------
def _h1008_fields(k):
    return lambda: (cnt("4") + cnt(k) + cnt("11"), cnt("27"))


reg("h10-08.txt", 3, "xử lý 27 trường hợp (đất đai 4, khoáng sản 12, môi trường 11)", _h1008_fields("12"))
reg("h10-08-mut.txt", 3, "xử lý 27 trường hợp (đất đai 4, khoáng sản 14, môi trường 11)", _h1008_fields("14"))


@check("h10-08.txt", 3, "xử lý 27 trường hợp (đất đai 4, khoáng sản 12, môi trường 11) vi phạm hành chính, trong đó có 24 tổ chức và 3 cá nhân")
def _():
    return cnt("24") + cnt("3"), cnt("27")


# h10-09  hộ nghèo huyện Tuyên Hóa (Quảng Bình), rà soát 2019 ---------------
def _h1009_base(c):
    # one base (tổng số hộ): counts and shares must be proportional
    return lambda: (cnt("2.332") / cnt(c), pct("9,51") / pct("12,01"))


reg("h10-09.txt", 2, "toàn huyện có 2.332 hộ nghèo, chiếm tỷ lệ 9,51% tổng số hộ trên địa bàn; 2.946 hộ cận nghèo, chiếm tỷ lệ 12,01%", _h1009_base("2.946"))
reg("h10-09-mut.txt", 2, "toàn huyện có 2.332 hộ nghèo, chiếm tỷ lệ 9,51% tổng số hộ trên địa bàn; 3.446 hộ cận nghèo, chiếm tỷ lệ 12,01%", _h1009_base("3.446"))


# h10-10  giảm nghèo tỉnh Hà Giang, 2019–2020 -------------------------------
H1010_Q = "có 6/11 huyện, thành phố thuộc diện huyện nghèo được thụ hưởng chính sách theo Nghị Quyết 30a của Chính phủ (gồm 4 huyện cao nguyên đá là Mèo Vạc, Đồng Văn, Yên Minh, Quản Bạ và 2 huyện vùng cao phía Tây là Hoàng Su Phì và Xín Mần)"


@check("h10-10.txt", 1, H1010_Q)
def _():
    return cnt("4") + cnt("2"), cnt("6")


@check("h10-10.txt", 1, "4 huyện cao nguyên đá là Mèo Vạc, Đồng Văn, Yên Minh, Quản Bạ")
def _():
    return listed("4 huyện cao nguyên đá là Mèo Vạc, Đồng Văn, Yên Minh, Quản Bạ", ["Mèo Vạc", "Đồng Văn", "Yên Minh", "Quản Bạ"]), cnt("4")


@check("h10-10.txt", 1, "2 huyện vùng cao phía Tây là Hoàng Su Phì và Xín Mần")
def _():
    return listed("2 huyện vùng cao phía Tây là Hoàng Su Phì và Xín Mần", ["Hoàng Su Phì", "Xín Mần"]), cnt("2")


def _h1010_points(a):
    return lambda: (pct(a) - pct("26,73"), pct("4,44"))


reg("h10-10.txt", 3, "giảm được 4,44% hộ nghèo, đưa tỷ lệ hộ nghèo giảm từ 31,17% vào cuối năm 2018 xuống còn 26,73% vào cuối năm 2019", _h1010_points("31,17"))
reg("h10-10-mut.txt", 3, "giảm được 4,44% hộ nghèo, đưa tỷ lệ hộ nghèo giảm từ 36,17% vào cuối năm 2018 xuống còn 26,73% vào cuối năm 2019", _h1010_points("36,17"))


# h10-11  chi BHXH, BHYT, BHTN thành phố Hải Phòng, tháng 2/2018 -----------
@check("h10-11.txt", 1, "lũy kế 1.611,485 tỷ đồng cho 625.457 lượt người, tăng 258,265 tỷ đồng, bằng 19,08% so với cùng kỳ năm trước")
def _():
    return chg_from_increase(meas("1.611,485"), meas("258,265")), pct("19,08")


def _h1011_month(c):
    return lambda: (meas("194,767") + meas("483,249") + meas(c), meas("691,380"))


reg("h10-11.txt", 2, "Cụ thể, chi từ nguồn ngân sách nhà nước 194,767 tỷ đồng cho 64.267 người", _h1011_month("13,364"))


@check("h10-11.txt", 2, "Chi từ nguồn quỹ BHXH 483,249 tỷ đồng cho 94.747 lượt người")
def _():
    return cnt("64.267") + cnt("94.747") + cnt("5.099"), cnt("164.113")


@check("h10-11.txt", 2, "lũy kế 368,683 tỷ đồng cho 128.771 người")
def _():
    return meas("368,683") + meas("933,556") + meas("28,222"), meas("1.330,461")


@check("h10-11.txt", 2, "lũy kế 933,556 tỷ đồng cho 181.267 lượt người")
def _():
    return cnt("128.771") + cnt("181.267") + cnt("11.255"), cnt("321.293")


def _h1011_bhxh(r):
    # "181,361 triệu đồng" read as tỷ đồng (the ratio only fits tỷ)
    return lambda: (chg_from_increase(meas("1.330,461"), meas("181,361")), pct(r))


reg("h10-11.txt", 2, "lũy kế 1.330,461 tỷ đồng cho 321.293 người, tăng 181,361 triệu đồng (15,78%) so với cùng kỳ năm trước", _h1011_bhxh("15,78"))
reg("h10-11-mut.txt", 2, "lũy kế 1.330,461 tỷ đồng cho 321.293 người, tăng 181,361 triệu đồng (18,78%) so với cùng kỳ năm trước", _h1011_bhxh("18,78"))


@check("h10-11.txt", 3, "Chi BHYT là 133,081 tỷ đồng cho 144.077 lượt bệnh nhân")
def _():
    return meas("691,380") + meas("133,081"), meas("824,461")


@check("h10-11.txt", 3, "cho 144.077 lượt bệnh nhân")
def _():
    return cnt("164.113") + cnt("144.077"), cnt("308.190")


@check("h10-11.txt", 3, "lũy kế 281,024 tỷ đồng")
def _():
    return meas("1.330,461") + meas("281,024"), meas("1.611,485")


@check("h10-11.txt", 3, "lũy kế 281,024 tỷ đồng cho 304.164 lượt người")
def _():
    return cnt("321.293") + cnt("304.164"), cnt("625.457")


@check("h10-11.txt", 3, "tăng 76,904 tỷ đồng (37,67%) so với cùng kỳ năm trước")
def _():
    return chg_from_increase(meas("281,024"), meas("76,904")), pct("37,67")


@check("h10-11.txt", 3, "tăng 76,904 tỷ đồng")
def _():
    # BHXH increase (line 2) + BHYT increase = the total increase of line 1
    return meas("181,361") + meas("76,904"), meas("258,265")


# h10-12  chi BHXH, BHTN, BHYT thành phố Hải Phòng, tháng 1/2019 -----------
def _h1012_sum(a):
    return lambda: (meas(a) + meas("510") + approx("19"), meas("712"))


reg("h10-12.txt", 1, "Trong đó chi từ nguồn ngân sách Nhà nước 183,176 tỷ đồng cho 62.690 lượt người", _h1012_sum("183,176"))
reg("h10-12-mut.txt", 1, "Trong đó chi từ nguồn ngân sách Nhà nước 213,176 tỷ đồng cho 62.690 lượt người", _h1012_sum("213,176"))


@check("h10-12.txt", 1, "Chi từ nguồn quỹ BHXH 510 tỷ đồng cho 103.060 lượt người (chi từ quỹ hưu trí, tử tuất 431,109 tỷ đồng, chi từ quỹ tai nạn lao động – bệnh nghề nghiệp 4,646 tỷ đồng, chi ốm đau thai sản, dưỡng sức phục hồi sức khỏe 74,170 tỷ đồng")
def _():
    return meas("431,109") + meas("4,646") + meas("74,170"), meas("510")


@check("h10-12.txt", 1, "Chi trợ cấp BH thất nghiệp gần 19 tỷ đồng cho 6.726 người")
def _():
    return cnt("62.690") + cnt("103.060") + cnt("6.726"), cnt("172.476")


@check("h10-12.txt", 1, "với số tiền 712 tỷ đồng cho 172.476 lượt người, tăng gần 73 tỷ đồng (11,4%) so với cùng kỳ năm trước")
def _():
    return chg_from_increase(meas("712"), approx("73")), pct("11,4")


@check("h10-12.txt", 2, "chi phí KCB BHYT phát sinh tại cơ sở KCB là 138,191 tỷ đồng cho 173.430 lượt người. Trong đó chi trực tiếp cho đối tượng 78 triệu đồng cho 24 người; chi nội trú 108 tỷ đồng với 32.501 lượt người, chi ngoại trú 30,1 tỷ đồng")
def _():
    return meas("78", F(1, 1000)) + meas("108") + meas("30,1"), meas("138,191")


@check("h10-12.txt", 2, "cho 173.430 lượt người. Trong đó chi trực tiếp cho đối tượng 78 triệu đồng cho 24 người; chi nội trú 108 tỷ đồng với 32.501 lượt người, chi ngoại trú 30,1 tỷ đồng cho 140.907 lượt người")
def _():
    return cnt("24") + cnt("32.501") + cnt("140.907"), cnt("173.430")


# h10-13  sản lượng điện cả nước, 10 tháng 2021 ---------------------------
def _h1013_mix(b):
    return lambda: (pct("29,9") + pct(b) + pct("10,6") + pct("11,3") + pct("0,6"), HUNDRED)


reg("h10-13.txt", 1, "thủy điện chiếm 29,9%; nhiệt điện than chiếm 47,4%; tourbin khí chiếm 10,6%; năng lượng tái tạo (điện gió, điện mặt trời, điện sinh khối) chiếm 11,3%; điện nhập khẩu chỉ chiếm 0,6%", _h1013_mix("47,4"))
reg("h10-13-mut.txt", 1, "thủy điện chiếm 29,9%; nhiệt điện than chiếm 40,4%; tourbin khí chiếm 10,6%; năng lượng tái tạo (điện gió, điện mặt trời, điện sinh khối) chiếm 11,3%; điện nhập khẩu chỉ chiếm 0,6%", _h1013_mix("40,4"))


# h10-14  đơn sở hữu công nghiệp được chấp nhận, TP Cần Thơ, 2015 -----------
def _h1014_sum(a):
    # "12" occurs three times: the date 25/12/2015, then the two kinds of đơn
    return lambda: (cnt(a) + cnt("12", occ=2) + cnt("12", occ=3) + cnt("02"), cnt("421"))


reg("h10-14.txt", 1, "có tổng cộng 421 đơn đã được Cục SHTT chấp nhận, trong đó có: 395 đơn nhãn hiệu hàng hóa/ dịch vụ; 12 đơn kiểu dáng công nghiệp; 12 đơn sáng chế và 02 giải pháp hữu ích", _h1014_sum("395"))
reg("h10-14-mut.txt", 1, "có tổng cộng 421 đơn đã được Cục SHTT chấp nhận, trong đó có: 345 đơn nhãn hiệu hàng hóa/ dịch vụ; 12 đơn kiểu dáng công nghiệp; 12 đơn sáng chế và 02 giải pháp hữu ích", _h1014_sum("345"))


# h10-15  môn Vovinam, Đại hội TDTT tỉnh An Giang lần IX/2022 ---------------
@check("h10-15.txt", 2, "thi đấu 20 nội dung, gồm: Đối kháng (10 hạng cân nam và 10 hạng cân nữ) và 10 nội dung thi quyền và hội diễn")
def _():
    return cnt("10") + cnt("10", occ=2) + cnt("10", occ=3), cnt("20")


# h10-16  Thư viện tỉnh Khánh Hòa, 6 tháng 2019 ----------------------------
def _h1016_sum(t):
    return lambda: (cnt("42.348") + cnt("9.566") + cnt("808"), cnt(t))


reg("h10-16.txt", 1, "Thư viện tỉnh đã tổ chức phục vụ 52.722 lượt bạn đọc đến mượn, đọc sách và truy cập Internet. Trong đó, có 42.348 lượt độc giả người lớn, 9.566 lượt độc giả thiếu nhi, 808 lượt truy cập Internet", _h1016_sum("52.722"))
reg("h10-16-mut.txt", 1, "Thư viện tỉnh đã tổ chức phục vụ 61.722 lượt bạn đọc đến mượn, đọc sách và truy cập Internet. Trong đó, có 42.348 lượt độc giả người lớn, 9.566 lượt độc giả thiếu nhi, 808 lượt truy cập Internet", _h1016_sum("61.722"))


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
    for p in sorted(HERE.glob("h10-*.txt")):
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
