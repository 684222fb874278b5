"""``--baseline FILE``: made by ``draftcheck baseline create`` (a missing one is an error, see
tests/test_gate.py), then hides recorded findings matched by code and quote (not line), and
the summary says how many were hidden."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from checker.baseline import BaselineError, load
from checker.cli import cli

A = "Huyện A đã giải quyết 100 hồ sơ, gồm 40 hồ sơ cấp xã và 50 hồ sơ cấp huyện.\n"
B = "Huyện B đã giải quyết 70 hồ sơ, gồm 20 hồ sơ cấp xã và 30 hồ sơ cấp huyện.\n"


def check(*args):
    res = CliRunner().invoke(cli, ["check", "--no-config", "--format", "json", *map(str, args)])
    return res.exit_code, json.loads(res.stdout) if res.stdout.startswith("{") else None, res.stderr


def create(*args):
    """``baseline create PATH… --baseline FILE`` (args end with the baseline file)."""
    *paths, bl = map(str, args)
    res = CliRunner().invoke(cli, ["baseline", "create", "--no-config", *paths, "--baseline", bl])
    assert res.exit_code == 0, res.stderr
    return res


def test_create_then_hides(tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text(A, encoding="utf-8")
    bl = tmp_path / "ci" / "baseline.json"
    res = create(draft, bl)
    assert bl.exists() and "1 phát hiện" in res.stdout
    rc, doc, err = check(draft, "--baseline", bl)
    assert rc == 0 and doc["summary"]["findings"] == 0 and doc["summary"]["baselined"] == 1
    recorded = json.loads(bl.read_text(encoding="utf-8"))
    assert [(f["path"], f["code"]) for f in recorded["findings"]] == [("../d.md", "AR001")]
    assert "100 hồ sơ" in recorded["findings"][0]["quote"]
    # unchanged draft: still hidden, file not rewritten
    before = bl.read_text(encoding="utf-8")
    rc, doc, _ = check(draft, "--baseline", bl)
    assert rc == 0 and doc["summary"]["baselined"] == 1 and bl.read_text(encoding="utf-8") == before


def test_edits_above_keep_the_match_and_new_findings_show(tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text(A, encoding="utf-8")
    bl = tmp_path / "baseline.json"
    create(draft, bl)
    draft.write_text("Đoạn mới thêm ở đầu.\n\nThêm một đoạn nữa.\n\n" + A + B, encoding="utf-8")
    rc, doc, _ = check(draft, "--baseline", bl)
    assert rc == 1
    assert [(f["code"], f["line"]) for f in doc["files"][0]["findings"]] == [("AR001", 6)]
    assert "70 hồ sơ" in doc["files"][0]["findings"][0]["excerpt"]
    assert doc["summary"]["baselined"] == 1


def test_changed_figure_is_a_new_finding(tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text(A, encoding="utf-8")
    bl = tmp_path / "baseline.json"
    create(draft, bl)
    draft.write_text(A.replace("100 hồ sơ", "101 hồ sơ"), encoding="utf-8")
    rc, doc, _ = check(draft, "--baseline", bl)
    assert rc == 1 and doc["summary"]["baselined"] == 0


def test_one_entry_hides_one_finding(tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text(A, encoding="utf-8")
    bl = tmp_path / "baseline.json"
    create(draft, bl)
    draft.write_text(A + "\n" + A, encoding="utf-8")
    rc, doc, _ = check(draft, "--baseline", bl)
    assert rc == 1 and len(doc["files"][0]["findings"]) == 1 and doc["summary"]["baselined"] == 1


def test_other_file_same_text_not_hidden(tmp_path):
    (tmp_path / "d.md").write_text(A, encoding="utf-8")
    (tmp_path / "e.md").write_text(A, encoding="utf-8")
    bl = tmp_path / "baseline.json"
    create(tmp_path / "d.md", bl)
    rc, doc, _ = check(tmp_path / "d.md", tmp_path / "e.md", "--baseline", bl)
    assert {f["path"].rsplit("/", 1)[-1]: len(f["findings"]) for f in doc["files"]} == {"d.md": 0, "e.md": 1}


@pytest.mark.parametrize("fmt,needle", [("concise", "baseline"), ("full", "baseline"), ("github", "baseline"),
                                        ("junit", 'baselined="1"'), ("html", "baseline")])
def test_hidden_count_in_text_formats(tmp_path, fmt, needle):
    draft = tmp_path / "d.md"
    draft.write_text(A, encoding="utf-8")
    bl = tmp_path / "baseline.json"
    create(draft, bl)
    res = CliRunner().invoke(cli, ["check", "--no-config", "--format", fmt, str(draft), "--baseline", str(bl)])
    assert needle in res.stdout


def test_bad_baseline_exit_2(tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text(A, encoding="utf-8")
    bl = tmp_path / "baseline.json"
    bl.write_text("{not json", encoding="utf-8")
    rc, _, err = check(draft, "--baseline", bl)
    assert rc == 2 and "baseline.json" in err
    bl.write_text('{"version": 1, "findings": [{"path": 1}]}', encoding="utf-8")
    with pytest.raises(BaselineError):
        load(bl)
