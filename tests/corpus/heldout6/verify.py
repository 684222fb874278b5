#!/usr/bin/env python3
"""Recompute every verdict in FACTS.json with interval arithmetic (fractions.Fraction)
and check the format rules of the passages and mutants. Stdlib only."""
import json, os, re, sys, unicodedata, itertools
from fractions import Fraction as F

HERE = os.path.dirname(os.path.abspath(__file__))
NUM = re.compile(r'\d+(?:[.,]\d+)*')

def parse(tok):
    """Vietnamese number token -> (value, decimals, digit string). '.' groups thousands, ',' decimal."""
    if ',' in tok:
        ip, dp = tok.split(',', 1)
        ip = ip.replace('.', '')
        return F(ip + dp) / (10 ** len(dp)), len(dp), ip + dp
    s = tok.replace('.', '')
    return F(s), 0, s

def unit_last_nonzero(tok):
    v, d, digits = parse(tok)
    z = len(digits) - len(digits.rstrip('0'))
    return F(10) ** (z - d)

def interval(tok, kind, scale=1):
    """Interval (lo, hi) for a written figure according to the reading conventions."""
    v, d, _ = parse(tok)
    s = F(scale)
    if kind == 'c':            # exact count / exact constant
        lo, hi = v, v
    elif kind == 'm':          # measured / rounded figure: +-0.5 unit of last decimal place
        h = F(1, 2) / (10 ** d)
        lo, hi = v - h, v + h
    else:
        w = min(unit_last_nonzero(tok), v * F(5, 100))
        if kind == 'gan':
            lo, hi = v - w, v
        elif kind == 'hon':
            lo, hi = v, v + w
        elif kind == 'khoang':
            lo, hi = v - w, v + w
        else:
            raise ValueError(kind)
    return lo * s, hi * s

def first_num(lit):
    m = NUM.search(lit)
    if not m:
        raise ValueError('no number in literal %r' % lit)
    return m.group(0)

# ---------------------------------------------------------------------------
# Check specs: key "file|line|quote" -> (expression, operands, stated)
# operand / stated: (line, literal, kind[, scale]) ; literal must occur on that line,
# the figure is the first number token inside the literal.  ('K', '100', 'c') = constant.
S = {}
def spec(f, line, quote, expr, ops, stated):
    S['%s|%d|%s' % (f, line, quote)] = (expr, ops, stated)

# h6-01
for q, a, st in [("44 xã /104 xã, tương ứng tỷ lệ 42,31%", "44 xã /", "tỷ lệ 42,31%"),
                 ("29 xã, tỷ lệ 28%", "29 xã", "tỷ lệ 28%"),
                 ("28 xã, tỷ lệ 27%", "28 xã", "tỷ lệ 27%"),
                 ("3 xã, tỷ lệ 2,9%", "3 xã, tỷ lệ", "tỷ lệ 2,9%")]:
    spec('h6-01.txt', 1, q, 'a/b*100', {'a': (1, a, 'c'), 'b': (1, "/104 xã", 'c')}, (1, st, 'm'))
spec('h6-01.txt', 1, "lên 44 xã /104 xã", 'a+b+c+d',
     {'a': (1, "44 xã /", 'c'), 'b': (1, "29 xã", 'c'), 'c': (1, "28 xã", 'c'), 'd': (1, "3 xã, tỷ lệ", 'c')},
     (1, "/104 xã", 'c'))
# h6-02
spec('h6-02.txt', 2, "chiếm khoảng 16,4%", 'a/b*100',
     {'a': (2, "111/", 'c'), 'b': (2, "/664", 'c')}, (2, "khoảng 16,4%", 'khoang'))
# h6-03
spec('h6-03.txt', 1, "tiếp hơn 3,5 ngàn lượt người", 'a+b',
     {'a': (1, "2,87 ngàn", 'm', 1000), 'b': (1, "hơn 660", 'hon')}, (1, "hơn 3,5 ngàn", 'hon', 1000))
spec('h6-03.txt', 2, "1.474 đơn đủ điều kiện xử lý", 'a+b+c',
     {'a': (2, "420 khiếu nại", 'c'), 'b': (2, "26 tố cáo", 'c'), 'c': (2, "1.028 phản ánh", 'c')}, (2, "1.474 đơn", 'c'))
spec('h6-03.txt', 3, "1.398/1.474 đơn, đạt tỷ lệ 94,84%", 'a/b*100',
     {'a': (3, "1.398/", 'c'), 'b': (3, "/1.474", 'c')}, (3, "tỷ lệ 94,84%", 'm'))
spec('h6-03.txt', 3, "396 khiếu nại, 25 tố cáo và 977 kiến nghị", 'a+b+c',
     {'a': (3, "396 khiếu nại", 'c'), 'b': (3, "25 tố cáo", 'c'), 'c': (3, "977 kiến nghị", 'c')}, (3, "1.398/", 'c'))
spec('h6-03-mut.txt', 3, "396 khiếu nại, 25 tố cáo và 851 kiến nghị", 'a+b+c',
     {'a': (3, "396 khiếu nại", 'c'), 'b': (3, "25 tố cáo", 'c'), 'c': (3, "851 kiến nghị", 'c')}, (3, "1.398/", 'c'))
spec('h6-03.txt', 3, "(24 khiếu nại, 1 tố cáo và 51 kiến nghị, phản ánh)", 'a+b+c',
     {'a': (3, "(24 khiếu nại", 'c'), 'b': (3, "1 tố cáo", 'c'), 'c': (3, "51 kiến nghị", 'c')}, (3, "xác minh 76 đơn", 'c'))
spec('h6-03.txt', 3, "đang tiến hành thẩm tra, xác minh 76 đơn", 'a+b',
     {'a': (3, "1.398/", 'c'), 'b': (3, "xác minh 76 đơn", 'c')}, (3, "/1.474", 'c'))
# h6-04
spec('h6-04.txt', 1, "giảm 723 lượt so với cùng kỳ (tương đương 35%)", 'd/(x+d)*100',
     {'d': (1, "giảm 723", 'c'), 'x': (1, "hơn 1.300", 'hon')}, (1, "tương đương 35%", 'm'))
spec('h6-04-mut.txt', 1, "giảm 723 lượt so với cùng kỳ (tương đương 41%)", 'd/(x+d)*100',
     {'d': (1, "giảm 723", 'c'), 'x': (1, "hơn 1.300", 'hon')}, (1, "tương đương 41%", 'm'))
spec('h6-04.txt', 2, "339/386 đơn thư, đạt tỷ lệ 87,8%", 'a/b*100',
     {'a': (2, "339/", 'c'), 'b': (2, "/386", 'c')}, (2, "tỷ lệ 87,8%", 'm'))
# h6-05
spec('h6-05.txt', 2, "10.194 tỷ đồng, tăng 16,36%, chiếm tỷ trọng 24,9%/tổng dư nợ", 'a/b*100',
     {'a': (2, "là 10.194", 'm'), 'b': (2, "đạt 36.804", 'm')}, (2, "tỷ trọng 24,9%", 'm'))
for f, t in [('h6-05.txt', "288"), ('h6-05-mut.txt', "331")]:
    spec(f, 2, "xuống còn %s tỷ đồng, chiếm 0,78%%/tổng dư nợ" % t, 'a/b*100',
         {'a': (2, "còn %s tỷ" % t, 'm'), 'b': (2, "đạt 36.804", 'm')}, (2, "chiếm 0,78%", 'm'))
# h6-06
for f, t in [('h6-06.txt', "486,6"), ('h6-06-mut.txt', "563,8")]:
    spec(f, 1, "gần %s tỷ đồng" % t, 'a+b+c+d+e+g+h',
         {'a': (1, "trên 2,6", 'hon'), 'b': (1, "gần 20,6", 'gan'), 'c': (1, "hơn 232", 'hon'),
          'd': (1, "hơn 123", 'hon'), 'e': (1, "hơn 48", 'hon'), 'g': (1, "trên 55,6", 'hon'),
          'h': (1, "hơn 4 tỷ", 'hon')}, (1, "gần " + t, 'gan'))
spec('h6-06.txt', 2, "tỷ lệ nợ quá hạn chiếm 0,16%", 'a/b*100',
     {'a': (2, "gần 820", 'gan'), 'b': (1, "gần 486,6", 'gan', 1000)}, (2, "chiếm 0,16%", 'm'))
# h6-07
spec('h6-07.txt', 1, "14.844.857 người tham gia BHXH", 'a+b',
     {'a': (1, "13.662.083", 'c'), 'b': (1, "1.182.774", 'c')}, (1, "14.844.857", 'c'))
# h6-08
spec('h6-08.txt', 1, "đạt 98,31 kế hoạch BHXH Việt Nam giao", 'a/(a+b)*100',
     {'a': (1, "1.427.535", 'c'), 'b': (2, "là 24.515", 'c')}, (1, "đạt 98,31", 'm'))
spec('h6-08-mut.txt', 2, "cần phát triển để đạt kế hoạch BHXH Việt Nam giao là 28.931 người", 'a/(a+b)*100',
     {'a': (1, "1.427.535", 'c'), 'b': (2, "là 28.931", 'c')}, (1, "đạt 98,31", 'm'))
# h6-09
spec('h6-09.txt', 3, "giảm 20,6% (77/97 vụ)", '(o-n)/o*100',
     {'n': (3, "(77/", 'c'), 'o': (3, "/97 vụ", 'c')}, (3, "giảm 20,6%", 'm'))
spec('h6-09-mut.txt', 3, "giảm 20,6% (77/112 vụ)", '(o-n)/o*100',
     {'n': (3, "(77/", 'c'), 'o': (3, "/112 vụ", 'c')}, (3, "giảm 20,6%", 'm'))
spec('h6-09.txt', 3, "người bị thương tăng 2 người (4/2)", 'n-o',
     {'n': (3, "(4/", 'c'), 'o': (3, "/2), thiệt hại tài sản", 'c')}, (3, "tăng 2 người", 'c'))
spec('h6-09.txt', 3, "giảm 30,1% (7,2/10,3 tỷ đồng)", '(o-n)/o*100',
     {'n': (3, "(7,2/", 'm'), 'o': (3, "/10,3", 'm')}, (3, "giảm 30,1%", 'm'))
# h6-10
spec('h6-10.txt', 1, "936 trang trại chăn nuôi", 'a+b',
     {'a': (2, "163 trang trại lợn", 'c'), 'b': (2, "773 trang trại gia cầm", 'c')}, (1, "có 936", 'c'))
spec('h6-10.txt', 2, "163 trang trại lợn (13 trang trại quy mô lớn", 'a+b+c',
     {'a': (2, "(13 trang trại", 'c'), 'b': (2, "65 trang trại", 'c'), 'c': (2, "85 trang trại", 'c')}, (2, "163 trang trại", 'c'))
spec('h6-10.txt', 2, "773 trang trại gia cầm (202 trang trại quy mô vừa, 571 trang trại quy mô nhỏ)", 'a+b',
     {'a': (2, "(202 trang trại", 'c'), 'b': (2, "571 trang trại", 'c')}, (2, "773 trang trại", 'c'))
# h6-11
for f, t in [('h6-11.txt', "33,1"), ('h6-11-mut.txt', "38,4")]:
    q = "chiếm tỷ trọng 54,6%" if f == 'h6-11.txt' else "quản lý tiêu dùng chiếm 38,4%"
    spec(f, 4, q, 'a+b+c+d+e',
         {'a': (4, "tỷ trọng 54,6%", 'm'), 'b': (4, "chiếm %s%%" % t, 'm'), 'c': (4, "chiếm 5,4%", 'm'),
          'd': (4, "chiếm 2,6%", 'm'), 'e': (4, "chiếm 4,3%", 'm')}, ('K', "100", 'c'))
# h6-12
for f, t in [('h6-12.txt', "2.248.671"), ('h6-12-mut.txt', "2.608.458")]:
    spec(f, 3, "%s lượt người" % t, 'a+b',
         {'a': (1, "1.986.344", 'c'), 'b': (2, "262.327", 'c')}, (3, t, 'c'))
# h6-13
spec('h6-13.txt', 1, "879.705 thí sinh dự thi", 'a+b',
     {'a': (1, "810.382", 'c'), 'b': (1, "69.323", 'c')}, (1, "879.705", 'c'))
for f, t in [('h6-13.txt', "88,37"), ('h6-13-mut.txt', "76,14")]:
    q = "Tỷ lệ tốt nghiệp chung toàn quốc đạt 97,57%" if f == 'h6-13.txt' else "GDTX đạt 76,14%"
    spec(f, 2, q, '(a*r+b*s)/t',
         {'a': (1, "810.382", 'c'), 'b': (1, "69.323", 'c'), 't': (1, "879.705", 'c'),
          'r': (2, "THPT đạt 98,36%", 'm'), 's': (2, "GDTX đạt %s%%" % t, 'm')}, (2, "quốc đạt 97,57%", 'm'))
# h6-14
for f, t in [('h6-14.txt', "3,51"), ('h6-14-mut.txt', "4,07")]:
    spec(f, 1, "giảm %s%% so với năm 2018 (97,57%%)" % t, 'o-n',
         {'o': (1, "(97,57%)", 'm'), 'n': (1, "đạt 94,06%", 'm')}, (1, "giảm %s%%" % t, 'm'))
# h6-15
for f, t in [('h6-15.txt', "8,5"), ('h6-15-mut.txt', "7,3")]:
    spec(f, 2, "đóng góp %s điểm %%" % t, 'a+b+c-d',
         {'a': (2, "đóng góp " + t, 'm'), 'b': (2, "đóng góp 0,5", 'm'), 'c': (2, "đóng góp 0,1", 'm'),
          'd': (2, "làm giảm 0,7", 'm')}, (1, "tăng 8,4%", 'm'))
# h6-16
for f in ['h6-16.txt', 'h6-16-mut.txt']:
    items = [("1980 lao động, chiếm 57,77 %", "1980 lao động", "chiếm 57,77 %"),
             ("3395 người, chiếm 99,09 %", "Thái 3395", "chiếm 99,09 %"),
             ("3 người, chiếm 0,08 %", "Kinh 3 người", "chiếm 0,08 %"),
             ("1 người, chiếm 0,03 %", "khác 1 người", "chiếm 0,03 %")]
    items.append(("28 người, chiếm 0,8 %", "Mường 28", "chiếm 0,8 %") if f == 'h6-16.txt'
                 else ("28 người, chiếm 0,7 %", "Mường 28", "chiếm 0,7 %"))
    for q, a, st in (items if f == 'h6-16.txt' else items[-1:]):
        spec(f, 1, q, 'a/b*100', {'a': (1, a, 'c'), 'b': (1, "3.427 nhân khẩu", 'c')}, (1, st, 'm'))
spec('h6-16.txt', 1, "Cơ cấu các dân tộc: Dân tộc Thái 3395 người", 'a+b+c+d',
     {'a': (1, "Thái 3395", 'c'), 'b': (1, "Mường 28", 'c'), 'c': (1, "Kinh 3 người", 'c'), 'd': (1, "khác 1 người", 'c')},
     (1, "3.427 nhân khẩu", 'c'))

# mutant record -> key of the original record it was derived from (must hold there)
ORIG = {
 'h6-03-mut.txt|3|396 khiếu nại, 25 tố cáo và 851 kiến nghị': 'h6-03.txt|3|396 khiếu nại, 25 tố cáo và 977 kiến nghị',
 'h6-04-mut.txt|1|giảm 723 lượt so với cùng kỳ (tương đương 41%)': 'h6-04.txt|1|giảm 723 lượt so với cùng kỳ (tương đương 35%)',
 'h6-05-mut.txt|2|xuống còn 331 tỷ đồng, chiếm 0,78%/tổng dư nợ': 'h6-05.txt|2|xuống còn 288 tỷ đồng, chiếm 0,78%/tổng dư nợ',
 'h6-06-mut.txt|1|gần 563,8 tỷ đồng': 'h6-06.txt|1|gần 486,6 tỷ đồng',
 'h6-08-mut.txt|2|cần phát triển để đạt kế hoạch BHXH Việt Nam giao là 28.931 người': 'h6-08.txt|1|đạt 98,31 kế hoạch BHXH Việt Nam giao',
 'h6-09-mut.txt|3|giảm 20,6% (77/112 vụ)': 'h6-09.txt|3|giảm 20,6% (77/97 vụ)',
 'h6-11-mut.txt|4|quản lý tiêu dùng chiếm 38,4%': 'h6-11.txt|4|chiếm tỷ trọng 54,6%',
 'h6-12-mut.txt|3|2.608.458 lượt người': 'h6-12.txt|3|2.248.671 lượt người',
 'h6-13-mut.txt|2|GDTX đạt 76,14%': 'h6-13.txt|2|Tỷ lệ tốt nghiệp chung toàn quốc đạt 97,57%',
 'h6-14-mut.txt|1|giảm 4,07% so với năm 2018 (97,57%)': 'h6-14.txt|1|giảm 3,51% so với năm 2018 (97,57%)',
 'h6-15-mut.txt|2|đóng góp 7,3 điểm %': 'h6-15.txt|2|đóng góp 8,5 điểm %',
 'h6-16-mut.txt|1|28 người, chiếm 0,7 %': 'h6-16.txt|1|28 người, chiếm 0,8 %',
}

def read_lines(fname):
    return open(os.path.join(HERE, fname), encoding='utf-8').read().split('\n')[:-1]

def operand(fname, o):
    if o[0] == 'K':
        tok = o[1]
    else:
        line = read_lines(fname)[o[0] - 1]
        if o[1] not in line:
            raise AssertionError('%s: literal %r not on line %d' % (fname, o[1], o[0]))
        tok = first_num(o[1])
    return interval(tok, o[2], o[3] if len(o) > 3 else 1)

def evaluate(key):
    fname = key.split('|')[0]
    expr, ops, stated = S[key]
    names = sorted(ops)
    ivs = {n: operand(fname, ops[n]) for n in names}
    vals = []
    for corner in itertools.product(*[ivs[n] for n in names]):
        vals.append(eval(expr, {}, dict(zip(names, corner))))
    lo, hi = min(vals), max(vals)
    centre = eval(expr, {}, {n: (ivs[n][0] + ivs[n][1]) / 2 for n in names})
    slo, shi = operand(fname, stated)
    holds = lo <= shi and hi >= slo
    hw = (shi - slo) / 2
    if hw == 0:
        marginal = holds and centre != slo
    else:
        marginal = holds and (centre < slo + hw / 10 or centre > shi - hw / 10)
    return dict(lo=lo, hi=hi, centre=centre, slo=slo, shi=shi, holds=holds, marginal=marginal)

def fmt(x, nd=4):
    return ('%.' + str(nd) + 'f') % float(x)

def main():
    errors = []
    facts = json.load(open(os.path.join(HERE, 'FACTS.json'), encoding='utf-8'))
    files = sorted(f for f in os.listdir(HERE) if re.fullmatch(r'h6-\d\d(-mut)?\.txt', f))
    originals = [f for f in files if not f.endswith('-mut.txt')]
    mutants = [f for f in files if f.endswith('-mut.txt')]
    if len(originals) != 16:
        errors.append('expected 16 originals, found %d' % len(originals))
    # format rules
    for f in files:
        raw = open(os.path.join(HERE, f), 'rb').read()
        txt = raw.decode('utf-8')
        if b'\r' in raw: errors.append(f + ': contains CR')
        if not txt.endswith('\n') or txt.endswith('\n\n'): errors.append(f + ': must end with exactly one newline')
        if unicodedata.normalize('NFC', txt) != txt: errors.append(f + ': not NFC')
        lines = txt.split('\n')[:-1]
        if not 1 <= len(lines) <= 5: errors.append(f + ': %d lines' % len(lines))
        for i, l in enumerate(lines, 1):
            if l != l.strip(): errors.append('%s:%d: surrounding whitespace' % (f, i))
            if not l: errors.append('%s:%d: empty line' % (f, i))
            if not NUM.search(l): errors.append('%s:%d: no figure' % (f, i))
    # records
    seen = set()
    for r in facts:
        key = '%s|%d|%s' % (r['file'], r['line'], r['quote'])
        if key in seen: errors.append('duplicate record ' + key)
        seen.add(key)
        if r['family'] not in ('sum', 'share', 'change', 'points', 'plan', 'average'):
            errors.append(key + ': bad family')
        if r['verdict'] not in ('holds', 'fails', 'not checkable'):
            errors.append(key + ': bad verdict')
        try:
            lines = read_lines(r['file'])
        except OSError:
            errors.append(key + ': no such file'); continue
        if not 1 <= r['line'] <= len(lines) or r['quote'] not in lines[r['line'] - 1]:
            errors.append(key + ': quote not on its line'); continue
        if r['verdict'] == 'not checkable':
            if 'computation' in r: errors.append(key + ': not checkable record has computation')
            if key in S: errors.append(key + ': not checkable record has a spec')
            continue
        if not r.get('computation'): errors.append(key + ': missing computation')
        if key not in S:
            errors.append(key + ': no spec to recompute'); continue
        res = evaluate(key)
        got = 'holds' if res['holds'] else 'fails'
        if got != r['verdict']:
            errors.append('%s: verdict %s but recomputed %s [%s, %s] vs [%s, %s]' % (
                key, r['verdict'], got, fmt(res['lo']), fmt(res['hi']), fmt(res['slo']), fmt(res['shi'])))
        if bool(r.get('marginal')) != res['marginal']:
            errors.append('%s: marginal flag %s but recomputed %s' % (key, r.get('marginal'), res['marginal']))
        if r.get('mutation') and not r['file'].endswith('-mut.txt'):
            errors.append(key + ': mutation flag on an original')
    for k in S:
        if k not in seen: errors.append('spec without record: ' + k)
    # mutants
    for m in mutants:
        o = m.replace('-mut.txt', '.txt')
        if o not in originals: errors.append(m + ': no original'); continue
        lo_, lm = read_lines(o), read_lines(m)
        if len(lo_) != len(lm): errors.append(m + ': line count differs'); continue
        diff = [i for i in range(len(lo_)) if lo_[i] != lm[i]]
        if len(diff) != 1: errors.append(m + ': %d lines differ' % len(diff)); continue
        i = diff[0]
        to, tm = NUM.findall(lo_[i]), NUM.findall(lm[i])
        if NUM.sub('#', lo_[i]) != NUM.sub('#', lm[i]) or len(to) != len(tm):
            errors.append(m + ': text outside number tokens differs'); continue
        dt = [(a, b) for a, b in zip(to, tm) if a != b]
        if len(dt) != 1: errors.append(m + ': %d number tokens differ' % len(dt)); continue
        a, b = dt[0]
        va, da, _ = parse(a); vb, db, _ = parse(b)
        if da != db or re.sub(r'\d+', 'd', a) != re.sub(r'\d+', 'd', b):
            errors.append(m + ': number format changed %s -> %s' % (a, b))
        rel = abs(vb - va) / va
        if not F(12, 100) <= rel <= F(20, 100):
            errors.append(m + ': change %s -> %s is %.1f%%' % (a, b, float(rel) * 100))
        recs = [r for r in facts if r['file'] == m]
        muts = [r for r in recs if r.get('mutation')]
        if len(recs) != 1 or len(muts) != 1:
            errors.append(m + ': needs exactly one record, the mutation record'); continue
        r = muts[0]
        if r['verdict'] != 'fails' or r['line'] != i + 1:
            errors.append(m + ': mutation record must fail and sit on changed line %d' % (i + 1))
        key = '%s|%d|%s' % (m, r['line'], r['quote'])
        ok = ORIG.get(key)
        if not ok or ok not in seen:
            errors.append(m + ': mutation record not linked to an original record')
        else:
            orig = [x for x in facts if '%s|%d|%s' % (x['file'], x['line'], x['quote']) == ok][0]
            if orig['verdict'] != 'holds' or orig['family'] != r['family']:
                errors.append(m + ': linked original record must hold, same family')
            if S[ok][0] != S[key][0]:
                errors.append(m + ': mutant check differs in form from the original')
    # count table
    fams = ['sum', 'share', 'change', 'points', 'plan', 'average']
    verds = ['holds', 'fails', 'not checkable']
    for part, sel in (('originals', lambda r: not r['file'].endswith('-mut.txt')),
                      ('mutants', lambda r: r['file'].endswith('-mut.txt'))):
        print('%s:' % part)
        print('  %-8s %6s %6s %14s %6s' % ('family', *verds, 'total'))
        tot = {v: 0 for v in verds}
        for fa in fams:
            c = {v: sum(1 for r in facts if sel(r) and r['family'] == fa and r['verdict'] == v) for v in verds}
            for v in verds: tot[v] += c[v]
            print('  %-8s %6d %6d %14d %6d' % (fa, c['holds'], c['fails'], c['not checkable'], sum(c.values())))
        print('  %-8s %6d %6d %14d %6d' % ('total', tot['holds'], tot['fails'], tot['not checkable'], sum(tot.values())))
    nm = sum(1 for r in facts if r.get('marginal'))
    print('marginal holds: %d; files: %d originals, %d mutants' % (nm, len(originals), len(mutants)))
    if errors:
        print('\n'.join('ERROR: ' + e for e in errors))
        sys.exit(1)
    print('all checks passed')

if __name__ == '__main__':
    main()
