"""Every rule's own cases: texts where it must fire and texts where it must stay silent."""
from __future__ import annotations

import pytest

from checker import load_ruleset
from checker.testing import run_rule_cases

RULES = load_ruleset()
CASES = [(rule, case) for rule in RULES.rules for case in rule.cases]


@pytest.mark.parametrize(
    "rule,case", CASES,
    ids=[f"{r.code}-{'fire' if c.fire else 'silent'}{c.index}" for r, c in CASES],
)
def test_rule_case(rule, case):
    from checker.ruleset import RuleSet
    from checker.engine import run
    from checker.extract import build_document

    report = run(build_document(case.text), RuleSet([rule]))
    assert not report.internal_errors, report.internal_errors
    mine = [f for f in report.findings if f.code == rule.code]
    if case.fire:
        assert mine, f"{rule.code} did not fire on: {case.text!r}"
    else:
        assert not mine, f"{rule.code} fired on: {case.text!r}: {mine[0].message}"


def test_run_rule_cases_helper_agrees():
    bad = [r for rule in RULES.rules for r in run_rule_cases(rule) if not r.ok]
    assert not bad, [b.detail for b in bad]
