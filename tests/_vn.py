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
