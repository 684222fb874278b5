#!/usr/bin/env python3
"""Checks the dev test set in /tmp/devf with exact (Fraction) interval arithmetic.

1. every f-NN.txt / f-NN-mut.txt: UTF-8, NFC, 1-5 non-empty lines, exactly one final newline;
2. every mutant differs from its original in exactly one number token;
3. every FACTS.json record: file exists, quote occurs on its line;
4. every record's verdict is recomputed below (CHECKS) and must match.

Conventions: '.' groups thousands, ',' is the decimal mark.  A rounded figure with d
decimals stands for x ± 0,5·10^-d.  Counts of discrete items (hộ, việc, vụ, người,
học sinh, doanh nghiệp, lượt) are exact.  hơn/trên x -> [x, x+u]; gần x -> [x-u, x];
khoảng/ước -> [x-u-h, x+u+h] (u = one unit of the last written digit, h = u/2).
Where a figure is evidently rounded to hundreds (TCTK two-month totals) H(x, 100) = x ± 50.  A relation holds if the computed and stated ranges overlap.
"""
import json, os, re, sys, unicodedata, glob
from fractions import Fraction as F

D = os.path.dirname(os.path.abspath(__file__))
errors = []
def err(m): errors.append(m)

# ---------- numbers and intervals ----------
def num(s):
    s = s.replace('.', '').replace(',', '.')
    return F(s)
def unit(s):
    return F(1, 10 ** len(s.split(',')[1])) if ',' in s else F(1)
class I:
    def __init__(s, lo, hi): s.lo, s.hi = min(lo, hi), max(lo, hi)
    def __add__(a, b): b = iv(b); return I(a.lo + b.lo, a.hi + b.hi)
    def __radd__(a, b): return a + b
    def __sub__(a, b): b = iv(b); return I(a.lo - b.hi, a.hi - b.lo)
    def __rsub__(a, b): return iv(b) - a
    def __mul__(a, b):
        b = iv(b); p = [a.lo*b.lo, a.lo*b.hi, a.hi*b.lo, a.hi*b.hi]; return I(min(p), max(p))
    __rmul__ = __mul__
    def __truediv__(a, b):
        b = iv(b); assert b.lo > 0 or b.hi < 0
        p = [a.lo/b.lo, a.lo/b.hi, a.hi/b.lo, a.hi/b.hi]; return I(min(p), max(p))
    def __rtruediv__(a, b): return iv(b) / a
    def __repr__(s): return f'[{float(s.lo):.6g}, {float(s.hi):.6g}]'
def iv(x):
    if isinstance(x, I): return x
    return I(F(x), F(x))
def R(s, q=None):
    """rounded figure, optional qualifier: 'hon' (hơn/trên), 'gan', 'kh' (khoảng/ước)"""
    x, u = num(s), unit(s); h = u / 2
    if q is None: return I(x - h, x + h)
    if q == 'hon': return I(x, x + u)
    if q == 'gan': return I(x - u, x)
    if q == 'kh':  return I(x - u - h, x + u + h)
    raise ValueError(q)
def X(s): x = num(s); return I(x, x)          # exact count / exact target
def H(s, step): x = num(s); return I(x - F(step, 2), x + F(step, 2))  # rounded to 'step'
def P(s, q=None): r = R(s, q); return I(r.lo / 100, r.hi / 100)        # percent as fraction
def ok(computed, stated):
    return computed.lo <= stated.hi and stated.lo <= computed.hi

# ---------- recomputation of every record ----------
def pct_change(new, old): return (new / old) - 1
CHECKS = {
 # f-01
 ("f-01.txt","Số hộ thoát nghèo trong năm 2022 là 3.507 hộ"): lambda: ok(X('1.833')+X('1.630')+X('44'), X('3.507')),
 ("f-01.txt","Số hộ thoát cận nghèo là 5.295 hộ"): lambda: ok(X('81')+X('5.187')+X('27'), X('5.295')),
 ("f-01.txt","giảm 1,89%, đạt 125% so với chỉ tiêu giao đầu năm (chỉ tiêu là 1,5%/năm)"): lambda: ok(R('1,89')/R('1,5'), P('125')),
 ("f-01.txt","Ninh Sơn đạt 167% (giảm 3% so với 1,8% kế hoạch giao)"): lambda: ok(R('3')/R('1,8'), P('167')),
 # f-02
 ("f-02.txt","129 xã/193 xã, đạt tỷ lệ 67%"): lambda: ok(X('129')/X('193'), P('67')),
 ("f-02.txt","275/948 thôn"): lambda: ok(X('275')/X('948'), P('29')),
 # f-03
 ("f-03.txt","Bình quân một tháng có 25.700 doanh nghiệp"): lambda: ok(X('51.400')/2, X('25.700')),
 ("f-03.txt","giảm 18,5% về số doanh nghiệp"): lambda: ok(1 - X('8.841')/(H('19.700',100)-X('8.841')), P('18,5')),
 ("f-03.txt","giảm 33,8% về vốn đăng ký"): lambda: ok(1 - R('65.600')/(R('164.700')-R('65.600')), P('33,8')),
 ("f-03.txt","giảm 25,6% về số lao động"): lambda: ok(1 - I(F(51000), F(51100))/(H('119.600',100)-I(F(51000), F(51100))), P('25,6')),
 ("f-03.txt","đạt 7,4 tỷ đồng"): lambda: ok(R('65.600')/X('8.841'), R('7,4')),
 ("f-03.txt","giảm 18,9% so với tháng trước"): lambda: ok(1 - (R('65.600')/X('8.841'))/((H('164.700',100)-R('65.600'))/(H('19.700',100)-X('8.841'))), P('18,9')),
 ("f-03.txt","đạt 8,4 tỷ đồng"): lambda: ok(R('164.700')/X('19.700'), R('8,4')),
 # f-04
 ("f-04.txt","vi phạm 9.873 tỷ đồng"): lambda: ok(R('4.340')+R('5.533'), R('9.873')),
 ("f-04.txt","kiến nghị thu hồi về ngân sách nhà nước 7.875 tỷ đồng"): lambda: ok(R('7.875')+R('1.998'), R('9.873')),
 # f-05
 ("f-05.txt","(25.759 ca) tăng 117%"): lambda: ok(pct_change(X('55.863'), X('25.759')), P('117')),
 ("f-05.txt","(7 ca) tăng 6 lần"): lambda: ok(X('42')/X('7'), R('6')),
 ("f-05.txt","tăng 172,5% với cùng kỳ năm 2021 (7.688 ca)"): lambda: ok(pct_change(X('20.952'), X('7.688')), P('172,5')),
 # f-06
 ("f-06.txt","16.084 học sinh được công nhận tốt nghiệp, đạt trên 98%"): lambda: ok(X('16.084')/X('16.388'), P('98','hon')),
 ("f-06.txt","2.819 thí sinh đỗ tốt nghiệp, đạt 93,7%"): lambda: ok(X('2.819')/X('3.007'), P('93,7')),
 # f-07
 ("f-07.txt","Trong đó lúa là 115/116 ha. Đạt 99,13%"): lambda: ok(R('115')/R('116'), P('99,13')),
 ("f-07.txt","719,67  tấn"): lambda: ok(R('115')*R('62,58')/10, R('719,67')),
 ("f-07.txt","33/ 31,5 ha vượt  1,5 ha"): lambda: ok(R('33')-R('31,5'), R('1,5')),
 ("f-07.txt","sản lượng đạt 99 tấn"): lambda: ok(R('33')*R('30')/10, R('99')),
 ("f-07.txt","Diện tích gieo trồng là 72 ha"): lambda: ok(R('50,3')+R('21,7'), R('72')),
 ("f-07.txt","Sản lượng ngô đạt 281,3"): lambda: ok(R('50,3')*R('55,92')/10, R('281,3')),
 ("f-07.txt","Tổng đàn trâu, bò 1.095 con"): lambda: ok(X('970')+X('125'), X('1.095')),
 ("f-07.txt","971/876 = 110,8%"): lambda: ok(X('971')/X('876'), P('110,8')),
 # f-08
 ("f-08.txt","369.882,4 ha/392.069 ha, tương đương với 94,34% kế hoạch"): lambda: ok(R('369.882,4')/R('392.069'), P('94,34')),
 ("f-08.txt","369.882,4 ha"): lambda: ok(R('103.339,1')+R('266.543,3'), R('369.882,4')),
 ("f-08.txt","392.069 ha"): lambda: ok(R('126.229')+R('265.840'), R('392.069')),
 ("f-08.txt","103.339,1 ha/126.229 ha, đạt 81,87% kế hoạch"): lambda: ok(R('103.339,1')/R('126.229'), P('81,87')),
 ("f-08.txt","40.852,3 ha/40.072 ha, đạt 101,95% kế hoạch"): lambda: ok(R('40.852,3')/R('40.072'), P('101,95')),
 ("f-08.txt","266.543,3 ha/265.840 ha, đạt 100,26% kế hoạch"): lambda: ok(R('266.543,3')/R('265.840'), P('100,26')),
 # f-09
 ("f-09.txt","Trong tổng số 25.953 người"): lambda: ok(X('16.610')+X('8.282')+X('1.061'), X('25.953')),
 # f-10
 ("f-10.txt","giảm 10 vụ (3,4%)"): lambda: ok(X('10')/(X('294')+X('10')), P('3,4')),
 ("f-10.txt","12 người chết (6,6%)"): lambda: ok(X('12')/(X('182')+X('12')), P('6,6')),
 ("f-10.txt","8 người bị thương (3,8%)"): lambda: ok(X('8')/(X('210')+X('8')), P('3,8')),
 # f-11
 ("f-11.txt","thấp hơn 7,6 điểm phần trăm so với mức tăng 8,7%"): lambda: ok(R('8,7')-R('1,1'), R('7,6')),
 ("f-11.txt","IIP ước tăng 1%"): lambda: ok(R('1,1')+R('0,2')+R('0,1')-R('0,4'), R('1','kh')),
 # f-12
 ("f-12.txt","đạt 131,6 triệu USD"): lambda: ok(R('81,5')+R('50,1'), R('131,6')),
 ("f-12.txt","xuất siêu 31,4 triệu USD"): lambda: ok(R('81,5')-R('50,1'), R('31,4')),
 ("f-12.txt","đạt 62,7% so kế hoạch (130 triệu USD)"): lambda: ok(R('81,5')/X('130'), P('62,7')),
 ("f-12.txt","(cùng kỳ 2022 xuất siêu 41,3 triệu USD)"): lambda: ok(R('81,5')/(1-P('17,3')) - R('50,1')/(1-P('12,5')), R('41,3')),
 ("f-12.txt","131,6 triệu USD, giảm 15,6%"): lambda: ok(R('131,6')/(1-P('15,6')), R('81,5')/(1-P('17,3')) + R('50,1')/(1-P('12,5'))),
 # f-13
 ("f-13.txt","hơn 1,1 tỷ USD, chiếm gần 20,3%"): lambda: ok(R('1,1','hon')/R('5,45','gan'), P('20,3','gan')),
 ("f-13.txt","hơn 607 triệu USD, chiếm hơn 11,1%"): lambda: ok(R('607','hon')/(R('5,45','gan')*1000), P('11,1','hon')),
 ("f-13.txt","tổng vốn đầu tư đăng ký hơn 607 triệu USD"): lambda: ok(R('64,36')+R('323,43','hon')+R('607','kh'), R('607','hon')),
 # f-14
 ("f-14.txt","4.654,6 tỷ đồng"): lambda: ok(R('2.653,4')+R('2.001,3'), R('4.654,6')),
 ("f-14.txt","2.874,3/4.654,6 tỷ đồng, bằng 62,1%"): lambda: ok(R('2.874,3')/R('4.654,6'), P('62,1')),
 ("f-14.txt","1.489,1/ 2.653,4 tỷ đồng, bằng 56,1%"): lambda: ok(R('1.489,1')/R('2.653,4'), P('56,1')),
 ("f-14.txt","1.385,2/2.001,3 tỷ đồng, bằng 69,2%"): lambda: ok(R('1.385,2')/R('2.001,3'), P('69,2')),
 ("f-14.txt","đạt 2.874,3/4.654,6"): lambda: ok(R('1.489,1')+R('1.385,2'), R('2.874,3')),
}
# f-15 growth decomposition (GRDP at 2010 prices)
_V = [('9.590','3,99'),('18.483','7,93'),('16.571','3,6'),('1.477','7,39')]
def _old(v, g): return R(v)/(1+P(g))
def _O(): 
    s = I(0,0)
    for v,g in _V: s = s + _old(v,g)
    return s
def _contrib(i):
    v,g = _V[i]; return (R(v) - _old(v,g)) / _O() * 100
CHECKS.update({
 ("f-15.txt","46.121 tỷ đồng"): lambda: ok(R('9.590')+R('18.483')+R('16.571')+R('1.477'), R('46.121')),
 ("f-15.txt","tăng 5,5% so với năm trước"): lambda: ok(R('46.121')/_O() - 1, P('5,5')),
 ("f-15.txt","đóng góp 0,84 điểm phần trăm"): lambda: ok(_contrib(0), R('0,84')),
 ("f-15.txt","đóng góp 3,11 điểm phần trăm"): lambda: ok(_contrib(1), R('3,11')),
 ("f-15.txt","đóng góp 1,32 điểm phần trăm"): lambda: ok(_contrib(2), R('1,32')),
 ("f-15.txt","chiếm tỷ trọng 22,46%"): lambda: ok(R('22,46')+R('39,48')+R('34,93')+R('3,13'), X('100')),
 # f-16
 ("f-16.txt","871.500 lượt khách"): lambda: ok(X('160.750')+X('710.750'), X('871.500')),
 ("f-16.txt","710.750 lượt khách không lưu trú, giảm 48,3%"): lambda: ok(X('160.750')/(1-P('80')) + X('710.750')/(1-P('48,3')), X('871.500')/(1-P('60'))),
 # f-17
 ("f-17.txt","tổng giá trị sản xuất là 842,894 tỷ đồng"): lambda: ok(R('362,014')+R('226,47')+R('253,41'), R('842,894')),
 # f-18
 ("f-18.txt","ước đạt 2.967,2 tỷ đồng"): lambda: ok(R('688,968')+R('1.655')+R('623,2'), R('2.967,2','kh')),
 ("f-18.txt","tăng 8,32% so với cùng kỳ năm 2016"): lambda: ok(R('2.967,2')/(1+P('8,32')), R('688,968')/(1+P('2,88')) + R('1.655')/(1+P('10,76')) + R('623,2')/(1+P('8,32'))),
 # mutants
 ("f-01-mut.txt","thoát tình trạng nghèo, cận nghèo là 1.890 hộ"): lambda: ok(X('1.833')+X('1.890')+X('44'), X('3.507')),
 ("f-02-mut.txt","149 xã/193 xã, đạt tỷ lệ 67%"): lambda: ok(X('149')/X('193'), P('67')),
 ("f-03-mut.txt","đạt 8,6 tỷ đồng"): lambda: ok(R('65.600')/X('8.841'), R('8,6')),
 ("f-04-mut.txt","6.433 tỷ đồng qua thanh, kiểm tra chuyên ngành"): lambda: ok(R('4.340')+R('6.433'), R('9.873')),
 ("f-05-mut.txt","(29.759 ca) tăng 117%"): lambda: ok(pct_change(X('55.863'), X('29.759')), P('117')),
 ("f-06-mut.txt","2.419 thí sinh đỗ tốt nghiệp, đạt 93,7%"): lambda: ok(X('2.419')/X('3.007'), P('93,7')),
 ("f-07-mut.txt","829,67  tấn"): lambda: ok(R('115')*R('62,58')/10, R('829,67')),
 ("f-08-mut.txt","103.339,1 ha/126.229 ha, đạt 95,27% kế hoạch"): lambda: ok(R('103.339,1')/R('126.229'), P('95,27')),
 ("f-11-mut.txt","thấp hơn 8,8 điểm phần trăm so với mức tăng 8,7%"): lambda: ok(R('8,7')-R('1,1'), R('8,8')),
 ("f-12-mut.txt","xuất siêu 36,4 triệu USD"): lambda: ok(R('81,5')-R('50,1'), R('36,4')),
 ("f-13-mut.txt","hơn 607 triệu USD, chiếm hơn 12,9%"): lambda: ok(R('607','hon')/(R('5,45','gan')*1000), P('12,9','hon')),
 ("f-14-mut.txt","1.489,1/ 2.653,4 tỷ đồng, bằng 65,1%"): lambda: ok(R('1.489,1')/R('2.653,4'), P('65,1')),
 ("f-15-mut.txt","đóng góp 0,98 điểm phần trăm"): lambda: ok(_contrib(0), R('0,98')),
})

# ---------- file format ----------
def read(p):
    b = open(p, 'rb').read()
    t = b.decode('utf-8')
    if unicodedata.normalize('NFC', t) != t: err(f'{p}: not NFC')
    if not t.endswith('\n') or t.endswith('\n\n'): err(f'{p}: must end with exactly one newline')
    if '\r' in t: err(f'{p}: CR found')
    lines = t[:-1].split('\n')
    if not 1 <= len(lines) <= 5: err(f'{p}: {len(lines)} lines')
    if any(not l.strip() for l in lines): err(f'{p}: empty line')
    return lines
NUM = re.compile(r'\d+(?:[.,]\d+)*')
files = {}
origs = sorted(glob.glob(os.path.join(D, 'f-[0-9][0-9].txt')))
if len(origs) != 18: err(f'{len(origs)} originals')
for p in sorted(glob.glob(os.path.join(D, 'f-*.txt'))):
    files[os.path.basename(p)] = read(p)
muts = sorted(f for f in files if f.endswith('-mut.txt'))
for m in muts:
    o = m.replace('-mut', '')
    a, b = files[o], files[m]
    if len(a) != len(b): err(f'{m}: line count differs'); continue
    diffs = [(i, x, y) for i, (x, y) in enumerate(zip(a, b)) if x != y]
    if len(diffs) != 1: err(f'{m}: {len(diffs)} lines differ'); continue
    i, x, y = diffs[0]
    ta, tb = NUM.findall(x), NUM.findall(y)
    # non-number text must be identical
    if NUM.sub('#', x) != NUM.sub('#', y): err(f'{m}: non-number text differs')
    dt = [(u, v) for u, v in zip(ta, tb) if u != v]
    if len(ta) != len(tb) or len(dt) != 1: err(f'{m}: {len(dt)} number tokens differ'); continue
    u, v = dt[0]
    fmt = lambda s: re.sub(r'\d', '9', s)
    if fmt(u) != fmt(v): err(f'{m}: format of {u} -> {v} changed')
    rel = abs(num(v) - num(u)) / num(u)
    if not F(12, 100) <= rel <= F(20, 100): err(f'{m}: change {u}->{v} is {float(rel):.1%}')
    print(f'{m}: line {i+1}: {u} -> {v} ({float(rel):+.1%})')

# ---------- facts ----------
facts = json.load(open(os.path.join(D, 'FACTS.json'), encoding='utf-8'))
seen = set()
for k, f in enumerate(facts):
    for key in ('file', 'line', 'family', 'quote', 'computation', 'verdict'):
        if key not in f: err(f'record {k}: missing {key}')
    if f['family'] not in ('sum', 'share', 'change', 'points', 'plan', 'average'): err(f'record {k}: family {f["family"]}')
    if f['verdict'] not in ('holds', 'fails', 'not checkable'): err(f'record {k}: verdict {f["verdict"]}')
    lines = files.get(f['file'])
    if lines is None: err(f'record {k}: no file {f["file"]}'); continue
    if not 1 <= f['line'] <= len(lines) or f['quote'] not in lines[f['line'] - 1]:
        err(f'record {k}: quote not on {f["file"]}:{f["line"]}: {f["quote"]!r}'); continue
    if unicodedata.normalize('NFC', f['quote']) != f['quote']: err(f'record {k}: quote not NFC')
    is_mut = f['file'].endswith('-mut.txt')
    if is_mut != bool(f.get('mutation')): err(f'record {k}: mutation flag mismatch')
    if is_mut and f['verdict'] != 'fails': err(f'record {k}: mutant record must fail')
    key = (f['file'], f['quote'])
    if key in seen: err(f'record {k}: duplicate key {key}')
    seen.add(key)
    if f['verdict'] == 'not checkable':
        if key in CHECKS: err(f'record {k}: has a check but is marked not checkable')
        continue
    if key not in CHECKS: err(f'record {k}: no recomputation for {key}'); continue
    got = 'holds' if CHECKS[key]() else 'fails'
    if got != f['verdict']: err(f'record {k}: {key}: recomputed {got}, recorded {f["verdict"]}')
for key in CHECKS:
    if key not in seen: err(f'check without record: {key}')
for m in muts:
    n = sum(1 for f in facts if f['file'] == m)
    if n != 1: err(f'{m}: {n} records (expected 1)')
    # the mutation record must sit on the changed line
    o = m.replace('-mut', '')
    li = [i for i, (x, y) in enumerate(zip(files[o], files[m])) if x != y]
    for f in facts:
        if f['file'] == m and li and f['line'] != li[0] + 1: err(f'{m}: record not on the changed line')

# ---------- summary ----------
from collections import Counter
c = Counter((f['family'], f['verdict'], bool(f.get('mutation'))) for f in facts)
print('\nfamily      holds fails n.c.  | mutant fails')
for fam in ('sum', 'share', 'change', 'points', 'plan', 'average'):
    print(f'{fam:10s} {c[(fam,"holds",False)]:5d} {c[(fam,"fails",False)]:5d} {c[(fam,"not checkable",False)]:5d}  | {c[(fam,"fails",True)]:5d}')
print(f'records: {len(facts)}, originals: {len(origs)}, mutants: {len(muts)}')
if errors:
    print('\nERRORS:'); [print(' -', e) for e in errors]; sys.exit(1)
print('all checks passed')
