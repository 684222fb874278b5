"""Figures written the Vietnamese way, for the phrasing generators (not a test module)."""
from __future__ import annotations


def vn(n: int, lead_zero: bool = False) -> str:
    """``n`` grouped in thousands with "." (``1.020``); ``05`` for a one-digit ``n`` when asked."""
    if lead_zero and 0 <= n < 10:
        return f"0{n}"
    s = str(n)
    groups = []
    while len(s) > 3:
        groups.insert(0, s[-3:])
        s = s[:-3]
    groups.insert(0, s)
    return ".".join(groups)


def vn_dec(x, places: int) -> str:
    """``x`` (a Fraction or an int) rounded half away from zero to ``places`` decimals, written
    the Vietnamese way ("1.234,5"; a whole number when ``places`` is 0)."""
    from fractions import Fraction

    q = int(Fraction(x) * 10 ** places + Fraction(1, 2))
    whole, frac = divmod(q, 10 ** places)
    return vn(whole) + (f",{frac:0{places}d}" if places else "")
