#!/usr/bin/env python3
"""Hand-checked relations for the held-out set, re-verified with exact arithmetic.

Usage:  python3 verify.py           -> verify texts, relations and FACTS.json
        python3 verify.py --write   -> (re)write FACTS.json from the spec below, then verify

Reading rules (see README.md):
  * Vietnamese numbers: '.' groups thousands, ',' is the decimal mark.
  * A plain figure X written with d decimals stands for [X - h, X + h], h = 0.5*10^-d.
  * Approximate figures (gần / hơn / trên / khoảng / ước / xấp xỉ): w = min(u, 5% of X), where u is the
    place value of the last non-zero digit; gần X -> [X-w, X]; hơn/trên X -> [X, X+w];
    khoảng/ước/xấp xỉ X -> [X-w, X+w].
  * A relation holds when the range of the computed side (all corners of the input intervals) overlaps
    the interval of the stated figure.  'marginal' = holds, but the computed central value lies outside
    the stated figure's interval or within 10% of its half-width from an end; or fails, but would hold
    with all intervals doubled.
"""
import json, os, re, sys, unicodedata, itertools
from fractions import Fraction as F

D = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- numbers
def parse(lit):
    """value (Fraction), half-unit, u (place of last non-zero digit) of a literal like '6.287,322',
    '3.579 tỷ 654 triệu' (value in triệu)."""
    m = re.fullmatch(r'(\d+(?:\.\d{3})*) tỷ (\d{3}) triệu', lit)
    if m:
        v = F(int(m.group(1).replace('.', '')) * 1000 + int(m.group(2)))
        return v, F(1, 2), F(1)
    m = re.fullmatch(r'(\d+(?:\.\d{3})*)(?:,(\d+))?', lit)
    assert m, lit
    ip, dp = m.group(1).replace('.', ''), m.group(2) or ''
    digits = ip + dp
    v = F(int(digits), 10 ** len(dp))
    half = F(1, 2 * 10 ** len(dp))
    # place of the last non-zero digit
    stripped = digits.rstrip('0')
    zeros = len(digits) - len(stripped)
    u = F(10 ** zeros, 10 ** len(dp)) if stripped else F(1)
    return v, half, u

def interval(lit, approx=None, scale=1, exact=False):
    v, h, u = parse(lit)
    if exact:
        return (v * scale, v * scale)
    w = min(u, v / 20)
    if approx is None:
        lo, hi = v - h, v + h
    elif approx == 'gần':
        lo, hi = v - max(w, h), v
    elif approx in ('hơn', 'trên'):
        lo, hi = v, v + max(w, h)
    elif approx in ('khoảng', 'ước', 'xấp xỉ'):
        lo, hi = v - max(w, h), v + max(w, h)
    else:
        raise ValueError(approx)
    return (lo * scale, hi * scale)

def nominal(lit, scale=1):
    return parse(lit)[0] * scale

def shrink(iv, nom, k):
    lo, hi = iv
    return (nom - (nom - lo) * k, nom + (hi - nom) * k)

def evaluate(rel, k=F(1)):
    """range of f over corners of (scaled) input intervals, and stated interval"""
    ivs = []
    for (lit, ap, sc, ex) in rel['vars']:
        iv = interval(lit, ap, sc, ex)
        ivs.append(shrink(iv, nominal(lit, sc), k))
    vals = [rel['f'](*c) for c in itertools.product(*ivs)]
    lit, ap, sc, ex = rel['stated']
    st = shrink(interval(lit, ap, sc, ex), nominal(lit, sc), k)
    return (min(vals), max(vals)), st

def overlap(a, b):
    return a[0] <= b[1] and b[0] <= a[1]

def fmt(x, nd=3):
    x = float(x)
    s = f"{x:,.{nd}f}".replace(',', '_').replace('.', ',').replace('_', '.')
    return s

# ---------------------------------------------------------------- spec helpers
def V(lit, approx=None, scale=1, exact=False):
    return (lit, approx, scale, exact)

RELS = []
def rel(file, line, family, quote, expr, vars=None, stated=None, f=None, verdict=None,
        marginal=False, note='', mutation=False, count=None):
    RELS.append(dict(file=file, line=line, family=family, quote=quote, expr=expr, vars=vars or [],
                     stated=stated, f=f, verdict=verdict, marginal=marginal, note=note,
                     mutation=mutation, count=count))

def nc(file, line, family, quote, why):
    rel(file, line, family, quote, why, verdict='not checkable')

pct = lambda a, b: a / b * 100
chg = lambda new, old: (new / old - 1) * 100

# ================================================================ h5-01 Lâm Đồng, vốn đầu tư công 8/2022
for mut in (False, True):
    pass
rel('01', 1, 'share', 'bằng 46,6% kế hoạch', '2.933 / 6.287,322 × 100', [V('2.933'), V('6.287,322')], V('46,6'), pct, 'holds', True,
    'central value 46,649 rounds to 46,6 but sits at the rounding edge')
rel('01', 1, 'share', 'đạt 45,2% kế hoạch', '2.844 / 6.287,322 × 100', [V('2.844'), V('6.287,322')], V('45,2'), pct, 'holds')
rel('01', 1, 'share', 'bằng 46,8% kế hoạch', '2.603 / 5.564,5 × 100', [V('2.603'), V('5.564,5')], V('46,8'), pct, 'holds')
rel('01', 1, 'share', '45,6% kế hoạch', '2.537 / 5.564,5 × 100', [V('2.537'), V('5.564,5')], V('45,6'), pct, 'holds')
rel('01', 1, 'share', 'đạt 52,4% kế hoạch', '2.313 / 4.417,2 × 100', [V('2.313'), V('4.417,2')], V('52,4'), pct, 'holds')
rel('01', 1, 'share', 'đạt 51,1% kế hoạch', '2.257 / 4.417,2 × 100', [V('2.257'), V('4.417,2')], V('51,1'), pct, 'holds')
rel('01', 1, 'share', 'đạt 25,3% kế hoạch', '290 / 1.147,3 × 100', [V('290'), V('1.147,3')], V('25,3'), pct, 'holds')
rel('01', 1, 'share', 'đạt 24,4% kế hoạch', '280 / 1.147,3 × 100', [V('280'), V('1.147,3')], V('24,4'), pct, 'holds')
rel('01', 1, 'sum', 'đã phân bổ 5.564,5 tỷ đồng', 'ngân sách tỉnh 4.417,2 + ngân sách Trung ương 1.147,3', [V('4.417,2'), V('1.147,3')], V('5.564,5'), lambda a, b: a + b, 'holds')
rel('01', 1, 'sum', 'khối lượng thực hiện đạt 2.603 tỷ đồng', '2.313 + 290', [V('2.313'), V('290')], V('2.603'), lambda a, b: a + b, 'holds')
rel('01', 1, 'sum', 'số vốn giải ngân đạt 2.537 tỷ đồng', '2.257 + 280', [V('2.257'), V('280')], V('2.537'), lambda a, b: a + b, 'holds')
rel('01', 1, 'sum', 'đã giao 6.287,322 tỷ đồng', 'kế hoạch 2022 đã phân bổ 5.564,5 (line 1) + vốn 2021 kéo dài 722,9 (line 2)', [V('5.564,5'), V('722,9')], V('6.287,322'), lambda a, b: a + b, 'holds', True,
    'parts add to 6.287,4; holds only through the rounding of 5.564,5 and 722,9')
rel('01', 1, 'sum', 'khối lượng thực hiện đạt 2.933 tỷ đồng', '2.603 (line 1) + 330 (line 2)', [V('2.603'), V('330')], V('2.933'), lambda a, b: a + b, 'holds')
rel('01', 1, 'sum', 'giải ngân đạt 2.844 tỷ đồng', '2.537 (line 1) + 307 (line 2)', [V('2.537'), V('307')], V('2.844'), lambda a, b: a + b, 'holds')
nc('01', 1, 'points', 'cao hơn cùng kỳ 3,2%', 'the rate of the same period of 2021 is not stated')
nc('01', 1, 'points', 'cao hơn cùng kỳ 3%', 'the rate of the same period of 2021 is not stated')
rel('01', 2, 'share', 'đạt 45,7% kế hoạch', '330 / 722,9 × 100', [V('330'), V('722,9')], V('45,7'), pct, 'holds', True,
    'central value 45,6494 rounds to 45,6; holds only through the rounding of 330')
rel('01', 2, 'share', 'đạt 42,5% kế hoạch', '307 / 722,9 × 100', [V('307'), V('722,9')], V('42,5'), pct, 'holds')
rel('01-mut', 1, 'share', 'đạt 52,6% kế hoạch', '2.844 / 6.287,322 × 100 (mutated 45,2 → 52,6)', [V('2.844'), V('6.287,322')], V('52,6'), pct, 'fails', mutation=True)

# ================================================================ h5-02 Quảng Nam, kế hoạch đầu tư công 2022
rel('02', 1, 'sum', 'là 5.861.264 triệu đồng', 'ngân sách trung ương 1.404.126 + ngân sách tỉnh 4.457.138', [V('1.404.126'), V('4.457.138')], V('5.861.264'), lambda a, b: a + b, 'holds')
rel('02', 1, 'share', 'đạt 85,7%', 'hơn 5.023.546 / 5.861.264 × 100', [V('5.023.546', 'hơn'), V('5.861.264')], V('85,7'), pct, 'holds')
rel('02', 1, 'share', 'đạt 86,4%', '1.213.570 / 1.404.126 × 100', [V('1.213.570'), V('1.404.126')], V('86,4'), pct, 'holds')
rel('02', 1, 'share', 'đạt 86,1%', '3.837.535 / 4.457.138 × 100 (vốn ngân sách địa phương read as the ngân sách tỉnh plan)', [V('3.837.535'), V('4.457.138')], V('86,1'), pct, 'holds')
rel('02', 1, 'sum', 'hơn 5.023.546 triệu đồng', 'trung ương 1.213.570 + địa phương 3.837.535 = 5.051.105', [V('1.213.570'), V('3.837.535')], V('5.023.546', 'hơn'), lambda a, b: a + b, 'fails',
    note='real source inconsistency: the parts exceed the stated total by 27.559 triệu (both part shares, 86,4% and 86,1%, are above the 85,7% total share)')

# ================================================================ h5-03 Quảng Nam, thanh tra 2022
rel('03', 1, 'plan', '193/193 cuộc thanh tra, đạt tỷ lệ 100% kế hoạch', '193 / 193 × 100', [V('193'), V('193', exact=True)], V('100'), pct, 'holds')
rel('03', 3, 'sum', 'là 276 kết luận', '157 đã hoàn thành + 119 chưa hoàn thành', [V('157'), V('119')], V('276'), lambda a, b: a + b, 'holds')
rel('03', 4, 'sum', 'gần 16 tỷ đồng', 'hơn 10,5 + gần 5,4', [V('10,5', 'hơn'), V('5,4', 'gần')], V('16', 'gần'), lambda a, b: a + b, 'holds')
rel('03', 5, 'sum', '245 tập thể', 'đã xử lý 185 + chưa xử lý 60 tập thể', [V('185'), V('60')], V('245'), lambda a, b: a + b, 'holds')
rel('03', 5, 'sum', '312 cá nhân', 'kiểm điểm 291 + khiển trách 3 + cảnh cáo 1 + chưa xử lý 17 cá nhân', [V('291'), V('3'), V('1'), V('17')], V('312'), lambda a, b, c, d: a + b + c + d, 'holds')

# ================================================================ h5-04 xuất khẩu quý I/2020 theo tỉnh
NAMES04 = 'Bắc Giang, Bắc Ninh, Bình Dương, Đồng Nai, Hà Nội, Hải Dương, Hải Phòng, Long An, Tây Ninh, TP.HCM và Thái Nguyên'
rel('04', 1, 'sum', 'có 11 tỉnh thành', 'count of the provinces listed after "Đó là:"', stated=V('11'), verdict='holds', count=NAMES04)
nc('04', 1, 'share', 'chiếm tới 78%', 'the national export total is not stated (78% and line 2\'s 16,6% imply the same total, 49,35/0,78 = 63,3 and 10,5/0,166 = 63,3 tỷ USD)')
nc('04', 2, 'share', 'đóng góp tới 16,6%', 'the national export total is not stated')
nc('04', 2, 'change', 'tăng 9,8%', 'Tây Ninh\'s quý I/2019 value is not stated')
nc('04', 2, 'change', 'tăng thêm hơn 450 triệu USD', 'Bắc Ninh\'s quý I/2019 value is not stated')
nc('04', 2, 'sum', 'tăng thêm 1', 'the 2019 count of "tỷ đô" provinces is not stated')
rel('04', 3, 'change', 'hơn 400 triệu USD', '(7,362 − 6,951) tỷ USD × 1000', [V('7,362', scale=1000), V('6,951', scale=1000)], V('400', 'hơn'), lambda a, b: a - b, 'holds')
rel('04-mut', 1, 'sum', 'có 13 tỉnh thành', 'count of the provinces listed (11) vs mutated 13', stated=V('13'), verdict='fails', mutation=True, count=NAMES04)

# ================================================================ h5-05 đăng ký doanh nghiệp quý I/2023 (Bộ KH&ĐT)
rel('05', 1, 'change', 'gấp 1,3 lần', '56.946 / 45.494', [V('56.946'), V('45.494')], V('1,3'), lambda a, b: a / b, 'holds', True, 'central value 1,2517 just above 1,25')
nc('05', 1, 'change', 'giảm 5,4%', 'the quý I/2022 count is not stated')
rel('05', 2, 'change', 'gấp 1,1 lần', '33.905 / 29.767', [V('33.905'), V('29.767')], V('1,1'), lambda a, b: a / b, 'holds')
rel('05', 3, 'sum', 'là 756.728 tỷ đồng', 'vốn thành lập mới 310.331 + vốn tăng thêm 446.398 = 756.729', [V('310.331'), V('446.398')], V('756.728'), lambda a, b: a + b, 'holds', True, 'off by 1 tỷ, within the rounding of three whole figures')
rel('05', 3, 'change', 'giảm 35,8% so với cùng kỳ năm 2022', 'derived: 756.728 / (310.331/(1−0,341) + 446.398/(1−0,368)) − 1 (old values implied by the parts\' own changes)',
    [V('756.728'), V('310.331'), V('34,1'), V('446.398'), V('36,8')], V('35,8'), lambda T, a, ga, b, gb: -chg(T, a / (1 - ga / 100) + b / (1 - gb / 100)), 'holds', True)
rel('05', 3, 'average', 'đạt 9,2 tỷ đồng', 'vốn thành lập mới 310.331 / 33.905 doanh nghiệp thành lập mới (line 2)', [V('310.331'), V('33.905')], V('9,2'), lambda a, b: a / b, 'holds', True, 'central 9,153, just above 9,15')
rel('05', 3, 'change', 'giảm 32,8% so với cùng kỳ năm 2022', 'derived: average falls by (1 − 0,341)/(1 − 0,02) − 1 (capital −34,1%, firms −2%)',
    [V('34,1'), V('2')], V('32,8'), lambda a, b: -((1 - a / 100) / (1 - b / 100) - 1) * 100, 'holds')
rel('05-mut', 3, 'average', 'đạt 10,7 tỷ đồng', '310.331 / 33.905 = 9,153 vs mutated 10,7', [V('310.331'), V('33.905')], V('10,7'), lambda a, b: a / b, 'fails', mutation=True)

# ================================================================ h5-06 hộ nghèo, cận nghèo 2022 toàn quốc (Bộ LĐ-TBXH)
REG = ['Trung du và miền núi phía Bắc', 'Đồng bằng sông Hồng', 'Bắc Trung bộ và duyên hải miền Trung', 'Tây Nguyên', 'Đông Nam Bộ', 'Đồng bằng sông Cửu Long']
MD = [('21,92', '701.461'), ('2,45', '169.566'), ('10,04', '571.251'), ('15,39', '236.766'), ('0,34', '15.787'), ('5,73', '277.936')]
PO = [('14,23', '455.271'), ('1,00', '69.239'), ('4,99', '284.137'), ('8,39', '129.160'), ('0,21', '9.710'), ('2,26', '109.767')]
NP = [('7,69', '246.190'), ('1,45', '100.237'), ('5,05', '287.114'), ('6,99', '107.487'), ('0,13', '6.077'), ('3,46', '168.169')]
add = lambda *xs: sum(xs)
rel('06', 1, 'sum', 'là 7,52%', 'tỷ lệ hộ nghèo 4,03 + tỷ lệ hộ cận nghèo 3,49 (lines 3–4)', [V('4,03'), V('3,49')], V('7,52'), add, 'holds')
rel('06', 1, 'sum', 'là 1.972.767 hộ', 'hộ nghèo 1.057.374 + hộ cận nghèo 915.274 = 1.972.648 (lines 3–4)', [V('1.057.374'), V('915.274')], V('1.972.767'), add, 'fails',
    note='real source inconsistency: 119 households apart; the six regional figures of line 2 do add up to 1.972.767')
rel('06', 1, 'sum', 'là 1.972.767 hộ', 'six regional figures of line 2: ' + ' + '.join(c for _, c in MD), [V(c) for _, c in MD], V('1.972.767'), add, 'holds')
for i, r in enumerate(REG):
    m, p, n = MD[i], PO[i], NP[i]
    exp_count = 'fails' if i in (1, 3) else 'holds'
    note = ''
    if i == 1:
        note = 'real source inconsistency: 69.239 + 100.237 = 169.476, 90 short; 69.329 (a digit swap) would make both this and line 3\'s national total add up'
    if i == 3:
        note = 'real source inconsistency: 129.160 + 107.487 = 236.647, 119 short (the same 119 as the national gap on line 1)'
    rel('06', 2, 'sum', f'{m[1]} hộ', f'{r}: hộ nghèo {p[1]} + hộ cận nghèo {n[1]} (lines 3–4)', [V(p[1]), V(n[1])], V(m[1]), add, exp_count, note=note)
    rel('06', 2, 'sum', f'{m[0]}%', f'{r}: tỷ lệ nghèo {p[0]} + tỷ lệ cận nghèo {n[0]} (lines 3–4)', [V(p[0]), V(n[0])], V(m[0]), add, 'holds', marginal=(i in (3, 5)),
         note=('parts add to 15,38 vs 15,39' if i == 3 else 'parts add to 5,72 vs 5,73' if i == 5 else ''))
rel('06', 3, 'sum', 'với 1.057.374 hộ', 'six regional figures: ' + ' + '.join(c for _, c in PO) + ' = 1.057.284', [V(c) for _, c in PO], V('1.057.374'), add, 'fails',
    note='real source inconsistency: 90 households apart (see Đồng bằng sông Hồng, line 2)')
rel('06', 4, 'sum', 'tổng số 915.274 hộ', 'six regional figures: ' + ' + '.join(c for _, c in NP), [V(c) for _, c in NP], V('915.274'), add, 'holds')

# ================================================================ h5-07 NHCSXH Hà Giang, 30/9/2021
rel('07', 1, 'sum', 'tổng nguồn vốn đạt 3.579 tỷ 654 triệu đồng', 'Trung ương 3.135.793 + ủy thác địa phương 131.918 + huy động 312.033 = 3.579.744 triệu', [V('3.135 tỷ 793 triệu'), V('131 tỷ 918 triệu'), V('312 tỷ 033 triệu')], V('3.579 tỷ 654 triệu'), add, 'fails',
    note='real source inconsistency: parts exceed the total by 90 triệu (the increases of the parts do add up exactly)')
rel('07', 1, 'sum', 'tăng 331 tỷ 273 triệu đồng', '244.898 + 56.620 + 29.755 (triệu)', [V('244 tỷ 898 triệu'), V('56 tỷ 620 triệu'), V('29 tỷ 755 triệu')], V('331 tỷ 273 triệu'), add, 'holds')
rel('07', 1, 'change', 'tỷ lệ tăng đạt 9,9%', '331.273 / (3.579.654 − 331.273) × 100 = 10,20', [V('331 tỷ 273 triệu'), V('3.579 tỷ 654 triệu')], V('9,9'), lambda inc, tot: inc / (tot - inc) * 100, 'fails',
    note='real source error: the increase over the start-of-year value is 10,2%, not 9,9% (331.273/3.579.654 would give 9,25%)')
rel('07', 1, 'change', 'tỷ lệ tăng 10,3%', '331.910 / (3.569.659 − 331.910) × 100', [V('331 tỷ 910 triệu'), V('3.569 tỷ 659 triệu')], V('10,3'), lambda inc, tot: inc / (tot - inc) * 100, 'holds', True, 'central 10,251')
rel('07', 1, 'average', 'dư nợ bình quân 41,7 triệu đồng/hộ', '3.569.659 triệu / 85.579 khách hàng', [V('3.569 tỷ 659 triệu'), V('85.579')], V('41,7'), lambda a, b: a / b, 'holds')
rel('07', 1, 'share', 'chiếm tỷ lệ 0,1% tổng dư nợ', '3.396 / 3.569.659 × 100 (triệu)', [V('3 tỷ 396 triệu'), V('3.569 tỷ 659 triệu')], V('0,1'), pct, 'holds')
nc('07', 1, 'plan', 'hoàn thành 707% kế hoạch năm', 'the annual plan for entrusted local funds is not stated')
nc('07', 1, 'sum', 'Doanh số thu nợ đạt 616 tỷ 577 triệu đồng', 'cho vay − thu nợ = 332.302 vs dư nợ +331.910: not an explicit relation (write-offs not stated)')
rel('07-mut', 1, 'average', 'dư nợ bình quân 48,6 triệu đồng/hộ', '3.569.659 / 85.579 = 41,71 vs mutated 48,6', [V('3.569 tỷ 659 triệu'), V('85.579')], V('48,6'), lambda a, b: a / b, 'fails', mutation=True)

# ================================================================ h5-08 thủy sản 2022 (Tổng cục Thủy sản)
rel('08', 1, 'sum', 'tổng sản lượng đạt 9,06 triệu tấn', 'khai thác 3,86 + nuôi trồng 5,19 = 9,05', [V('3,86'), V('5,19')], V('9,06'), add, 'holds', True)
rel('08', 1, 'sum', '(8,79 triệu tấn)', '2021: khai thác 3,93 + nuôi trồng 4,85 = 8,78', [V('3,93'), V('4,85')], V('8,79'), add, 'holds', True)
rel('08', 1, 'change', 'tăng 3,1% so với năm 2021', '9,06 / 8,79 − 1', [V('9,06'), V('8,79')], V('3,1'), chg, 'holds')
rel('08', 1, 'change', 'giảm 1,8% so với năm 2021', '1 − 3,86 / 3,93', [V('3,86'), V('3,93')], V('1,8'), lambda a, b: -chg(a, b), 'holds')
rel('08', 1, 'change', 'tăng 7% với năm 2021', '5,19 / 4,85 − 1', [V('5,19'), V('4,85')], V('7'), chg, 'holds')
rel('08', 1, 'plan', '3,7% theo kế hoạch', '5,19 / 5 − 1 (the plan "5 triệu tấn" read as an exact target)', [V('5,19'), V('5', exact=True)], V('3,7'), chg, 'holds', True, 'central 3,8 vs 3,7')
nc('08', 1, 'change', 'tăng 3,0% so với năm 2021', 'production value is not stated')
rel('08', 2, 'change', 'tăng 23,8% so với cùng kỳ năm 2021', 'khoảng 11 / 8,89 − 1', [V('11', 'khoảng'), V('8,89')], V('23,8'), chg, 'holds', True, '11/8,89 gives 23,73; holds through "khoảng 11"')
rel('08', 2, 'plan', 'tăng 22,2% so kế hoạch', 'khoảng 11 / 9,0 − 1', [V('11', 'khoảng'), V('9,0')], V('22,2'), chg, 'holds')
nc('08', 2, 'change', 'tăng khoảng 13% so với năm 2021', 'the 2021 shrimp export value is not stated')
nc('08', 2, 'change', 'tăng khoảng 70% so với năm 2021', 'the 2021 pangasius export value is not stated')
rel('08-mut', 2, 'plan', 'tăng 22,2% so kế hoạch (10,4 tỷ USD)', 'khoảng 11 / 10,4 − 1 = 5,8% vs 22,2% (plan mutated 9,0 → 10,4)', [V('11', 'khoảng'), V('10,4')], V('22,2'), chg, 'fails', mutation=True)

# ================================================================ h5-09 TNGT 15–21/11/2022
rel('09', 1, 'change', '(-19,76%)', 'decrease 49 / (199 + 49) × 100', [V('49'), V('199')], V('19,76'), lambda d, n: d / (n + d) * 100, 'holds')
rel('09', 1, 'change', '(-25,56%)', 'decrease 34 / (99 + 34) × 100', [V('34'), V('99')], V('25,56'), lambda d, n: d / (n + d) * 100, 'holds')
rel('09', 1, 'change', '(-19,70%)', 'decrease 40 / (163 + 40) × 100', [V('40'), V('163')], V('19,70'), lambda d, n: d / (n + d) * 100, 'holds')
rel('09', 1, 'sum', 'cả 3 tiêu', 'count of the criteria listed (số vụ tai nạn, số người chết, số người bị thương)', stated=V('3'), verdict='holds',
    count='số vụ tai nạn, số người chết, số người bị thương')
rel('09-mut', 1, 'change', '(-29,87%)', 'decrease 34 / (99 + 34) × 100 vs mutated −29,87%', [V('34'), V('99')], V('29,87'), lambda d, n: d / (n + d) * 100, 'fails', mutation=True)

# ================================================================ h5-10 KCB BHYT 2017 (BHXH VN)
rel('10', 1, 'sum', 'có 168 triệu lượt', 'ngoại trú 152,8 + nội trú 15,3 = 168,1', [V('152,8'), V('15,3')], V('168'), add, 'holds')
rel('10', 1, 'change', 'tăng 14% so với năm 2016', 'derived: 168 / (152,8/1,15 + 15,3/1,09) − 1 (2016 values implied by the parts\' changes)',
    [V('168'), V('152,8'), V('15'), V('15,3'), V('9')], V('14'), lambda T, a, ga, b, gb: chg(T, a / (1 + ga / 100) + b / (1 + gb / 100)), 'holds')
rel('10', 1, 'change', 'tăng hơn 21 triệu lượt', '168 − 168 / 1,14 = 20,6', [V('168'), V('14')], V('21', 'hơn'), lambda T, g: T - T / (1 + g / 100), 'holds', True,
    'only holds through the rounding of 168 and 14%')
nc('10', 1, 'change', 'chi quỹ tăng 30%', 'fund spending is not stated')
nc('10', 1, 'change', 'tăng hơn 4 triệu', 'participant numbers are not stated (implied by lượt/tần suất only within rounding of 1,9 and 2,1)')
nc('10', 1, 'change', 'tăng 0,01 lượt', 'the inpatient frequency is not stated')
rel('10-mut', 1, 'change', 'tăng hơn 25 triệu lượt', '168 − 168/1,14 = 20,6 vs mutated hơn 25', [V('168'), V('14')], V('25', 'hơn'), lambda T, g: T - T / (1 + g / 100), 'fails', mutation=True)

# ================================================================ h5-11 HSG quốc gia 2018, Hà Tĩnh
rel('11', 1, 'share', 'chiếm tỷ lệ 88,5%', '85 / 96 × 100', [V('85'), V('96')], V('88,5'), pct, 'holds')
rel('11', 1, 'sum', '85/96 em', '03 nhất + 27 nhì + 32 ba + 23 khuyến khích', [V('03'), V('27'), V('32'), V('23')], V('85'), add, 'holds')
nc('11', 1, 'share', 'Nghệ An với tỷ lệ 88,24%', 'the other provinces\' candidate counts are not stated')
rel('11', 2, 'sum', '03 học sinh đạt giải Nhất', 'count of the names listed in the parentheses (and = 03 giải nhất, line 1)', stated=V('03'), verdict='holds',
    count=['Phan Văn Đức Nhật', 'Trần Thị Kim Chi', 'Lê Thị Hiếu Ngân'])
rel('11', 3, 'sum', '08 học sinh', 'Toán 04 + Vật Lý 02 + Tin học 01 + Sinh học 01', [V('04'), V('02'), V('01'), V('01')], V('08'), add, 'holds')
rel('11-mut', 1, 'share', 'chiếm tỷ lệ 76,4%', '85 / 96 = 88,54% vs mutated 76,4%', [V('85'), V('96')], V('76,4'), pct, 'fails', mutation=True)

# ================================================================ h5-12 ma túy TP.HCM, 10 tháng 2023
rel('12', 1, 'change', 'tương ứng 80,43%', '826 / (1.853 − 826) × 100', [V('826'), V('1.853')], V('80,43'), lambda d, n: d / (n - d) * 100, 'holds')
rel('12', 1, 'change', 'tương ứng 19,42%', '654 / (4.021 − 654) × 100', [V('654'), V('4.021')], V('19,42'), lambda d, n: d / (n - d) * 100, 'holds')
rel('12', 1, 'sum', '1.853 vụ', 'khởi tố 1.566 + xử lý hành chính 254 + xử lý khác 33 (line 3)', [V('1.566'), V('254'), V('33')], V('1.853'), add, 'holds')
rel('12', 1, 'sum', 'bắt 4.021 đối tượng', 'bị can 2.467 + 1.505 + 49 đối tượng (line 3)', [V('2.467'), V('1.505'), V('49')], V('4.021'), add, 'holds')
rel('12-mut', 3, 'sum', 'xử lý hành chính 293 vụ', '1.566 + 293 + 33 = 1.892 vs 1.853 vụ (line 1)', [V('1.566'), V('293'), V('33')], V('1.853'), add, 'fails', mutation=True)

# ================================================================ h5-13 nông nghiệp Hà Tĩnh 2021
rel('13', 1, 'change', 'tương đương 7,6%', '3,89 / (55,30 − 3,89) × 100', [V('3,89'), V('55,30')], V('7,6'), lambda d, n: d / (n - d) * 100, 'holds')
rel('13', 1, 'sum', 'đạt trên 13.828 tỷ đồng', 'nông nghiệp 11.255 + lâm nghiệp 788 + thủy sản 1.785', [V('11.255'), V('788'), V('1.785')], V('13.828', 'trên'), add, 'holds')
nc('13', 1, 'change', '(tăng 3,12% so với năm 2020)', 'the 2020 value is not stated')
nc('13', 1, 'plan', '(đạt 108% kế hoạch)', 'the food-output plan is not stated')
nc('13', 1, 'change', 'tăng hơn 5,19 vạn tấn', 'the 2020 output is not stated')

# ================================================================ h5-14 giảm nghèo DTTS Bình Thuận 2016–2020 (UB MTTQ tỉnh)
rel('14', 1, 'change', 'là 2.545 hộ', 'hộ nghèo DTTS đầu 2016 4.250 − đầu 2020 1.705', [V('4.250'), V('1.705')], V('2.545'), lambda a, b: a - b, 'holds')
rel('14', 1, 'points', 'tương ứng giảm 13,02%', '19,98% − 6,96% (read as percentage points)', [V('19,98'), V('6,96')], V('13,02'), lambda a, b: a - b, 'holds')
rel('14', 1, 'average', 'bình quân giảm trên 3,25%/năm', '13,02 / 4 năm (đầu 2016 → đầu 2020)', [V('13,02'), V('4', exact=True)], V('3,25', 'trên'), lambda a, b: a / b, 'holds')
rel('14', 1, 'share', 'chiếm 26,97% so với tổng số hộ nghèo toàn tỉnh', '1.705 / 6.323 × 100', [V('1.705'), V('6.323')], V('26,97'), pct, 'holds', True, 'central 26,9651, at the rounding edge')
rel('14', 1, 'share', 'chiếm 20,69% so với tổng số hộ cận nghèo toàn tỉnh', '3.139 / 15.173 × 100', [V('3.139'), V('15.173')], V('20,69'), pct, 'holds')
nc('14', 1, 'share', 'chiếm 6,96% so với tổng số hộ đồng bào dân tộc thiểu số', 'the number of DTTS households is not stated (6,96% and 12,82% imply the same base, ≈24.490)')
nc('14', 1, 'share', 'chiếm 19,98%', 'the 2016 number of DTTS households is not stated (19,98% and 8,99% imply ≈21.270 either way)')
nc('14', 1, 'share', 'chiếm 5,81%', 'the provincial household count is not stated')
nc('14', 1, 'share', 'chiếm tỷ lệ 10,88%', 'the 2015 DTTS household count is not stated')
rel('14-mut', 1, 'points', 'chiếm 8,12% so với', '19,98 − 8,12 = 11,86 vs giảm 13,02 (mutated 6,96 → 8,12)', [V('19,98'), V('8,12')], V('13,02'), lambda a, b: a - b, 'fails', mutation=True)

# ================================================================ h5-15 du lịch Lâm Đồng 7/2017
rel('15', 1, 'sum', 'đạt khoảng 530 ngàn lượt', 'khoảng 32 + ước 498', [V('32', 'khoảng'), V('498', 'ước')], V('530', 'khoảng'), add, 'holds')
rel('15', 1, 'change', 'tăng 3,9% so với cùng kỳ năm 2016', 'derived: 530 / (32/1,116 + 498/1,035) − 1 = 3,96',
    [V('530', 'khoảng'), V('32', 'khoảng'), V('11,6'), V('498', 'ước'), V('3,5')], V('3,9'), lambda T, a, ga, b, gb: chg(T, a / (1 + ga / 100) + b / (1 + gb / 100)), 'holds', True,
    'central 3,96 is outside 3,85–3,95; holds only through the approximate figures')
rel('15', 2, 'sum', 'đạt khoảng 3.484 ngàn lượt', '229.880 + 3.254.120 = 3.484.000', [V('229.880'), V('3.254.120')], V('3.484', 'khoảng', scale=1000), add, 'holds')
rel('15', 2, 'change', 'tăng 8% so với cùng kỳ', 'derived: 3.484.000 / (229.880/1,347 + 3.254.120/1,065) − 1 = 7,99',
    [V('229.880'), V('34,7'), V('3.254.120'), V('6,5')], V('8'), lambda a, ga, b, gb: chg(a + b, a / (1 + ga / 100) + b / (1 + gb / 100)), 'holds')
rel('15', 2, 'plan', 'đạt 59,6% kế hoạch năm)', 'derived: (229.880 + 3.254.120) / (229.880/0,589 + 3.254.120/0,596) — plans implied by the parts\' rates, assuming the total plan is their sum',
    [V('229.880'), V('58,9'), V('3.254.120'), V('59,6')], V('59,6'), lambda a, pa, b, pb: pct(a + b, a / (pa / 100) + b / (pb / 100)), 'holds', True, 'central 59,553')
nc('15', 2, 'plan', 'đạt 59,5% kế hoạch năm', 'the plan for overnight guests is not stated')
nc('15', 2, 'change', 'tăng 14,31% so với cùng kỳ', 'the 2016 overnight-guest count is not stated')
nc('15', 3, 'change', 'tăng 39,32% so với cùng kỳ năm trước', 'the 6-month 2016 count is not stated')

# ================================================================ h5-16 thị xã Hòa Thành (Tây Ninh), 6 tháng 2023
rel('16', 1, 'sum', 'gần 4.200 tỷ đồng', 'gần 1.900 + gần 2.000 + gần 300', [V('1.900', 'gần'), V('2.000', 'gần'), V('300', 'gần')], V('4.200', 'gần'), add, 'holds')
rel('16', 1, 'change', 'tăng 4,55% so cùng kỳ', 'derived: 4.200 / (1.900/1,078 + 2.000/1,022 + 300/1,007) − 1 = 4,55',
    [V('4.200', 'gần'), V('1.900', 'gần'), V('7,8', 'hơn'), V('2.000', 'gần'), V('2,2', 'gần'), V('300', 'gần'), V('0,7', 'hơn')], V('4,55'),
    lambda T, a, ga, b, gb, c, gc: chg(T, a / (1 + ga / 100) + b / (1 + gb / 100) + c / (1 + gc / 100)), 'holds')
rel('16', 2, 'plan', 'đạt gần 95,3% kế hoạch', 'hơn 202 / trên 212 × 100', [V('202', 'hơn'), V('212', 'trên')], V('95,3', 'gần'), pct, 'holds')
rel('16', 2, 'plan', 'đạt hơn 60,5% kế hoạch', 'gần 130 / trên 212 × 100 (kế hoạch = vốn đầu tư công năm 2023)', [V('130', 'gần'), V('212', 'trên')], V('60,5', 'hơn'), pct, 'holds', True,
    'central 130/212 = 61,3; holds only through the approximate figures')
nc('16', 2, 'plan', '(gần 52%) so dự toán tỉnh giao', 'the provincial budget estimate is not stated')
nc('16', 2, 'change', 'tăng gần 10% so cùng kỳ', 'the 2022 disbursement is not stated')
rel('16-mut', 2, 'plan', 'đạt gần 81,6% kế hoạch', 'hơn 202 / trên 212 = 95,3% vs mutated gần 81,6%', [V('202', 'hơn'), V('212', 'trên')], V('81,6', 'gần'), pct, 'fails', mutation=True)

# ================================================================ checks
NUM = re.compile(r'\d+(?:[.,]\d+)*')
def read(name):
    with open(os.path.join(D, name), encoding='utf-8', newline='') as fh:
        return fh.read()

def check_files():
    errs = []
    names = sorted(n for n in os.listdir(D) if re.fullmatch(r'h5-\d\d(-mut)?\.txt', n))
    origs = [n for n in names if '-mut' not in n]
    assert len(origs) == 16, origs
    for n in names:
        s = read(n)
        if unicodedata.normalize('NFC', s) != s: errs.append(f'{n}: not NFC')
        if not s.endswith('\n') or s.endswith('\n\n'): errs.append(f'{n}: final newline')
        if '\r' in s: errs.append(f'{n}: CR')
        lines = s[:-1].split('\n')
        if not 1 <= len(lines) <= 5: errs.append(f'{n}: {len(lines)} lines')
        for i, l in enumerate(lines, 1):
            if not l.strip() or l != l.strip(): errs.append(f'{n}:{i}: blank or padded line')
            if not re.search(r'\d', l): errs.append(f'{n}:{i}: no figure')
    for n in names:
        if '-mut' not in n: continue
        a, b = read(n.replace('-mut', '')), read(n)
        ta, tb = NUM.findall(a), NUM.findall(b)
        if NUM.sub('#', a) != NUM.sub('#', b) or len(ta) != len(tb):
            errs.append(f'{n}: differs outside number tokens'); continue
        diff = [(x, y) for x, y in zip(ta, tb) if x != y]
        if len(diff) != 1: errs.append(f'{n}: {len(diff)} tokens differ'); continue
        x, y = diff[0]
        same_fmt = re.sub(r'\d', '9', x).count(',') == re.sub(r'\d', '9', y).count(',') and \
                   (len(x.split(',')[-1]) == len(y.split(',')[-1]) if ',' in x else ',' not in y)
        rx = abs(parse(y)[0] / parse(x)[0] - 1) * 100
        if not same_fmt: errs.append(f'{n}: format changed {x} -> {y}')
        if not 12 <= rx <= 20: errs.append(f'{n}: change {fmt(rx,1)}% out of 12–20%')
        print(f'  {n}: {x} -> {y} ({fmt(rx,1)}%)')
    return errs

def run(write=False):
    errs = check_files()
    facts = []
    for r in RELS:
        name = f"h5-{r['file']}.txt"
        text = read(name)
        lines = text[:-1].split('\n')
        line = lines[r['line'] - 1]
        if r['quote'] not in line:
            errs.append(f"{name}:{r['line']}: quote not on line: {r['quote']!r}")
        for (lit, ap, sc, ex) in r['vars'] + ([r['stated']] if r['stated'] else []):
            if lit not in text:
                errs.append(f"{name}: literal {lit!r} not in file")
        comp = r['expr']
        if r['verdict'] != 'not checkable':
            if r['count'] is not None:
                items = r['count'] if isinstance(r['count'], list) else re.split(r', | và ', r['count'])
                for it in items:
                    if it not in text: errs.append(f'{name}: listed item {it!r} not in file')
                got = 'holds' if len(items) == parse(r['stated'][0])[0] else 'fails'
                marg = False
                comp += f" → {len(items)} listed; stated {r['stated'][0]}"
            else:
                (lo, hi), st = evaluate(r)
                got = 'holds' if overlap((lo, hi), st) else 'fails'
                (lo3, hi3), st3 = evaluate(r, F(2))
                nomv = r['f'](*[nominal(l, s) for (l, a, s, e) in r['vars']])
                hw = (st[1] - st[0]) / 2
                edge = nomv != nominal(r['stated'][0], r['stated'][2]) and \
                       (not (st[0] <= nomv <= st[1]) or min(nomv - st[0], st[1] - nomv) < hw / 10)
                marg = (got == 'holds' and edge) or (got == 'fails' and overlap((lo3, hi3), st3))
                comp += f" → computed {fmt(nomv)} (range {fmt(lo)}–{fmt(hi)}); stated {(r['stated'][1] + ' ') if r['stated'][1] else ''}{r['stated'][0]} ({fmt(st[0])}–{fmt(st[1])})"
            if got != r['verdict']:
                errs.append(f"{name}:{r['line']} {r['quote']!r}: computed {got}, recorded {r['verdict']}")
            if marg != bool(r['marginal']):
                errs.append(f"{name}:{r['line']} {r['quote']!r}: computed marginal={marg}, recorded {r['marginal']}")
        if r['note']:
            comp += f" — {r['note']}"
        rec = {'file': name, 'line': r['line'], 'family': r['family'], 'quote': r['quote'],
               'computation': comp, 'verdict': r['verdict']}
        if r['mutation']: rec['mutation'] = True
        if r['marginal']: rec['marginal'] = True
        facts.append(rec)
    # every mutant has exactly one mutation record, on the changed line
    for n in sorted(os.listdir(D)):
        if n.endswith('-mut.txt'):
            ms = [f for f in facts if f['file'] == n]
            if len(ms) != 1 or not ms[0].get('mutation') or ms[0]['verdict'] != 'fails':
                errs.append(f'{n}: needs exactly one failing mutation record')
            else:
                a = read(n.replace('-mut', ''))[:-1].split('\n'); b = read(n)[:-1].split('\n')
                changed = [i + 1 for i, (x, y) in enumerate(zip(a, b)) if x != y]
                if changed != [ms[0]['line']]: errs.append(f'{n}: mutation record not on the changed line {changed}')
    path = os.path.join(D, 'FACTS.json')
    if write:
        with open(path, 'w', encoding='utf-8') as fh:
            json.dump(facts, fh, ensure_ascii=False, indent=1); fh.write('\n')
    stored = json.load(open(path, encoding='utf-8'))
    if stored != facts:
        errs.append('FACTS.json differs from the spec (run with --write)')
    # summary
    from collections import Counter
    c = Counter((f['family'], f['verdict']) for f in facts if not f.get('mutation'))
    print('originals, family x verdict:')
    for fam in ['sum', 'share', 'change', 'points', 'plan', 'average']:
        print(f"  {fam:8s} holds={c[(fam,'holds')]:3d} fails={c[(fam,'fails')]:3d} not checkable={c[(fam,'not checkable')]:3d}")
    print('  total', sum(c.values()), '; mutation records', sum(1 for f in facts if f.get('mutation')),
          '; marginal', sum(1 for f in facts if f.get('marginal')))
    for f in facts:
        if f['verdict'] == 'fails' and not f.get('mutation'):
            print('  REAL FAILURE', f['file'], f['line'], f['quote'])
    if errs:
        print('ERRORS:'); [print('  ' + e) for e in errs]; sys.exit(1)
    print('all checks passed')

if __name__ == '__main__':
    run('--write' in sys.argv)
