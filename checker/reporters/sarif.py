"""``--format sarif``: SARIF 2.1.0 (OASIS), for GitHub code scanning and other viewers.

One run; the driver lists every rule used (id, name, descriptions, default level, category).
Findings are results with a physical location (1-based line/column, columns counted in
Unicode code points); suppressed findings are results with an ``inSource`` suppression and
its justification; a file that could not be read is a tool execution notification.
"""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

from . import RenderContext, heading_of, is_word, summary, where, word_location_text

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> str:
    p = Path(path)
    text = p.as_posix() if not p.is_absolute() else p.as_uri()
    return text if p.is_absolute() else quote(text, safe="/-._~")


def _rule_entry(rule, lang: str) -> dict:
    entry = {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": (rule.summary_in(lang) if hasattr(rule, "summary_in") else rule.summary)
                             or rule.name},
        "fullDescription": {"text": " ".join(rule.description.split())},
        "help": {"text": rule.description.strip(), "markdown": rule.description.strip()},
        "defaultConfiguration": {"level": LEVEL[rule.severity]},
        "properties": {"category": rule.category, "kind": rule.kind, "tags": [rule.category],
                       "title": rule.title_in(lang) if hasattr(rule, "title_in") else rule.name},
    }
    return entry


def _logical(report, f, path: str, lang: str) -> list[dict]:
    """For a .docx: where the finding is in Word's terms, as a SARIF logical location (the
    heading path as its parent), since a line of the rendering points at nothing in Word."""
    if not is_word(report):
        return []
    loc = f.data.get("location") if isinstance(f.data, dict) else None
    name = word_location_text(loc, lang) or where(report, f, lang, with_heading=False)
    heading = heading_of(f)
    out = {"name": name, "kind": "element",
           "fullyQualifiedName": f"{Path(path).name} › {heading} › {name}" if heading else f"{Path(path).name} › {name}"}
    if loc:
        out["properties"] = {"word": loc}
    return [out]


def _result(f, path: str, rule_index: dict, lang: str, report=None) -> dict:
    region = {"startLine": max(1, f.span.line), "startColumn": max(1, f.span.column),
              "endLine": max(1, f.span.end_line), "endColumn": max(1, f.span.end_column)}
    if f.excerpt:
        region["snippet"] = {"text": f.excerpt}
    res = {
        "ruleId": f.code,
        "level": LEVEL.get(f.severity, "warning"),
        "message": {"text": f.message + (f" — {f.suggestion}" if f.suggestion else "")},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(path)}, "region": region}}],
        "partialFingerprints": {"draftcheck/v1": f"{f.code}:{' '.join((f.excerpt or f.message).split())}"},
        "properties": {"category": f.category, "name": f.name, "severity": f.severity,
                       "suggestion": f.suggestion, "data": f.data},
    }
    logical = _logical(report, f, path, lang) if report is not None else []
    if logical:
        res["locations"][0]["logicalLocations"] = logical
        res["message"]["text"] += f" [{where(report, f, lang)}]"
    if f.code in rule_index:
        res["ruleIndex"] = rule_index[f.code]
    by = f.data.get("suppressed_by") if isinstance(f.data, dict) else None
    if by:
        res["suppressions"] = [{"kind": "inSource", "status": "accepted",
                                "justification": by.get("reason") or "",
                                "properties": {"line": by.get("line"), "directive": by.get("directive")}}]
    return res


def render(reports, ctx: RenderContext) -> str:
    lang = ctx.lang
    rules = list(ctx.rules.rules) if ctx.rules is not None else []
    used = {f.code for r in reports for f in list(r.findings) + list(r.suppressed)}
    known = {r.code for r in rules}
    driver_rules = [_rule_entry(r, lang) for r in rules]
    for code in sorted(used - known):  # e.g. CK000 internal error: still a declared rule
        f = next(f for r in reports for f in list(r.findings) + list(r.suppressed) if f.code == code)
        driver_rules.append({"id": code, "name": f.name, "shortDescription": {"text": f.name},
                             "defaultConfiguration": {"level": LEVEL.get(f.severity, "error")},
                             "properties": {"category": f.category}})
    index = {r["id"]: i for i, r in enumerate(driver_rules)}
    results, notes, artifacts = [], [], []
    for r in reports:
        artifacts.append({"location": {"uri": _uri(r.path)}})
        if r.error:
            notes.append({"level": "error", "message": {"text": f"{r.path}: {r.error}"},
                          "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(r.path)}}}]})
        for f in r.findings:
            results.append(_result(f, r.path, index, lang, r))
        for f in r.suppressed:
            results.append(_result(f, r.path, index, lang, r))
    for path, reason in ctx.skipped:  # passed over by a folder scan: said, not hidden
        notes.append({"level": "warning", "message": {"text": f"{path}: {reason}"},
                      "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(path)}}}]})
    s = summary(reports, ctx)
    run = {
        "tool": {"driver": {"name": "draftcheck", "version": ctx.tool_version or "0",
                            "rules": driver_rules}},
        "invocations": [{"executionSuccessful": not any(r.error for r in reports),
                         "toolExecutionNotifications": notes}],
        "artifacts": artifacts,
        "results": results,
        "columnKind": "unicodeCodePoints",
        "properties": {"summary": s, "language": lang},
    }
    doc = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
