"""Loading only the date and citation rules (DT*, CT*), so these tests do not depend on other families."""
from __future__ import annotations

from pathlib import Path

from checker.kinds import KINDS
from checker.ruleset import RuleSet, load_rule

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"


def family(*prefixes: str) -> RuleSet:
    rules = [load_rule(f, KINDS) for f in sorted(RULES_DIR.glob("*.toml")) if f.name[:2] in prefixes]
    return RuleSet(rules, str(RULES_DIR))
