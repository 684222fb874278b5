"""Adversarial strings and a timing helper shared by the fuzz and limit tests (not a test module).

"Linear" is checked as a size ratio with a wide margin: the input grows ``GROWTH``× and the
time may grow at most ``MAX_RATIO``× (linear ≈ 16×, quadratic ≈ 256×), and only when the
large run is slow enough (``FLOOR`` seconds) for the ratio to mean something.
"""
from __future__ import annotations

import importlib
import pkgutil
import re
import time

GROWTH = 16
MAX_RATIO = 64
FLOOR = 0.05

# units repeated many times: digits, separators, Vietnamese cue words, brackets, code pieces
UNITS = [
    "1", "1.", "1,", "1/", "1 /", "1-", "1:", "1 ", "12.345", "1,5%", "01/02/", "1/2/2020 ",
    "a", "a ", "a.", "a-", "a/", "a@", "@", ".", ",", "/", "-", "–", ":", "|", "#", "*", "(", ")", "((",
    "<", "<a", ">", " ", "\t", "\n", " \n", "\n\n", "I", "I. ", "IV", "A", "A-", "A/", "AB-CD/", "Đ",
    "ĐĐ-", "UBND", "QĐ-", "1/QĐ-", "1/2020/", "ngày ", "ngày 1 ", "tháng ", "tháng 1 ", "năm ",
    "năm 2020 ", "quý ", "quý I ", "thứ ", "thứ hai ", "chủ nhật ", "của ", "của A ", "số ",
    "Nghị định ", "Nghị định số ", "1 tháng ", "từ đầu năm ", "khoảng ", "tổng ", "gồm ", "trong đó ",
    "tỷ ", "1 tỷ ", "1 hồ sơ, ", "1 hồ sơ (", "đạt 1%, ", "www.", "http://", "a@a.", "x ngày 1/",
    "Tiền Giang, ", ", ngày ", "- ", "+ ", "1) ", "a) ", "1.1. ", "| 1 ", "1\t", "<!-- ", "Nơi nhận:",
    "e\u0301", "\u0301", "ư", "Ư ", "\u00a0", "\ufeff", "\r\n", "\r",
]


def adversarial(unit: str, n: int) -> str:
    """``unit`` repeated ``n`` times, ended by a character that makes a match fail late."""
    return unit * n + "!"


def best_time(fn, *args, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(*args)
        best = min(best, time.perf_counter() - t0)
    return best


def superlinear(fn, make, small: int, growth: int = GROWTH) -> tuple[bool, float, float]:
    """(too slow?, t_small, t_large) for ``fn(make(small))`` vs ``fn(make(small * growth))``.

    Too slow = the large run takes more than FLOOR seconds and more than MAX_RATIO× the small
    one, AND the growth is steep on both halves (small → 4× → 16×, each step > 10×, where a
    linear run gives 4×): a quadratic run is steep on both, a cache or load hiccup on one.
    """
    a, b = make(small), make(small * growth)
    t1 = best_time(fn, a)
    t2 = best_time(fn, b, repeat=1)
    for _ in range(3):  # confirm a slow run before blaming the input: interleave, keep the best
        if not (t2 > FLOOR and t2 > MAX_RATIO * max(t1, 1e-4)):
            return False, t1, t2
        t1, t2 = min(t1, best_time(fn, a, repeat=1)), min(t2, best_time(fn, b, repeat=1))
    if not (t2 > FLOOR and t2 > MAX_RATIO * max(t1, 1e-4)):
        return False, t1, t2
    mid = best_time(fn, make(small * int(growth ** 0.5)), repeat=2)
    steep = mid > 10 * max(t1, 1e-5) and t2 > 10 * mid
    return steep, t1, t2


# patterns only ever used anchored, ``rx.match(text, pos)`` at the end of a token (a leading ``\s*``
# is linear there; scanning them with finditer over a run of spaces would be quadratic by design)
MATCH_ONLY = {
    "checker.extract.number_tokens._SCALE_RE", "checker.extract.number_tokens._UNIT_RE",
    "checker.extract.number_tokens._RANGE_AFTER_RE", "checker.extract.code_tokens._ISSUER",
}


def all_patterns() -> list[tuple[str, re.Pattern]]:
    """Every compiled regular expression at module level in the checker package (including the
    compiled pattern of each pyparsing Regex leaf), as ("module.NAME", pattern)."""
    import pyparsing as pp

    import checker

    out, seen = [], set()
    names = ["checker"] + [m.name for m in pkgutil.walk_packages(checker.__path__, "checker.")]
    for name in sorted(names):
        if name.endswith(("cli", "__main__")):
            continue
        try:
            mod = importlib.import_module(name)
        except Exception:  # noqa: BLE001 - an optional module that does not import is not ours to test
            continue
        for attr, value in sorted(vars(mod).items()):
            pats = []
            if isinstance(value, re.Pattern):
                pats = [value]
            elif isinstance(value, pp.Regex) or type(value).__name__ == "Leaf":
                pats = [value.re]  # a pyparsing Regex leaf, or grammar.Leaf (its lazy wrapper)
            elif isinstance(value, (list, tuple)) and value and all(isinstance(v, re.Pattern) for v in value):
                pats = list(value)
            for i, p in enumerate(pats):
                key = (p.pattern, p.flags)
                if key in seen:
                    continue
                seen.add(key)
                out.append((f"{name}.{attr}" + (f"[{i}]" if len(pats) > 1 else ""), p))
    return out
