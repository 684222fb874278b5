#!/usr/bin/env python3
"""Recompute every verdict in FACTS.json with Fraction interval arithmetic and
check the passage files and mutants.  Standard library only.

Reading conventions (see README.md):
  "." groups thousands, "," is the decimal mark.
  A figure with d decimals is read as X +- 0,5*10^-d; a whole measured amount
  as X +- 0,5; a count marked "exact" as X exactly.
  Approximation words replace that interval, with w = one unit of the last
  written non-zero digit, capped at 5 % of X:
     gan (gần)              -> [X-w, X]
     hon (hơn / trên)       -> [X, X+w]
     khoang (khoảng / ước)  -> [X-w, X+w]
  A relation holds when the interval of the computed expression overlaps the
  interval of the stated figure.  Marginal: the central value of the
  expression (every input at the midpoint of its interval) lies outside the stated
  interval or within 10 % of its half-width from an edge.
"""
import json
import os
import re
import sys
import unicodedata
from fractions import Fraction as F

HERE = os.path.dirname(os.path.abspath(__file__))
NUM_RE = re.compile(r"\d+(?:[.,]\d+)*")
FAMILIES = ("sum", "share", "change", "points", "plan", "average")
VERDICTS = ("holds", "fails", "not checkable")
ERRORS = []


def err(msg):
    ERRORS.append(msg)


# ---------------------------------------------------------------- intervals
class I:
    __slots__ = ("lo", "hi")

    def __init__(self, lo, hi=None):
        lo = F(lo)
        hi = lo if hi is None else F(hi)
        if hi < lo:
            lo, hi = hi, lo
        self.lo, self.hi = lo, hi

    @staticmethod
    def _c(x):
        return x if isinstance(x, I) else I(F(x))

    def __add__(self, o):
        o = I._c(o)
        return I(self.lo + o.lo, self.hi + o.hi)

    __radd__ = __add__

    def __sub__(self, o):
        o = I._c(o)
        return I(self.lo - o.hi, self.hi - o.lo)

    def __rsub__(self, o):
        return I._c(o) - self

    def __mul__(self, o):
        o = I._c(o)
        p = [self.lo * o.lo, self.lo * o.hi, self.hi * o.lo, self.hi * o.hi]
        return I(min(p), max(p))

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = I._c(o)
        if o.lo <= 0 <= o.hi:
            raise ZeroDivisionError("interval divisor contains 0")
        return self * I(1 / o.hi, 1 / o.lo)

    def __rtruediv__(self, o):
        return I._c(o) / self

    def __neg__(self):
        return I(-self.hi, -self.lo)

    def overlaps(self, o):
        return self.lo <= o.hi and o.lo <= self.hi

    def __repr__(self):
        return "[%.6g, %.6g]" % (float(self.lo), float(self.hi))


# ------------------------------------------------------------ number parsing
def parse_number(tok):
    """'1.586.336' -> (Fraction, decimals, last-nonzero-unit)."""
    if "," in tok:
        ip, dp = tok.split(",", 1)
    else:
        ip, dp = tok, ""
    if "." in ip and not re.fullmatch(r"\d{1,3}(\.\d{3})+", ip):
        raise ValueError("bad thousands grouping: " + tok)
    ip = ip.replace(".", "")
    if "," in dp or "." in dp:
        raise ValueError("bad number: " + tok)
    value = F(int(ip + dp), 10 ** len(dp)) if dp else F(int(ip))
    digits = ip + dp
    k = len(digits.rstrip("0"))  # position of last non-zero digit
    if k == 0:
        unit = F(1, 10 ** len(dp)) if dp else F(1)
    else:
        # exponent of that digit relative to the units place
        exp = (len(ip) - k)  # >0: tens, hundreds...; <=0: decimals
        unit = F(10) ** exp if exp >= 0 else F(1, 10 ** (-exp))
    return value, len(dp), unit


def value_of(spec, lines, items_text):
    """Return (interval, central) for a variable spec."""
    if "const" in spec:
        c = F(spec["const"])
        return I(c), c
    if "items" in spec:
        for it in spec["items"]:
            if it not in items_text:
                err("item %r not found in passage" % it)
        n = F(len(spec["items"]))
        return I(n), n
    ln = spec["line"]
    if not (1 <= ln <= len(lines)):
        err("spec line %s out of range" % ln)
        return I(0), F(0)
    tok = spec["tok"]
    if tok not in lines[ln - 1]:
        err("token %r not on line %d" % (tok, ln))
    m = NUM_RE.search(tok)
    if not m:
        err("no number in token %r" % tok)
        return I(0), F(0)
    x, d, unit = parse_number(m.group(0))
    q = spec.get("q")
    if spec.get("exact"):
        iv = I(x)
    elif q:
        w = min(unit, x * F(5, 100))
        iv = {"gan": I(x - w, x), "hon": I(x, x + w),
              "khoang": I(x - w, x + w)}[q]
    else:
        h = F(1, 2) / (10 ** d)
        iv = I(x - h, x + h)
    sc = F(spec.get("scale", "1"))
    iv = iv * sc
    return iv, (iv.lo + iv.hi) / 2


def evaluate(comp, lines):
    text = "\n".join(lines)
    env_iv, env_c = {}, {}
    for name, spec in comp["vars"].items():
        env_iv[name], env_c[name] = value_of(spec, lines, text)
    expr = comp["expr"]
    if not re.fullmatch(r"[A-Za-z_0-9+\-*/(). ]+", expr):
        raise ValueError("unsafe expression " + expr)
    val = eval(expr, {"__builtins__": {}}, dict(env_iv))
    cen = eval(expr, {"__builtins__": {}}, {k: I(v) for k, v in env_c.items()})
    val = I._c(val)
    cen = I._c(cen).lo
    stated = env_iv[comp["stated"]]
    holds = val.overlaps(stated)
    half = (stated.hi - stated.lo) / 2
    marginal = (cen < stated.lo or cen > stated.hi
                or min(cen - stated.lo, stated.hi - cen) < half / 10)
    return holds, marginal, val, stated, cen


# ------------------------------------------------------------- file checks
def read_lines(path):
    raw = open(path, "rb").read()
    txt = raw.decode("utf-8")
    name = os.path.basename(path)
    if "\r" in txt:
        err(name + ": contains CR")
    if unicodedata.normalize("NFC", txt) != txt:
        err(name + ": not NFC")
    if not txt.endswith("\n") or txt.endswith("\n\n"):
        err(name + ": must end with exactly one newline")
    lines = txt[:-1].split("\n")
    if not 1 <= len(lines) <= 5:
        err(name + ": %d lines (need 1-5)" % len(lines))
    for i, l in enumerate(lines, 1):
        if l != l.rstrip():
            err("%s:%d trailing whitespace" % (name, i))
        if not l.strip():
            err("%s:%d empty line" % (name, i))
        if not re.search(r"\d", l):
            err("%s:%d has no figure" % (name, i))
    return lines


def skeleton(line):
    return NUM_RE.sub("#", line), NUM_RE.findall(line)


def shape(tok):
    return re.sub(r"\d", "9", tok)


def mutant_diff(orig, mut, name):
    if len(orig) != len(mut):
        err(name + ": mutant line count differs")
        return None
    diffs = []
    for i, (a, b) in enumerate(zip(orig, mut), 1):
        sa, na = skeleton(a)
        sb, nb = skeleton(b)
        if sa != sb or len(na) != len(nb):
            err("%s:%d text other than one number changed" % (name, i))
            return None
        for j, (x, y) in enumerate(zip(na, nb)):
            if x != y:
                diffs.append((i, j, x, y))
    if len(diffs) != 1:
        err("%s: %d number tokens differ (need exactly 1)" % (name, len(diffs)))
        return None
    ln, j, x, y = diffs[0]
    if shape(x) != shape(y):
        err("%s: changed token %s -> %s not in the same format" % (name, x, y))
    vx, vy = parse_number(x)[0], parse_number(y)[0]
    ratio = abs(vy - vx) / vx
    if not (F(12, 100) <= ratio <= F(20, 100)):
        err("%s: change %s -> %s is %.1f%% (need 12-20%%)"
            % (name, x, y, float(ratio) * 100))
    return ln, x, y, float(ratio)


def main():
    facts = json.load(open(os.path.join(HERE, "FACTS.json"), encoding="utf-8"))
    originals = sorted(f for f in os.listdir(HERE)
                       if re.fullmatch(r"g-\d\d\.txt", f))
    mutants = sorted(f for f in os.listdir(HERE)
                     if re.fullmatch(r"g-\d\d-mut\.txt", f))
    texts = {f: read_lines(os.path.join(HERE, f)) for f in originals + mutants}
    if len(originals) != 18:
        err("expected 18 originals, found %d" % len(originals))

    table = {}
    by_file = {}
    for k, r in enumerate(facts):
        tag = "record %d (%s:%s)" % (k, r.get("file"), r.get("line"))
        f = r.get("file")
        if f not in texts:
            err(tag + ": unknown file")
            continue
        lines = texts[f]
        if r.get("family") not in FAMILIES:
            err(tag + ": bad family")
        if r.get("verdict") not in VERDICTS:
            err(tag + ": bad verdict")
        ln = r.get("line")
        if not isinstance(ln, int) or not 1 <= ln <= len(lines):
            err(tag + ": bad line")
            continue
        if r.get("quote", "") == "" or r["quote"] not in lines[ln - 1]:
            err(tag + ": quote not on line")
        by_file.setdefault(f, []).append(r)
        if r["verdict"] == "not checkable":
            if "computation" in r:
                err(tag + ": not checkable record carries a computation")
        else:
            if "computation" not in r:
                err(tag + ": missing computation")
                continue
            try:
                holds, marginal, val, stated, cen = evaluate(r["computation"], lines)
            except Exception as e:  # noqa
                err(tag + ": evaluation error %s" % e)
                continue
            got = "holds" if holds else "fails"
            if got != r["verdict"]:
                err("%s: recomputed %s (expr %s vs stated %s), recorded %s"
                    % (tag, got, val, stated, r["verdict"]))
            if r["verdict"] == "holds" and bool(r.get("marginal")) != marginal:
                err("%s: marginal flag %s but recomputed %s (central %.6g, stated %s)"
                    % (tag, r.get("marginal"), marginal, float(cen), stated))
        kind = "mutant" if f.endswith("-mut.txt") else "original"
        key = (kind, r["family"], r["verdict"])
        table[key] = table.get(key, 0) + 1

    for f in originals:
        if not by_file.get(f):
            err(f + ": no FACTS records")

    # mutants
    for m in mutants:
        o = m.replace("-mut", "")
        if o not in texts:
            err(m + ": no original")
            continue
        d = mutant_diff(texts[o], texts[m], m)
        recs = by_file.get(m, [])
        mrecs = [r for r in recs if r.get("mutation")]
        if len(recs) != 1 or len(mrecs) != 1:
            err(m + ": need exactly one record, flagged mutation:true")
            continue
        r = mrecs[0]
        if r["verdict"] != "fails":
            err(m + ": mutation record must be 'fails'")
        if d is None:
            continue
        ln, x, y, _ = d
        if r["line"] != ln:
            err(m + ": mutation record not on the changed line %d" % ln)
        used = [s for s in r["computation"]["vars"].values()
                if s.get("line") == ln and y in NUM_RE.findall(s.get("tok", ""))]
        if not used:
            err(m + ": mutation record does not use the changed figure")
        # every original relation re-evaluated on the mutant: exactly one flips
        flips = 0
        for orec in by_file.get(o, []):
            if orec["verdict"] != "holds":
                continue
            comp = json.loads(json.dumps(orec["computation"]))
            for s in comp["vars"].values():
                if s.get("line") == ln and s.get("tok") and \
                        s["tok"] not in texts[m][ln - 1]:
                    s["tok"] = re.sub(r"(?<![\d.,])" + re.escape(x) + r"(?![\d]|[.,]\d)", y, s["tok"], count=1)
            try:
                h = evaluate(comp, texts[m])[0]
            except Exception as e:  # noqa
                err(m + ": re-evaluation error %s" % e)
                continue
            if not h:
                flips += 1
        if flips != 1:
            err("%s: %d original relations fail on the mutant (need exactly 1)"
                % (m, flips))

    # table
    print("%-9s %-8s %6s %6s %14s" % ("set", "family", "holds", "fails", "not checkable"))
    for kind in ("original", "mutant"):
        for fam in FAMILIES:
            row = [table.get((kind, fam, v), 0) for v in VERDICTS]
            if any(row):
                print("%-9s %-8s %6d %6d %14d" % (kind, fam, *row))
        tot = [sum(table.get((kind, fam, v), 0) for fam in FAMILIES) for v in VERDICTS]
        print("%-9s %-8s %6d %6d %14d" % (kind, "TOTAL", *tot))
    marg = sum(1 for r in facts if r.get("marginal"))
    print("marginal records: %d; originals: %d; mutants: %d"
          % (marg, len(originals), len(mutants)))
    if ERRORS:
        print("\n%d problem(s):" % len(ERRORS))
        for e in ERRORS:
            print("  -", e)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
