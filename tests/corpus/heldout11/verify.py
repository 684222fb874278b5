#!/usr/bin/env python3
"""Recompute every holds/fails verdict in FACTS.json (stdlib only, exact Fractions).

Adapted from heldout10/verify.py (itself heldout8's: same helpers, runner and mutant
re-evaluation; only the checks and the file pattern h11-*.txt are new).  Conventions (from the brief):
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


# h11-01  vi phạm Luật Lâm nghiệp, tỉnh Hà Tĩnh, năm 2021 --------------------
def _h1101_units(a):
    # "Can Lộc và Đức Thọ cùng 1 vụ": one case each, so the "1" counts twice
    return lambda: (cnt(a) + cnt("52", occ=2) + cnt("13") + cnt("10") + cnt("6") + cnt("3")
                    + cnt("2") + cnt("1") * 2, cnt("143"))


reg("h11-01.txt", 1, "tại huyện Hương Khê xảy ra 55 vụ, Hương Sơn 52 vụ, huyện Kỳ Anh 13 vụ, Đội Kiểm lâm cơ động và PCCCR tỉnh phát hiện, xử lý 10 vụ, Vũ Quang 6 vụ, Cẩm Xuyên 3 vụ, Thạch Hà 2 vụ, Can Lộc và Đức Thọ cùng 1 vụ", _h1101_units("55"))
reg("h11-01-mut.txt", 1, "tại huyện Hương Khê xảy ra 63 vụ, Hương Sơn 52 vụ, huyện Kỳ Anh 13 vụ, Đội Kiểm lâm cơ động và PCCCR tỉnh phát hiện, xử lý 10 vụ, Vũ Quang 6 vụ, Cẩm Xuyên 3 vụ, Thạch Hà 2 vụ, Can Lộc và Đức Thọ cùng 1 vụ", _h1101_units("63"))


@check("h11-01.txt", 1, "lực lượng kiểm lâm phát hiện, xử lý 126 vụ; đơn vị chủ rừng và các cơ quan chức năng (công an, quân đội, biên phòng) phát hiện, chuyển xử lý 17 vụ")
def _():
    return cnt("126") + cnt("17"), cnt("143")


# h11-02  hiến máu tình nguyện, huyện Giang Thành (Kiên Giang), năm 2024 -----
def _h1102_plan(got):
    return lambda: (cnt(got) / cnt("563"), pct("122,2"))


reg("h11-02.txt", 3, "tổ chức 3 đợt hiến máu với số lượng 563 đơn vị theo chỉ tiêu tỉnh giao; hiện thu được 688 đơn vị máu, đạt 122,2% kế hoạch năm", _h1102_plan("688"))
reg("h11-02-mut.txt", 3, "tổ chức 3 đợt hiến máu với số lượng 563 đơn vị theo chỉ tiêu tỉnh giao; hiện thu được 588 đơn vị máu, đạt 122,2% kế hoạch năm", _h1102_plan("588"))


# h11-03  trường đạt chuẩn quốc gia, huyện Cẩm Mỹ (Đồng Nai), 2024 ----------
@check("h11-03.txt", 1, "toàn huyện hiện có 52 trường học thuộc quản lý của phòng (gồm 17 trường mầm non, 21 trường tiểu học, 14 trường trung học cơ sở)")
def _():
    return cnt("17") + cnt("21") + cnt("14"), cnt("52")


@check("h11-03.txt", 2, "được giao hơn 1,9 ngàn biên chế, hiện có 1.765 biên chế, còn thiếu hơn 160 biên chế")
def _():
    return approx("1,9", 1000) - cnt("1.765"), approx("160")


@check("h11-03.txt", 3, "nâng tống số trường đạt chuẩn quốc gia trên địa bàn huyện lên 48/52 trường, đạt tỷ lệ 92,3%")
def _():
    return cnt("48") / cnt("52", occ=2), pct("92,3")


@check("h11-03.txt", 3, "bậc mầm non có 14/17 trường, đạt tỷ lệ 82,35%")
def _():
    return cnt("14", occ=2) / cnt("17", occ=2), pct("82,35")


def _h1103_tieuhoc(r):
    return lambda: (cnt("20") / cnt("21", occ=2), pct(r))


reg("h11-03.txt", 3, "bậc tiểu học có 20/21 trường, đạt tỷ lệ 95,24%", _h1103_tieuhoc("95,24"))
reg("h11-03-mut.txt", 3, "bậc tiểu học có 20/21 trường, đạt tỷ lệ 81,24%", _h1103_tieuhoc("81,24"))


@check("h11-03.txt", 3, "bậc trung học cơ sở có 14/14 trường, đạt tỷ lệ 100%")
def _():
    return cnt("14", occ=3) / cnt("14", occ=4), pct("100")


@check("h11-03.txt", 3, "lên 48/52 trường, đạt tỷ lệ 92,3%. Trong đó, bậc mầm non có 14/17 trường")
def _():
    # standard schools per level add up to the 48
    return cnt("14", occ=2) + cnt("20") + cnt("14", occ=3), cnt("48")


# h11-04  tai nạn giao thông dịp lễ 30/4 - 1/5/2024, tỉnh Bình Định -----------
def _h1104_vu(new):
    # "(8/3)" = this year / last year
    return lambda: (cnt(new) - cnt("3", occ=1), cnt("05", occ=3))


reg("h11-04.txt", 1, "So với cùng kỳ năm 2023, tăng 05 vụ (8/3)", _h1104_vu("8"))
reg("h11-04-mut.txt", 1, "So với cùng kỳ năm 2023, tăng 05 vụ (9/3)", _h1104_vu("9"))


@check("h11-04.txt", 1, "số người chết không tăng không giảm (2/2)")
def _():
    return cnt("2", occ=1) - cnt("2", occ=2), I(0)


@check("h11-04.txt", 1, "tăng 03 người bị thương (6/3)")
def _():
    return cnt("6") - cnt("3", occ=2), cnt("03")


# h11-05  học sinh giỏi quốc gia THPT 2013, cả nước ---------------------------
@check("h11-05.txt", 1, "Hà Nội là địa phương có số thí sinh đoạt giải nhiều nhất trong số 63 tỉnh/thành với 129 thí sinh đoạt giải (9 giải nhất, 35 giải nhì, 47 giải ba và 21 giải khuyến khích)")
def _():
    return cnt("9") + cnt("35") + cnt("47") + cnt("21", occ=1), cnt("129")


@check("h11-05.txt", 1, "Hải Phòng đứng thứ hai với 80 thí sinh đoạt giải (4 giải nhất, 25 giải nhì, 29 giải ba và 22 giải khuyến khích)")
def _():
    return cnt("4", occ=1) + cnt("25", occ=1) + cnt("29") + cnt("22"), cnt("80")


def _h1105_nd(nhi):
    return lambda: (cnt("4", occ=2) + cnt(nhi) + cnt("25", occ=2) + cnt("21", occ=2), cnt("77"))


reg("h11-05.txt", 1, "Nam Định đứng thứ ba với 77 thí sinh đoạt giải (4 giải nhất, 27 giải nhì, 25 giải ba và 21 giải khuyến khích)", _h1105_nd("27"))
reg("h11-05-mut.txt", 1, "Nam Định đứng thứ ba với 77 thí sinh đoạt giải (4 giải nhất, 23 giải nhì, 25 giải ba và 21 giải khuyến khích)", _h1105_nd("23"))


# h11-06  Hội khỏe Phù Đổng thị xã Quảng Trị lần VII, 2023 --------------------
@check("h11-06.txt", 3, "Các vận động viên tranh tài ở 6 môn thi đấu bao gồm bóng đá, bóng bàn, cầu lông, điền kinh, đá cầu và đẩy gậy")
def _():
    q = "6 môn thi đấu bao gồm bóng đá, bóng bàn, cầu lông, điền kinh, đá cầu và đẩy gậy"
    return listed(q, ["bóng đá", "bóng bàn", "cầu lông", "điền kinh", "đá cầu", "đẩy gậy"]), cnt("6", occ=1)


def _h1106_hc(dong):
    return lambda: (cnt("66", occ=1) + cnt("66", occ=2) + cnt(dong), cnt("248"))


reg("h11-06.txt", 4, "Ban tổ chức đã trao 248 huy chương ở 6 nội dung thi đấu cho các VĐV đạt thành tích cao. Trong đó có 66 huy chương vàng, 66 huy chương bạc và 116 huy chương đồng", _h1106_hc("116"))
reg("h11-06-mut.txt", 4, "Ban tổ chức đã trao 248 huy chương ở 6 nội dung thi đấu cho các VĐV đạt thành tích cao. Trong đó có 66 huy chương vàng, 66 huy chương bạc và 136 huy chương đồng", _h1106_hc("136"))


# h11-07  Đại hội TDTT phường Quyết Thắng (TP Kon Tum) lần VII, 2021 ----------
@check("h11-07.txt", 1, "được tổ chức với 07 môn thi đấu gồm:  bóng đá, cầu lông, kéo co, bóng bàn, đẩy gậy, cờ tướng, cờ vua")
def _():
    q = "07 môn thi đấu gồm:  bóng đá, cầu lông, kéo co, bóng bàn, đẩy gậy, cờ tướng, cờ vua"
    return listed(q, ["bóng đá", "cầu lông", "kéo co", "bóng bàn", "đẩy gậy", "cờ tướng", "cờ vua"]), cnt("07", occ=1)


@check("h11-07.txt", 1, "với 04 đơn vị tham gia, gồm : Cụm I ( tổ dân phố 1, 2,); Cụm II ( tổ dân phố 3, 4, ); Cụm III ( tổ dân phố 5, 6); Cụm IV ( tổ dân phố 7,8)")
def _():
    q = "04 đơn vị tham gia, gồm : Cụm I ( tổ dân phố 1, 2,); Cụm II ( tổ dân phố 3, 4, ); Cụm III ( tổ dân phố 5, 6); Cụm IV ( tổ dân phố 7,8)"
    return listed(q, ["Cụm I (", "Cụm II (", "Cụm III (", "Cụm IV ("]), cnt("04")


# h11-08  thi hành kỷ luật đảng viên, tỉnh Vĩnh Long, 6 tháng 2018 -----------
@check("h11-08.txt", 1, "thi hành kỷ luật 62 đảng viên, trong đó có 13 cấp ủy viên cơ sở (chiếm 20,9%)")
def _():
    return cnt("13") / cnt("62"), pct("20,9")


@check("h11-08.txt", 2, "Hình thức kỷ luật đảng viên: khiển trách 28 (chiếm 45%), cảnh cáo 21 (34%), cách chức 1 (2%), khai trừ 12 (19%)")
def _():
    return cnt("28") + cnt("21") + cnt("1") + cnt("12", occ=1), cnt("62")


@check("h11-08.txt", 2, "khiển trách 28 (chiếm 45%)")
def _():
    return cnt("28") / cnt("62"), pct("45")


def _h1108_canhcao(r):
    return lambda: (cnt("21") / cnt("62"), pct(r))


reg("h11-08.txt", 2, "cảnh cáo 21 (34%)", _h1108_canhcao("34"))
reg("h11-08-mut.txt", 2, "cảnh cáo 21 (39%)", _h1108_canhcao("39"))


@check("h11-08.txt", 2, "cách chức 1 (2%)")
def _():
    return cnt("1") / cnt("62"), pct("2", occ=1)


@check("h11-08.txt", 2, "khai trừ 12 (19%)")
def _():
    return cnt("12", occ=1) / cnt("62"), pct("19")


# h11-09  Huy hiệu Đảng đợt 2-9, Đảng bộ tỉnh Tuyên Quang ---------------------
def _h1109_sum(b60):
    return lambda: (cnt("2", occ=2) + cnt("4", occ=1) + cnt("1", occ=1) + cnt(b60) + cnt("120")
                    + cnt("44") + cnt("311"), cnt("524"))


reg("h11-09.txt", 2, "có 2 đảng viên được trao tặng Huy hiệu 75 năm tuổi Đảng; 4 đảng viên được trao tặng Huy hiệu 70 năm tuổi Đảng; 1 đảng viên được trao tặng Huy hiệu 65 năm tuổi Đảng; 42 đảng viên được trao tặng Huy hiệu 60 năm tuổi Đảng; 120 đảng viên được trao tặng Huy hiệu 55 năm tuổi Đảng; 44 đảng viên được trao tặng Huy hiệu 50 năm tuổi Đảng và 311 đảng viên được trao tặng Huy hiệu 45 năm, 40 năm và 30 năm tuổi Đảng", _h1109_sum("42"))
reg("h11-09-mut.txt", 2, "có 2 đảng viên được trao tặng Huy hiệu 75 năm tuổi Đảng; 4 đảng viên được trao tặng Huy hiệu 70 năm tuổi Đảng; 1 đảng viên được trao tặng Huy hiệu 65 năm tuổi Đảng; 48 đảng viên được trao tặng Huy hiệu 60 năm tuổi Đảng; 120 đảng viên được trao tặng Huy hiệu 55 năm tuổi Đảng; 44 đảng viên được trao tặng Huy hiệu 50 năm tuổi Đảng và 311 đảng viên được trao tặng Huy hiệu 45 năm, 40 năm và 30 năm tuổi Đảng", _h1109_sum("48"))


# h11-10  lúa đông xuân 2023, cả nước ----------------------------------------
@check("h11-10.txt", 2, "đạt 2.952,5 nghìn ha, bằng 98,7% vụ đông xuân năm trước. Diện tích lúa đông xuân năm nay giảm 39,8 nghìn ha")
def _():
    new = meas("2.952,5")
    return new / (new + meas("39,8")), pct("98,7")


def _h1110_prod(p):
    # nghìn ha x tạ/ha = 100 tấn; in triệu tấn: area * yield / 10 000
    return lambda: (meas("2.952,5") * meas("68,4") * F(1, 10000), meas(p))


reg("h11-10.txt", 5, "sản lượng lúa đông xuân cả nước năm nay tăng so với vụ đông xuân năm trước, ước đạt 20,2 triệu tấn", _h1110_prod("20,2"))
reg("h11-10-mut.txt", 5, "sản lượng lúa đông xuân cả nước năm nay tăng so với vụ đông xuân năm trước, ước đạt 23,2 triệu tấn", _h1110_prod("23,2"))


@check("h11-10.txt", 5, "ước đạt 20,2 triệu tấn, tăng 231,9 nghìn tấn")
def _():
    # this year minus last year, each rebuilt as area x yield (in nghìn tấn: area * yield / 10)
    a, y = meas("2.952,5"), meas("68,4")
    old = (a + meas("39,8")) * (y - meas("1,6"))
    return (a * y - old) * F(1, 10), meas("231,9")


# h11-11  dân số, tỷ lệ sinh, chết, tỉnh Điện Biên, năm 2023 và ước 2024 -------
@check("h11-11.txt", 3, "328.146")
def _():
    return cnt("328.146") + cnt("318.036"), cnt("646.182")


@check("h11-11.txt", 3, "333.505")
def _():
    return cnt("333.505") + cnt("323.212"), cnt("656.717")


@check("h11-11.txt", 5, "98.246")
def _():
    return cnt("98.246") + cnt("547.936"), cnt("646.182")


@check("h11-11.txt", 5, "99.843")
def _():
    return cnt("99.843") + cnt("556.874"), cnt("656.717")


def _h1111_idx(new, old, occ):
    return lambda: (cnt(new) / cnt(old), pct("101,63", occ=occ))


reg("h11-11.txt", 2, "101,63", _h1111_idx("656.717", "646.182", 1))
reg("h11-11.txt", 3, "101,63", _h1111_idx("333.505", "328.146", 2))
reg("h11-11.txt", 4, "101,63", _h1111_idx("323.212", "318.036", 3))
reg("h11-11.txt", 5, "101,63", _h1111_idx("99.843", "98.246", 4))
reg("h11-11.txt", 6, "101,63", _h1111_idx("556.874", "547.936", 5))


@check("h11-11.txt", 7, "-0,10")
def _():
    return meas("19,02") - meas("19,12"), -meas("0,10", occ=1)


@check("h11-11.txt", 8, "0,00")
def _():
    return meas("5,20", occ=2) - meas("5,20", occ=1), meas("0,00")


@check("h11-11.txt", 9, "13,92")
def _():
    return meas("19,12") - meas("5,20", occ=1), meas("13,92")


@check("h11-11.txt", 9, "13,82")
def _():
    return meas("19,02") - meas("5,20", occ=2), meas("13,82")


@check("h11-11.txt", 9, "-0,10")
def _():
    return meas("13,82") - meas("13,92"), -meas("0,10", occ=2)


@check("h11-11.txt", 10, "-0,10")
def _():
    # the 2024 change of the birth rate = 19,02 - 19,12
    return meas("19,02") - meas("19,12"), -meas("0,10", occ=3)


def _h1111_chg(c):
    # change of the change: (-0,10) - (-2,36)
    return lambda: (-meas("0,10", occ=3) - (-meas("2,36")), meas(c))


reg("h11-11.txt", 10, "2,26", _h1111_chg("2,26"))
reg("h11-11-mut.txt", 10, "2,66", _h1111_chg("2,66"))


# h11-12  tiếp công dân, tỉnh Đắk Nông, tháng 10/2020 ------------------------
@check("h11-12.txt", 1, "Tổng số lượt tiếp: 25 lượt (trong đó: tiếp định kỳ 24 lượt, tiếp đột xuất 01 lượt)")
def _():
    return cnt("24") + cnt("01", occ=3), cnt("25")


@check("h11-12.txt", 2, "Nội dung tiếp công dân trong tháng 10/2020")
def _():
    # sở, ngành 01 lượt (line 1) + huyện, thành phố 25 lượt = the 26 lượt of line 2
    return cnt("01", occ=1) + cnt("25"), cnt("26", occ=1)


def _h1112_datdai(r):
    return lambda: (cnt("23") / cnt("26", occ=1), pct(r))


reg("h11-12.txt", 2, "đất đai 23/26 lượt tiếp công dân, chiếm 88,46%", _h1112_datdai("88,46"))
reg("h11-12-mut.txt", 2, "đất đai 23/26 lượt tiếp công dân, chiếm 76,46%", _h1112_datdai("76,46"))


@check("h11-12.txt", 2, "các lĩnh vực khác 3/26 lượt tiếp công dân chiếm 11,54%")
def _():
    return cnt("3") / cnt("26", occ=2), pct("11,54")


@check("h11-12.txt", 2, "lĩnh vực đất đai 23/26 lượt tiếp công dân")
def _():
    return cnt("23") + cnt("3"), cnt("26", occ=2)


# h11-13  người lao động đi làm việc ở nước ngoài, cả nước, năm 2023 ---------
@check("h11-13.txt", 1, "159.986 lao động (55.804 nữ), đạt 133,3 % kế hoạch được giao (110.000 - 120.000 lao động)")
def _():
    # against the upper end of the planned range
    v, _ = parse(lit("120.000"))
    return cnt("159.986") / I(v), pct("133,3")


# h11-14  GRDP tỉnh Điện Biên, 9 tháng 2024 ----------------------------------
@check("h11-14.txt", 1, "đạt 11.423,4 tỷ đồng, tăng 10,55% so với cùng kỳ năm trước (6 tháng tăng 11,29%, quý III tăng 9,09%), trong đó: Khu vực nông, lâm nghiệp thủy sản đạt 1.574,1 tỷ đồng")
def _():
    return meas("1.574,1") + meas("2.323,2") + meas("7.006,35") + meas("519,79"), meas("11.423,4")


def _h1114_growth(r_dv):
    def fn():
        old = (meas("1.574,1") / (1 + pct("3,74")) + meas("2.323,2") / (1 + pct("9,48"))
               + meas("7.006,35") / (1 + pct(r_dv)) + meas("519,79") / (1 + pct("7,42")))
        return meas("11.423,4") / old - 1, pct("10,55", occ=1)
    return fn


reg("h11-14.txt", 1, "khu vực dịch vụ đạt 7.006,35 tỷ đồng, tăng 12,82%", _h1114_growth("12,82"))
reg("h11-14-mut.txt", 1, "khu vực dịch vụ đạt 7.006,35 tỷ đồng, tăng 10,82%", _h1114_growth("10,82"))


# h11-15  điện thương phẩm, Công ty Điện lực Hà Tĩnh, 11 tháng 2022 ----------


def _h1115_sum(cn):
    return lambda: (pct("60,05") + pct(cn) + pct("5,7") + pct("4,55") + pct("4,84"), HUNDRED)


reg("h11-15.txt", 3, "thành phần điện công nghiệp - xây dựng chiếm tỷ trọng 24,86%", _h1115_sum("24,86"))
reg("h11-15-mut.txt", 3, "thành phần điện công nghiệp - xây dựng chiếm tỷ trọng 20,86%", _h1115_sum("20,86"))


@check("h11-15.txt", 1, "đạt 1.174,085 triệu kWh, tăng 7,71% so với cùng kỳ năm 2021")
def _():
    # this year's shares (line 3) add to 100 %; last year's total in the same unit is
    # the sum of share / (1 + growth) over the five components
    old = (pct("60,05") / (1 + pct("4,24")) + pct("24,86") / (1 + pct("11,06"))
           + pct("5,7") / (1 + pct("33,86")) + pct("4,55") / (1 + pct("4,67"))
           + pct("4,84") / (1 + pct("11,27")))
    return HUNDRED / old - 1, pct("7,71")


# h11-16  giao nhận quân, huyện Thường Xuân (Thanh Hóa), năm 2024 -------------
@check("h11-16.txt", 2, "gọi 109 thanh niên lên đường nhập ngũ. Trong đó, 96 thanh niên tham gia nghĩa vụ quân đội, 13 thanh niên tham gia nghĩa vụ công an nhân dân")
def _():
    return cnt("96") + cnt("13"), cnt("109")


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
    for p in sorted(HERE.glob("h11-*.txt")):
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
