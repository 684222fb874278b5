"""Every regular expression of the checker against adversarial strings: no catastrophic
(exponential or quadratic) backtracking. Growth is a size ratio with a wide margin, see
tests/_adversarial.py; the grammar-level pipeline is covered in tests/test_limits.py and
tests/test_hostile_text.py.

The patterns are those of tests/_adversarial.every_pattern: module and class level, the rule
set's (compiled from rules/*.toml data) and those compiled at run time — including the ones the
static analyser (tests/test_redos.py) cannot parse. Each is run as the checker runs it
(``_adversarial.how_used``): scanned over the text, matched at its start (a pattern used at a
token end), or matched on a window of the length the kind gives it."""
from __future__ import annotations

import pytest

from _adversarial import PREFIXED, UNITS, adversarial, every_pattern, how_used, superlinear

PATTERNS = every_pattern()

# super-linear patterns found by this test in files outside this change, by a piece of their
# text (their collected name carries a line number): reported, and expected to fail until fixed
# (strict, so a fix shows as XPASS and the entry must go). tests/test_hostile_text.py has the
# text that reaches each through the whole pipeline.
KNOWN_SUPERLINEAR: dict[str, str] = {}  # none left: the last two were fixed in profiles.py and nd30-bao-cao.toml


def _known(name, pattern):
    reason = next((why for piece, why in KNOWN_SUPERLINEAR.items() if piece in pattern.pattern), None)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(name, pattern, id=name, marks=marks)


def _runner(name, pattern):
    how, window = how_used(name)
    if how == "match":
        return pattern.match
    if how == "fullmatch":
        return pattern.fullmatch
    if how == "window":
        def in_window(text):
            # the kind runs it over the last ``window`` characters before a number
            for _ in pattern.finditer(text[-window:]):
                pass
        return in_window

    def scan(text):
        for _ in pattern.finditer(text):
            pass
        pattern.match(text)
    return scan


@pytest.mark.parametrize("name,pattern", [_known(n, p) for n, p in PATTERNS])
def test_no_catastrophic_backtracking(name, pattern):
    slow = []
    run = _runner(name, pattern)
    shapes = [("", u) for u in UNITS] + PREFIXED
    for prefix, unit in shapes:
        bad, t1, t2 = superlinear(run, lambda n, u=unit, p=prefix: adversarial(u, n, p), small=400)
        if bad:
            slow.append(f"{prefix!r} + {unit!r}*n: {t1 * 1000:.1f} ms -> {t2 * 1000:.1f} ms")
            if any(piece in pattern.pattern for piece in KNOWN_SUPERLINEAR):
                break  # one shape shows it (each slow shape costs seconds to confirm)
    assert not slow, f"{name} grows faster than linear on: " + "; ".join(slow)


@pytest.mark.parametrize("name", ["AR001.colon_re", "AR003.count_link", "AR010.share_link"])
def test_possessive_patterns_are_linear_on_their_hostile_shape(name):
    # the three patterns the static analyser cannot parse, on the shape that hung their old form
    pattern = dict(PATTERNS)[name]
    run = _runner(name, pattern)
    for prefix, unit in [("", "x"), ("", " "), ("", "x "), ("", "đạt "), ("", "tỷ lệ ")]:
        bad, t1, t2 = superlinear(run, lambda n, u=unit, p=prefix: adversarial(u, n, p), small=400)
        assert not bad, f"{name} on {unit!r}*n: {t1 * 1000:.1f} ms -> {t2 * 1000:.1f} ms"
