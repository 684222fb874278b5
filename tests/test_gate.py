"""A gate CI users can trust (issue 16), end to end through the console script, in git
repositories made by each test: baselines that fail safe (missing / present / stale, create,
update, show), releases (version, distribution name, the README's pre-commit and CI snippets
run as written), file selection like ruff (default excludes, .gitignore, exclude and
extend-exclude, --force-exclude, standard input, unreadable formats counted), and the options
users of ruff and Vale expect. The suite never needs ../shared."""
from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

import checker

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
_SCRIPT = Path(sys.executable).parent / "draftcheck"
# the console script the package installs; `python -m checker` runs the same entry point
DRAFTCHECK = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "checker"]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]

BAD_A = "Huyện A đã giải quyết 100 hồ sơ, gồm 40 hồ sơ cấp xã và 50 hồ sơ cấp huyện.\n"  # AR001 error
BAD_B = "Huyện B đã giải quyết 70 hồ sơ, gồm 20 hồ sơ cấp xã và 30 hồ sơ cấp huyện.\n"  # AR001 error
WARN = "Thực hiện Nghị quyết số 08/NQ/CP ngày 01/02/2019 của Chính phủ.\n"  # CT004 warning
INFO = "Ngày 01/4/2020 và ngày 13/04/2020 đã họp.\n"  # DT008 info
CLEAN = "Công bố danh mục 356 TTHC, trong đó: công bố 172 TTHC mới và bãi bỏ 184 TTHC.\n"


def _env() -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DRAFTCHECK_")}
    env.update(NO_COLOR="1", GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org", GIT_COMMITTER_NAME="t",
               GIT_COMMITTER_EMAIL="t@example.org", GIT_CONFIG_NOSYSTEM="1")
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    return env


class Result:
    def __init__(self, proc: subprocess.CompletedProcess):
        self.rc = proc.returncode
        self.out = proc.stdout.decode("utf-8")
        self.err = proc.stderr.decode("utf-8")

    def json(self):
        return json.loads(self.out)

    def __repr__(self):
        return f"Result(rc={self.rc}, out={self.out[-800:]!r}, err={self.err[-800:]!r})"


def dc(*args, cwd, stdin: bytes | str | None = None) -> Result:
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    proc = subprocess.run(DRAFTCHECK + [str(a) for a in args], cwd=cwd, input=data if data is not None else b"",
                          capture_output=True, timeout=180, env=_env())
    return Result(proc)


def git(*args, cwd) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True, env=_env()).stdout


def write(root: Path, rel: str, text: str = BAD_A) -> Path:
    p = root / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


@pytest.fixture
def repo(tmp_path) -> Path:
    root = tmp_path / "repo"
    root.mkdir()
    git("init", "-q", cwd=root)
    return root


def checked(res: Result, root: Path) -> list[str]:
    """The files a JSON run reported, relative to ``root``."""
    return sorted(Path(os.path.relpath(Path(root, f["path"]), root)).as_posix() for f in res.json()["files"])


def codes(res: Result) -> list[tuple[str, int, str]]:
    return [(Path(f["path"]).as_posix(), x["line"], x["code"]) for f in res.json()["files"] for x in f["findings"]]


def one_line_error(res: Result) -> str:
    assert res.rc == 2, res
    lines = res.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("draftcheck: ") and "Traceback" not in res.err, res
    return lines[0]


# ============================================================================= releases
def test_version_flags_print_the_released_version(tmp_path):
    for flag in ("--version", "-V"):
        res = dc(flag, cwd=tmp_path)
        assert res.rc == 0 and res.out == f"draftcheck {VERSION}\n"
    assert checker.__version__ == VERSION == "0.2.0"
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["name"] == "draftcheck-vn" and project["scripts"] == {"draftcheck": "checker.cli:main"}


def test_readme_changelog_and_hooks_name_the_release():
    lines = README.splitlines()
    # the README still starts with its two commands, unchanged
    assert lines[2:6] == ["```bash", "pip install . && draftcheck check samples/bao-cao-cchc-hop-le.md",
                          "pip install '.[test]' && python -m pytest", "```"]
    # what each `pip install` installs (up to && or a comment): when it names draftcheck, it is draftcheck-vn
    code = [ln for block in re.findall(r"```[a-z]*\n(.*?)```", README, re.S) for ln in block.splitlines()]
    installs = [re.split(r"&&|#", ln.split("pip install", 1)[1])[0] for ln in code if "pip install" in ln]
    named = [args for args in installs if "draftcheck" in args]
    assert len(named) >= 3 and all("draftcheck-vn" in args for args in named), named
    revs = re.findall(r"^\s*rev:\s*(\S+)", README, re.M)
    assert revs == [f"v{VERSION}"]
    assert re.findall(r"@v(\d+\.\d+\.\d+)", README) and set(re.findall(r"@v(\d+\.\d+\.\d+)", README)) == {VERSION}
    assert f"## {VERSION}" in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    hooks = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert f"rev: v{VERSION}" in hooks


# ============================================================================= baselines
def _baseline_repo(repo: Path) -> Path:
    write(repo, "drafts/a.md", BAD_A)
    write(repo, "drafts/b.md", BAD_B + "\n" + INFO)
    write(repo, "drafts/ok.md", CLEAN)
    return repo / ".draftcheck-baseline.json"


def test_missing_baseline_is_an_error_and_writes_nothing(repo):
    bl = _baseline_repo(repo)
    res = dc("check", "drafts/", "--baseline", bl.name, cwd=repo)
    line = one_line_error(res)
    assert ".draftcheck-baseline.json" in line and "draftcheck baseline create drafts/ --baseline" in line
    assert "không tìm thấy tệp baseline" in line and res.out == ""
    assert not bl.exists()
    for fmt in ("json", "github", "sarif", "junit"):  # whatever the format, nothing passes
        assert dc("check", "drafts/", "--format", fmt, "--baseline", bl.name, cwd=repo).rc == 2


def test_baseline_create_then_check_hides_and_a_new_finding_fails(repo):
    bl = _baseline_repo(repo)
    res = dc("baseline", "create", "drafts/", "--baseline", bl.name, cwd=repo)
    assert res.rc == 0 and "3 phát hiện trong 3 tệp" in res.out, res
    recorded = json.loads(bl.read_text(encoding="utf-8"))
    assert sorted((e["path"], e["code"]) for e in recorded["findings"]) == [
        ("drafts/a.md", "AR001"), ("drafts/b.md", "AR001"), ("drafts/b.md", "DT008")]
    res = dc("check", "drafts/", "--format", "json", "--baseline", bl.name, cwd=repo)
    assert res.rc == 0 and codes(res) == [] and res.json()["summary"]["baselined"] == 3, res
    assert res.json()["summary"]["baseline_stale"] == 0 and "stale" not in res.err
    # a new finding, above the recorded ones: only it is reported, and the gate fails
    write(repo, "drafts/a.md", "Đoạn mới.\n\n" + BAD_B.replace("Huyện B", "Huyện C") + "\n" + BAD_A)
    res = dc("check", "drafts/", "--format", "json", "--baseline", bl.name, cwd=repo)
    assert res.rc == 1 and codes(res) == [("drafts/a.md", 3, "AR001")], res
    assert res.json()["files"][0]["findings"][0]["excerpt"].startswith("70 hồ sơ")
    assert res.json()["summary"]["baselined"] == 3


def test_baseline_create_refuses_to_overwrite(repo):
    bl = _baseline_repo(repo)
    bl.write_text('{"version": 1, "findings": []}\n', encoding="utf-8")
    line = one_line_error(dc("baseline", "create", "drafts/", "--baseline", bl.name, cwd=repo))
    assert "tệp đã có, không ghi đè" in line and "baseline update" in line
    assert bl.read_text(encoding="utf-8") == '{"version": 1, "findings": []}\n'


def test_stale_entries_are_reported_and_update_drops_them(repo):
    bl = _baseline_repo(repo)
    assert dc("baseline", "create", "drafts/", "--baseline", bl.name, cwd=repo).rc == 0
    write(repo, "drafts/a.md", CLEAN)  # the AR001 of a.md is fixed: its entry is stale
    res = dc("check", "drafts/", "--format", "json", "--baseline", bl.name, cwd=repo)
    assert res.rc == 0 and res.json()["summary"]["baseline_stale"] == 1 and res.json()["summary"]["baselined"] == 2
    assert "1 phát hiện đã ghi không còn gặp lại" in res.err and "draftcheck baseline update" in res.err
    res = dc("baseline", "update", "drafts/", "--baseline", bl.name, cwd=repo)
    assert res.rc == 0 and "giữ 2, thêm 0, bỏ 1 phát hiện" in res.out, res
    res = dc("check", "drafts/", "--format", "json", "--baseline", bl.name, cwd=repo)
    assert res.rc == 0 and res.json()["summary"]["baseline_stale"] == 0 and "stale" not in res.err
    # pre-commit checks only the files changed: the entries of the others are not stale
    res = dc("check", "drafts/ok.md", "--format", "json", "--baseline", bl.name, cwd=repo)
    assert res.rc == 0 and res.json()["summary"]["baseline_stale"] == 0


def test_update_of_one_file_keeps_the_entries_of_the_others(repo):
    bl = _baseline_repo(repo)
    assert dc("baseline", "create", "drafts/", "--baseline", bl.name, cwd=repo).rc == 0
    write(repo, "drafts/b.md", BAD_B + "\n" + WARN)  # DT008 fixed, CT004 new
    res = dc("baseline", "update", "drafts/b.md", "--baseline", bl.name, cwd=repo)
    assert res.rc == 0 and "giữ 1, thêm 1, bỏ 1 phát hiện" in res.out, res
    recorded = sorted((e["path"], e["code"]) for e in json.loads(bl.read_text(encoding="utf-8"))["findings"])
    assert recorded == [("drafts/a.md", "AR001"), ("drafts/b.md", "AR001"), ("drafts/b.md", "CT004")]
    assert dc("check", "drafts/", "--baseline", bl.name, cwd=repo).rc == 0
    # update needs an existing baseline, as check does
    line = one_line_error(dc("baseline", "update", "drafts/", "--baseline", "nope.json", cwd=repo))
    assert "nope.json" in line and "baseline create" in line and not (repo / "nope.json").exists()


def test_baseline_show_lists_what_it_hides(repo):
    bl = _baseline_repo(repo)
    write(repo, "drafts/a.md", BAD_A + "\n" + BAD_A)  # the same finding twice: one entry, count 2
    assert dc("baseline", "create", "drafts/", "--baseline", bl.name, cwd=repo).rc == 0
    res = dc("baseline", "show", bl.name, cwd=repo)
    assert res.rc == 0
    assert res.out.splitlines() == [
        "drafts/a.md",
        "  AR001  ×2  100 hồ sơ, gồm 40 hồ sơ cấp xã và 50",
        "drafts/b.md",
        "  AR001  ×1  70 hồ sơ, gồm 20 hồ sơ cấp xã và 30",
        "  DT008  ×1  ngày 13/04/2020",
        "4 phát hiện được ẩn trong 2 tệp, đường dẫn tính từ thư mục của .draftcheck-baseline.json",
    ]
    doc = dc("baseline", "show", bl.name, "--format", "json", cwd=repo).json()
    assert doc["total"] == 4 and doc["files"] == 2
    assert [(x["path"], x["code"], x["count"]) for x in doc["findings"]] == [
        ("drafts/a.md", "AR001", 2), ("drafts/b.md", "AR001", 1), ("drafts/b.md", "DT008", 1)]
    assert "nope.json" in one_line_error(dc("baseline", "show", "nope.json", cwd=repo))
    (repo / "bad.json").write_text("{", encoding="utf-8")
    assert "baseline không phải JSON hợp lệ" in one_line_error(dc("baseline", "show", "bad.json", cwd=repo))


def test_baseline_write_on_check_records_then_hides(repo):
    bl = _baseline_repo(repo)
    res = dc("check", "drafts/", "--format", "json", "--baseline", bl.name, "--baseline-write", cwd=repo)
    assert res.rc == 0 and res.json()["summary"]["baselined"] == 3 and "đã ghi baseline .draftcheck-baseline.json với 3 phát hiện" in res.err
    write(repo, "drafts/c.md", BAD_B)
    assert dc("check", "drafts/", "--baseline", bl.name, cwd=repo).rc == 1
    assert dc("check", "drafts/", "--baseline", bl.name, "--baseline-write", cwd=repo).rc == 0  # replaced
    assert dc("check", "drafts/", "--baseline", bl.name, cwd=repo).rc == 0
    assert "--baseline" in one_line_error(dc("check", "drafts/", "--baseline-write", cwd=repo))


def test_no_baseline_is_written_when_a_file_cannot_be_checked(repo):
    bl = _baseline_repo(repo)
    (repo / "drafts" / "hong.docx").write_bytes(b"PK\x03\x04 not really a zip")
    res = dc("baseline", "create", "drafts/", "--baseline", bl.name, cwd=repo)
    assert res.rc == 2 and "hong.docx" in res.err and "không được ghi vì có tệp không kiểm tra được" in res.err and not bl.exists()
    res = dc("check", "drafts/", "--baseline", bl.name, "--baseline-write", cwd=repo)
    assert res.rc == 2 and "không được ghi vì có tệp không kiểm tra được" in res.err and not bl.exists()


def test_a_baseline_never_overwrites_a_draft(repo):
    draft = write(repo, "drafts/a.md", BAD_A)
    res = dc("baseline", "create", "drafts/", "--baseline", "drafts/a.md", cwd=repo)
    assert res.rc == 2 and "tệp đã có, không ghi đè" in res.err
    draft.unlink()
    write(repo, "drafts/a.md", BAD_A)
    link = repo / "bl.json"
    link.symlink_to(draft)
    res = dc("check", "drafts/", "--baseline", link.name, "--baseline-write", cwd=repo)
    assert res.rc == 2 and "không ghi đè dự thảo" in res.err
    assert draft.read_text(encoding="utf-8") == BAD_A


def test_baseline_paths_are_relative_to_its_folder(repo):
    bl = _baseline_repo(repo)
    assert dc("baseline", "create", "drafts/", "--baseline", bl.name, cwd=repo).rc == 0
    # run from another folder, naming the files differently: still the same entries
    res = dc("check", ".", "--format", "json", "--baseline", "../.draftcheck-baseline.json", cwd=repo / "drafts")
    assert res.rc == 0 and res.json()["summary"]["baselined"] == 3, res


# ============================================================================= file selection
def _tree(repo: Path) -> None:
    for rel in ("drafts/a.md", "drafts/tmp-1.md", "drafts/sub/n.txt", "drafts/sub/keep.txt", "secret.md",
                "node_modules/pkg/readme.md", "build/y.md", "dist/d.md", "venv/z.md", "__pycache__/c.md",
                ".venv/v.md", "ignored/i.md", "cu/old.md", "drafts/nhap-2.md"):
        write(repo, rel, BAD_A)
    (repo / ".gitignore").write_text("ignored/\ntmp-*.md\n", encoding="utf-8")
    (repo / "drafts" / "sub" / ".gitignore").write_text("*.txt\n!keep.txt\n", encoding="utf-8")
    (repo / ".git" / "info").mkdir(exist_ok=True)
    (repo / ".git" / "info" / "exclude").write_text("secret.md\n", encoding="utf-8")


def test_folder_scan_skips_default_excludes_and_what_gitignore_ignores(repo):
    _tree(repo)
    res = dc("check", ".", "--format", "json", cwd=repo)
    assert res.rc == 1
    assert checked(res, repo) == ["cu/old.md", "drafts/a.md", "drafts/nhap-2.md", "drafts/sub/keep.txt"]
    res = dc("check", ".", "--format", "json", "--no-respect-gitignore", cwd=repo)
    assert checked(res, repo) == ["cu/old.md", "drafts/a.md", "drafts/nhap-2.md", "drafts/sub/keep.txt",
                                  "drafts/sub/n.txt", "drafts/tmp-1.md", "ignored/i.md", "secret.md"]
    (repo / "draftcheck.toml").write_text("respect-gitignore = false\n", encoding="utf-8")
    assert len(checked(dc("check", ".", "--format", "json", cwd=repo), repo)) == 8
    assert len(checked(dc("check", ".", "--format", "json", "--respect-gitignore", cwd=repo), repo)) == 4


def test_gitignore_counts_only_in_a_git_work_tree(tmp_path):
    plain = tmp_path / "plain"
    write(plain, "a.md")
    write(plain, "ignored/i.md")
    write(plain, "node_modules/x.md")
    (plain / ".gitignore").write_text("ignored/\n", encoding="utf-8")
    inside = subprocess.run(["git", "rev-parse", "--is-inside-work-tree"], cwd=plain, capture_output=True, text=True)
    if inside.returncode == 0:
        pytest.skip("the temporary folder is inside a git work tree")
    assert checked(dc("check", ".", "--format", "json", cwd=plain), plain) == ["a.md", "ignored/i.md"]


def test_a_folder_named_on_the_command_line_is_scanned_even_when_excluded(repo):
    _tree(repo)
    assert checked(dc("check", "build", "--format", "json", cwd=repo), repo) == ["build/y.md"]
    assert checked(dc("check", "ignored", "--format", "json", cwd=repo), repo) == ["ignored/i.md"]
    write(repo, "build/node_modules/n.md")  # what is inside it is still excluded
    assert checked(dc("check", "build", "--format", "json", cwd=repo), repo) == ["build/y.md"]
    res = dc("check", "build", "drafts/a.md", "--format", "json", "--force-exclude", cwd=repo)
    assert checked(res, repo) == ["drafts/a.md"]


def test_exclude_and_extend_exclude_in_config_and_on_the_command_line(repo):
    _tree(repo)
    cfg = repo / "draftcheck.toml"
    cfg.write_text('extend-exclude = ["cu/", "nhap-*.md"]\n', encoding="utf-8")
    assert checked(dc("check", ".", "--format", "json", cwd=repo), repo) == ["drafts/a.md", "drafts/sub/keep.txt"]
    # exclude replaces the defaults: node_modules, build, dist, venv, __pycache__ come back
    cfg.write_text('exclude = ["cu/"]\n', encoding="utf-8")
    assert checked(dc("check", ".", "--format", "json", cwd=repo), repo) == [
        "__pycache__/c.md", "build/y.md", "dist/d.md", "drafts/a.md", "drafts/nhap-2.md", "drafts/sub/keep.txt",
        "node_modules/pkg/readme.md", "venv/z.md"]
    # the command line's --exclude (a comma list) replaces the configured one; --extend-exclude adds
    res = dc("check", ".", "--format", "json", "--exclude", "node_modules,build,dist,venv,__pycache__",
             "--extend-exclude", "drafts/sub", "--extend-exclude", "cu", cwd=repo)
    assert checked(res, repo) == ["drafts/a.md", "drafts/nhap-2.md"]
    # [tool.draftcheck] works the same
    cfg.unlink()
    (repo / "pyproject.toml").write_text('[tool.draftcheck]\nextend-exclude = ["drafts/"]\n', encoding="utf-8")
    assert checked(dc("check", ".", "--format", "json", cwd=repo), repo) == ["cu/old.md"]


def test_globs_are_relative_to_their_configuration_file(repo):
    write(repo, "a/phu-luc/bang-1.md")
    write(repo, "a/phu-luc/chinh.md")
    write(repo, "phu-luc/bang-2.md")
    (repo / "a" / "draftcheck.toml").write_text('extend-exclude = ["phu-luc/bang-*.md"]\n', encoding="utf-8")
    res = dc("check", ".", "--format", "json", cwd=repo)
    assert checked(res, repo) == ["a/phu-luc/chinh.md", "phu-luc/bang-2.md"]
    # --extend-exclude on the command line is relative to the current folder
    res = dc("check", ".", "--format", "json", "--extend-exclude", "a/phu-luc/chinh.md", cwd=repo)
    assert checked(res, repo) == ["phu-luc/bang-2.md"]


@pytest.mark.parametrize("body,key", [
    ('exclude = ["!keep.md"]\n', "exclude[0]"),
    ("extend-exclude = 3\n", "extend-exclude"),
    ('respect-gitignore = "yes"\n', "respect-gitignore"),
    ('[[overrides]]\nfiles = ["a.md"]\nexclude = ["x"]\n', "overrides[0].exclude"),
    ('exclude = ["[z-a].md"]\n', "exclude[0]"),
])
def test_a_bad_file_selection_key_is_a_config_error(repo, body, key):
    write(repo, "a.md", CLEAN)
    (repo / "draftcheck.toml").write_text(body, encoding="utf-8")
    line = one_line_error(dc("check", ".", cwd=repo))
    assert "draftcheck.toml" in line and key in line, line


def test_a_bad_exclude_on_the_command_line_is_a_usage_error(repo):
    write(repo, "a.md", CLEAN)
    line = one_line_error(dc("check", ".", "--exclude", "!a.md", cwd=repo))
    assert "--exclude[0]" in line and "không dùng được '!'" in line


def test_a_file_named_is_checked_unless_force_exclude(repo):
    _tree(repo)
    res = dc("check", "node_modules/pkg/readme.md", "--format", "json", cwd=repo)
    assert res.rc == 1 and checked(res, repo) == ["node_modules/pkg/readme.md"]
    # pre-commit names staged files: with --force-exclude, excluded ones are left out, silently ok
    res = dc("check", "node_modules/pkg/readme.md", "build/y.md", "--format", "json", "--force-exclude", cwd=repo)
    assert res.rc == 0 and res.json()["files"] == [] and "mọi tệp được nêu (2) đều bị loại trừ" in res.err, res
    res = dc("check", "node_modules/pkg/readme.md", "drafts/a.md", "cu/old.md", "--format", "json",
             "--force-exclude", "--extend-exclude", "cu", cwd=repo)
    assert res.rc == 1 and checked(res, repo) == ["drafts/a.md"]
    (repo / "draftcheck.toml").write_text("force-exclude = true\n", encoding="utf-8")
    assert dc("check", "build/y.md", cwd=repo).rc == 0
    assert dc("check", "build/y.md", "--no-force-exclude", cwd=repo).rc == 1
    # excludes never reach into what .gitignore says for a file named: it is checked
    assert dc("check", "ignored/i.md", cwd=repo).rc == 1


def test_a_gitignore_that_is_a_device_or_a_fifo_is_passed_over(repo):
    write(repo, "a.md")
    (repo / ".gitignore").symlink_to("/dev/zero")
    os.mkfifo(repo / "sub.gitignore-fifo")
    (repo / "sub").mkdir()
    (repo / "sub" / ".gitignore").symlink_to(repo / "sub.gitignore-fifo")
    write(repo, "sub/b.md")
    res = dc("check", ".", "--format", "json", cwd=repo)  # would block or never end if read
    assert res.rc == 1 and checked(res, repo) == ["a.md", "sub/b.md"]


def test_symlinks_out_of_the_tree_are_still_not_followed(repo, tmp_path):
    outside = write(tmp_path, "outside/passwd.md", "bí-mật\n" + BAD_A)
    write(repo, "drafts/a.md")
    (repo / "drafts" / "x.md").symlink_to(outside)
    (repo / "drafts" / "ra").symlink_to(outside.parent, target_is_directory=True)
    res = dc("check", "drafts", "--format", "json", cwd=repo)
    assert checked(res, repo) == ["drafts/a.md"] and "bí-mật" not in res.out


# ----------------------------------------------------------------------------- standard input
def test_stdin_dash(repo):
    res = dc("check", "-", "--format", "json", cwd=repo, stdin=BAD_A)
    assert res.rc == 1 and codes(res) == [("-", 1, "AR001")]
    assert dc("check", "-", "--format", "json", cwd=repo, stdin=CLEAN).rc == 0


def test_stdin_filename_chooses_the_configuration_and_its_overrides(repo):
    (repo / "draftcheck.toml").write_text('[[overrides]]\nfiles = ["phu-luc/"]\nignore = ["AR"]\n', encoding="utf-8")
    write(repo, "so/draftcheck.toml", 'select = ["DT"]\n')
    res = dc("check", "--stdin-filename", "drafts/a.md", "--format", "json", cwd=repo, stdin=BAD_A + INFO)
    assert res.rc == 1 and codes(res) == [("drafts/a.md", 1, "AR001"), ("drafts/a.md", 2, "DT008")]
    res = dc("check", "-", "--stdin-filename", "phu-luc/a.md", "--format", "json", cwd=repo, stdin=BAD_A + INFO)
    assert res.rc == 0 and codes(res) == [("phu-luc/a.md", 2, "DT008")]
    res = dc("check", "-", "--stdin-filename", "so/a.md", "--format", "json", cwd=repo, stdin=BAD_A + INFO)
    assert res.rc == 0 and codes(res) == [("so/a.md", 2, "DT008")]


def test_stdin_docx_is_read_from_bytes(repo):
    from fixtures_docx import text_to_docx

    docx = repo / "x.docx"
    text_to_docx(BAD_A, docx)
    res = dc("check", "-", "--stdin-filename", "bao-cao.docx", "--format", "json", cwd=repo, stdin=docx.read_bytes())
    assert res.rc == 1 and codes(res) == [("bao-cao.docx", 1, "AR001")], res
    assert "location" in res.json()["files"][0]["findings"][0]["data"]  # read as Word, not as text


def test_stdin_with_a_baseline_and_force_exclude(repo):
    write(repo, "drafts/a.md", BAD_A)
    assert dc("baseline", "create", "drafts/", "--baseline", "bl.json", cwd=repo).rc == 0
    res = dc("check", "--stdin-filename", "drafts/a.md", "--baseline", "bl.json", "--format", "json",
             cwd=repo, stdin=BAD_A)
    assert res.rc == 0 and res.json()["summary"]["baselined"] == 1
    res = dc("check", "-", "--stdin-filename", "build/a.md", "--force-exclude", "--format", "json",
             cwd=repo, stdin=BAD_A)
    assert res.rc == 0 and res.json()["files"] == []
    # -o never writes over the file standard input stands for
    res = dc("check", "-", "--stdin-filename", "drafts/a.md", "-o", "drafts/a.md", cwd=repo, stdin=BAD_A)
    assert res.rc == 2 and "không ghi đè dự thảo" in res.err
    assert (repo / "drafts" / "a.md").read_text(encoding="utf-8") == BAD_A


@pytest.mark.parametrize("args,stdin,fragment", [
    (["check", "a.md", "--stdin-filename", "x.md"], "", "--stdin-filename"),
    (["check", "-", "-"], "", "chỉ dùng được một lần"),
    (["check", "-", "--max-bytes", "10"], BAD_A, "tệp quá lớn"),
    (["check"], "", "thiếu ĐƯỜNG_DẪN"),
])
def test_stdin_errors_are_one_line(repo, args, stdin, fragment):
    write(repo, "a.md", CLEAN)
    line = one_line_error(dc(*args, cwd=repo, stdin=stdin))
    assert fragment in line, line


# ----------------------------------------------------------------------------- unreadable files
def test_unreadable_formats_are_named_and_counted(repo):
    write(repo, "drafts/a.md", BAD_A)
    for name in ("cu.doc", "scan.pdf", "ban.odt"):
        (repo / "drafts" / name).write_bytes(b"\xd0\xcf\x11\xe0 binary")
    res = dc("check", "drafts", "--format", "concise", cwd=repo)
    assert res.rc == 1
    notices = res.err.strip().splitlines()
    assert len(notices) == 3 and [n.split(":")[1].strip() for n in notices] == [
        "drafts/ban.odt", "drafts/cu.doc", "drafts/scan.pdf"]
    assert "hãy lưu lại thành .docx" in notices[1]
    assert res.out.splitlines()[-1] == ("1 phát hiện (1 lỗi, 0 cảnh báo, 0 thông tin) trong 1 tệp; "
                                        "3 tệp bị bỏ qua (định dạng không đọc được)")
    doc = dc("check", "drafts", "--format", "json", cwd=repo).json()
    assert doc["summary"]["files_skipped"] == 3 and doc["summary"]["files_checked"] == 1
    assert [s["path"] for s in doc["skipped"]] == ["drafts/ban.odt", "drafts/cu.doc", "drafts/scan.pdf"]
    assert dc("check", "drafts", "-q", cwd=repo).err == ""  # --quiet: no notices
    sarif = dc("check", "drafts", "--format", "sarif", cwd=repo).json()
    notes = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert [n["level"] for n in notes] == ["warning"] * 3 and "drafts/cu.doc" in notes[1]["message"]["text"]
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(sarif, json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text("utf-8")))
    (repo / "drafts" / "a.md").unlink()
    res = dc("check", "drafts", cwd=repo)
    assert res.rc == 2 and len(res.err.splitlines()) == 4  # the three notices, then the error
    line = one_line_error(dc("check", "drafts", "-q", cwd=repo))
    assert "không tìm thấy dự thảo nào" in line and "3 tệp bị bỏ qua" in line


def test_the_summary_counts_a_file_that_could_not_be_checked(repo):
    write(repo, "ok.md", CLEAN)
    (repo / "hong.docx").write_bytes(b"not a zip")
    res = dc("check", "hong.docx", "ok.md", "--format", "concise", cwd=repo)
    assert res.rc == 2 and "hong.docx" in res.err
    assert res.out.splitlines()[-1] == ("0 phát hiện (0 lỗi, 0 cảnh báo, 0 thông tin) trong 1 tệp; "
                                        "1 tệp không kiểm tra được")
    res = dc("check", "hong.docx", "--format", "github", "--lang", "en", cwd=repo)
    assert res.out.splitlines()[-1] == ("draftcheck: 0 findings (0 errors, 0 warnings, 0 info) in 0 files; "
                                        "1 files could not be checked")
    summary = dc("check", "hong.docx", "ok.md", "--format", "json", cwd=repo).json()["summary"]
    assert (summary["files"], summary["files_checked"], summary["files_failed"]) == (2, 1, 1)


# ============================================================================= options
def test_comma_lists_in_select_and_ignore(repo):
    write(repo, "a.md", BAD_A + "\n" + WARN + "\n" + INFO)
    every = sorted(c for _, _, c in codes(dc("check", "a.md", "--format", "json", cwd=repo)))
    assert every == ["AR001", "CT004", "DT008"]
    res = dc("check", "a.md", "--format", "json", "--select", "AR001,DT008", cwd=repo)
    assert sorted(c for _, _, c in codes(res)) == ["AR001", "DT008"]
    res2 = dc("check", "a.md", "--format", "json", "--select", "AR001", "--select", "DT008", cwd=repo)
    assert codes(res2) == codes(res)
    res = dc("check", "a.md", "--format", "json", "--ignore", "AR, DT008", cwd=repo)
    assert res.rc == 0 and [c for _, _, c in codes(res)] == ["CT004"]
    assert "ZZ9" in one_line_error(dc("check", "a.md", "--select", "AR001,ZZ9", cwd=repo))


def test_extend_select_adds_to_the_selection(repo):
    write(repo, "a.md", BAD_A + "\n" + WARN + "\n" + INFO)
    (repo / "draftcheck.toml").write_text('select = ["DT"]\n', encoding="utf-8")
    assert [c for _, _, c in codes(dc("check", "a.md", "--format", "json", cwd=repo))] == ["DT008"]
    res = dc("check", "a.md", "--format", "json", "--extend-select", "AR001", cwd=repo)
    assert res.rc == 1 and [c for _, _, c in codes(res)] == ["AR001", "DT008"]
    res = dc("check", "a.md", "--format", "json", "--select", "CT", "--extend-select", "DT008", cwd=repo)
    assert [c for _, _, c in codes(res)] == ["CT004", "DT008"]
    # an ignored rule stays out whatever selects it
    res = dc("check", "a.md", "--format", "json", "--extend-select", "AR001", "--ignore", "AR001", cwd=repo)
    assert [c for _, _, c in codes(res)] == ["DT008"]
    (repo / "draftcheck.toml").unlink()  # no selection: every rule already runs
    res = dc("check", "a.md", "--format", "json", "--extend-select", "AR001", cwd=repo)
    assert sorted(c for _, _, c in codes(res)) == ["AR001", "CT004", "DT008"]
    assert "QQ1" in one_line_error(dc("check", "a.md", "--extend-select", "QQ1", cwd=repo))


def test_statistics(repo):
    write(repo, "a.md", BAD_A + "\n" + BAD_B + "\n" + INFO)
    write(repo, "b.md", BAD_A)
    res = dc("check", "a.md", "b.md", "--statistics", cwd=repo)
    assert res.rc == 1
    assert res.out.splitlines() == [
        "3  AR001  error  total-mismatch",
        "1  DT008  info   mixed-date-padding",
        "4 phát hiện (3 lỗi, 0 cảnh báo, 1 thông tin) trong 2 tệp",
    ]
    assert dc("check", "a.md", "b.md", "--statistics", "-q", cwd=repo).out.splitlines() == res.out.splitlines()[:2]
    doc = dc("check", "a.md", "b.md", "--statistics", "--format", "json", cwd=repo).json()
    assert doc == [{"code": "AR001", "name": "total-mismatch", "severity": "error", "count": 3},
                   {"code": "DT008", "name": "mixed-date-padding", "severity": "info", "count": 1}]
    assert "--statistics" in one_line_error(dc("check", "a.md", "--statistics", "--format", "sarif", cwd=repo))


def test_quiet_prints_the_findings_only(repo):
    write(repo, "drafts/a.md", BAD_A)
    write(repo, "drafts/ok.md", CLEAN)
    (repo / "drafts" / "cu.doc").write_bytes(b"\xd0\xcf")
    res = dc("check", "drafts", "--format", "concise", "-q", cwd=repo)
    assert res.rc == 1 and res.err == ""
    assert res.out.splitlines() == ["drafts/a.md:1:23: error AR001 Tổng 100 hồ sơ khác tổng các thành phần: "
                                    "40 + 50 = 90 (lệch 10)"]
    res = dc("check", "drafts", "--quiet", cwd=repo)  # full format: the file with findings, no table
    assert "drafts/a.md" in res.out and "drafts/ok.md" not in res.out and "Tổng hợp" not in res.out
    assert dc("check", "drafts/ok.md", "--format", "concise", "-q", cwd=repo).out == ""
    assert "nope.md" in one_line_error(dc("check", "nope.md", "-q", cwd=repo))  # errors are never quiet


def test_exit_zero(repo):
    write(repo, "a.md", BAD_A)
    assert dc("check", "a.md", cwd=repo).rc == 1
    res = dc("check", "a.md", "--exit-zero", "--format", "json", cwd=repo)
    assert res.rc == 0 and codes(res) == [("a.md", 1, "AR001")]
    assert dc("check", "a.md", "nope.md", "--exit-zero", cwd=repo).rc == 2  # errors still exit 2


def test_min_severity_trims_the_display_not_the_gate(repo):
    write(repo, "a.md", BAD_A + "\n" + WARN + "\n" + INFO)
    write(repo, "i.md", INFO)
    res = dc("check", "a.md", "--format", "json", "--min-severity", "warning", cwd=repo)
    assert res.rc == 1 and [c for _, _, c in codes(res)] == ["AR001", "CT004"]
    assert res.json()["summary"]["below_min_severity"] == 1
    # hidden from view, still judged: an info finding fails --fail-on info even when not shown
    res = dc("check", "i.md", "--format", "concise", "--min-severity", "error", "--fail-on", "info", cwd=repo)
    assert res.rc == 1
    assert res.out.splitlines() == ["0 phát hiện (0 lỗi, 0 cảnh báo, 0 thông tin) trong 1 tệp",
                                    "1 phát hiện dưới mức error không hiển thị (--min-severity)"]
    assert dc("check", "i.md", "--min-severity", "error", cwd=repo).rc == 0


def test_output_format_is_an_alias_of_format(repo):
    write(repo, "a.md", BAD_A)
    a = dc("check", "a.md", "--format", "json", cwd=repo)
    b = dc("check", "a.md", "--output-format", "json", cwd=repo)
    assert a.rc == b.rc == 1 and a.json() == b.json()
    assert dc("check", "a.md", "--output-format", "concise", cwd=repo).out.startswith("a.md:1:23: error AR001")


def test_init_writes_a_commented_starter_config_and_never_overwrites(repo):
    write(repo, "drafts/a.md", BAD_A)
    write(repo, "node_modules/x.md", BAD_A)
    res = dc("init", cwd=repo)
    assert res.rc == 0 and "draftcheck.toml" in res.out
    text = (repo / "draftcheck.toml").read_text(encoding="utf-8")
    comments = [ln for ln in text.splitlines() if ln.startswith("#")]
    assert len(comments) > 15 and "# Mức phát hiện làm lệnh thoát với mã 1" in text
    cfg = tomllib.loads(text)
    assert cfg == {"fail-on": "error", "lang": "vi", "final": False, "extend-exclude": [],
                   "respect-gitignore": True, "force-exclude": False}
    res = dc("config", "drafts/a.md", cwd=repo)  # the starter is a valid configuration
    assert res.rc == 0 and str(repo / "draftcheck.toml") in res.out
    assert checked(dc("check", ".", "--format", "json", cwd=repo), repo) == ["drafts/a.md"]
    (repo / "draftcheck.toml").write_text("# mine\n", encoding="utf-8")
    assert "đã có, không ghi đè" in one_line_error(dc("init", cwd=repo))
    assert (repo / "draftcheck.toml").read_text(encoding="utf-8") == "# mine\n"
    (repo / "draftcheck.toml").unlink()
    (repo / "pyproject.toml").write_text('[tool.draftcheck]\nlang = "en"\n', encoding="utf-8")
    assert "pyproject.toml" in one_line_error(dc("init", cwd=repo))
    assert not (repo / "draftcheck.toml").exists()


def test_junit_fails_only_what_fails_the_gate(repo):
    write(repo, "a.md", BAD_A + "\n" + WARN + "\n" + INFO)

    def junit(*args):
        res = dc("check", "a.md", "--format", "junit", *args, cwd=repo)
        root = ET.fromstring(res.out.encode("utf-8"))
        cases = root.findall("./testsuite/testcase")
        return res.rc, root, {c.get("name").split()[0]: c for c in cases}

    rc, root, cases = junit()
    assert rc == 1 and (root.get("tests"), root.get("failures")) == ("3", "1")
    assert cases["AR001"].find("failure").get("type") == "error"
    for code, sev in (("CT004", "warning"), ("DT008", "info")):
        case = cases[code]
        assert case.find("failure") is None and case.find("system-out").text.startswith(f"{sev}: ")
        props = {p.get("name"): p.get("value") for p in case.findall("./properties/property")}
        assert props["code"] == code and props["severity"] == sev
    rc, root, cases = junit("--fail-on", "warning")
    assert root.get("failures") == "2" and cases["CT004"].find("failure") is not None
    rc, root, _ = junit("--fail-on", "info")
    assert root.get("failures") == "3"
    (repo / "draftcheck.toml").write_text('fail-on = "warning"\n', encoding="utf-8")  # the configured gate too
    rc, root, _ = junit()
    assert root.get("failures") == "2"


def test_output_into_a_missing_folder_is_a_clear_error(repo):
    write(repo, "a.md", BAD_A)
    line = one_line_error(dc("check", "a.md", "-o", "nope/r.json", cwd=repo))
    assert "không tồn tại" in line and "lỗi nội bộ" not in line


@pytest.mark.parametrize("args", [
    ["check", "a.md", "--min-severity", "fatal"],
    ["check", "a.md", "--baseline", "missing.json"],
    ["check", "a.md", "--config", "nope.toml"],
    ["baseline", "create", "a.md"],
    ["baseline", "frobnicate"],
    ["check", "a.md", "--exclude", "!x"],
])
def test_every_error_is_one_line_exit_2(repo, args):
    write(repo, "a.md", BAD_A)
    one_line_error(dc(*args, cwd=repo))


# ============================================================================= pre-commit and CI
def _snippet(language: str, must_contain: str) -> str:
    blocks = re.findall(rf"```{language}\n(.*?)```", README, re.S)
    found = [b for b in blocks if must_contain in b]
    assert len(found) == 1, f"one ```{language} block with {must_contain!r} in the README"
    return found[0]


def _drafts_repo(repo: Path) -> None:
    write(repo, "drafts/a.md", BAD_A)
    write(repo, "drafts/ok.md", CLEAN)
    write(repo, "drafts/w.md", WARN)
    write(repo, "vendor/v.md", BAD_B)
    (repo / "draftcheck.toml").write_text('extend-exclude = ["vendor/"]\n', encoding="utf-8")


def test_the_hooks_run_their_entries_as_declared(repo):
    yaml = pytest.importorskip("yaml")
    hooks = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    assert set(hooks) == {"draftcheck", "draftcheck-warnings"}
    _drafts_repo(repo)
    files = [p.relative_to(repo).as_posix() for p in sorted(repo.rglob("*")) if p.is_file() and ".git" not in p.parts]
    for hook_id, warning_fails in (("draftcheck", False), ("draftcheck-warnings", True)):
        hook = hooks[hook_id]
        assert hook["language"] == "python" and "--force-exclude" in hook["entry"]
        entry = shlex.split(hook["entry"])
        assert entry[0] == "draftcheck"
        selected = [f for f in files if re.search(hook["files"], f)]
        assert selected == ["drafts/a.md", "drafts/ok.md", "drafts/w.md", "vendor/v.md"]
        res = dc(*entry[1:], *selected, cwd=repo)
        assert res.rc == 1
        reported = [ln.split(":")[0] for ln in res.out.splitlines() if re.match(r"[\w/.-]+:\d+:\d+: ", ln)]
        assert reported == ["drafts/a.md", "drafts/w.md"], res
        assert "vendor/v.md" not in res.out  # excluded by the configuration, though named
        assert dc(*entry[1:], "drafts/w.md", cwd=repo).rc == (1 if warning_fails else 0)
        assert dc(*entry[1:], "drafts/ok.md", "vendor/v.md", cwd=repo).rc == 0


def _tagged_copy(tmp_path: Path) -> Path:
    """A throwaway repository holding this working tree's package, tagged as the README says."""
    tool = tmp_path / "draftcheck-src"
    tool.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("checker", "rules"):
        shutil.copytree(ROOT / name, tool / name, ignore=ignore)
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml", "CHANGELOG.md"):
        shutil.copy2(ROOT / name, tool / name)
    git("init", "-q", cwd=tool)
    git("add", "-A", cwd=tool)
    git("commit", "-qm", "snapshot", cwd=tool)
    git("tag", f"v{VERSION}", cwd=tool)
    return tool


def test_the_readme_precommit_snippet_against_a_local_tag(repo, tmp_path):
    pytest.importorskip("pre_commit")
    snippet = _snippet("yaml", "rev:")
    tool = _tagged_copy(tmp_path)
    # the snippet verbatim, but for the repository's URL, which is the tagged local copy
    config, n = re.subn(r"(repo:\s*)\S+", lambda m: m.group(1) + str(tool), snippet, count=1)
    assert n == 1 and f"rev: v{VERSION}" in config
    (repo / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    _drafts_repo(repo)
    git("add", "-A", cwd=repo)
    env = {**_env(), "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home")}

    def pre_commit(*args):
        return subprocess.run([sys.executable, "-m", "pre_commit", "run", *args], cwd=repo, capture_output=True,
                              text=True, timeout=900, env=env)

    res = pre_commit("--all-files")
    assert res.returncode == 1, res.stdout + res.stderr
    assert "drafts/a.md:1:23: error AR001" in res.stdout and "vendor/v.md" not in res.stdout
    assert "2 phát hiện (1 lỗi, 1 cảnh báo, 0 thông tin) trong 3 tệp" in res.stdout
    # a commit touching only a clean draft, or only an excluded one, passes
    assert pre_commit("--files", "drafts/ok.md", "drafts/w.md").returncode == 0
    res = pre_commit("--files", "vendor/v.md")
    assert res.returncode == 0, res.stdout + res.stderr


def test_the_readme_ci_workflow_runs_as_written(repo):
    yaml = pytest.importorskip("yaml")
    workflow = yaml.safe_load(_snippet("yaml", "jobs:"))
    steps = workflow["jobs"]["draftcheck"]["steps"]
    runs = [s["run"] for s in steps if "run" in s]
    assert any(r.startswith("pip install") and "draftcheck-vn" in r and f"@v{VERSION}" in r for r in runs)
    commands = [r for r in runs if not r.startswith("pip install")]
    assert commands and all(r.startswith("draftcheck ") for r in commands)
    create = [ln for ln in _snippet("bash", "draftcheck baseline create").splitlines() if ln.strip()]
    write(repo, "drafts/a.md", BAD_A)
    write(repo, "drafts/b.md", WARN + "\n" + INFO)
    git("add", "-A", cwd=repo)
    git("commit", "-qm", "drafts", cwd=repo)

    def sh(command: str) -> Result:
        return Result(subprocess.run(command, shell=True, cwd=repo, capture_output=True, timeout=180, env=_env()))

    def run_workflow() -> list[int]:
        return [sh(c).rc for c in commands]

    # before the baseline is committed the gate fails (exit 2), it never passes with findings hidden
    assert run_workflow()[0] == 2
    for line in create:  # the README's commands that create and commit the baseline
        assert sh(line).rc == 0, line
    assert "draftcheck: baseline" in git("log", "--format=%s", cwd=repo)
    assert git("ls-files", ".draftcheck-baseline.json", cwd=repo).strip() == ".draftcheck-baseline.json"
    assert run_workflow() == [0] * len(commands)
    assert (repo / "draftcheck.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert json.loads((repo / "draftcheck.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"
    # a new error: the gate fails with an annotation for it, the reports still succeed
    write(repo, "drafts/c.md", BAD_B)
    results = [sh(c) for c in commands]
    assert [r.rc for r in results] == [1] + [0] * (len(commands) - 1)
    annotations = [ln for ln in results[0].out.splitlines() if ln.startswith("::error")]
    assert len(annotations) == 1 and "file=drafts/c.md" in annotations[0]
