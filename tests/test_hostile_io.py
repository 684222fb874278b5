"""Hostile inputs at the edges of the program: what it reads, what it writes, its budgets,
and the configuration and rule data it accepts (issue 13). Each reproducer is built here:
the suite never needs ../shared."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import cli, main
from checker.config import ConfigError, load_config_file
from checker.engine import TimeBudgetExceeded, time_budget
from checker.extract import InputError, read_path
from checker.ruleset import RuleError, load_ruleset

ROOT = Path(__file__).resolve().parent.parent
BAD_TOTAL = "Các sở đề xuất ban hành 12 VBQPPL để: thay thế 01 Quyết định; bãi bỏ 05 Nghị quyết, 05 Quyết định.\n"
SECRET = "root:x:0:0:bí-mật-không-được-lộ:/root:/bin/bash\n"


def run_main(args, capsys):
    with pytest.raises(SystemExit) as exc:
        main([str(a) for a in args])
    out, err = capsys.readouterr()
    return exc.value.code, out, err


@pytest.fixture
def draft(tmp_path):
    p = tmp_path / "bao-cao.md"
    p.write_text(BAD_TOTAL, encoding="utf-8")
    return p


# ----------------------------------------------------------------------------- only regular files
@pytest.mark.parametrize("suffix", [".txt", ".docx"])
def test_device_behind_a_symlink_is_refused_not_read(tmp_path, capsys, suffix):
    link = tmp_path / f"zero{suffix}"
    link.symlink_to("/dev/zero")
    with time_budget(10):  # /dev/zero read without bound would run until memory is gone
        rc, out, err = run_main(["check", link, "--format", "json"], capsys)
    assert rc == 2
    assert "không phải tệp thông thường" in err and str(link) in err and "Traceback" not in err


def test_fifo_is_refused_without_blocking(tmp_path, capsys):
    fifo = tmp_path / "f.txt"
    os.mkfifo(fifo)
    with time_budget(10):  # opening a FIFO nobody writes to blocks for ever
        rc, _, err = run_main(["check", fifo], capsys)
    assert rc == 2 and "không phải tệp thông thường" in err


def test_read_path_refuses_devices_directly():
    with pytest.raises(InputError, match="không phải tệp thông thường"):
        read_path("/dev/null")


def test_read_is_bounded_even_when_the_size_lies(tmp_path):
    # the limit is applied to the bytes actually read, not only to what stat reports
    p = tmp_path / "big.txt"
    p.write_bytes(b"a" * 5000)
    with pytest.raises(InputError, match="tệp quá lớn"):
        read_path(p, max_bytes=4096)


# ----------------------------------------------------------------------------- nothing from outside
def test_folder_scan_does_not_follow_a_symlink_out_of_the_tree(tmp_path, capsys):
    outside = tmp_path / "outside" / "passwd.txt"
    outside.parent.mkdir()
    outside.write_text(SECRET, encoding="utf-8")
    drafts = tmp_path / "drafts"
    (drafts / "sub").mkdir(parents=True)
    (drafts / "a.md").write_text(BAD_TOTAL, encoding="utf-8")
    (drafts / "x.txt").symlink_to(outside)                       # a file link out of the tree
    (drafts / "sub" / "ra").symlink_to(outside.parent, target_is_directory=True)  # a folder link
    (drafts / "alias.md").symlink_to(drafts / "a.md")            # a link inside the tree is fine
    report = tmp_path / "r.html"
    rc, _, err = run_main(["check", drafts, "--format", "html", "-o", report], capsys)
    assert rc == 1, err
    html = report.read_text(encoding="utf-8")
    assert "bí-mật" not in html and "passwd" not in html
    rc, out, _ = run_main(["check", drafts, "--format", "json"], capsys)
    paths = sorted(Path(f["path"]).name for f in json.loads(out)["files"])
    assert paths == ["a.md", "alias.md"]


def test_a_file_named_explicitly_is_read_even_through_a_link(tmp_path, capsys):
    target = tmp_path / "real.md"
    target.write_text(BAD_TOTAL, encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    rc, out, _ = run_main(["check", link, "--format", "json"], capsys)
    assert rc == 1 and json.loads(out)["files"][0]["findings"][0]["code"] == "AR001"


# ----------------------------------------------------------------------------- never overwrite an input
def _spellings(tmp_path: Path, draft: Path) -> list[Path]:
    link = tmp_path / "link.md"
    link.symlink_to(draft)
    hard = tmp_path / "hard.md"
    os.link(draft, hard)
    sub = tmp_path / "sub"
    sub.mkdir()
    return [draft, link, hard, sub / ".." / draft.name, Path(os.path.relpath(draft))]


@pytest.mark.parametrize("which", range(5))
@pytest.mark.parametrize("fmt", ["json", "full", "html"])
def test_output_onto_an_input_is_refused_before_writing(tmp_path, capsys, draft, which, fmt):
    before = draft.read_bytes()
    target = _spellings(tmp_path, draft)[which]
    rc, out, err = run_main(["check", draft, "--format", fmt, "-o", target], capsys)
    assert rc == 2 and "không ghi đè dự thảo" in err
    assert draft.read_bytes() == before


def test_output_onto_a_docx_input_is_refused(tmp_path, capsys):
    from fixtures_docx import text_to_docx

    doc = tmp_path / "bc.docx"
    text_to_docx(BAD_TOTAL, doc)
    before = doc.read_bytes()
    link = tmp_path / "out.json"
    link.symlink_to(doc)
    rc, _, err = run_main(["check", doc, "-o", link, "--format", "json"], capsys)
    assert rc == 2 and doc.read_bytes() == before


def test_output_into_a_missing_folder_is_a_clear_error(tmp_path, capsys, draft):
    rc, _, err = run_main(["check", draft, "-o", tmp_path / "nope" / "r.json"], capsys)
    assert rc == 2 and "không tồn tại" in err and "lỗi nội bộ" not in err


def test_an_interrupted_write_leaves_the_old_report(tmp_path, draft, monkeypatch):
    from checker.reporters import json_format

    out = tmp_path / "r.json"
    out.write_text("old report", encoding="utf-8")

    def explode(reports, ctx):
        raise KeyboardInterrupt

    monkeypatch.setattr(json_format, "render", explode)
    res = CliRunner().invoke(cli, ["check", str(draft), "--format", "json", "-o", str(out)])
    assert res.exit_code != 0
    assert out.read_text(encoding="utf-8") == "old report"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".draftcheck-")] == []


def test_output_through_a_symlink_replaces_its_target_and_keeps_the_link(tmp_path, draft, capsys):
    real = tmp_path / "reports" / "r.json"
    real.parent.mkdir()
    real.write_text("{}", encoding="utf-8")
    link = tmp_path / "latest.json"
    link.symlink_to(real)
    rc, _, _ = run_main(["check", draft, "--format", "json", "-o", link], capsys)
    assert rc == 1 and link.is_symlink()
    assert json.loads(real.read_text(encoding="utf-8"))["files"][0]["findings"]


# ----------------------------------------------------------------------------- budgets per file
def test_time_budget_interrupts_a_pathological_match():
    import re

    t = time.monotonic()
    with pytest.raises(TimeBudgetExceeded):
        with time_budget(0.3):
            re.match(r"(a+)+b", "a" * 64)
    assert time.monotonic() - t < 5


def test_time_budget_puts_back_an_outer_timer():
    with pytest.raises(TimeBudgetExceeded):
        with time_budget(1.0):
            with time_budget(5):
                pass
            while True:  # the outer budget must still fire after the inner one ended
                time.sleep(0.01)


def test_a_file_over_its_time_budget_is_reported_and_the_batch_goes_on(tmp_path, capsys, monkeypatch):
    slow = tmp_path / "slow.md"
    slow.write_text("CHẬM. " + BAD_TOTAL, encoding="utf-8")
    fine = tmp_path / "fine.md"
    fine.write_text(BAD_TOTAL, encoding="utf-8")
    kind_cls = _kind_class("breakdown")

    def check(self, doc, ctx):
        if "CHẬM" in doc.text:
            while True:
                time.sleep(0.01)
        return original_check(self, doc, ctx)

    original_check = kind_cls.check
    monkeypatch.setattr(kind_cls, "check", check)
    rc, out, err = run_main(["check", slow, fine, "--format", "json", "--timeout", "0.5"], capsys)
    assert rc == 2
    assert "slow.md" in err and "vượt quá thời gian cho phép 0.5 giây" in err
    files = {Path(f["path"]).name: f for f in json.loads(out)["files"]}
    assert [x["code"] for x in files["fine.md"]["findings"]] == ["AR001"]


def test_memory_error_in_one_file_spares_the_others(tmp_path, capsys, monkeypatch):
    kind_cls = _kind_class("breakdown")
    original_check = kind_cls.check

    def check(self, doc, ctx):
        if "PHÌNH" in doc.text:
            raise MemoryError
        return original_check(self, doc, ctx)

    monkeypatch.setattr(kind_cls, "check", check)
    big = tmp_path / "a-big.md"
    big.write_text("PHÌNH. " + BAD_TOTAL, encoding="utf-8")
    fine = tmp_path / "b-fine.md"
    fine.write_text(BAD_TOTAL, encoding="utf-8")
    rc, out, err = run_main(["check", big, fine, "--format", "json"], capsys)
    assert rc == 2 and "a-big.md" in err and "vượt quá giới hạn bộ nhớ" in err
    files = {Path(f["path"]).name: f for f in json.loads(out)["files"]}
    assert [x["code"] for x in files["b-fine.md"]["findings"]] == ["AR001"]
    assert "lỗi nội bộ" not in err


def test_max_memory_bounds_a_real_process(tmp_path):
    # a real run: the address-space bound turns a huge text into a per-file error, not an exhausted machine
    big = tmp_path / "big.txt"
    big.write_text("Tổng 10 hồ sơ, gồm 4 hồ sơ và 5 hồ sơ. " * 200_000, encoding="utf-8")
    fine = tmp_path / "fine.md"
    fine.write_text(BAD_TOTAL, encoding="utf-8")
    res = subprocess.run([sys.executable, "-m", "checker", "check", str(big), str(fine), "--format", "json",
                          "--max-memory", "150MB", "--timeout", "0"],
                         capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert res.returncode == 2, res.stderr
    assert "big.txt" in res.stderr and "vượt quá giới hạn bộ nhớ" in res.stderr
    files = {Path(f["path"]).name: f for f in json.loads(res.stdout)["files"]}
    assert [x["code"] for x in files["fine.md"]["findings"]] == ["AR001"]


@pytest.mark.parametrize("value", ["-1", "abc", "1e400"])
def test_bad_budget_values_are_usage_errors(draft, capsys, value):
    rc, _, err = run_main(["check", draft, "--timeout", value], capsys)
    assert rc == 2 and "Traceback" not in err
    rc, _, err = run_main(["check", draft, "--max-memory", value], capsys)
    assert rc == 2 and "Traceback" not in err


def _kind_class(name: str):
    from checker.kinds import KINDS

    return KINDS[name]


# ----------------------------------------------------------------------------- configuration values
def _config(tmp_path: Path, body: str) -> Path:
    p = tmp_path / "draftcheck.toml"
    p.write_text(body, encoding="utf-8")
    return p


@pytest.mark.parametrize("glob,fragment", [
    ("[z-a].md", "bad character range"),
    ("[[:alpha:]", "files[0]"),
])
def test_a_bad_glob_is_a_config_error_naming_file_and_key(tmp_path, glob, fragment):
    cfg = _config(tmp_path, f'[[overrides]]\nfiles = ["ok/*.md", {json.dumps(glob)}]\nignore = ["ST"]\n')
    with pytest.raises(ConfigError) as e:
        load_config_file(cfg)
    assert str(cfg) in str(e.value) and "overrides[0].files[1]" in str(e.value)


def test_bad_glob_from_the_cli_is_one_line_without_warnings(tmp_path, draft):
    _config(tmp_path, '[[overrides]]\nfiles = ["[[:alpha:]"]\nignore = ["ST"]\n')
    res = subprocess.run([sys.executable, "-W", "default", "-m", "checker", "check", str(draft)],
                         capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert res.returncode == 2
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and "overrides[0].files[0]" in lines[0] and "Warning" not in res.stderr


def test_a_glob_with_many_stars_matches_a_long_name_in_linear_time(tmp_path, capsys):
    _config(tmp_path, '[[overrides]]\nfiles = ["' + "*" * 25 + 'Z", "' + "*a" * 30 + '*b"]\nignore = ["AR"]\n')
    draft = tmp_path / ("a" * 200 + ".md")
    draft.write_text(BAD_TOTAL, encoding="utf-8")
    with time_budget(20):  # a backtracking translation takes minutes here
        rc, out, _ = run_main(["check", draft, "--format", "json"], capsys)
    assert rc == 1  # not matched: AR001 still reported


def test_gitignore_semantics_of_override_globs(tmp_path, capsys):
    _config(tmp_path, '[[overrides]]\nfiles = ["phu-luc/", "!phu-luc/giu.md"]\nignore = ["AR"]\n')
    for rel in ("phu-luc/a.md", "phu-luc/giu.md", "a.md"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(BAD_TOTAL, encoding="utf-8")
    rc, out, _ = run_main(["check", tmp_path, "--format", "json"], capsys)
    codes = {Path(f["path"]).relative_to(tmp_path).as_posix(): [x["code"] for x in f["findings"]]
             for f in json.loads(out)["files"]}
    assert codes == {"a.md": ["AR001"], "phu-luc/a.md": [], "phu-luc/giu.md": ["AR001"]}


def test_a_deeply_nested_config_is_a_config_error(tmp_path, capsys, draft):
    cfg = _config(tmp_path, "select = " + "[" * 10_000 + "]" * 10_000 + "\n")
    rc, _, err = run_main(["check", draft], capsys)
    assert rc == 2 and str(cfg) in err and "lồng nhau quá sâu" in err and "lỗi nội bộ" not in err


@pytest.mark.parametrize("params,fragment", [
    ("{ approx_relative = inf }", "phải là số hữu hạn"),
    ("{ approx_relative = nan }", "phải là số hữu hạn"),
    ("{ approx_relative = -0.5 }", "phải nằm trong khoảng"),
    ("{ max_label_words = 1000000000 }", "phải nằm trong khoảng"),
    ("{ max_label_words = -1 }", "phải nằm trong khoảng"),
    ("{ min_parts = 2.5 }", "phải có kiểu int"),
])
def test_rule_parameters_in_the_config_are_validated(tmp_path, capsys, draft, params, fragment):
    cfg = _config(tmp_path, f"[rules.AR001]\nparams = {params}\n")
    rc, _, err = run_main(["check", draft], capsys)
    assert rc == 2 and str(cfg) in err and "rules.AR001" in err and fragment in err, err
    assert "lỗi nội bộ" not in err


def test_rule_parameters_in_a_rule_file_are_validated(tmp_path):
    import shutil

    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    path = rules / "AR001-total-mismatch.toml"
    text = path.read_text(encoding="utf-8")
    assert "[params]" in text
    path.write_text(text.replace("approx_relative = 0.03", "approx_relative = inf", 1), encoding="utf-8")
    with pytest.raises(RuleError) as e:
        load_ruleset(rules)
    assert "AR001-total-mismatch.toml" in str(e.value) and "params.approx_relative" in str(e.value)
