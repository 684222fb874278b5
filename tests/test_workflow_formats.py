"""Output formats: SARIF 2.1.0 (validated against the OASIS schema), GitHub annotations,
JUnit XML, the HTML page, and ``-o FILE`` for every format."""
from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from click.testing import CliRunner

from checker.cli import cli
from checker.reporters import FORMATS

SEED = Path(__file__).resolve().parent.parent.parent / "shared" / "seed" / "tiengiang-cchc-4thang-2020.txt"


def needs_shared():
    return pytest.mark.skipif(not SEED.exists(), reason="../shared is not present")

SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
TEXT = ("Huyện A đã giải quyết 100 hồ sơ, gồm 40 hồ sơ cấp xã và 50 hồ sơ cấp huyện.\n"
        "Ngày 31/02/2020, đã họp giao ban: 1% của 200, xong.\n"
        "<!-- draftcheck-disable-next-line AR001 -- đã đối chiếu, 50% \"phụ lục\" -->\n"
        "Huyện B đã giải quyết 100 hồ sơ, gồm 40 hồ sơ cấp xã và 50 hồ sơ cấp huyện.\n")


def invoke(*args):
    return CliRunner().invoke(cli, ["check", "--no-config", *map(str, args)])


@pytest.fixture
def draft(tmp_path):
    p = tmp_path / "dự thảo, số 1.md"
    p.write_text(TEXT, encoding="utf-8")
    return p


def expected(draft):
    doc = json.loads(invoke(draft, "--format", "json").stdout)
    return doc["files"][0]["findings"], doc["files"][0]["suppressed"]


def test_formats_registered():
    assert {"full", "concise", "json", "sarif", "github", "junit", "html"} <= set(FORMATS)


def test_sarif_valid_and_complete(draft):
    jsonschema = pytest.importorskip("jsonschema")
    res = invoke(draft, "--format", "sarif")
    assert res.exit_code == 1
    doc = json.loads(res.stdout)
    jsonschema.validate(doc, json.loads(SCHEMA.read_text(encoding="utf-8")))
    findings, suppressed = expected(draft)
    run = doc["runs"][0]
    results = run["results"]
    assert [(r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"])
            for r in results if "suppressions" not in r] == [(f["code"], f["line"]) for f in findings]
    sup = [r for r in results if "suppressions" in r]
    assert len(sup) == len(suppressed) == 1
    assert sup[0]["suppressions"][0]["justification"] == 'đã đối chiếu, 50% "phụ lục"'
    rules = run["tool"]["driver"]["rules"]
    for r in results:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
    levels = {r["ruleId"]: r["level"] for r in results}
    assert levels["AR001"] == "error"
    uri = results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert " " not in uri and "%20" in uri


def test_sarif_schema_rejects_a_broken_document(draft):
    jsonschema = pytest.importorskip("jsonschema")
    doc = json.loads(invoke(draft, "--format", "sarif").stdout)
    doc["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, json.loads(SCHEMA.read_text(encoding="utf-8")))


def test_github_annotations(draft):
    res = invoke(draft, "--format", "github")
    lines = res.stdout.splitlines()
    findings, suppressed = expected(draft)
    ann = [ln for ln in lines if ln.startswith("::")]
    assert len(ann) == len(findings) + len(suppressed)
    first = ann[0]
    assert first.startswith("::error file=")
    props, msg = first[2:].split("::", 1)
    command, props = props.split(" ", 1)
    fields = dict(kv.split("=", 1) for kv in props.split(","))
    assert fields["line"] == str(findings[0]["line"]) and fields["col"] == str(findings[0]["column"])
    assert "%2C" in fields["file"]  # the comma in the file name is escaped
    assert "\n" not in msg and "%0A" in msg  # message and suggestion on one line
    assert any(a.startswith("::notice") and "đã tắt" in a for a in ann)
    assert lines[-1].startswith("draftcheck:") and "1 phát hiện bị tắt" in lines[-1]


def test_junit_xml(draft):
    res = invoke(draft, "--format", "junit")
    root = ET.fromstring(res.stdout.encode("utf-8"))
    findings, suppressed = expected(draft)
    assert root.tag == "testsuites"
    assert int(root.get("failures")) == len(findings)
    assert int(root.get("skipped")) == len(suppressed) == 1
    cases = root.findall("./testsuite/testcase")
    assert len(cases) == len(findings) + len(suppressed)
    fails = [c for c in cases if c.find("failure") is not None]
    assert [c.find("failure").get("type") for c in fails] == [f["severity"] for f in findings]
    skipped = [c for c in cases if c.find("skipped") is not None]
    assert "đã đối chiếu" in skipped[0].find("skipped").get("message")


def test_junit_clean_file_is_one_passing_case(tmp_path):
    p = tmp_path / "ok.md"
    p.write_text("Đã giải quyết 90 hồ sơ, gồm 40 hồ sơ cấp xã và 50 hồ sơ cấp huyện.\n", encoding="utf-8")
    root = ET.fromstring(invoke(p, "--format", "junit").stdout.encode())
    assert root.get("tests") == "1" and root.get("failures") == "0"


def test_html_page_is_self_contained(draft):
    res = invoke(draft, "--format", "html")
    page = res.stdout
    assert page.startswith("<!DOCTYPE html>")
    assert "http://" not in page.replace('http://json', '') and "https://" not in page
    assert "<script src" not in page and "<link" not in page
    findings, suppressed = expected(draft)
    for i, f in enumerate(findings):
        assert f'id="f-0-{i}"' in page and f'href="#f-0-{i}"' in page
    assert 'id="s-0-0"' in page
    assert "40 + 50 = 90 ≠ 100" in page  # the computation of the arithmetic finding
    assert "Huyện A đã giải quyết" in page  # the draft's text


def test_output_file_for_every_format(draft, tmp_path):
    for fmt in FORMATS:
        out = tmp_path / f"out.{fmt}"
        res = invoke(draft, "--format", fmt, "-o", out)
        assert res.exit_code == 1, (fmt, res.stderr)
        assert res.stdout == ""
        text = out.read_text(encoding="utf-8")
        assert "AR001" in text, fmt
    assert draft.read_text(encoding="utf-8") == TEXT  # never writes the checked file


def test_unreadable_file_in_each_format(tmp_path):
    missing = tmp_path / "none.md"
    for fmt in ("sarif", "github", "junit", "html"):
        res = invoke(missing, "--format", fmt)
        assert res.exit_code == 2
        assert "none.md" in res.stdout, fmt


@needs_shared()
def test_reference_draft_in_every_format(tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    doc = json.loads(invoke(SEED, "--format", "json").stdout)
    n = len(doc["files"][0]["findings"])
    assert n > 0
    sarif = json.loads(invoke(SEED, "--format", "sarif").stdout)
    jsonschema.validate(sarif, json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert len(sarif["runs"][0]["results"]) == n
    gh = [ln for ln in invoke(SEED, "--format", "github").stdout.splitlines() if ln.startswith("::")]
    assert len(gh) == n
    root = ET.fromstring(invoke(SEED, "--format", "junit").stdout.encode())
    # only what fails the gate (--fail-on, default error) is a failure; the rest are passing cases
    errors = sum(f["severity"] == "error" for f in doc["files"][0]["findings"])
    assert 0 < errors < n
    assert int(root.get("failures")) == errors and int(root.get("tests")) == n
    root = ET.fromstring(invoke(SEED, "--format", "junit", "--fail-on", "info").stdout.encode())
    assert int(root.get("failures")) == n
    page = invoke(SEED, "--format", "html").stdout
    assert page.count('class="finding-link"') == n
