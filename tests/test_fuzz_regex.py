"""Every regular expression of the checker against adversarial strings: no catastrophic
(exponential or quadratic) backtracking. Growth is a size ratio with a wide margin, see
tests/_adversarial.py; the grammar-level pipeline is covered in tests/test_limits.py."""
from __future__ import annotations

import pytest

from _adversarial import MATCH_ONLY, UNITS, adversarial, all_patterns, superlinear

PATTERNS = all_patterns()


def test_patterns_are_found():
    # the collector must see the grammar leaves and the block patterns, or the test below proves nothing
    names = {n for n, _ in PATTERNS}
    assert any(n.startswith("checker.extract.grammar.") for n in names)
    assert "checker.extract.blocks.ROMAN_RE" in names
    assert len(PATTERNS) >= 20


def _runner(name, pattern):
    if name in MATCH_ONLY:
        return pattern.match

    def scan(text):
        for _ in pattern.finditer(text):
            pass
        pattern.match(text)
    return scan


@pytest.mark.parametrize("name,pattern", PATTERNS, ids=[n for n, _ in PATTERNS])
def test_no_catastrophic_backtracking(name, pattern):
    slow = []
    run = _runner(name, pattern)
    for unit in UNITS:
        bad, t1, t2 = superlinear(run, lambda n, u=unit: adversarial(u, n), small=400)
        if bad:
            slow.append(f"{unit!r}: {t1 * 1000:.1f} ms -> {t2 * 1000:.1f} ms")
    assert not slow, f"{name} grows faster than linear on: " + "; ".join(slow)
