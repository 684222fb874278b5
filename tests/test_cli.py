"""The CLI contract: exit codes, JSON shape, one-line errors, languages."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import cli, main

ROOT = Path(__file__).resolve().parent.parent
BAD_TOTAL = "Các sở đề xuất ban hành 12 VBQPPL để: thay thế 01 Quyết định; bãi bỏ 05 Nghị quyết, 05 Quyết định.\n"
CLEAN = "Công bố danh mục 356 TTHC, trong đó: công bố 172 TTHC mới và bãi bỏ 184 TTHC.\n"


def run_main(args, capsys):
    with pytest.raises(SystemExit) as exc:
        main(args)
    out, err = capsys.readouterr()
    return exc.value.code, out, err


@pytest.fixture
def drafts(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text(BAD_TOTAL, encoding="utf-8")
    clean = tmp_path / "clean.txt"
    clean.write_text(CLEAN, encoding="utf-8")
    return bad, clean


def test_exit_codes(drafts, capsys):
    bad, clean = drafts
    assert run_main(["check", str(clean)], capsys)[0] == 0
    assert run_main(["check", str(bad)], capsys)[0] == 1
    # a warning-level threshold still fails on an error; info-only findings pass the default
    assert run_main(["check", "--fail-on", "warning", str(bad)], capsys)[0] == 1


def test_json_contract(drafts, capsys):
    bad, _ = drafts
    code, out, _ = run_main(["check", "--format", "json", str(bad)], capsys)
    assert code == 1
    doc = json.loads(out)
    assert doc["version"] == 1
    assert doc["tool"]["name"] == "draftcheck" and doc["tool"]["version"]
    assert isinstance(doc["summary"], dict)
    [entry] = doc["files"]
    assert entry["path"] == str(bad)
    f = next(f for f in entry["findings"] if f["code"] == "AR001")
    assert set(f) >= {"code", "name", "category", "severity", "message", "line", "column", "end_line",
                      "end_column", "excerpt", "suggestion", "data"}
    assert f["category"] == "arithmetic" and f["severity"] in ("error", "warning")
    assert f["line"] == 1 and f["column"] == BAD_TOTAL.index("12") + 1
    # the excerpt quotes the text at the span, as written
    assert f["excerpt"] == BAD_TOTAL[f["column"] - 1:f["end_column"] - 1]
    assert "01 + 05 + 05 = 11" in f["message"] and "12 VBQPPL" in f["message"]
    assert f["data"]["stated"] == "12" and f["data"]["computed"] == "11"


def test_lang_en_gives_same_findings(drafts, capsys):
    bad, _ = drafts
    vi = json.loads(run_main(["check", "--format", "json", str(bad)], capsys)[1])
    en = json.loads(run_main(["check", "--format", "json", "--lang", "en", str(bad)], capsys)[1])
    key = lambda d: [(f["code"], f["line"], f["column"]) for f in d["files"][0]["findings"]]
    assert key(vi) == key(en)
    assert en["files"][0]["findings"][0]["message"] != vi["files"][0]["findings"][0]["message"]
    assert "Total" in en["files"][0]["findings"][0]["message"]


def test_missing_file_is_exit_2_one_line(drafts, capsys, tmp_path):
    _, clean = drafts
    code, out, err = run_main(["check", "--format", "json", str(tmp_path / "nope.txt"), str(clean)], capsys)
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "nope.txt" in err and "Traceback" not in err
    doc = json.loads(out)  # the other file is still checked and reported
    assert [f["path"] for f in doc["files"]] == [str(tmp_path / "nope.txt"), str(clean)]
    assert doc["files"][0]["error"]


@pytest.mark.parametrize("args", [["check", "--bogus", "x"], ["check"], ["nosuchcommand"],
                                  ["check", "--format", "xml", "x"]])
def test_usage_errors_exit_2(args, capsys):
    code, _, err = run_main(args, capsys)
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_bad_rule_file_exit_2(tmp_path, drafts, capsys):
    bad, _ = drafts
    (tmp_path / "rules").mkdir()
    src = (ROOT / "rules" / "DT001-impossible-date.toml").read_text(encoding="utf-8")
    (tmp_path / "rules" / "DT001-impossible-date.toml").write_text(src.replace('severity = "error"', 'severity = "fatal"'), encoding="utf-8")
    code, _, err = run_main(["check", "--rules", str(tmp_path / "rules"), str(bad)], capsys)
    assert code == 2
    assert "DT001-impossible-date.toml" in err and "severity" in err
    assert len(err.strip().splitlines()) == 1


def test_unreadable_rule_file_exit_2(tmp_path, drafts, capsys):
    bad, _ = drafts
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "AR001-x.toml").write_bytes(b"code = \"AR001\"\nname = [unclosed\n")
    code, _, err = run_main(["check", "--rules", str(tmp_path / "rules"), str(bad)], capsys)
    assert code == 2 and "AR001-x.toml" in err


def test_select_ignore(drafts, capsys):
    bad, _ = drafts
    assert run_main(["check", "--ignore", "AR", str(bad)], capsys)[0] == 0
    assert run_main(["check", "--select", "DT", str(bad)], capsys)[0] == 0
    assert run_main(["check", "--select", "AR001", str(bad)], capsys)[0] == 1
    assert run_main(["check", "--select", "ZZ9", str(bad)], capsys)[0] == 2


def test_directory_argument(tmp_path, drafts, capsys):
    bad, clean = drafts
    code, out, _ = run_main(["check", "--format", "json", str(tmp_path)], capsys)
    assert code == 1
    assert [f["path"] for f in json.loads(out)["files"]] == [str(bad), str(clean)]


def test_concise_format(drafts, capsys):
    bad, _ = drafts
    code, out, _ = run_main(["check", "--format", "concise", str(bad)], capsys)
    first = out.splitlines()[0]
    assert first.startswith(f"{bad}:1:") and " AR001 " in first


def test_full_format_quotes_the_line_and_has_no_colour_when_piped(drafts, capsys):
    bad, _ = drafts
    code, out, _ = run_main(["check", str(bad)], capsys)
    assert code == 1
    assert "AR001" in out and "12 VBQPPL" in out
    assert "\x1b[" not in out


def test_never_writes_to_checked_file(drafts, capsys):
    bad, _ = drafts
    before = (bad.read_bytes(), bad.stat().st_mtime_ns)
    for fmt in ("full", "concise", "json"):
        run_main(["check", "--format", fmt, str(bad)], capsys)
    assert (bad.read_bytes(), bad.stat().st_mtime_ns) == before


def test_rules_explain_test_rules(capsys):
    runner = CliRunner()
    res = runner.invoke(cli, ["rules"])
    assert res.exit_code == 0 and "AR001" in res.output
    res = runner.invoke(cli, ["explain", "AR001"])  # Vietnamese by default; the English description with --lang en
    assert res.exit_code == 0 and "Kiểm tra gì:" in res.output
    res = runner.invoke(cli, ["explain", "AR001", "--lang", "en"])
    assert res.exit_code == 0 and "## What it does" in res.output
    code, _, err = run_main(["explain", "ZZ999"], capsys)
    assert code == 2
    res = runner.invoke(cli, ["test-rules"])
    assert res.exit_code == 0, res.output
    assert " đạt, 0 không đạt" in res.output  # "N passed, 0 failed" under --lang en


def test_python_dash_m_entry_point(drafts):
    bad, _ = drafts
    proc = subprocess.run([sys.executable, "-m", "checker", "check", "--format", "json", str(bad)],
                          capture_output=True, text=True, cwd=ROOT, env={**os.environ, "NO_COLOR": "1"})
    assert proc.returncode == 1, proc.stderr
    assert json.loads(proc.stdout)["files"][0]["findings"]
