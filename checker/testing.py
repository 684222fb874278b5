"""Helpers shared by ``draftcheck test-rules`` and the test suite: a rule's own cases,
and annotated sample drafts (``<!-- expect: AR001 -->`` on the line before its target)."""
from __future__ import annotations

import re
from pathlib import Path

from .records import record
from .engine import Options, run
from .extract import build_document, read_path
from .i18n import msg
from .ruleset import Rule, RuleCase, RuleSet


@record
class CaseResult:
    case: RuleCase
    ok: bool
    detail: str


def run_rule_cases(rule: Rule, options: Options | None = None) -> list[CaseResult]:
    out = []
    for case in rule.cases:
        doc = build_document(case.text, f"<{rule.code} case>")
        report = run(doc, RuleSet([rule]), options)
        mine = [f for f in report.findings if f.code == rule.code]
        if report.internal_errors:
            out.append(CaseResult(case, False, "; ".join(report.internal_errors)))
        elif case.fire and not mine:
            out.append(CaseResult(case, False, msg("cli.case-did-not-fire", text=repr(case.text[:80]))))
        elif not case.fire and mine:
            out.append(CaseResult(case, False, msg("cli.case-fired", message=mine[0].message)))
        else:
            out.append(CaseResult(case, True, ""))
    return out


ANNOTATION_RE = re.compile(r"<!--\s*(expect|ok|todo-expect)\s*:\s*([A-Z]{2}\d{3}(?:\s*,\s*[A-Z]{2}\d{3})*)\s*-->")


@record
class Annotations:
    expect: set[tuple[int, str]]  # (line, code) that must be found
    ok: set[tuple[int, str]]  # (line, code) that must not be found
    todo: set[tuple[int, str]]  # known misses: recorded, not failing


def read_annotations(path: str | Path) -> Annotations:
    """Annotations of a sample: each applies to the next non-annotation line. ``line 0``
    (a document-level finding such as a missing component) is written
    ``<!-- expect: ST001 -->`` at the very top followed by a blank line? No: use
    ``<!-- expect-doc: ST001 -->`` — handled as line 1."""
    lines = Path(path).read_text(encoding="utf-8").split("\n")
    expect, ok, todo = set(), set(), set()
    pending: list[tuple[str, list[str]]] = []
    for i, line in enumerate(lines, start=1):
        doc_level = re.search(r"<!--\s*expect-doc\s*:\s*(.+?)\s*-->", line)
        if doc_level:
            for code in re.split(r"\s*,\s*", doc_level.group(1)):
                expect.add((1, code))
            continue
        found = ANNOTATION_RE.findall(line)
        if found and line.strip().startswith("<!--"):
            for kind, codes in found:
                pending.append((kind, re.split(r"\s*,\s*", codes)))
            continue
        if pending and line.strip():
            for kind, codes in pending:
                for code in codes:
                    {"expect": expect, "ok": ok, "todo-expect": todo}[kind].add((i, code))
            pending = []
    return Annotations(expect, ok, todo)


def sample_findings(path: str | Path, ruleset: RuleSet, options: Options | None = None) -> set[tuple[int, str]]:
    report = run(read_path(path), ruleset, options)
    return {(f.span.line, f.code) for f in report.findings}
