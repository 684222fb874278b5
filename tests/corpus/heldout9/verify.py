#!/usr/bin/env python3
"""Recompute every holds/fails verdict in FACTS.json (stdlib only, exact Fractions).

Adapted from heldout8/verify.py (same conventions, same checks of format and mutants).  Conventions (from the brief):
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
import calendar
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


def chg(cur, old):
    """rate of change cur/old - 1"""
    return cur / old - 1


def days_in_month(year_lit, month_lit, occ_y=1, occ_m=1):
    y = int(lit(year_lit, occ_y))
    m = int(lit(month_lit, occ_m))
    return I(calendar.monthrange(y, m)[1])


# h9-01  TAND tỉnh Tây Ninh, năm 2012 --------------------------------------
@check("h9-01.txt", 1, "thụ lý tổng cộng 11.041 vụ án các loại, trong đó đã giải quyết 10.736 vụ (tăng 776 vụ SCK), đạt tỷ lệ 97,24%")
def _():
    return cnt("10.736") / cnt("11.041"), pct("97,24")


@check("h9-01.txt", 1, "toàn ngành thụ lý tổng cộng 11.041 vụ án các loại")
def _():
    # hình sự + dân sự + HNGĐ (line 2) + hành chính + lao động + KDTM (line 3)
    parts = cnt("1.319") + cnt("4.512") + cnt("4.797") + cnt("78") + cnt("175") + cnt("160")
    return parts, cnt("11.041")


@check("h9-01.txt", 1, "trong đó đã giải quyết 10.736 vụ")
def _():
    parts = cnt("1.312") + cnt("4.288") + cnt("4.732") + cnt("76") + cnt("175", occ=2) + cnt("153")
    return parts, cnt("10.736")


@check("h9-01.txt", 2, "đã giải quyết 1.312 vụ với 2.286 bị cáo (giảm 17 vụ SCK), đạt tỷ lệ 99,74%")
def _():
    return cnt("1.312") / cnt("1.319"), pct("99,74")


@check("h9-01.txt", 2, "thụ lý 4.512 vụ (tăng 85 vụ SCK), đã giải quyết 4.288 vụ, đạt tỷ lệ trên 95%")
def _():
    return cnt("4.288") / cnt("4.512"), pct("95", approx)


@check("h9-01.txt", 2, "án hòa giải thành được 1.732 vụ, đạt trên 40% so với tổng số án đã giải quyết")
def _():
    return cnt("1.732") / cnt("4.288"), pct("40", approx)


@check("h9-01.txt", 2, "thụ lý 4.797 vụ (tăng 823 vụ SCK), đã giải quyết 4.732 vụ (tăng 786 vụ SCK), đạt tỷ lệ 98,64%")
def _():
    return cnt("4.732") / cnt("4.797"), pct("98,64")


def _h901_hgt(n):
    return lambda: (cnt(n) / cnt("4.732"), pct("60,2"))


reg("h9-01.txt", 2, "trong đó số án hòa giải thành là 2.848 vụ, đạt tỷ lệ 60,2%", _h901_hgt("2.848"))
reg("h9-01-mut.txt", 2, "trong đó số án hòa giải thành là 3.348 vụ, đạt tỷ lệ 60,2%", _h901_hgt("3.348"))


@check("h9-01.txt", 3, "đã thụ lý 78 vụ (tăng 42 vụ SCK), đã giải quyết 76 vụ (tăng 40 vụ SCK), đạt tỷ lệ 97,44%")
def _():
    return cnt("76") / cnt("78"), pct("97,44")


@check("h9-01.txt", 3, "Án lao động: thụ lý 175 vụ (tăng 122 vụ SCK), đã giải quyết 175 vụ (tăng 123 vụ SCK), đạt tỷ lệ 100%")
def _():
    return cnt("175", occ=2) / cnt("175"), pct("100")


@check("h9-01.txt", 3, "trong đó 17 vụ hòa giải thành, đạt tỷ lệ 9,71% so với tổng số án đã giải quyết")
def _():
    return cnt("17", occ=2) / cnt("175", occ=2), pct("9,71")


@check("h9-01.txt", 3, "thụ lý 160 vụ (tăng 48 vụ SCK), đã giải quyết 153 vụ (tăng 31 vụ SCK), đạt tỷ lệ 95,63%")
def _():
    return cnt("153") / cnt("160"), pct("95,63")


# h9-02  TAND huyện Đại Lộc (Quảng Nam), năm 2023 --------------------------
@check("h9-02.txt", 2, "đã xét xử và giải quyết 622 vụ, việc trong tổng số 698 vụ, việc các loại án thụ lý, đạt tỷ lệ 89,5%")
def _():
    return cnt("622") / cnt("698", occ=2), pct("89,5")


def _h902_hs(r):
    return lambda: (cnt("13") / (cnt("81") - cnt("13")), pct(r))


reg("h9-02.txt", 3, "Số vụ án hình sự thụ lý 81 vụ với 168 bị cáo, tăng 13 vụ, 6 bị cáo so với năm 2022, tỷ lệ tăng 19,1%", _h902_hs("19,1"))
reg("h9-02-mut.txt", 3, "Số vụ án hình sự thụ lý 81 vụ với 168 bị cáo, tăng 13 vụ, 6 bị cáo so với năm 2022, tỷ lệ tăng 22,1%", _h902_hs("22,1"))


@check("h9-02.txt", 3, "Án tranh chấp dân sự tòa thụ lý là 173 vụ, việc, tăng 67 vụ, việc so với cùng kỳ đã giải quyết và xét xử 118 vụ, đạt tỷ lệ 69%")
def _():
    return cnt("118") / cnt("173"), pct("69")


# h9-03  FDI cả nước, đến 20-11-2019 ---------------------------------------
def _h903_share(new):
    return lambda: (meas("11,24") / (meas(new) + meas("5,87") + meas("11,24")), pct("35,4"))


reg("h9-03.txt", 1, "tổng giá trị vốn góp 11,24 tỷ USD, tăng 47,1% và chiếm 35,4% tổng vốn đăng ký", _h903_share("14,68"))
reg("h9-03-mut.txt", 1, "tổng giá trị vốn góp 11,24 tỷ USD, tăng 47,1% và chiếm 35,4% tổng vốn đăng ký", _h903_share("12,68"))


# h9-04  đăng ký doanh nghiệp cả nước, tháng 10/2019 -----------------------
@check("h9-04.txt", 1, "trung bình mỗi ngày có hơn 400 doanh nghiệp thành lập mới")
def _():
    # 12.182 (line 2) over the 31 days of tháng 10/2019
    return cnt("12.182") / days_in_month("2019", "10"), approx("400")


@check("h9-04.txt", 1, "và hơn 240 doanh nghiệp quay trở lại hoạt động")
def _():
    return cnt("7.247") / days_in_month("2019", "10"), approx("240")


@check("h9-04.txt", 1, "với vốn đăng ký bình quân 11,8 tỷ đồng")
def _():
    return meas("143,6", 1000) / cnt("12.182"), meas("11,8")


@check("h9-04.txt", 3, "Vốn đăng ký bình quân một doanh nghiệp thành lập mới trong tháng đạt 11,8 tỷ đồng")
def _():
    return meas("143,6", 1000) / cnt("12.182"), meas("11,8", occ=2)


def _h904_avgchg(v):
    # average = capital / firms; its change = (1 + capital change) / (1 + firm change) - 1
    return lambda: ((1 + pct(v)) / (1 + pct("3,4")) - 1, 0 - pct("0,9"))


reg("h9-04.txt", 3, "đạt 11,8 tỷ đồng, giảm 0,9% so với tháng trước", _h904_avgchg("2,5"))
reg("h9-04-mut.txt", 3, "đạt 11,8 tỷ đồng, giảm 0,9% so với tháng trước", _h904_avgchg("2,9"))


# h9-05  lúa, ngô huyện Bạch Thông (Bắc Kạn), năm 2014 ----------------------
# units: ha x tạ/ha = tạ; 10 tạ = 1 tấn
@check("h9-05.txt", 1, "toàn huyện gieo cấy được 2.786 ha lúa, trong đó diện tích lúa xuân là 1.088 ha, lúa mùa là 1.698 ha")
def _():
    return meas("1.088") + meas("1.698"), meas("2.786")


def _h905_thoc(ym):
    return lambda: ((meas("1.088") * approx("54,7") + meas("1.698") * approx(ym)) * F(1, 10), approx("14", 1000))


reg("h9-05.txt", 2, "Sản lượng thóc cả năm ước đạt trên 14 nghìn tấn", _h905_thoc("47,5"))
reg("h9-05-mut.txt", 2, "Sản lượng thóc cả năm ước đạt trên 14 nghìn tấn", _h905_thoc("55,5"))


@check("h9-05.txt", 2, "139 ha lúa nương, năng suất ước đạt 12 tạ/ha, sản lượng ước đạt 167, 2 tấn")
def _():
    # "167, 2" read as 167,2 tấn; the whole-number token 167 (+-0,5) covers it
    return meas("139") * approx("12", occ=1) * F(1, 10), approx("167")


@check("h9-05.txt", 2, "Cây ngô thực hiện được 1.264 ha, năng xuất ước 39 tạ/ha, sản lượng ước đạt 4.981 tấn")
def _():
    return meas("1.264") * approx("39") * F(1, 10), approx("4.981")


@check("h9-05.txt", 2, "nâng tổng sản lượng lương thực có hạt toàn huyện ước đạt trên 19 nghìn tấn")
def _():
    return approx("14", 1000) + approx("167") + approx("4.981"), approx("19", 1000)


# h9-06  trồng trọt huyện Hà Quảng (Cao Bằng), 6 tháng 2022 -----------------
def _h906_lua(y):
    return lambda: (meas("238") * approx(y) * F(1, 10), approx("1.180"))


reg("h9-06.txt", 2, "Lúa xuân gieo trồng được 238 ha, đạt 105,7% kế hoạch, năng suất ước đạt 49,6 tạ/ha, sản lượng ước đạt trên 1.180 tấn", _h906_lua("49,6"))
reg("h9-06-mut.txt", 2, "Lúa xuân gieo trồng được 238 ha, đạt 105,7% kế hoạch, năng suất ước đạt 57,6 tạ/ha, sản lượng ước đạt trên 1.180 tấn", _h906_lua("57,6"))


@check("h9-06.txt", 2, "tổng sản lượng lương thực có hạt ước đạt trên 20.787 tấn")
def _():
    # lương thực có hạt = lúa xuân + ngô
    return approx("1.180") + approx("19.606"), approx("20.787")


# h9-07  thủy sản tỉnh Bạc Liêu, 5 tháng 2019 ------------------------------
@check("h9-07.txt", 1, "tổng sản lượng nuôi trồng và khai thác đạt 26.772 tấn. Trong đó, tôm đạt 10.949 tấn, cá và thủy sản khác đạt 15.823 tấn")
def _():
    return meas("10.949") + meas("15.823"), meas("26.772")


@check("h9-07.txt", 1, "tổng sản lượng nuôi trồng và khai thác đạt 26.772 tấn")
def _():
    # nuôi trồng thu hoạch (line 2) + khai thác (line 3)
    return meas("15.777") + meas("10.995"), meas("26.772")


@check("h9-07.txt", 1, "tôm đạt 10.949 tấn")
def _():
    return meas("10.138") + meas("811"), meas("10.949")


@check("h9-07.txt", 1, "cá và thủy sản khác đạt 15.823 tấn")
def _():
    return meas("5.639") + meas("10.184"), meas("15.823")


@check("h9-07.txt", 2, "diện tích nuôi tôm đạt 112.500 ha (nuôi tôm siêu thâm canh, thâm canh và bán thâm canh là 5.670 ha, các hình thức nuôi khác 106.830 ha)")
def _():
    return meas("5.670") + meas("106.830"), meas("112.500")


def _h907_nuoi(fish):
    return lambda: (meas("112.500") + meas(fish), meas("113.417"))


reg("h9-07.txt", 2, "hiện đang nuôi 113.417 ha, trong đó diện tích nuôi tôm đạt 112.500 ha", _h907_nuoi("917"))
reg("h9-07-mut.txt", 2, "hiện đang nuôi 113.417 ha, trong đó diện tích nuôi tôm đạt 112.500 ha", _h907_nuoi("787"))


@check("h9-07.txt", 2, "đạt sản lượng 15.777 tấn (trong đó tôm 10.138 tấn, cá và thủy sản khác 5.639 tấn)")
def _():
    return meas("10.138") + meas("5.639"), meas("15.777")


@check("h9-07.txt", 3, "Sản lượng khai thác 10.995 tấn, trong đó tôm đạt 811 tấn, cá và thủy sản khác 10.184 tấn")
def _():
    return meas("811") + meas("10.184"), meas("10.995")


# h9-08  thủy sản tỉnh Bạc Liêu, 6 tháng 2019 ------------------------------
@check("h9-08.txt", 4, "nâng tổng sản lượng nuôi trồng và khai thác thủy sản 6 tháng đầu năm 2019 đạt 161.439 tấn")
def _():
    return meas("100.035") + meas("61.404"), meas("161.439")


@check("h9-08.txt", 4, "đạt 161.439 tấn, đạt 44,84% kế hoạch")
def _():
    plan = meas("100.035") / pct("41,17") + meas("61.404") / pct("52,48")
    return meas("161.439") / plan, pct("44,84")


@check("h9-08.txt", 4, "đạt 44,84% kế hoạch, tăng 5,08% so cùng kỳ")
def _():
    old = meas("100.035") / (1 + pct("7,33")) + meas("61.404") / (1 + pct("1,62"))
    return chg(meas("161.439"), old), pct("5,08")


@check("h9-08.txt", 5, "Riêng sản lượng tôm 51.172 tấn")
def _():
    return meas("44.086") + meas("7.086"), meas("51.172")


@check("h9-08.txt", 5, "so với chỉ tiêu cả năm 2019, đạt 151.000 tấn (sản lượng tôm) thì chỉ mới đạt 33,89%")
def _():
    return meas("51.172") / meas("151.000"), pct("33,89")


def _h908_target(t):
    return lambda: (meas("51.172") / meas(t), pct("33,01"))


reg("h9-08.txt", 5, "so với mức phấn đấu năm 2019 (155.000 tấn) thì chỉ đạt 33,01%", _h908_target("155.000"))
reg("h9-08-mut.txt", 5, "so với mức phấn đấu năm 2019 (135.000 tấn) thì chỉ đạt 33,01%", _h908_target("135.000"))


# h9-09  tai nạn giao thông tỉnh Kon Tum, tháng 9/2018 ----------------------
@check("h9-09.txt", 1, "Địa bàn: Đăk Hà 03 vụ, Tp. Kon Tum 02 vụ, Sa Thầy 01 vụ, Kon Rẫy 01 vụ")
def _():
    return cnt("03", occ=3) + cnt("02") + cnt("01", occ=2) + cnt("01", occ=3), cnt("07")


@check("h9-09.txt", 1, "07 vụ tai nạn giao thông thì có 01 vụ rất nghiêm tọng làm chết 02 người và 06 vụ nghiêm trọng")
def _():
    return cnt("01", occ=4) + cnt("06"), cnt("07", occ=3)


def _h909_dead(d):
    return lambda: (cnt("02", occ=2) + cnt(d, occ=2 if d == "06" else 1), cnt("08"))


reg("h9-09.txt", 1, "có 01 vụ rất nghiêm tọng làm chết 02 người và 06 vụ nghiêm trọng làm chết 06 người", _h909_dead("06"))
reg("h9-09-mut.txt", 1, "có 01 vụ rất nghiêm tọng làm chết 02 người và 06 vụ nghiêm trọng làm chết 05 người", _h909_dead("05"))


# h9-10  du lịch tỉnh Tuyên Quang, dịp 30/4-1/5/2024 ------------------------
def _h910_sum(b):
    return lambda: (cnt("55.000") + cnt(b) + cnt("37.000") + cnt("15.000") + cnt("5.000"), approx("154.000"))


reg("h9-10.txt", 1, "Tuyên Quang đón trên 154.000 lượt khách du lịch", _h910_sum("42.000"))
reg("h9-10-mut.txt", 1, "Tuyên Quang đón trên 154.000 lượt khách du lịch", _h910_sum("49.000"))


# h9-11  du lịch tỉnh Tuyên Quang, Tết Bính Ngọ 2026 ------------------------
def _h911_sum(t):
    return lambda: (meas("15.100", occ=2) + meas("236.990"), approx(t, occ=2 if t == "252.090" else 1))


reg("h9-11.txt", 4, "Trong đó, khách quốc tế là 15.100 lượt, khách nội địa là 236.990 lượt.", _h911_sum("252.090"))
reg("h9-11-mut.txt", 4, "Trong đó, khách quốc tế là 15.100 lượt, khách nội địa là 236.990 lượt.", _h911_sum("292.090"))


@check("h9-11.txt", 1, "Tuyên Quang đón hơn 252 nghìn lượt du khách")
def _():
    return meas("15.100", occ=2) + meas("236.990"), approx("252", 1000)


# h9-12  TTHC tỉnh Ninh Bình, tháng 11/2025 --------------------------------
def _h912_share(n):
    return lambda: (cnt(n) / cnt("585"), pct("27,5"))


reg("h9-12.txt", 2, "phê duyệt phương án đơn giản hóa 161 thủ tục, đạt tỷ lệ 27,5%", _h912_share("161"))
reg("h9-12-mut.txt", 2, "phê duyệt phương án đơn giản hóa 186 thủ tục, đạt tỷ lệ 27,5%", _h912_share("186"))


@check("h9-12.txt", 3, "công bố danh mục 122 thủ tục, trong đó 98 thủ tục mới hoặc được sửa đổi và 24 thủ tục bị bãi bỏ")
def _():
    return cnt("98") + cnt("24"), cnt("122")


@check("h9-12.txt", 5, "tiếp nhận 210.059 hồ sơ. Trong đó: 181.579 hồ sơ đã được giải quyết")
def _():
    return cnt("181.579") + cnt("28.480"), cnt("210.059")


@check("h9-12.txt", 5, "181.579 hồ sơ đã được giải quyết, với 179.973 hồ sơ đúng và trước hạn; 1.606 hồ sơ giải quyết quá hạn")
def _():
    return cnt("179.973") + cnt("1.606"), cnt("181.579")


# h9-13  tiếp công dân tỉnh Lâm Đồng, tháng 4/2017 -------------------------
@check("h9-13.txt", 1, "toàn tỉnh tiếp được 259 lượt công dân/316 người")
def _():
    return cnt("161") + cnt("98"), cnt("259")


def _h913_ng(b):
    return lambda: (cnt("201") + cnt(b), cnt("316"))


reg("h9-13.txt", 1, "Trong đó, tiếp thường xuyên 161/201 người; tiếp định kỳ 98 lượt /115 người.", _h913_ng("115"))
reg("h9-13-mut.txt", 1, "Trong đó, tiếp thường xuyên 161/201 người; tiếp định kỳ 98 lượt /135 người.", _h913_ng("135"))


@check("h9-13.txt", 2, "có 07 lượt công dân đến khiếu nại, kiến nghị, phản ánh")
def _():
    return cnt("04") + cnt("03"), cnt("07")


# h9-14  tuyển quân phường Huyền Tụng (TP Bắc Kạn), năm 2018 ---------------
@check("h9-14.txt", 1, "gọi 15 thanh niên nhập ngũ. Trong đó có 13 thanh niên chính thức và 02 thanh niên dự bị")
def _():
    return cnt("13") + cnt("02"), cnt("15")


# h9-15  mưa đá, dông lốc miền núi phía Bắc, 4/2020 ------------------------
@check("h9-15.txt", 3, "tại Lai Châu có 2 người tử vong do mưa lớn làm sập nhà, bị lũ cuốn trôi; Hà Giang có 1 trường hợp tử vong do cây đổ, đè vào người; Sơn La có 1 người chết do đá lăn vào nhà đổ tường; Yên Bái có 1 trường hợp tử vong do sét đánh")
def _():
    return cnt("2") + cnt("1") + cnt("1", occ=2) + cnt("1", occ=3), cnt("5")


@check("h9-15.txt", 1, "Mưa đá liên tiếp đã khiến hơn 10.300 nhà dân")
def _():
    return cnt("10.330"), approx("10.300")


# h9-16  lốc xoáy tỉnh Cà Mau (đảo Hòn Chuối), 13-7 ------------------------
@check("h9-16.txt", 2, "đã làm 9 căn nhà đổ sập, hư hỏng nặng, trong đó có 6 căn sập hoàn toàn, 3 căn tốc mái và hư hỏng một phần")
def _():
    return cnt("6") + cnt("3"), cnt("9")



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
    for p in sorted(HERE.glob("h9-*.txt")):
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
