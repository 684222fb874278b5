#!/usr/bin/env python3
"""Recompute every holds/fails verdict in FACTS.json (stdlib only, exact Fractions).

Conventions (from the brief):
  * "." groups thousands, "," is the decimal mark.
  * d decimals -> +-0,5*10^-d; whole measured amounts -> +-0,5; counts -> exact.
  * approximations (hơn, gần, khoảng, trên, ước) widen to
    w = min(unit of the last non-zero digit, 5 % of X)  (the wider of w and the
    precision tolerance is used, symmetric).
  * rates are evaluated over intervals (all corners); a relation holds when the
    computed range meets the stated range.

Every numeric literal a check uses must occur in the file it refers to, and the
record's quote must occur on the record's line, so the checks cannot drift from
the passages.
"""
import json
import re
import sys
import unicodedata
from fractions import Fraction as F
from itertools import product
from pathlib import Path

HERE = Path(__file__).resolve().parent


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
    val, d = parse(s)
    digits = re.sub(r"[^0-9]", "", s)
    # position of last non-zero digit counted from the right of the digit string
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
        return f"[{float(self.lo):.6g}, {float(self.hi):.6g}]"


USED = []  # (literal) numbers used by the check being evaluated


def cnt(s):
    """Exact count."""
    USED.append(s)
    v, _ = parse(s)
    return I(v)


def meas(s, scale=1):
    """Measured amount: tolerance from the written precision."""
    USED.append(s)
    v, d = parse(s)
    t = F(1, 2 * 10 ** d) if d else F(1, 2)
    return I((v - t) * F(scale), (v + t) * F(scale))


def approx(s, scale=1):
    """Approximate amount (hơn, gần, khoảng, trên, ước ...)."""
    USED.append(s)
    v, d = parse(s)
    t = F(1, 2 * 10 ** d) if d else F(1, 2)
    w = min(last_nonzero_unit(s), v * F(5, 100))
    t = max(t, w)
    return I((v - t) * F(scale), (v + t) * F(scale))


def pct(s, kind=meas):
    """Percentage -> fraction interval."""
    return kind(s, F(1, 100))


NUMWORDS = {"hai": 2, "ba": 3, "bốn": 4, "bảy": 7, "chín": 9}


def word(w):
    USED.append(w)
    return I(NUMWORDS[w])


def items(text, sep):
    """Count the items of a written list (exact)."""
    USED.append(text)
    parts = [p.strip() for p in re.split(sep, text) if p.strip()]
    return I(len(parts))


# ---------------------------------------------------------------- checks
# key: (file, line, quote) -> function returning (computed, stated)
C = {}


def check(file, line, quote):
    def deco(fn):
        C[(file, line, quote)] = fn
        return fn

    return deco


# h7-01 -------------------------------------------------------------------
@check("h7-01.txt", 1, "5.854/8.225 xã đạt chuẩn nông thôn mới (chiếm 71,2%)")
def _():
    return cnt("5.854") / cnt("8.225"), pct("71,2")


def _h701_points(p):
    return lambda: (cnt("12") / cnt("8.225"), pct(p))


check("h7-01.txt", 1, "tăng 12 xã (tăng 0,15%)")(_h701_points("0,15"))
check("h7-01-mut.txt", 1, "tăng 12 xã (tăng 0,17%)")(_h701_points("0,17"))


@check("h7-01.txt", 2, "5 tỉnh (Nam Định, Đồng Nai, Hà Nam, Hưng Yên và Hải Dương)")
def _():
    return items("Nam Định, Đồng Nai, Hà Nam, Hưng Yên và Hải Dương", r",| và "), cnt("5")


# h7-02 -------------------------------------------------------------------
def tri(total, a, b, c):
    def f():
        parts = [word(x) if x in NUMWORDS else cnt(x) for x in (a, b, c)]
        return parts[0] + parts[1] + parts[2], cnt(total)

    return f


check("h7-02.txt", 2, "gồm 103 em, trong đó có 15 em đoạt giải Nhất, 44 giải Nhì và 44 giải Ba")(tri("103", "15", "44", "44"))
check("h7-02.txt", 2, "Nghệ An có 69 học sinh (13 giải Nhất, 31 giải Nhì, 25 giải Ba)")(tri("69", "13", "31", "25"))
check("h7-02-mut.txt", 2, "Nghệ An có 69 học sinh (15 giải Nhất, 31 giải Nhì, 25 giải Ba)")(tri("69", "15", "31", "25"))
check("h7-02.txt", 2, "Vĩnh Phúc có 63 học sinh (bốn giải Nhất, 34 giải Nhì, 25 giải Ba)")(tri("63", "bốn", "34", "25"))
check("h7-02.txt", 2, "Hải Phòng 57 học sinh (bảy giải Nhất, 26 giải Nhì, 24 giải Ba)")(tri("57", "bảy", "26", "24"))
check("h7-02.txt", 2, "Nam Định 53 học sinh (bốn giải Nhất, 22 giải Nhì và 27 giải Ba)")(tri("53", "bốn", "22", "27"))
check("h7-02.txt", 2, "Đại học Quốc gia Hà Nội có 51 học sinh (11 giải Nhất, 31 giải Nhì, chín giải Ba)")(tri("51", "11", "31", "chín"))
check("h7-02.txt", 2, "Đại học Quốc gia TP Hồ Chí Minh có 34 học sinh (hai giải Nhất, 14 giải Nhì, 18 giải Ba)")(tri("34", "hai", "14", "18"))
check("h7-02.txt", 2, "Trường đại học Sư phạm Hà Nội 33 học sinh (ba giải Nhất, chín giải Nhì, 21 giải Ba)")(tri("33", "ba", "chín", "21"))


# h7-03 -------------------------------------------------------------------
def _h703_total(t):
    return lambda: (cnt("28") + cnt("99") + cnt("156") + cnt("221"), cnt(t))


check("h7-03.txt", 1, "tổng cộng 504 giải được trao cho các thí sinh, trong đó 28 giải nhất, 99 giải nhì, 156 giải ba và 221 giải khuyến khích")(_h703_total("504"))
check("h7-03-mut.txt", 1, "tổng cộng 584 giải được trao cho các thí sinh, trong đó 28 giải nhất, 99 giải nhì, 156 giải ba và 221 giải khuyến khích")(_h703_total("584"))


@check("h7-03.txt", 2, "Hội An, Phú Ninh (mỗi đơn vị có 7 giải), Tam Kỳ (3), Duy Xuyên, Điện Bàn, Quế Sơn, Phước Sơn (2), Thăng Bình, Nam Giang, Đông Giang (1)")
def _():
    two = items("Hội An, Phú Ninh", ",")
    four = items("Duy Xuyên, Điện Bàn, Quế Sơn, Phước Sơn", ",")
    three = items("Thăng Bình, Nam Giang, Đông Giang", ",")
    return two * cnt("7") + cnt("3") + four * cnt("2") + three * cnt("1"), cnt("28")


# h7-04 -------------------------------------------------------------------
def _h704_plan(plan):
    return lambda: (cnt("26.033") / cnt(plan), pct("130,2"))


check("h7-04.txt", 1, "26.033 lao động (đạt 130,2% kế hoạch năm nay là 20.000 người)")(_h704_plan("20.000"))
check("h7-04-mut.txt", 1, "26.033 lao động (đạt 130,2% kế hoạch năm nay là 23.000 người)")(_h704_plan("23.000"))


@check("h7-04.txt", 2, "với 51 lao động đi theo tuyến Trung tâm Dịch vụ việc làm tỉnh và 1.606 lao động đi theo các đơn vị khác tại các huyện")
def _():
    return cnt("51") + cnt("1.606"), cnt("1.706")


# h7-05 -------------------------------------------------------------------
@check("h7-05.txt", 2, "Sản lượng lương thực có hạt 1681,5 tấn")
def _():
    # lúa Chiêm Xuân + lúa mùa (ước) + ngô hạt Chiêm Xuân + ngô mùa (ước)
    return meas("715,5") + approx("918") + meas("42") + approx("6"), meas("1681,5")


@check("h7-05.txt", 3, "Diện tích lúa đạt 315ha")
def _():
    return meas("135") + meas("180"), meas("315")


def _h705_yield(y):
    # 1 tạ = 0,1 tấn
    return lambda: (meas("135") * meas(y) * F(1, 10), meas("715,5"))


check("h7-05.txt", 3, "Lúa vụ Chiêm Xuân trồng đạt 135ha, năng suất đạt 53 tạ/ha, sản lượng đạt 715,5tấn")(_h705_yield("53"))
check("h7-05-mut.txt", 3, "Lúa vụ Chiêm Xuân trồng đạt 135ha, năng suất đạt 61 tạ/ha, sản lượng đạt 715,5tấn")(_h705_yield("61"))


@check("h7-05.txt", 3, "lúa vụ mùa đạt 180ha, theo báo cáo của cán bộ chuyên môn dự kiến năng suất lúa vụ mùa ước đạt 51tạ/ha năng suất lúa dự kiến giảm, sản lượng ước đạt 918 tấn")
def _():
    return meas("180") * approx("51") * F(1, 10), approx("918")


@check("h7-05.txt", 4, "Diện tích ngô đạt 48 ha")
def _():
    return meas("45") + meas("3"), meas("48")


# h7-06 -------------------------------------------------------------------
@check("h7-06.txt", 1, "Trong đó khai thác biển đạt 227,6 nghìn tấn, khai thác nội địa đạt 22,2 nghìn tấn")
def _():
    return meas("227,6") + meas("22,2"), approx("249,8")


@check("h7-06.txt", 2, "Tổng sản lượng thủy sản 10 tháng ước đạt 5,5 triệu tấn; trong đó, sản lượng khai thác đạt 2,58 triệu tấn, tăng 2,7%; sản lượng nuôi trồng ước 2,92 triệu tấn")
def _():
    return meas("2,58") + approx("2,92"), approx("5,5")


def _h706_shrimp(a):
    return lambda: (meas(a) + meas("83,769"), meas("678,061"))


check("h7-06.txt", 3, "678,061 nghìn ha (tôm sú 594,292 nghìn ha và tôm thẻ chân trắng 83,769 nghìn ha)")(_h706_shrimp("594,292"))
check("h7-06-mut.txt", 3, "678,061 nghìn ha (tôm sú 504,292 nghìn ha và tôm thẻ chân trắng 83,769 nghìn ha)")(_h706_shrimp("504,292"))


# h7-07 -------------------------------------------------------------------
@check("h7-07.txt", 1, "4 nhóm hàng xuất khẩu “tỷ đô” trong kỳ này là: Điện thoại và linh kiện; máy vi tính, sản phẩm điện tử và linh kiện; máy móc, thiết bị, dụng cụ, phụ tùng; dệt may")
def _():
    return items("Điện thoại và linh kiện; máy vi tính, sản phẩm điện tử và linh kiện; máy móc, thiết bị, dụng cụ, phụ tùng; dệt may", ";"), cnt("4")


@check("h7-07.txt", 3, "2 nhóm hàng lớn nhất với kim ngạch “tỷ đô” là: Máy vi tính, sản phẩm điện tử và linh kiện; máy móc, thiết bị, dụng cụ, phụ tùng")
def _():
    return items("Máy vi tính, sản phẩm điện tử và linh kiện; máy móc, thiết bị, dụng cụ, phụ tùng", ";"), cnt("2")


def _h707_total(t):
    return lambda: (meas("37") + meas("35,32"), meas(t))


check("h7-07.txt", 5, "tổng kim ngạch xuất nhập khẩu cả nước đạt 72,32 tỷ USD")(_h707_total("72,32"))
check("h7-07-mut.txt", 5, "tổng kim ngạch xuất nhập khẩu cả nước đạt 82,32 tỷ USD")(_h707_total("82,32"))


@check("h7-07.txt", 5, "xuất siêu 1,68 tỷ USD")
def _():
    return meas("37") - meas("35,32"), meas("1,68")


# h7-08 -------------------------------------------------------------------
T = F(1, 1000)  # triệu USD -> tỷ USD


@check("h7-08.txt", 2, "nhóm nông sản chính 12,79 tỷ USD, tăng 12%; sản phẩm chăn nuôi 232 triệu USD, tăng 26,5%; thủy sản 4,13 tỷ USD, giảm 27,4%; lâm sản chính 6,5 tỷ USD, giảm 28,2%; đầu vào sản xuất 940 triệu USD, giảm 28,9%; muối 2,4 triệu USD, giảm 14,2%…")
def _():
    s = meas("12,79") + meas("232", T) + meas("4,13") + meas("6,5") + meas("940", T) + meas("2,4", T)
    return s, meas("24,59")


@check("h7-08.txt", 2, "đạt 24,59 tỷ USD, giảm 11,1% so với cùng kỳ năm 2022")
def _():
    groups = [  # (value, rate, sign)
        (meas("12,79"), pct("12"), 1),
        (meas("232", T), pct("26,5"), 1),
        (meas("4,13"), pct("27,4"), -1),
        (meas("6,5"), pct("28,2"), -1),
        (meas("940", T), pct("28,9"), -1),
        (meas("2,4", T), pct("14,2"), -1),
    ]
    old = sum((v / (1 + r) if sg > 0 else v / (1 - r) for v, r, sg in groups), I(0))
    return meas("24,59") / old - 1, I(0) - pct("11,1")


def _h708_count(n):
    return lambda: (items("cà phê, cao su, gạo, rau quả và trái cây, hạt điều, tôm, sản phẩm gỗ", ","), cnt(n))


check("h7-08.txt", 3, "có 7 sản phẩm, nhóm sản phẩm có giá trị xuất khẩu đạt trên 1 tỷ USD (cà phê, cao su, gạo, rau quả và trái cây, hạt điều, tôm, sản phẩm gỗ)")(_h708_count("7"))
check("h7-08-mut.txt", 3, "có 8 sản phẩm, nhóm sản phẩm có giá trị xuất khẩu đạt trên 1 tỷ USD (cà phê, cao su, gạo, rau quả và trái cây, hạt điều, tôm, sản phẩm gỗ)")(_h708_count("8"))


@check("h7-08.txt", 3, "gạo và hạt điều là 2 sản phẩm")
def _():
    return items("gạo và hạt điều", " và "), cnt("2")


@check("h7-08.txt", 3, "riêng cà phê tuy giảm về khối lượng (đạt 1,02 triệu tấn, giảm 2,2%), nhưng nhờ giá xuất khẩu bình quân tăng 5,2% nên giá trị xuất khẩu đạt 2,4 tỷ USD, tăng 3%")
def _():
    return (1 - pct("2,2")) * (1 + pct("5,2")) - 1, pct("3")


# h7-09 -------------------------------------------------------------------
@check("h7-09.txt", 1, "Chi tiết 4.897 người được tiêm tại 09 tỉnh/TP")
def _():
    parts = ["552", "1.616", "5", "242", "1.789", "10", "338", "259", "86"]
    return sum((cnt(p) for p in parts), I(0)), cnt("4.897")


@check("h7-09.txt", 1, "09 tỉnh/TP trong ngày 20/5/2021 như sau: 1- Nghệ An: 552 2- Sơn La: 1.616 3- Phú Yên: 5 4- Tiền Giang: 242 5- Tây Ninh: 1.789 6- Sóc Trăng: 10 7- An Giang: 338 8- Bình Dương: 259 9- Cà Mau: 86")
def _():
    lst = "1- Nghệ An: 552 2- Sơn La: 1.616 3- Phú Yên: 5 4- Tiền Giang: 242 5- Tây Ninh: 1.789 6- Sóc Trăng: 10 7- An Giang: 338 8- Bình Dương: 259 9- Cà Mau: 86"
    USED.append(lst)
    return I(len(re.findall(r"\d- [^:]+:", lst))), cnt("09")


# h7-10 -------------------------------------------------------------------
@check("h7-10.txt", 2, "Kế hoạch năm 2017 là 7.314,3 tỷ đồng, giá trị giải ngân là 5.375,5 tỷ đồng, đạt 73,5% kế hoạch")
def _():
    return meas("5.375,5") / meas("7.314,3"), pct("73,5")


@check("h7-10.txt", 2, "Kế hoạch năm 2017 là 7.314,3 tỷ đồng")
def _():
    return meas("1.156,4") + meas("6.157,9"), meas("7.314,3")


@check("h7-10.txt", 2, "giá trị giải ngân là 5.375,5 tỷ đồng")
def _():
    return meas("884,5") + meas("4.491"), meas("5.375,5")


def _h710_oda(r):
    return lambda: (meas("884,5") / meas("1.156,4"), pct(r))


check("h7-10.txt", 3, "Kế hoạch năm 2017 là 1.156,4 tỷ đồng, giá trị giải ngân 884,5 tỷ đồng, đạt 76,5% kế hoạch năm 2017")(_h710_oda("76,5"))
check("h7-10-mut.txt", 3, "Kế hoạch năm 2017 là 1.156,4 tỷ đồng, giá trị giải ngân 884,5 tỷ đồng, đạt 66,5% kế hoạch năm 2017")(_h710_oda("66,5"))


@check("h7-10.txt", 4, "Kế hoạch năm 2017 là 6.157,9 tỷ đồng, giá trị giải ngân là 4.491 tỷ đồng, đạt 72,9% kế hoạch")
def _():
    return meas("4.491") / meas("6.157,9"), pct("72,9")


# h7-11 -------------------------------------------------------------------
@check("h7-11.txt", 1, "Văn phòng Cục Thuế thu 2,372 tỷ đồng")
def _():
    return meas("2,372") + meas("291,5"), meas("2.663,8")


# h7-12 -------------------------------------------------------------------
def _h712_share(den):
    return lambda: (cnt("1.125.560") / cnt(den), pct("95,3"))


check("h7-12.txt", 1, "1.125.560/1.181.185 giấy, đạt 95,3% tổng giấy chứng nhận cần cấp")(_h712_share("1.181.185"))
check("h7-12-mut.txt", 1, "1.125.560/1.381.185 giấy, đạt 95,3% tổng giấy chứng nhận cần cấp")(_h712_share("1.381.185"))


@check("h7-12.txt", 2, "7.575/7.998 giấy, đạt 94,7% tổng giấy cần cấp")
def _():
    return cnt("7.575") / cnt("7.998"), pct("94,7")


# h7-13 -------------------------------------------------------------------
def _h713_sum(glong):
    parts = ["2.958", "3.169", "1.863", "2.806", "1.682", glong, "6.610", "417"]
    return lambda: (sum((cnt(p) for p in parts), I(0)), cnt("27.761"))


check("h7-13.txt", 2, "toàn tỉnh có 27.761 hộ nghèo")(_h713_sum("8.256"))
check("h7-13-mut.txt", 2, "toàn tỉnh có 27.761 hộ nghèo")(_h713_sum("9.656"))


# h7-14 -------------------------------------------------------------------
@check("h7-14.txt", 2, "3 xã tỷ lệ hộ nghèo chiếm hơn 50% gồm A Rooi, A Ting, Jơ Ngây")
def _():
    return items("A Rooi, A Ting, Jơ Ngây", ","), cnt("3")


@check("h7-14.txt", 2, "4 xã tỷ lệ hộ nghèo chiếm hơn 42% gồm Kà Dăng, Zà Hung, Sông Kôn, Tà Lu")
def _():
    return items("Kà Dăng, Zà Hung, Sông Kôn, Tà Lu", ","), cnt("4")


@check("h7-14.txt", 2, "2 địa phương tỷ lệ hộ nghèo chiếm hơn 30% gồm thị trấn Prao, xã Mà Cooih")
def _():
    return items("thị trấn Prao, xã Mà Cooih", ","), cnt("2")


@check("h7-14.txt", 2, "2 xã nông thôn mới gồm xã Ba 14,46% và xã Tư 24,67%")
def _():
    return items("xã Ba 14,46% và xã Tư 24,67%", " và "), cnt("2")


# h7-15 -------------------------------------------------------------------
@check("h7-15.txt", 1, "tổng số khách du lịch đến Hà Nội ước đạt 374.560 lượt khách")
def _():
    return approx("124.560") + approx("250.000"), approx("374.560")


@check("h7-15.txt", 1, "374.560 lượt khách, tăng 13% so với cùng kỳ năm trước")
def _():
    old = approx("124.560") / (1 + pct("30")) + approx("250.000") / (1 + pct("6"))
    return approx("374.560") / old - 1, pct("13")


@check("h7-15.txt", 1, "7 ngày nghỉ Tết Nguyên đán 2018, từ ngày 14 – 20/2/2018")
def _():
    return cnt("20") - cnt("14") + 1, cnt("7")


# h7-16 -------------------------------------------------------------------
# collectives: 1 + 3 + 1; individuals: 2 + 3
C[("h7-16.txt", 2, "cho 5 tập thể, 5 cá nhân (hạng nhất 1 tập thể; hạng nhì 3 tập thể, 2 cá nhân; hạng ba cho 1 tập thể và 3 cá nhân)")] = lambda: (cnt("1") + cnt("3") + cnt("1"), cnt("5"))
C[("h7-16.txt", 2, "5 cá nhân (hạng nhất 1 tập thể; hạng nhì 3 tập thể, 2 cá nhân; hạng ba cho 1 tập thể và 3 cá nhân)")] = lambda: (cnt("2") + cnt("3"), cnt("5"))


def _h716_years(n):
    return lambda: (cnt("2018") - cnt("1948"), cnt(n))


check("h7-16.txt", 3, "lễ kỷ niệm 70 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11-6-1948 - 11-6-2018)")(_h716_years("70"))
check("h7-16-mut.txt", 3, "lễ kỷ niệm 80 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11-6-1948 - 11-6-2018)")(_h716_years("80"))


# ---------------------------------------------------------------- runner
NUM_RE = re.compile(r"\d+(?:\.\d{3})*(?:,\d+)?")


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
    if not 1 <= len(lines) <= 5:
        errors.append(f"{path.name}: {len(lines)} lines (want 1-5)")
    return lines


def check_mutant(orig, mut, errors):
    a = orig.read_text(encoding="utf-8")
    b = mut.read_text(encoding="utf-8")
    ta, tb = NUM_RE.findall(a), NUM_RE.findall(b)
    sa, sb = NUM_RE.sub("#", a), NUM_RE.sub("#", b)
    if sa != sb or len(ta) != len(tb):
        errors.append(f"{mut.name}: differs from {orig.name} outside number tokens")
        return
    diff = [(x, y) for x, y in zip(ta, tb) if x != y]
    if len(diff) != 1:
        errors.append(f"{mut.name}: {len(diff)} number tokens changed (want 1)")
        return
    x, y = diff[0]
    vx, dx = parse(x)
    vy, dy = parse(y)
    shape = lambda s: re.sub(r"\d", "9", s)
    if dx != dy or shape(x) != shape(y):
        errors.append(f"{mut.name}: format changed {x} -> {y}")
    rel = abs(vy - vx) / vx
    if not F(12, 100) <= rel <= F(20, 100):
        errors.append(f"{mut.name}: change {x} -> {y} is {float(rel):.1%} (want 12-20 %)")
    return x, y, rel


def main():
    facts = json.loads((HERE / "FACTS.json").read_text(encoding="utf-8"))
    errors = []
    files = {}
    for p in sorted(HERE.glob("h7-*.txt")):
        files[p.name] = check_file_format(p, errors)

    used_keys = set()
    table = {}
    per_file = {}
    for n, r in enumerate(facts):
        for k in ("file", "line", "quote", "family", "verdict", "computation"):
            if k not in r:
                errors.append(f"record {n}: missing {k}")
        fam, verdict = r["family"], r["verdict"]
        if fam not in {"sum", "share", "change", "points", "plan", "average", "count-list", "difference"}:
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
        fn = C.get(key)
        if fn is None:
            errors.append(f"record {n}: no computation for {key}")
            continue
        used_keys.add(key)
        USED.clear()
        comp, stated = fn()
        text = "\n".join(lines)
        for lit in USED:
            if lit not in text:
                errors.append(f"record {n}: literal {lit!r} not in {r['file']}")
        got = "holds" if comp.meets(stated) else "fails"
        if got != verdict:
            errors.append(f"record {n} {r['file']}:{r['line']} {fam}: computed {got} (computed {comp} vs stated {stated}), FACTS says {verdict}")

    for key in C:
        if key not in used_keys:
            errors.append(f"unused computation {key}")

    # mutants: one changed token 12-20 %, exactly one record, mutation=true, fails
    mutants = sorted(n for n in files if n.endswith("-mut.txt"))
    for m in mutants:
        orig = m.replace("-mut.txt", ".txt")
        if orig not in files:
            errors.append(f"{m}: no original")
            continue
        res = check_mutant(HERE / orig, HERE / m, errors)
        recs = per_file.get(m, [])
        if len(recs) != 1 or not recs[0].get("mutation") or recs[0]["verdict"] != "fails":
            errors.append(f"{m}: want exactly one record with mutation=true, verdict fails")
        elif res:
            x, y, _rel = res
            if y not in recs[0]["quote"] and y not in files[m][recs[0]["line"] - 1]:
                errors.append(f"{m}: mutated token {y} not on the record's line")
            # the mutated relation must hold in the original
            orig_recs = [q for q in per_file.get(orig, []) if q["line"] == recs[0]["line"] and q["family"] == recs[0]["family"] and q["verdict"] == "holds" and q["quote"].replace(x, y, 1) == recs[0]["quote"]]
            if not orig_recs:
                errors.append(f"{m}: no matching 'holds' record in {orig}")
    for n in files:
        if not n.endswith("-mut.txt") and n not in per_file:
            errors.append(f"{n}: no FACTS records")

    fams = ["sum", "share", "change", "points", "plan", "average", "count-list", "difference"]
    cols = ["holds", "fails", "not checkable", "mutant fails"]
    print(f"{'family':<12}" + "".join(f"{c:>15}" for c in cols))
    tot = {c: 0 for c in cols}
    for f in fams:
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
