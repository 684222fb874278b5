"""Configuration files: discovery, keys, per-glob overrides, errors (exit 2), ``draftcheck config``."""
from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker import load_ruleset
from checker.cli import cli
from checker.config import CliOptions, ConfigError, configure, glob_matches, resolve, validate

RULES = load_ruleset()
BAD = "Huyện A đã giải quyết 100 hồ sơ, gồm 40 hồ sơ cấp xã và 50 hồ sơ cấp huyện.\n"
BAD_DATE = "Ngày 31/02/2020 đã họp giao ban.\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def run_json(*args):
    res = CliRunner().invoke(cli, ["check", "--format", "json", *map(str, args)])
    return res.exit_code, (json.loads(res.stdout) if res.stdout.strip().startswith("{") else None), res.stderr


def codes_by_file(doc):
    return {Path(f["path"]).name: sorted(x["code"] for x in f["findings"]) for f in doc["files"]}


@pytest.fixture
def proj(tmp_path):
    write(tmp_path / "a.md", BAD + BAD_DATE)
    write(tmp_path / "phu-luc" / "b.md", BAD + BAD_DATE)
    write(tmp_path / "phu-luc" / "sub" / "c.md", BAD + BAD_DATE)
    return tmp_path


def test_no_config_defaults(proj):
    rc, doc, _ = run_json(proj / "a.md")
    assert rc == 1 and codes_by_file(doc) == {"a.md": ["AR001", "DT001"]}


def test_draftcheck_toml_select_ignore_severity_and_globs(proj):
    write(proj / "draftcheck.toml", '''
ignore = ["DT"]
fail-on = "error"
[rules.AR001]
severity = "warning"
[[overrides]]
files = ["phu-luc/*.md"]
ignore = ["AR"]
[[overrides]]
files = ["phu-luc/sub/**"]
select = ["AR001"]
ignore = []
''')
    rc, doc, _ = run_json(proj)
    assert codes_by_file(doc) == {"a.md": ["AR001"], "b.md": ["DT001"], "c.md": ["AR001"]}
    sev = {Path(f["path"]).name: [x["severity"] for x in f["findings"]] for f in doc["files"]}
    assert sev["a.md"] == ["warning"]
    # b.md still fails on its DT001 error
    assert rc == 1


def test_severity_override_and_fail_on_from_config(proj):
    write(proj / "draftcheck.toml", 'select = ["AR001"]\n[rules.AR001]\nseverity = "warning"\n')
    rc, doc, _ = run_json(proj / "a.md")
    assert rc == 0 and doc["files"][0]["findings"][0]["severity"] == "warning"
    write(proj / "draftcheck.toml", 'select = ["AR001"]\nfail-on = "warning"\n[rules.AR001]\nseverity = "warning"\n')
    rc, _, _ = run_json(proj / "a.md")
    assert rc == 1
    # the command line wins over the file
    rc, _, _ = run_json(proj / "a.md", "--fail-on", "error")
    assert rc == 0


def test_params_override_changes_behaviour(tmp_path):
    # a total off by 2% is an error at the default tolerance, silent with a wide one
    text = "Đã giải quyết khoảng 100 hồ sơ, gồm 50 hồ sơ cấp xã và 52 hồ sơ cấp huyện.\n"
    write(tmp_path / "a.md", text)
    _, before, _ = run_json(tmp_path / "a.md", "--select", "AR001")
    write(tmp_path / "draftcheck.toml", '[rules.AR001]\nparams = { approx_relative = 0.0 }\n')
    _, after, _ = run_json(tmp_path / "a.md", "--select", "AR001")
    assert before["files"][0]["findings"] != after["files"][0]["findings"]


def test_pyproject_tool_table_and_walk_up(tmp_path):
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n[tool.draftcheck]\nignore = ["AR"]\nlang = "en"\n')
    write(tmp_path / "docs" / "deep" / "a.md", BAD + BAD_DATE)
    rc, doc, _ = run_json(tmp_path / "docs" / "deep" / "a.md")
    assert codes_by_file(doc) == {"a.md": ["DT001"]}
    assert "31/02/2020" in doc["files"][0]["findings"][0]["message"]
    s = resolve(tmp_path / "docs" / "deep" / "a.md")
    assert s.lang == "en" and s.config_path.endswith("pyproject.toml")


def test_pyproject_without_table_is_passed_over(tmp_path):
    write(tmp_path / "draftcheck.toml", 'ignore = ["DT"]\n')
    write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "x"\n')
    write(tmp_path / "sub" / "a.md", BAD_DATE)
    assert resolve(tmp_path / "sub" / "a.md").config_path == str(tmp_path / "draftcheck.toml")


def test_report_date_profile_lang_final_keys(tmp_path):
    write(tmp_path / "draftcheck.toml", 'report-date = 2020-05-20\nlang = "en"\nfinal = true\n'
                                        '[[overrides]]\nfiles = ["*.txt"]\nreport-date = "21/06/2021"\n')
    s = resolve(tmp_path / "x.md")
    assert (s.report_date, s.lang, s.final) == (date(2020, 5, 20), "en", True)
    assert resolve(tmp_path / "x.txt").report_date == date(2021, 6, 21)
    cli_over = resolve(tmp_path / "x.txt", CliOptions(report_date=date(2019, 1, 1), lang="vi", final=False))
    assert (cli_over.report_date, cli_over.lang, cli_over.final) == (date(2019, 1, 1), "vi", False)


@pytest.mark.parametrize("text,needle", [
    ("bogus = 1\n", "bogus"),
    ('[rules.ZZ999]\nseverity = "info"\n', "ZZ999"),
    ('select = ["QQ"]\n', "QQ"),
    ('[rules.AR001]\nparams = { no_such_param = 1 }\n', "no_such_param"),
    ('[rules.AR001]\nlevel = "info"\n', "level"),
    ('[rules.AR001]\nseverity = "fatal"\n', "fatal"),
    ('lang = "fr"\n', "lang"),
    ('report-date = "tomorrow"\n', "report-date"),
    ('[[overrides]]\nignore = ["AR"]\n', "files"),
    ('[[overrides]]\nfiles = ["*.md"]\ncolour = "red"\n', "colour"),
    ("select = [\n", "TOML"),
])
def test_config_errors_exit_2_naming_the_key(tmp_path, text, needle):
    write(tmp_path / "draftcheck.toml", text)
    write(tmp_path / "a.md", BAD)
    proc = subprocess.run([sys.executable, "-m", "checker", "check", str(tmp_path / "a.md")],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    err = proc.stderr.strip().splitlines()
    assert len(err) == 1 and needle in err[0] and "Traceback" not in proc.stderr


def test_unknown_key_in_pyproject_names_the_table(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.draftcheck]\nignor = ["AR"]\n')
    with pytest.raises(ConfigError, match=r"tool\.draftcheck\.ignor"):
        resolve(tmp_path / "a.md")


def test_config_command_prints_effective_configuration(proj):
    write(proj / "draftcheck.toml", 'ignore = ["DT"]\n[rules.AR001]\nseverity = "warning"\n'
                                    '[[overrides]]\nfiles = ["phu-luc/*.md"]\nignore = ["AR"]\nlang = "en"\n')
    res = CliRunner().invoke(cli, ["config", str(proj / "phu-luc" / "b.md")])
    assert res.exit_code == 0
    out = res.stdout
    assert 'ignore = ["AR"]' in out and 'lang = "en"' in out and "phu-luc/*.md" in out
    assert 'severity = "warning"' in out
    active = next(ln for ln in out.splitlines() if ln.startswith("# quy tắc chạy:"))
    assert "AR001" not in active and "DT001" in active
    res = CliRunner().invoke(cli, ["config", str(proj / "a.md")])
    assert 'ignore = ["DT"]' in res.stdout and 'lang = "vi"' in res.stdout
    import tomllib

    body = "\n".join(ln for ln in res.stdout.splitlines())
    tomllib.loads(body)  # the output is valid TOML


def test_explicit_config_and_no_config(proj, tmp_path_factory):
    other = tmp_path_factory.mktemp("cfg") / "team.toml"
    write(other, 'select = ["DT"]\n')
    write(proj / "draftcheck.toml", 'select = ["AR"]\n')
    _, doc, _ = run_json(proj / "a.md", "--config", other)
    assert codes_by_file(doc) == {"a.md": ["DT001"]}
    _, doc, _ = run_json(proj / "a.md", "--no-config")
    assert codes_by_file(doc) == {"a.md": ["AR001", "DT001"]}
    rc, _, err = run_json(proj / "a.md", "--config", proj / "missing.toml")
    assert rc == 2 and "missing.toml" in err


def test_cli_select_replaces_and_ignore_extends(proj):
    write(proj / "draftcheck.toml", 'select = ["DT"]\n')
    _, doc, _ = run_json(proj / "a.md", "--select", "AR001")
    assert codes_by_file(doc) == {"a.md": ["AR001"]}
    write(proj / "draftcheck.toml", 'ignore = ["DT"]\n')
    _, doc, _ = run_json(proj / "a.md", "--ignore", "AR")
    assert codes_by_file(doc) == {"a.md": []}


@pytest.mark.parametrize("glob,path,ok", [
    ("*.md", "a.md", True), ("*.md", "x/y/a.md", True), ("phu-luc/*.md", "phu-luc/a.md", True),
    ("phu-luc/*.md", "phu-luc/x/a.md", False), ("phu-luc/**/*.md", "phu-luc/x/y/a.md", True),
    ("phu-luc/**/*.md", "phu-luc/a.md", True), ("phu-luc/", "phu-luc/x/a.md", True),
    ("bao-cao-202?.txt", "bao-cao-2024.txt", True), ("[ab].md", "c.md", False), ("./a.md", "a.md", True),
])
def test_glob_matching(glob, path, ok):
    assert glob_matches(glob, path) is ok


def test_configure_keeps_unknown_rules_out():
    s = resolve(".", CliOptions(isolated=True, select=("ZZ",)))
    with pytest.raises(ConfigError):
        validate(s, RULES)
    s = resolve(".", CliOptions(isolated=True, select=("AR001",)))
    assert [r.code for r in configure(RULES, s).rules] == ["AR001"]
