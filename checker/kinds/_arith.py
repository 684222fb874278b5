"""Exact interval arithmetic over stated numbers (arithmetic.md §5).

Each stated number is an interval from its written precision: ``30,73`` is
[30,725; 30,735]; a count of discrete things is exact. Approximate numbers ("hơn",
"gần", "khoảng") get one-sided or widened intervals. Everything is ``Fraction``:
never float.
"""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Iterable, Optional

from ..records import record
from ..extract.number_tokens import default_cues
from ..model import NumberToken
from ..quantities import load_units

INF = None  # an open end of an interval

# the side a qualifier bounds is data (rules/lexicon/qualifiers.toml, [above] and [below]:
# "hơn", "tối thiểu" put the true value above the stated one, "gần", "dưới" below it)


@record(frozen=True, slots=True)
class Interval:
    lo: Optional[Fraction]
    hi: Optional[Fraction]

    def __add__(self, other: "Interval") -> "Interval":
        lo = None if self.lo is None or other.lo is None else self.lo + other.lo
        hi = None if self.hi is None or other.hi is None else self.hi + other.hi
        return Interval(lo, hi)

    def __sub__(self, other: "Interval") -> "Interval":
        lo = None if self.lo is None or other.hi is None else self.lo - other.hi
        hi = None if self.hi is None or other.lo is None else self.hi - other.lo
        return Interval(lo, hi)

    def intersects(self, other: "Interval") -> bool:
        lo = max((x for x in (self.lo, other.lo) if x is not None), default=None)
        hi = min((x for x in (self.hi, other.hi) if x is not None), default=None)
        return lo is None or hi is None or lo <= hi

    def above(self, other: "Interval") -> bool:
        """Every value of self is larger than every value of other."""
        return self.lo is not None and other.hi is not None and self.lo > other.hi

    def below(self, other: "Interval") -> bool:
        return other.above(self)


def exact(value) -> Interval:
    f = Fraction(value)
    return Interval(f, f)


def to_fraction(value: Decimal) -> Fraction:
    return Fraction(value)


def base_value(tok: NumberToken) -> Fraction:
    """The value in base units (scale words applied)."""
    return _base_value(tok.value, tok.scale)


@lru_cache(maxsize=16384)  # Fraction(Decimal) is slow, and each token is judged by several rules
def _base_value(value: Decimal, scale: Decimal) -> Fraction:
    return Fraction(value) * Fraction(scale)


def interval_of(tok: NumberToken, ulps: Fraction = Fraction(1, 2), approx_relative: Fraction = Fraction(3, 100),
                use_numerator: bool = True) -> Interval:
    """The interval a stated number stands for.

    ``ulps`` is the rounding slack in units of the last written digit: ½ for the strict
    test, 1 for the rounding-explainable tier. Counts are exact at any tier.
    """
    if type(ulps) is not Fraction:
        ulps = Fraction(ulps)
    if type(approx_relative) is not Fraction:
        approx_relative = Fraction(approx_relative)
    # the cache key holds the tolerances as integer pairs: hashing a Fraction costs a modular power
    return _interval(tok.value, tok.decimals, tok.scale, tok.is_count and not _measured(tok), tok.approx,
                     ulps.numerator, ulps.denominator, approx_relative.numerator, approx_relative.denominator)


def _measured(tok: NumberToken) -> bool:
    """A whole number of a physical unit ("11.596 ha", "5998 tấn") is a measurement rounded to
    its last digit, not a count of discrete things: ±½ of it, as a scaled integer is
    (arithmetic.md §5.1: only counts in natural units are exact)."""
    return bool(tok.unit) and load_units().classify(tok).cls == "physical"


@lru_cache(maxsize=65536)  # Fraction arithmetic is slow; a report states the same figures again and again
def _interval(value: Decimal, decimals: int, scale: Decimal, is_count: bool, cue: str, ulps_n: int, ulps_d: int,
              rel_n: int, rel_d: int) -> "Interval":
    ulps, approx_relative = Fraction(ulps_n, ulps_d), Fraction(rel_n, rel_d)
    v = _base_value(value, scale)
    if is_count:
        h = Fraction(0)
    else:
        h = ulps * Fraction(10) ** (-decimals) * Fraction(scale)
    lo, hi = v - h, v + h
    if cue:
        side = default_cues().bound(cue)
        if side == "lower":
            # "hơn 174.470 hồ sơ": more than the figure, and less than the figure with its last
            # written digit one up — a writer who had 192.479 would not write "hơn 174.470" (nor
            # would one whose count is 3 % above it: the wider of the two is the bound)
            step = Fraction(10) ** value.normalize().as_tuple().exponent * Fraction(scale) if value else Fraction(0)
            return Interval(lo, max(hi + step, v * (1 + approx_relative)))
        if side == "upper":
            return Interval(min(lo, v * (1 - approx_relative)), hi)
        spread = v * approx_relative
        return Interval(min(lo, v - spread), max(hi, v + spread))
    return Interval(lo, hi)


def sum_intervals(items: Iterable[Interval]) -> Interval:
    total = Interval(Fraction(0), Fraction(0))
    for it in items:
        total = total + it
    return total


@record(frozen=True)
class Verdict:
    """Outcome of a relation: ``ok``, ``warning`` (explained only by 1-ulp rounding) or ``error``."""

    status: str
    stated: Fraction
    computed: Fraction
    difference: Fraction


def ladder(stated_strict: Interval, computed_strict: Interval, stated_loose: Interval,
           computed_loose: Interval, stated: Fraction, computed: Fraction) -> Verdict:
    """arithmetic.md §5.4: pass at ½ ulp → ok; pass at 1 ulp → warning; else error."""
    if stated_strict.intersects(computed_strict):
        status = "ok"
    elif stated_loose.intersects(computed_loose):
        status = "warning"
    else:
        status = "error"
    return Verdict(status, stated, computed, computed - stated)


# ----------------------------------------------------------------------------- formatting
def fmt_vn(value, decimals: int | None = None) -> str:
    """Format a number the Vietnamese way: 1.234.567,5.

    Exact for a value of any size: the rounding (half to even at the last digit shown, as
    ``Decimal.quantize`` does) is integer arithmetic, not a Decimal context, whose 28 digits
    made a 29-digit figure raise ``InvalidOperation``."""
    if isinstance(value, Fraction):
        if decimals is None:
            decimals = 0 if value.denominator == 1 else 2
        frac = value
    else:
        d = value if isinstance(value, Decimal) else Decimal(value)
        if not d.is_finite():
            return str(d)
        if decimals is None:
            exp = d.as_tuple().exponent
            decimals = -exp if exp < 0 else 0
        frac = Fraction(d)
    decimals = max(0, decimals)
    units = round(frac * 10 ** decimals)  # Fraction.__round__: half to even, an int
    sign = "-" if units < 0 else ""
    digits = _int_text(abs(units)).rjust(decimals + 1, "0")
    cut = len(digits) - decimals
    int_part, dec_part = digits[:cut], digits[cut:]
    groups = []
    while len(int_part) > 3:
        groups.insert(0, int_part[-3:])
        int_part = int_part[:-3]
    groups.insert(0, int_part)
    out = ".".join(groups)
    if dec_part:
        out += "," + dec_part
    return sign + out


def _int_text(n: int) -> str:
    """The digits of a non-negative int; past int's 4,300-digit str() limit, through Decimal
    (its conversion is exact and has no such limit)."""
    try:
        return str(n)
    except ValueError:
        return format(Decimal(n), "f")


def written(tok: NumberToken) -> str:
    """A number as the author wrote it (with % for percentages)."""
    den = f"/{tok.denominator.text}" if tok.denominator is not None else ""
    return tok.text + den + ("%" if tok.percent else "")


def fmt_in_unit_of(value: Fraction, tok: NumberToken, extra_decimals: int = 0) -> str:
    """A base-unit value shown in the unit and precision of ``tok``."""
    v = value / Fraction(tok.scale)
    return fmt_vn(v, tok.decimals + extra_decimals)
