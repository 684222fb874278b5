"""The OpenAPI 3.1 document of the service, written as data (``GET /openapi.json``).

Kept true by tests: every route of the app is here with its methods and nothing else is
(tests/test_service.py), and schemathesis sends generated requests and checks each answer's
status, type and body against this document (tests/test_service_schema.py).
"""
from __future__ import annotations

from .. import __version__
from ..model import SEVERITIES
from .messages import ERRORS
from .options import FORMATS

DOCX_MEDIA = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
STR = {"type": "string"}
INT = {"type": "integer"}
BOOL_TEXT = {"type": "string", "enum": ["true", "false"]}
DATE_TEXT = {"type": "string", "format": "date", "description": "YYYY-MM-DD (DD/MM/YYYY is taken too)"}
CODES_TEXT = {"type": "string", "description": "comma list of rule codes or prefixes (AR001,ST); "
              "the JSON body takes a list of them too"}


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict, description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _error(description: str) -> dict:
    return _json(_ref("Error"), description)


def _codes(rule_codes: list[str]) -> dict:
    """A comma list of the rule set's codes or their prefixes (the two letters of a family)."""
    words = sorted(set(rule_codes) | {c[:2] for c in rule_codes})
    one = "(" + "|".join(words) + ")"
    return {**CODES_TEXT, "pattern": f"^{one}(,{one})*$", "examples": [",".join(rule_codes[:2])]}


def _options(profile_names: list[str], rule_codes: list[str]) -> dict:
    return {
        "profile": {"type": "string", "enum": profile_names,
                    "description": "report type (outline profile); default: chosen from the title and year"},
        "lang": {"type": "string", "enum": ["vi", "en"], "description": "language of the findings (default vi)"},
        "fail_on": {"type": "string", "enum": list(SEVERITIES), "description": "verdict fail from this severity"},
        "report_date": DATE_TEXT,
        "select": _codes(rule_codes),
        "ignore": _codes(rule_codes),
    }


FINDING = {
    "type": "object",
    "required": ["code", "name", "category", "severity", "message", "line", "column", "end_line", "end_column",
                 "excerpt", "suggestion", "data"],
    "properties": {
        "code": STR, "name": STR, "category": STR, "severity": {"type": "string", "enum": list(SEVERITIES)},
        "message": STR, "line": INT, "column": INT, "end_line": INT, "end_column": INT, "excerpt": STR,
        "suggestion": STR, "data": {"type": "object"}, "where": STR, "heading": STR,
    },
}

CHECK_RESULT = {
    "type": "object",
    "required": ["version", "tool", "files", "summary", "verdict", "fail_on"],
    "properties": {
        "version": {"type": "integer", "const": 1},
        "tool": {"type": "object", "required": ["name", "version"],
                 "properties": {"name": {"const": "draftcheck"}, "version": STR}},
        "files": {"type": "array", "items": {
            "type": "object", "required": ["path", "findings"],
            "properties": {"path": STR, "findings": {"type": "array", "items": _ref("Finding")},
                           "suppressed": {"type": "array", "items": _ref("Finding")}, "error": STR}}},
        "summary": {"type": "object", "required": ["files", "files_checked", "findings", "by_severity", "by_code"],
                    "properties": {"files": INT, "files_checked": INT, "findings": INT,
                                   "by_severity": {"type": "object", "required": list(SEVERITIES),
                                                   "additionalProperties": INT},
                                   "by_code": {"type": "object", "additionalProperties": INT}}},
        "skipped": {"type": "array"},
        "verdict": {"type": "string", "enum": ["pass", "fail"],
                    "description": "fail when a finding is at or above fail_on"},
        "fail_on": {"type": "string", "enum": list(SEVERITIES)},
    },
}

RULE = {
    "type": "object", "required": ["code", "name", "title", "summary", "category", "severity", "kind"],
    "properties": {"code": STR, "name": STR, "title": STR, "summary": STR, "category": STR,
                   "severity": {"type": "string", "enum": list(SEVERITIES)}, "kind": STR},
}
RULE_DETAIL = {
    "allOf": [_ref("Rule"), {"type": "object", "required": ["message", "suggestion", "description", "examples"],
                             "properties": {"message": STR, "suggestion": STR, "description": STR,
                                            "examples": {"type": "object", "required": ["reported", "not_reported"],
                                                         "properties": {
                                                             "reported": {"type": "array", "items": STR},
                                                             "not_reported": {"type": "array", "items": STR}}}}}],
}
SECTION = {"type": "object", "required": ["id", "title", "title_en", "required", "children"],
           "properties": {"id": STR, "title": STR, "title_en": STR, "required": {"type": "boolean"},
                          "children": {"type": "array", "items": _ref("Section")}}}
PROFILES = {
    "type": "object", "required": ["profiles"],
    "properties": {"profiles": {"type": "array", "items": {
        "type": "object", "required": ["name", "kind", "title", "sections", "components"],
        "properties": {"name": STR, "kind": STR, "title": STR, "description": STR,
                       "types": {"type": "array", "items": STR},
                       "year_from": {"type": ["integer", "null"]}, "year_to": {"type": ["integer", "null"]},
                       "sections": {"type": "array", "items": _ref("Section")},
                       "components": {"type": "array", "items": {
                           "type": "object", "required": ["id", "name", "name_en"],
                           "properties": {"id": STR, "name": STR, "name_en": STR}}}}}}},
}
ERROR = {
    "type": "object", "required": ["error"],
    "properties": {"error": {"type": "object", "required": ["code", "message_vi", "message_en"],
                             "properties": {"code": {"type": "string", "enum": sorted(ERRORS)},
                                            "message_vi": STR, "message_en": STR}}},
}
HEALTH = {"type": "object", "required": ["status", "version", "workers", "queue", "in_flight"],
          "properties": {"status": {"const": "ok"}, "version": STR, "workers": INT, "queue": INT, "in_flight": INT}}


def document(service=None) -> dict:
    """The document; ``service`` (the app's :class:`~checker.service.app.Service`) says whether
    API keys are required, and the profiles and rules are those loaded."""
    from ..profiles import load_profiles
    from .worker import base_rules

    profile_names = [p.name for p in load_profiles()]
    rule_codes = [r.code for r in base_rules().rules]
    keys = bool(service is not None and service.api_keys.required)
    options = _options(profile_names, rule_codes)
    secured = [{"bearer": []}, {"apiKey": []}] if keys else []
    auth_errors = {"401": _error("missing or wrong API key")} if keys else {}
    query_options = [{"name": k, "in": "query", "required": False, "schema": v} for k, v in options.items()]
    query_options.append({"name": "final", "in": "query", "required": False, "schema": BOOL_TEXT})
    lang_param = {"name": "lang", "in": "query", "required": False, "schema": {"type": "string", "enum": ["vi", "en"]}}
    multipart = {"type": "object", "required": ["file"], "additionalProperties": False,
                 "properties": {"file": {"type": "string", "format": "binary",
                                         "description": "the draft: .docx, .txt or .md (its name: the report's name)"},
                                **options, "final": BOOL_TEXT}}
    json_body = {"type": "object", "required": ["text"], "additionalProperties": False,
                 "properties": {"text": {"type": "string", "description": "the draft's text"},
                                "filename": {"type": "string", "pattern": r"^[^/\\]*\.(txt|md)$",
                                             "description": "the report's name (.txt or .md, no folder)"},
                                **options, "final": {"type": "boolean"}}}
    check_op = {
        "summary": "Check a draft",
        "description": "Answers the `--format json` document of `draftcheck check` plus `verdict`; with "
                       "`?format=` (or `Accept`) the HTML page, SARIF, or the reviewed .docx copy (a .docx draft only).",
        "parameters": [{"name": "format", "in": "query", "required": False,
                        "schema": {"type": "string", "enum": list(FORMATS)}}, *query_options],
        "requestBody": {"required": True, "content": {"multipart/form-data": {"schema": multipart, "encoding": {
            "file": {"contentType": "text/plain, text/markdown, " + DOCX_MEDIA,
                     "headers": {"Content-Disposition": {"schema": {
                         "type": "string", "example": 'form-data; name="file"; filename="du-thao.txt"'}}}}}},
                                                      "application/json": {"schema": json_body}}},
        "responses": {
            "200": {"description": "checked",
                    "headers": {"X-Draftcheck-Verdict": {"schema": {"type": "string", "enum": ["pass", "fail"]}}},
                    "content": {"application/json": {"schema": _ref("CheckResult")},
                                "text/html": {"schema": STR},
                                "application/sarif+json": {"schema": {"type": "object", "required": ["version", "runs"]}},
                                DOCX_MEDIA: {"schema": {"type": "string", "format": "binary"}}}},
            "400": _error("bad body or option"), **auth_errors,
            "406": _error("no acceptable answer format"),
            "413": _error("the draft or the body is too large"),
            "415": _error("unsupported content type or file type"),
            "422": _error("the draft cannot be read or was not checked within its time or memory budget"),
            "503": {**_error("queue full"), "headers": {"Retry-After": {"schema": STR}}},
            "504": _error("the check did not finish in time"),
        },
    }

    def secure(op: dict) -> dict:
        return {**op, "security": secured} if keys else op

    return {
        "openapi": "3.1.0",
        "info": {"title": "draftcheck", "version": __version__,
                 "description": "Lint Vietnamese administrative report drafts over HTTP (draftcheck serve)."},
        "paths": {
            "/v1/check": {"post": secure(check_op)},
            "/v1/rules": {"get": secure({"summary": "The rule set", "parameters": [lang_param],
                                         "responses": {"200": _json({"type": "object", "required": ["rules"],
                                                                     "properties": {"rules": {"type": "array",
                                                                                              "items": _ref("Rule")}}},
                                                                    "the rules"), **auth_errors}})},
            "/v1/rules/{code}": {"get": secure({
                "summary": "One rule", "parameters": [
                    {"name": "code", "in": "path", "required": True, "schema": {"type": "string"},
                     "examples": {c: {"value": c} for c in rule_codes[:2]}}, lang_param],
                "responses": {"200": _json(_ref("RuleDetail"), "the rule"), **auth_errors,
                              "404": _error("no rule has this code")}})},
            "/v1/profiles": {"get": secure({"summary": "Report outlines (profiles)",
                                            "responses": {"200": _json(PROFILES, "the profiles"), **auth_errors}})},
            "/healthz": {"get": {"summary": "Liveness", "responses": {"200": _json(HEALTH, "alive")}}},
            "/metrics": {"get": secure({"summary": "Prometheus metrics",
                                        "responses": {"200": {"description": "Prometheus text format",
                                                              "content": {"text/plain": {"schema": STR}}},
                                                      **auth_errors}})},
            "/openapi.json": {"get": {"summary": "This document",
                                      "responses": {"200": _json({"type": "object"}, "OpenAPI 3.1")}}},
            "/": {"get": {"summary": "The page for a reviewer (Vietnamese; ?lang=en)", "parameters": [lang_param],
                          "responses": {"200": {"description": "HTML page", "content": {"text/html": {"schema": STR}}}}}},
        },
        "components": {
            "schemas": {"Error": ERROR, "Finding": FINDING, "CheckResult": CHECK_RESULT, "Rule": RULE,
                        "RuleDetail": RULE_DETAIL, "Section": SECTION, "Health": HEALTH},
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"},
                                "apiKey": {"type": "apiKey", "in": "header", "name": "X-API-Key"}},
        },
    }
